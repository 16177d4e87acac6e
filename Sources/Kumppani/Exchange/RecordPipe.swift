import Foundation

/// Hands checked import records from the checking thread to the writing thread, a bounded number
/// at a time (the file is never held as records all at once). The writer takes whole batches, so
/// the two threads meet on the lock once per batch rather than once per row.
final class RecordPipe: @unchecked Sendable {   // all state behind `condition`
    struct Cancelled: Error {}

    private let condition = NSCondition()
    private let capacity: Int
    private var waiting: [AssociationImport.Record] = []
    private var taken: [AssociationImport.Record] = []
    private var takenIndex = 0
    private var finished = false
    private var cancelled = false
    private var error: Error?

    init(capacity: Int = 1024) { self.capacity = capacity }

    /// Checking thread: false once the writer has given up (stop checking then).
    func put(_ record: AssociationImport.Record) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        waiting.append(record)
        if waiting.count == 1 || waiting.count >= capacity / 2 { condition.broadcast() }
        return true
    }

    /// Checking thread: no more records; `error` says why the file is refused (nil: it passed).
    func finish(_ error: Error?) {
        condition.lock()
        self.error = error
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Writing thread: the next record, or nil when the checker has finished.
    func take() -> AssociationImport.Record? {
        if takenIndex < taken.count {
            defer { takenIndex += 1 }
            return taken[takenIndex]
        }
        condition.lock()
        while waiting.isEmpty && !finished { condition.wait() }
        taken.removeAll(keepingCapacity: true)
        swap(&taken, &waiting)
        condition.broadcast()
        condition.unlock()
        takenIndex = 0
        guard !taken.isEmpty else { return nil }
        takenIndex = 1
        return taken[0]
    }

    /// After `take` returned nil: why the file was refused, or nil.
    var failure: Error? {
        condition.lock()
        defer { condition.unlock() }
        return error
    }

    /// Writing thread: stop the checker and wait until it has finished.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
