import Foundation
import Kumppani

/// Runs background requests one at a time on a thread of its own, with a read-only connection
/// to the same file (WAL: it sees every commit of the UI's connection). A newer request on a
/// channel interrupts the one running on it, so typing fast never queues up stale queries.
///
/// Memory: once no request has come for `releaseAfterIdle` seconds, the reader's page cache
/// and the heap the last job freed (the duplicate search's blocks) go back to the system, so a
/// finished job's memory does not stay under the next one's peak. When the worker itself goes
/// (its app does), the thread ends and closes the reader.
public final class ThreadedWorker: BackgroundWorker, @unchecked Sendable {
    /// Long enough that typing in the referral view keeps its cache between keys.
    public static let defaultReleaseAfterIdle: TimeInterval = 2

    private let queries: QueryThread

    public init(path: String, releaseAfterIdle: TimeInterval = ThreadedWorker.defaultReleaseAfterIdle) {
        queries = QueryThread(path: path, releaseAfterIdle: releaseAfterIdle)
    }

    deinit { queries.stop() }

    public func submit(_ request: BackgroundRequest) { queries.submit(request) }
    public func takeFinished() -> [BackgroundResult] { queries.takeFinished() }
    public var isBusy: Bool { queries.isBusy }

    static let cacheKiB = 16384
}

/// The thread's side of `ThreadedWorker`: the thread holds this, not the worker, so the worker
/// can go away and tell the thread to end.
private final class QueryThread: @unchecked Sendable {
    private let path: String
    private let releaseAfterIdle: TimeInterval
    private let lock = NSCondition()
    // Guarded by `lock`.
    private var queue: [BackgroundRequest] = []
    private var running: (channel: String, generation: Int)?
    private var generations: [String: Int] = [:]
    private var finished: [BackgroundResult] = []
    private var reader: Store?
    private var started = false
    private var stopped = false
    /// A request ran since the memory was last released.
    private var holdsJobMemory = false

    init(path: String, releaseAfterIdle: TimeInterval) {
        self.path = path
        self.releaseAfterIdle = releaseAfterIdle
    }

    func submit(_ request: BackgroundRequest) {
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

    func takeFinished() -> [BackgroundResult] {
        lock.lock()
        defer { finished = []; lock.unlock() }
        return finished
    }

    var isBusy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return running != nil || !queue.isEmpty
    }

    func stop() {
        lock.lock()
        stopped = true
        reader?.database.interrupt()
        lock.signal()
        lock.unlock()
    }

    private func loop() {
        while true {
            lock.lock()
            while queue.isEmpty && !stopped {
                guard holdsJobMemory else { lock.wait(); continue }
                if !lock.wait(until: Date(timeIntervalSinceNow: releaseAfterIdle)) && queue.isEmpty && !stopped {
                    holdsJobMemory = false
                    let store = reader
                    lock.unlock()
                    release(store)
                    lock.lock()
                }
            }
            if stopped {
                let store = reader
                reader = nil
                lock.unlock()
                _ = store   // the last reference: the connection closes here, on its own thread
                return
            }
            let request = queue.removeFirst()
            let generation = generations[request.channel] ?? 0
            running = (request.channel, generation)
            let store = reader
            lock.unlock()

            let value = Result<any Sendable, any Error> { try request.work(try store ?? openReader()) }

            lock.lock()
            running = nil
            holdsJobMemory = true
            // Delivered only when no newer request on the channel came meanwhile.
            if generations[request.channel] == generation {
                finished.append(BackgroundResult(channel: request.channel, pane: request.pane, value: value))
            }
            lock.unlock()
        }
    }

    /// The reader's cached pages and the heap freed by the job back to the system.
    private func release(_ store: Store?) {
        store?.database.releaseCachedPages()
        FreedMemory.returnToSystem()
    }

    /// The read connection, opened on first use on this thread. No health check here: the UI's
    /// open has done it (or runs it in the background).
    private func openReader() throws -> Store {
        let store = try Store.open(path: path, options: Store.Options(
            create: false, readOnly: true, migrate: false, deferHealthCheckAbove: 0, autoBackup: false))
        // Half the UI connection's page cache: the two caches were most of the referral step's
        // 105 MiB peak (kumppani-bench), and this connection only runs the occasional long query.
        try store.database.execute("PRAGMA cache_size = -\(ThreadedWorker.cacheKiB)")
        lock.lock()
        reader = store
        lock.unlock()
        return store
    }
}
