import Foundation
import Kumppani

/// An overlay drawn over the panes; the top one takes all keys.
enum Overlay: Equatable, Sendable {
    case help(HelpState)
    case menu(MenuState)
    case palette(PaletteState)
    case dialog(DialogState)
    case progress(ProgressState)
}

/// The shell's state: plain values, so a test can read and compare it.
public struct AppState: Equatable, Sendable {
    public var currentPane: PaneID = .directory
    var overlays: [Overlay] = []
    public var status: StatusMessage?
    public var language: Language
    public var themeName: String
    public var boxStyle: BoxStyle
    public var databasePath: String
    public var databaseIsEmpty: Bool
    public var shouldQuit = false
    var fullRedrawRequested = false
    /// The last size rendered; the progress overlay redraws at this size during long calls.
    var lastSize = Size(width: 80, height: 24)
    /// The copies' exchange state the status line shows, read on the idle tick and after an
    /// exchange (drawing never asks the store); nil without a copy identity.
    var syncStatus: Sync.Status?

    public init(language: Language, themeName: String, boxStyle: BoxStyle, databasePath: String, databaseIsEmpty: Bool) {
        self.language = language; self.themeName = themeName; self.boxStyle = boxStyle
        self.databasePath = databasePath; self.databaseIsEmpty = databaseIsEmpty
    }

    /// The welcome view replaces pane 1 while the database is empty.
    public var showsWelcome: Bool { databaseIsEmpty && currentPane == .directory }

    /// What kind of overlay is on top, for tests and the key bar.
    public var topOverlayName: String? {
        switch overlays.last {
        case .help: return "help"
        case .menu: return "menu"
        case .palette: return "palette"
        case .dialog: return "dialog"
        case .progress: return "progress"
        case nil: return nil
        }
    }
}
