import Kumppani

/// What a pane did with an event or action.
public enum PaneResult: Equatable, Sendable {
    /// The pane used it; nothing else happens.
    case handled
    /// The pane did not want it; the shell may act on it (e.g. `Esc` clears the status line).
    case ignored
}

/// One of the three main views (directory, grants, meetings).
///
/// How the shell drives a pane:
/// - `activate` each time the pane is shown (load or refresh data from `context.store`).
/// - Keys arrive in this order: an open overlay takes every key; then the global keys of
///   `KeyBindings.global` (`1 2 3 ? / : q F1 F10 Ctrl-L`); then `handle`. While
///   `isCapturingText` is true, printable characters and editing keys skip the global keys
///   and go straight to `handle`, so typing `q` in a field types a `q`. `Esc` always reaches
///   the pane first (close your editor); when the pane ignores it, the shell clears the status.
/// - `perform` runs an action by id: from a key (the default `handle` maps keys through
///   `bindings`), a menu item or a palette command (`argument` is the text after the first
///   space of `:name text`, else nil). A menu item and its key therefore run the same code.
///   The shell forwards `/` as `perform(.search)`.
/// - `render` draws into `area` only, a pure function of the pane's state.
/// - `idle` is called on every tick for every pane, shown or not: the autosave hook.
/// - `externalChange` is called on every pane after another window (another process on the
///   same file) committed: re-read what is shown, keeping the selection by id; keep any open
///   form as typed (its save checks for conflicts). The default re-runs `activate`.
///
/// Side effects beyond the store go through `context`: `post` a status message, `open` a
/// dialog (its typed answer comes back as `answer(dialog.action, answer, argument:)`), `switchTo`
/// another pane (optionally running an action there, e.g. open association 42 in pane 1),
/// `runInBackground` a query that may take longer than a frame (its answer comes to `receive`).
///
/// Panes may be structs (plain values; the shell keeps them in an array and mutates them in
/// place) or final classes (when they hold a paging data source or a cache; the `mutating`
/// requirements are then ordinary methods). Prefer structs; the placeholders are structs.
public protocol Pane {
    var id: PaneID { get }
    /// Catalog key of the tab title, e.g. `"shell.pane.directory"`.
    var titleKey: String { get }
    /// The pane's rows of the key table, `context: .pane(id)`. Set `menu: .pane(id)` for
    /// rows that should be in the pane's menu and `showInKeyBar` for the few most used.
    var bindings: [KeyBinding] { get }
    /// True while a text field in the pane has focus.
    var isCapturingText: Bool { get }
    /// True when quitting now would lose something; `q` then asks first.
    var hasUnsavedWork: Bool { get }
    /// The form open over the pane, if any: a signal writes its values to the text draft, so
    /// a pane with forms must answer here or its input is lost on SIGTERM.
    var openForm: Form? { get }

    mutating func activate(context: inout PaneContext)
    mutating func handle(_ event: Event, context: inout PaneContext) -> PaneResult
    mutating func perform(_ action: ActionID, argument: String?, context: inout PaneContext) -> PaneResult
    /// The answer of a dialog this pane opened: `action` and `argument` as the request gave them.
    /// The default hands it to `perform` as text (`DialogAnswer.asArgument`).
    mutating func answer(_ action: ActionID, _ answer: DialogAnswer, argument: String?, context: inout PaneContext) -> PaneResult
    func render(into frame: inout Frame, in area: Rect, context: DrawContext)
    mutating func idle(context: inout PaneContext)
    mutating func externalChange(context: inout PaneContext)
    /// The result of a `context.runInBackground` request of this pane.
    mutating func receive(_ result: BackgroundResult, context: inout PaneContext)
}

extension Pane {
    public var isCapturingText: Bool { false }
    public var hasUnsavedWork: Bool { false }
    public var openForm: Form? { nil }
    public mutating func activate(context: inout PaneContext) {}
    public mutating func idle(context: inout PaneContext) {}
    public mutating func externalChange(context: inout PaneContext) { activate(context: &context) }
    public mutating func receive(_ result: BackgroundResult, context: inout PaneContext) {}
    public mutating func answer(_ action: ActionID, _ answer: DialogAnswer, argument: String?,
                                context: inout PaneContext) -> PaneResult {
        perform(action, argument: answer.asArgument(confirming: argument), context: &context)
    }

    /// Default key handling: run the action whose binding lists the key.
    public mutating func handle(_ event: Event, context: inout PaneContext) -> PaneResult {
        guard case .key(let key) = event, let binding = bindings.first(where: { $0.matches(key) }) else {
            return .ignored
        }
        return perform(binding.action, argument: nil, context: &context)
    }
}
