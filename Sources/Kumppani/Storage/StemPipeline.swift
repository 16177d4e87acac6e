import Foundation

/// Rebuilds the stem index with two threads: the caller's thread reads `association_stem_source`
/// and writes the rows, a second one stems them (`StemWriter`), a batch at a time. Stemming was
/// two thirds of the rebuild (perf, issue 16) and ran on one core while the other idled.
///
/// The rows and the vocabulary are the same as the one-at-a-time path (`StemWriter.add`, used by
/// `flush`); `StemIndexEquivalenceTests` compares the tables. At most `inFlight` batches wait at
/// once, so memory does not grow with the directory.
final class StemPipeline: @unchecked Sendable {   // `writer` is touched only on `queue`, one batch at a time
    static let batchSize = 512
    static let inFlight = 3

    private let queue = DispatchQueue(label: "kumppani.stems")
    private var writer = StemWriter()

    /// One batch: filled on `queue`, read by the caller after `done`.
    private final class Batch: @unchecked Sendable {
        let sources: [StemSource]
        var rows: [StemRow] = []
        var vocabulary: [String] = []
        let done = DispatchSemaphore(value: 0)
        init(_ sources: [StemSource]) { self.sources = sources }
    }

    /// `read` calls its argument with every source row in turn.
    func run(on db: Database, separateContact: Bool, read: (_ take: (StemSource) throws -> Void) throws -> Void) throws {
        var collecting: [StemSource] = []
        collecting.reserveCapacity(Self.batchSize)
        var waiting: [Batch] = []
        func write(_ batch: Batch) throws {
            batch.done.wait()
            for row in batch.rows { try StemWriter.insert(row, on: db, separateContact: separateContact) }
            try StemWriter.insertVocabulary(batch.vocabulary, on: db)
        }
        func send() throws {
            guard !collecting.isEmpty else { return }
            waiting.append(submit(collecting))
            collecting.removeAll(keepingCapacity: true)
            if waiting.count >= Self.inFlight { try write(waiting.removeFirst()) }
        }
        do {
            try read { source in
                collecting.append(source)
                if collecting.count >= Self.batchSize { try send() }
            }
            try send()
            while !waiting.isEmpty { try write(waiting.removeFirst()) }
        } catch {
            for batch in waiting { batch.done.wait() }   // nothing left running on the stemming thread
            throw error
        }
    }

    private func submit(_ sources: [StemSource]) -> Batch {
        let batch = Batch(sources)
        queue.async { [self] in
            batch.rows.reserveCapacity(batch.sources.count)
            for source in batch.sources { batch.rows.append(writer.row(source)) }
            batch.vocabulary = writer.takeVocabulary()
            batch.done.signal()
        }
        return batch
    }
}
