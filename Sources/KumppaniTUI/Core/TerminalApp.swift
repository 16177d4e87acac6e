/// The app as a presenter (ncurses or headless) sees it.
///
/// The ncurses presenter and `HeadlessRunner` drive exactly the same app through this protocol;
/// only the presenter differs. The app learns the screen size from `render(size:)`, which every
/// presenter calls before the first event and after every `.resize`.
public protocol TerminalApp: AnyObject {
    /// Handles one event; pure UI state changes plus store writes. Never blocks on the terminal.
    func handle(_ event: Event)
    /// Draws the whole screen for this size.
    func render(size: Size) -> Frame
    /// True once the user has quit.
    var shouldQuit: Bool { get }
    /// Returns true once after Ctrl-L: the presenter repaints every cell.
    func takeFullRedrawRequest() -> Bool
    /// The theme currently chosen (the user can switch it from a menu).
    var theme: Theme { get }
    /// Work that must never sit on a key's path (autosave of minutes, flushing): called when no input is waiting,
    /// and at least every ~250 ms.
    func idle()
    /// True while work the user waits for runs off the key path: the presenter then calls `idle`
    /// often (every few milliseconds) so its answer shows as soon as it is ready.
    var isWaitingForWork: Bool { get }
}

extension TerminalApp {
    public var isWaitingForWork: Bool { false }
}
