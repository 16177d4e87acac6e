import Kumppani

/// The meetings pane's rows of the key table, by screen. Help, key bar and menu come from these.
enum MeetingsBindings {
    static func row(_ action: String, _ keys: [Key], bar: Bool = false, menu: Bool = true) -> KeyBinding {
        KeyBinding(action: ActionID("meetings.\(action)"), keys: keys, labelKey: "meetings.action.\(action)",
                   context: .pane(.meetings), showInKeyBar: bar, menu: menu ? .pane(.meetings) : nil)
    }

    static let moves = [row("up", [.up], menu: false), row("down", [.down], menu: false),
                        row("page_up", [.pageUp], menu: false), row("page_down", [.pageDown], menu: false)]

    static let list: [KeyBinding] = [
        row("open", [.enter], bar: true), row("start", [.char("s")], bar: true),
        row("new", [.char("n")], bar: true), row("new_negotiation", [.char("v")]),
        row("new_body", [.char("b")], bar: true), row("members_view", [.char("m")]),
        row("focus", [.tab, .left, .right], menu: false), row("advance", [.char(">")]),
        row("export", [.char("x")], bar: true), row("delete", [.delete]),
        row("actions_view", [.char("t")]), row("goals_view", [.char("g")]),
    ] + moves

    static let agenda: [KeyBinding] = [
        row("item_add", [.char("a")], bar: true), row("item_title", [.char("t")]),
        row("item_preparer", [.char("v")]), row("item_background", [.char("b")]),
        row("item_proposal", [.char("e")], bar: true), row("item_kind", [.char("k")]),
        row("item_attach", [.char("l")]), row("item_round", [.char("g")]), row("item_associations", [.char("y")]), row("item_move_up", [.char("-")]), row("item_move_down", [.char("+")]),
        row("item_delete", [.delete]), row("meeting_date", [.char("d")]), row("meeting_time", [.char("o")]),
        row("meeting_place", [.char("w")]), row("officers", [.char("u")]),
        row("start", [.char("s")], bar: true), row("advance", [.char(">")]),
        row("export", [.char("x")], bar: true), row("back", [.escape], bar: true, menu: false),
    ] + moves

    static let live: [KeyBinding] = [
        row("next", [.char("n")], bar: true), row("previous", [.char("p")], bar: true),
        row("edit_discussion", [.enter, .char("e")], bar: true), row("edit_decision", [.char("d")]),
        row("edit_dissent", [.char("r")]), row("as_proposed", [.char("h")], bar: true),
        row("time_stamp", [.char("t")]), row("attendance", [.char("a")], bar: true),
        row("vote", [.char("v")]), row("counter", [.char("c")]), row("disqualify", [.char("j")]),
        row("action_add", [.char("o")]), row("end", [.char("E")]), row("export", [.char("x")]),
        row("amend", [.char("m")]), row("advance", [.char(">")]),
        row("back", [.escape], menu: false),
    ] + moves

    static let editing: [KeyBinding] = [
        row("editor_done", [.escape], bar: true, menu: false), row("editor_field", [.tab], bar: true, menu: false),
        row("editor_previous", [.backTab], menu: false), row("accept_suggestion", [.ctrl("o")], bar: true, menu: false),
        row("time_stamp", [.ctrl("t")], bar: true, menu: false),
        row("next", [.ctrl("n")], bar: true, menu: false), row("previous", [.ctrl("p")], menu: false),
    ]

    /// While a searchable list is open: typing filters it.
    static let picker: [KeyBinding] = [
        row("picker_choose", [.enter], bar: true, menu: false), row("picker_cancel", [.escape], bar: true, menu: false),
    ]

    static let attendance: [KeyBinding] = [
        row("attendance_done", [.escape, .enter], bar: true, menu: false),
    ]

    static let actions: [KeyBinding] = [
        row("action_done", [.char(" "), .char("d")], bar: true), row("action_scope", [.char("f")], bar: true),
        row("action_owner", [.char("o")]), row("back", [.escape], bar: true, menu: false),
    ] + moves

    static let members: [KeyBinding] = [
        row("member_add", [.char("a")], bar: true), row("member_edit", [.enter, .char("e")], bar: true),
        row("member_end", [.char("k")], bar: true), row("member_remove", [.delete]),
        row("back", [.escape], bar: true, menu: false),
    ] + moves

    static let goals: [KeyBinding] = [
        row("goal_add", [.char("a")], bar: true), row("goal_edit", [.char("e"), .enter]),
        row("goal_status", [.char("s")], bar: true), row("goal_carry", [.char("c")]),
        row("goal_year_prev", [.char("[")]), row("goal_year_next", [.char("]")]),
        row("back", [.escape], bar: true, menu: false),
    ] + moves

    static func rows(for screen: MeetingsPane.Screen, input: MeetingsPane.Input) -> [KeyBinding] {
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
