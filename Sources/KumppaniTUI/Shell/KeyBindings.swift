import Kumppani

/// The four panes, in tab order. `1`, `2`, `3`, `4` switch to them.
public enum PaneID: String, CaseIterable, Hashable, Sendable {
    case directory, grants, meetings, premises

    /// The digit that switches to this pane.
    public var number: Int { (PaneID.allCases.firstIndex(of: self) ?? 0) + 1 }
}

/// What a key, menu item or palette command does. The raw value doubles as the English
/// command name in the palette (`:backup`), so pane actions should read well there:
/// `ActionID("directory.new")`, `ActionID("grants.decide")`.
public struct ActionID: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
}

/// The app's own actions (program menu, global keys, welcome view).
extension ActionID {
    public static let switchDirectory: ActionID = "directory"
    public static let switchGrants: ActionID = "grants"
    public static let switchMeetings: ActionID = "meetings"
    public static let help: ActionID = "help"
    public static let search: ActionID = "search"
    public static let palette: ActionID = "commands"
    public static let cancel: ActionID = "cancel"
    public static let quit: ActionID = "quit"
    public static let redraw: ActionID = "redraw"
    public static let menu: ActionID = "menu"
    public static let importAssociations: ActionID = "import"
    public static let exportAssociations: ActionID = "export"
    public static let exportAll: ActionID = "export-all"
    public static let backup: ActionID = "backup"
    public static let exchangeFolder: ActionID = "sync-folder"
    public static let syncConflicts: ActionID = "sync-conflicts"
    public static let language: ActionID = "language"
    public static let theme: ActionID = "theme"
    public static let loadDemo: ActionID = "demo"

    /// The switch action for a pane.
    public static func switchTo(_ pane: PaneID) -> ActionID {
        switch pane {
        case .directory: return .switchDirectory
        case .grants: return .switchGrants
        case .meetings: return .switchMeetings
        case .premises: return .switchPremises
        }
    }
}

/// Where a binding is active.
public enum KeyContext: Hashable, Sendable {
    /// Everywhere outside overlays.
    case global
    /// Only while this pane is shown.
    case pane(PaneID)
    /// The welcome view on an empty database (shown instead of pane 1).
    case welcome
}

/// Which drop-down menu lists a binding.
public enum MenuID: Hashable, Sendable {
    case program
    case pane(PaneID)
}

/// One row of the key table: an action, the keys that run it and its label. The help
/// overlay, the key bar, the menus and the command palette are all generated from these
/// rows, so what they show cannot drift from what the keys do.
public struct KeyBinding: Sendable, Equatable {
    public var action: ActionID
    /// Empty when the action is only in menus and the palette.
    public var keys: [Key]
    /// Catalog key of the label, e.g. `"directory.action.new"`: one short verb phrase.
    public var labelKey: String
    public var context: KeyContext
    public var showInKeyBar: Bool
    public var menu: MenuID?

    public init(action: ActionID, keys: [Key], labelKey: String, context: KeyContext,
                showInKeyBar: Bool = false, menu: MenuID? = nil) {
        self.action = action; self.keys = keys; self.labelKey = labelKey
        self.context = context; self.showInKeyBar = showInKeyBar; self.menu = menu
    }

    public func matches(_ key: Key) -> Bool { keys.contains(key) }
}

