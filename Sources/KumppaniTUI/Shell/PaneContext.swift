import Foundation
import Kumppani

/// A status line message.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Sendable { case info, error }
    public var text: String
    public var kind: Kind
    public var time: Date
    public init(text: String, kind: Kind, time: Date) { self.text = text; self.kind = kind; self.time = time }
}

/// A request from a pane to switch panes, optionally running an action in the target pane.
public struct PaneSwitch: Equatable, Sendable {
    public var pane: PaneID
    public var action: ActionID?
    public var argument: String?
}

/// What a pane gets to work with, and its channel back to the shell. The shell builds a
/// fresh context for each call and afterwards carries out what the pane asked for
/// (messages, dialogs, pane switches) in the order given.
public struct PaneContext {
    public let store: Store
    public let language: Language
    public let l: L
    public let clock: Clock
    /// The moment the context was built; use it for "today" so one event sees one date.
    public let now: Date
    public let boxStyle: BoxStyle
    /// The pane's area in the last frame drawn (the shell's body area), so a pane can size its
    /// pages on the update path instead of learning it while drawing.
    public var paneArea = Rect(x: 0, y: 1, width: 80, height: 21)

    public private(set) var messages: [StatusMessage] = []
    public private(set) var dialogs: [DialogRequest] = []
    public private(set) var paneSwitch: PaneSwitch?
    public private(set) var backgroundRequests: [BackgroundRequest] = []

    /// Writes a document the user asked for (an export, a referral slip) to a path: through the
    /// app's services, so no pane touches the file system itself.
    public let writeDocument: (_ text: String, _ path: String) throws -> Void

    public init(store: Store, language: Language, clock: Clock, boxStyle: BoxStyle,
                writeDocument: @escaping (_ text: String, _ path: String) throws -> Void = { _, _ in
                    throw CocoaError(.fileWriteNoPermission)
                }) {
        self.writeDocument = writeDocument
        self.store = store
        self.language = language
        self.l = L(language)
        self.clock = clock
        self.now = clock.now()
        self.boxStyle = boxStyle
    }

    /// Today's date in Finland (the county's calendar, whatever the laptop's zone).
    public var today: CivilDate { HelsinkiTime.civilDate(of: now) }

    /// Today as ISO-8601 text (`2026-11-23`), the storage format.
    public var todayISO: String { today.iso }

    /// Shows a message in the status line (already localised: use `l[...]`).
    public mutating func post(_ text: String, kind: StatusMessage.Kind = .info) {
        messages.append(StatusMessage(text: text, kind: kind, time: now))
    }

    /// Opens a dialog over the pane. Its answer comes back through `perform`.
    public mutating func open(_ dialog: DialogRequest) {
        dialogs.append(dialog)
    }

    /// Runs `work` off the key path (see `BackgroundRequest`); its result comes back through
    /// `Pane.receive`. On one channel the newest request wins.
    public mutating func runInBackground(_ channel: String, _ work: @escaping @Sendable (Store) throws -> any Sendable) {
        backgroundRequests.append(BackgroundRequest(channel: channel, work: work))
    }

    /// Shows another pane, then runs `action` there (e.g. open an association from pane 2).
    public mutating func switchTo(_ pane: PaneID, action: ActionID? = nil, argument: String? = nil) {
        paneSwitch = PaneSwitch(pane: pane, action: action, argument: argument)
    }
}
