import Kumppani

/// The meetings pane's rows of the key table, by screen. Help, key bar and menu come from these.
enum MeetingsBindings {
    static func row(_ action: MeetingsAction, _ keys: [Key], bar: Bool = false, menu: Bool = true) -> KeyBinding {
        KeyBinding(action: action.id, keys: keys, labelKey: "meetings.action.\(action.rawValue)",
                   context: .pane(.meetings), showInKeyBar: bar, menu: menu ? .pane(.meetings) : nil)
    }

    static let moves = [row(.up, [.up], menu: false), row(.down, [.down], menu: false),
                        row(.pageUp, [.pageUp], menu: false), row(.pageDown, [.pageDown], menu: false)]

    // Each screen's rows live in its folder; these name them for the key table and the tests.
    static var list: [KeyBinding] { BodiesScreen.keys }
    static var agenda: [KeyBinding] { MeetingScreen.agendaKeys }
    static var live: [KeyBinding] { MeetingScreen.liveKeys }
    static var actions: [KeyBinding] { ActionsScreen.keys }
    static var members: [KeyBinding] { MembersScreen.keys }
    static var goals: [KeyBinding] { GoalsScreen.keys }
    static var editing: [KeyBinding] { MeetingScreen.editingKeys }
    static var attendance: [KeyBinding] { MeetingScreen.attendanceModeKeys }

    /// While a searchable list is open: typing filters it.
    static let picker: [KeyBinding] = [
        row(.pickerChoose, [.enter], bar: true, menu: false), row(.pickerCancel, [.escape], bar: true, menu: false),
    ]

    static func rows(for screen: MeetingsScreen.Name, input: MeetingScreen.Input) -> [KeyBinding] {
        switch input {
        case .editor: return editing
        case .attendance: return attendance
        case .none: break
        }
        switch screen {
        case .list: return list
        case .agenda: return agenda
        case .live: return live
        case .actions: return actions
        case .goals: return goals
        case .members: return members
        }
    }
}

/// A screen whose key rows (in its folder) are written with `row` and end with the `moves`.
protocol MeetingsKeyRows {}

extension MeetingsKeyRows {
    static func row(_ action: MeetingsAction, _ keys: [Key], bar: Bool = false, menu: Bool = true) -> KeyBinding {
        MeetingsBindings.row(action, keys, bar: bar, menu: menu)
    }

    static var moves: [KeyBinding] { MeetingsBindings.moves }
}
