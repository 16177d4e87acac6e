import Foundation
import Kumppani

/// A query a pane asks for that may take longer than a frame (the referral view at 100,000
/// associations). It leaves the key path: the key is drawn at once, and the answer comes back to
/// the pane through `Pane.receive` when it is ready. On a channel the newest request wins: an
/// older one still waiting is dropped, one already running is interrupted, and a result that a
/// newer request has overtaken is never delivered.
public struct BackgroundRequest: Sendable {
    /// Requests on one channel replace each other (e.g. `"directory.referral"`).
    public let channel: String
    /// Runs on a read connection (another thread's, in the program): read only, no UI state.
    public let work: @Sendable (Store) throws -> any Sendable
    /// The pane that asked; filled in by the shell.
    public internal(set) var pane: PaneID = .directory

    public init(channel: String, work: @escaping @Sendable (Store) throws -> any Sendable) {
        self.channel = channel
        self.work = work
    }
}

/// What a background request produced, handed to the pane that asked.
public struct BackgroundResult: Sendable {
    public let channel: String
    public let pane: PaneID
    public let value: Result<any Sendable, any Error>
}

/// Runs background requests. The program uses a thread with its own read connection
/// (`ThreadedWorker`); tests and the headless replay run them at once (`InlineWorker`), so a
/// replay shows the same screens every time.
public protocol BackgroundWorker: AnyObject {
    func submit(_ request: BackgroundRequest)
    /// The results ready since the last call, oldest first.
    func takeFinished() -> [BackgroundResult]
    /// True while a request is queued or running: the presenter then looks for results often.
    var isBusy: Bool { get }
}

/// Runs each request at once on the app's own connection.
public final class InlineWorker: BackgroundWorker {
    private let store: Store
    private var finished: [BackgroundResult] = []

    public init(store: Store) { self.store = store }

    public func submit(_ request: BackgroundRequest) {
        // A newer request on the channel overtakes an undelivered older result.
        finished.removeAll { $0.channel == request.channel }
        let value = Result<any Sendable, any Error> { try request.work(store) }
        finished.append(BackgroundResult(channel: request.channel, pane: request.pane, value: value))
    }

    public func takeFinished() -> [BackgroundResult] {
        defer { finished = [] }
        return finished
    }

    public var isBusy: Bool { false }
}