/// The app's own rows of the key table. Panes add theirs through `Pane.bindings`.
public enum KeyBindings {
    public static let global: [KeyBinding] = [
        KeyBinding(action: .switchDirectory, keys: [.char("1")], labelKey: "shell.action.directory",
                   context: .global, menu: .pane(.directory)),
        KeyBinding(action: .switchGrants, keys: [.char("2")], labelKey: "shell.action.grants",
                   context: .global, menu: .pane(.grants)),
        KeyBinding(action: .switchMeetings, keys: [.char("3")], labelKey: "shell.action.meetings",
                   context: .global, menu: .pane(.meetings)),
        KeyBinding(action: .switchPremises, keys: [.char("4")], labelKey: "shell.action.premises",
                   context: .global, menu: .pane(.premises)),
        KeyBinding(action: .importAssociations, keys: [], labelKey: "shell.action.import",
                   context: .global, menu: .program),
        KeyBinding(action: .exportAssociations, keys: [], labelKey: "shell.action.export",
                   context: .global, menu: .program),
        KeyBinding(action: .exportAll, keys: [], labelKey: "shell.action.export_all",
                   context: .global, menu: .program),
        KeyBinding(action: .backup, keys: [], labelKey: "shell.action.backup",
                   context: .global, menu: .program),
        KeyBinding(action: .draft, keys: [], labelKey: "drafts.action",
                   context: .global, menu: .program),
        KeyBinding(action: .language, keys: [], labelKey: "shell.action.language",
                   context: .global, menu: .program),
        KeyBinding(action: .theme, keys: [], labelKey: "shell.action.theme",
                   context: .global, menu: .program),
        KeyBinding(action: .search, keys: [.char("/")], labelKey: "shell.action.search",
                   context: .global, menu: .program),
        KeyBinding(action: .redraw, keys: [.ctrl("l")], labelKey: "shell.action.redraw",
                   context: .global, menu: .program),
        KeyBinding(action: .help, keys: [.char("?"), .function(1)], labelKey: "shell.action.help",
                   context: .global, showInKeyBar: true, menu: .program),
        KeyBinding(action: .menu, keys: [.function(10)], labelKey: "shell.action.menu",
                   context: .global, showInKeyBar: true),
        // After F10 so the help's first page still shows the keys every user needs.
        KeyBinding(action: .exchangeFolder, keys: [], labelKey: "copysync.ui.menu",
                   context: .global, menu: .program),
        KeyBinding(action: .syncConflicts, keys: [], labelKey: "copysync.ui.conflicts_menu",
                   context: .global, menu: .program),
        KeyBinding(action: .palette, keys: [.char(":")], labelKey: "shell.action.commands",
                   context: .global, showInKeyBar: true, menu: .program),
        KeyBinding(action: .cancel, keys: [.escape], labelKey: "shell.action.cancel",
                   context: .global),
        KeyBinding(action: .quit, keys: [.char("q")], labelKey: "shell.action.quit",
                   context: .global, showInKeyBar: true, menu: .program),
    ]

    /// The welcome view's rows (empty database).
    public static let welcome: [KeyBinding] = [
        KeyBinding(action: .loadDemo, keys: [.char("d")], labelKey: "shell.action.demo",
                   context: .welcome, showInKeyBar: true, menu: .pane(.directory)),
        KeyBinding(action: .importAssociations, keys: [.char("i")], labelKey: "shell.action.import_csv",
                   context: .welcome, showInKeyBar: true),
    ]
}

/// How keys are written on screen: `Esc`, `Enter`, `Ctrl-L`, `F10`, `↑`.
public enum KeyName {
    public static func of(_ key: Key, _ l: L) -> String {
        switch key {
        case .char(" "): return l["shell.key.space"]
        case .char(let c): return String(c)
        case .enter: return l["shell.key.enter"]
        case .escape: return l["shell.key.esc"]
        case .tab: return l["shell.key.tab"]
        case .backTab: return l["shell.key.backtab"]
        case .backspace: return l["shell.key.backspace"]
        case .delete: return l["shell.key.delete"]
        case .insert: return l["shell.key.insert"]
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return l["shell.key.home"]
        case .end: return l["shell.key.end"]
        case .pageUp: return l["shell.key.pgup"]
        case .pageDown: return l["shell.key.pgdn"]
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return l["shell.key.ctrl", String(c).uppercased()]
        case .alt(let c): return l["shell.key.alt", String(c).uppercased()]
        case .ctrlLeft: return l["shell.key.ctrl", "←"]
        case .ctrlRight: return l["shell.key.ctrl", "→"]
        case .altBackspace: return l["shell.key.alt", l["shell.key.backspace"]]
        }
    }

    /// Several keys of one binding: `?/F1`; a run of arrows collapses to `↑↓`.
    public static func of(_ keys: [Key], _ l: L) -> String {
        let names = keys.map { of($0, l) }
        let arrows: Set<String> = ["↑", "↓", "←", "→"]
        if !names.isEmpty && names.allSatisfy({ arrows.contains($0) }) { return names.joined() }
        return names.joined(separator: "/")
    }
}
