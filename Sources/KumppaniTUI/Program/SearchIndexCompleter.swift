import Foundation
import Kumppani

/// Where the background completion of a large import's search index is (`SearchIndex+Backlog`).
public enum SearchIndexProgress: Equatable, Sendable {
    /// Made for `done` of `total` associations so far.
    case running(done: Int, total: Int)
    /// The last chunk was committed (reported once).
    case finished
    /// Stopped by a problem (reported once, localised by the caller); the next start goes on.
    case stopped(String)
}

/// Makes a large import's derived search indexes on a thread of its own, with its own connection,
/// a chunk per transaction: the user's writes wait for at most one chunk (~100 ms), and the
/// search answers from the word indexes meanwhile. Quitting halfway leaves the rest to the next start.
public final class SearchIndexCompleter: @unchecked Sendable {
    private let path: String
    /// The user's message for what stopped it (the caller knows the language and the file).
    private let describe: @Sendable (Error) -> String
    private let lock = NSLock()
    // Guarded by `lock`.
    private var running = false
    private var state: SearchIndexProgress?

    public init(path: String, describe: @escaping @Sendable (Error) -> String) {
        self.path = path
        self.describe = describe
    }

    /// Starts the thread unless it runs already; `left` is the backlog seen by the caller.
    public func start(left: Int) {
        guard left > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        guard !running else { return }
        running = true
        state = .running(done: 0, total: left)
        let thread = Thread { [self] in work(total: left) }
        thread.name = "kumppani-search-index"
        thread.start()
    }

    /// The current state; `.finished` and `.stopped` are handed out once, then nil.
    public func take() -> SearchIndexProgress? {
        lock.lock()
        defer { lock.unlock() }
        guard let current = state else { return nil }
        if case .running = current { return current }
        state = nil
        return current
    }

    private func work(total: Int) {
        var outcome: SearchIndexProgress = .finished
        do {
            let store = try Store.open(path: path, options: Store.Options(
                create: false, migrate: false, deferHealthCheckAbove: 0, autoBackup: false))
            var left = total
            while left > 0 {
                do {
                    left = try SearchIndex.completeBacklog(on: store.database, chunk: SearchIndex.backlogChunk)
                } catch let error as DatabaseError where error.isBusy {
                    Thread.sleep(forTimeInterval: 0.2)   // another window writes: its turn first
                    continue
                }
                publish(.running(done: max(0, total - left), total: max(total, 1)))
                Thread.sleep(forTimeInterval: 0.02)   // a gap for the user's own writes
            }
        } catch {
            outcome = .stopped(describe(error))
        }
        lock.lock()
        running = false
        state = outcome
        lock.unlock()
    }

    private func publish(_ progress: SearchIndexProgress) {
        lock.lock()
        state = progress
        lock.unlock()
    }
}
