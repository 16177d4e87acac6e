import Foundation
import Kumppani

/// Runs background requests one at a time on a thread of its own, with a read-only connection
/// to the same file (WAL: it sees every commit of the UI's connection). A newer request on a
/// channel interrupts the one running on it, so typing fast never queues up stale queries.
public final class ThreadedWorker: BackgroundWorker, @unchecked Sendable {
    private let path: String
    private let lock = NSCondition()
    // Guarded by `lock`.
    private var queue: [BackgroundRequest] = []
    private var running: (channel: String, generation: Int)?
    private var generations: [String: Int] = [:]
    private var finished: [BackgroundResult] = []
    private var reader: Store?
    private var started = false

    public init(path: String) { self.path = path }

    public func submit(_ request: BackgroundRequest) {
        lock.lock()
        defer { lock.unlock() }
        generations[request.channel, default: 0] += 1
        queue.removeAll { $0.channel == request.channel }
        finished.removeAll { $0.channel == request.channel }
        queue.append(request)
        if running?.channel == request.channel { reader?.database.interrupt() }
        if !started {
            started = true
            let thread = Thread { [self] in loop() }
            thread.name = "kumppani-queries"
            thread.start()
        }
        lock.signal()
    }

    public func takeFinished() -> [BackgroundResult] {
        lock.lock()
        defer { finished = []; lock.unlock() }
        return finished
    }

    public var isBusy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return running != nil || !queue.isEmpty
    }

    private func loop() {
        while true {
            lock.lock()
            while queue.isEmpty { lock.wait() }
            let request = queue.removeFirst()
            let generation = generations[request.channel] ?? 0
            running = (request.channel, generation)
            let store = reader
            lock.unlock()

            let value = Result<any Sendable, any Error> { try request.work(try store ?? openReader()) }

            lock.lock()
            running = nil
            // Delivered only when no newer request on the channel came meanwhile.
            if generations[request.channel] == generation {
                finished.append(BackgroundResult(channel: request.channel, pane: request.pane, value: value))
            }
            lock.unlock()
        }
    }

    static let cacheKiB = 16384

    /// The read connection, opened on first use on this thread. No health check here: the UI's
    /// open has done it (or runs it in the background).
    private func openReader() throws -> Store {
        let store = try Store.open(path: path, options: Store.Options(
            create: false, readOnly: true, migrate: false, deferHealthCheckAbove: 0, autoBackup: false))
        // Half the UI connection's page cache: the two caches were most of the referral step's
        // 105 MiB peak (kumppani-bench), and this connection only runs the occasional long query.
        try store.database.execute("PRAGMA cache_size = -\(Self.cacheKiB)")
        lock.lock()
        reader = store
        lock.unlock()
        return store
    }
}
