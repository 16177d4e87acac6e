import Kumppani

/// The meetings pane's rows of the key table, by screen. Help, key bar and menu come from these.
enum MeetingsBindings {
    static func row(_ action: MeetingsAction, _ keys: [Key], bar: Bool = false, menu: Bool = true) -> KeyBinding {
        KeyBinding(action: action.id, keys: keys, labelKey: "meetings.action.\(action.rawValue)",
                   context: .pane(.meetings), showInKeyBar: bar, menu: menu ? .pane(.meetings) : nil)
    }

    static let moves = [row(.up, [.up], menu: false), row(.down, [.down], menu: false),
                        row(.pageUp, [.pageUp], menu: false), row(.pageDown, [.pageDown], menu: false)]

    static let list: [KeyBinding] = [
        row(.open, [.enter], bar: true), row(.start, [.char("s")], bar: true),
        row(.new, [.char("n")], bar: true), row(.newNegotiation, [.char("v")]),
        row(.newBody, [.char("b")], bar: true), row(.membersView, [.char("m")]),
        row(.focus, [.tab, .left, .right], menu: false), row(.advance, [.char(">")]),
        row(.export, [.char("x")], bar: true), row(.delete, [.delete]),
        row(.actionsView, [.char("t")]), row(.goalsView, [.char("g")]),
    ] + moves

    static let agenda: [KeyBinding] = [
        row(.itemAdd, [.char("a")], bar: true), row(.itemTitle, [.char("t")]),
        row(.itemPreparer, [.char("v")]), row(.itemBackground, [.char("b")]),
        row(.itemProposal, [.char("e")], bar: true), row(.itemKind, [.char("k")]),
        row(.itemAttach, [.char("l")]), row(.itemRound, [.char("g")]), row(.itemAssociations, [.char("y")]), row(.itemMoveUp, [.char("-")]), row(.itemMoveDown, [.char("+")]),
        row(.itemDelete, [.delete]), row(.meetingDate, [.char("d")]), row(.meetingTime, [.char("o")]),
        row(.meetingPlace, [.char("w")]), row(.officers, [.char("u")]), row(.itemCase, [.char("#")]),
        row(.swedish, [.ctrl("r")]),
        row(.start, [.char("s")], bar: true), row(.advance, [.char(">")]),
        row(.export, [.char("x")], bar: true), row(.back, [.escape], bar: true, menu: false),
    ] + moves

    static let live: [KeyBinding] = [
        row(.next, [.char("n")], bar: true), row(.previous, [.char("p")], bar: true),
        row(.editDiscussion, [.enter, .char("e")], bar: true), row(.editDecision, [.char("d")]),
        row(.editDissent, [.char("r")]), row(.asProposed, [.char("h")], bar: true),
        row(.timeStamp, [.char("t")]), row(.attendance, [.char("a")], bar: true),
        row(.vote, [.char("v")]), row(.counter, [.char("c")]), row(.disqualify, [.char("j")]),
        row(.actionAdd, [.char("o")]), row(.end, [.char("E")]), row(.export, [.char("x")]),
        row(.amend, [.char("m")]), row(.advance, [.char(">")]),
        row(.sectionDecide, [.char("g")]), row(.sectionApplications, [.char("l")]), row(.itemCase, [.char("#")]),
        row(.officers, [.char("u")]), row(.attendanceTime, [.char("k")]), row(.swedish, [.ctrl("r")]),
        row(.back, [.escape], menu: false),
    ] + moves

    static let editing: [KeyBinding] = [
        row(.editorDone, [.escape], bar: true, menu: false), row(.editorField, [.tab], bar: true, menu: false),
        row(.editorPrevious, [.backTab], menu: false), row(.acceptSuggestion, [.ctrl("o")], bar: true, menu: false),
        row(.timeStamp, [.ctrl("t")], bar: true, menu: false),
        row(.next, [.ctrl("n")], bar: true, menu: false), row(.previous, [.ctrl("p")], menu: false),
        row(.swedish, [.ctrl("r")], menu: false),
    ]

    /// While a searchable list is open: typing filters it.
    static let picker: [KeyBinding] = [
        row(.pickerChoose, [.enter], bar: true, menu: false), row(.pickerCancel, [.escape], bar: true, menu: false),
    ]

    static let attendance: [KeyBinding] = [
        row(.attendanceDone, [.escape, .enter], bar: true, menu: false),
    ]

    static let actions: [KeyBinding] = [
        row(.actionDone, [.char(" "), .char("d")], bar: true), row(.actionScope, [.char("f")], bar: true),
        row(.actionOwner, [.char("o")]), row(.back, [.escape], bar: true, menu: false),
    ] + moves

    static let members: [KeyBinding] = [
        row(.memberAdd, [.char("a")], bar: true), row(.memberEdit, [.enter, .char("e")], bar: true),
        row(.memberEnd, [.char("k")], bar: true), row(.memberRemove, [.delete]),
        row(.back, [.escape], bar: true, menu: false),
    ] + moves

    static let goals: [KeyBinding] = [
        row(.goalAdd, [.char("a")], bar: true), row(.goalEdit, [.char("e"), .enter]),
        row(.goalStatus, [.char("s")], bar: true), row(.goalCarry, [.char("c")]),
        row(.goalYearPrev, [.char("[")]), row(.goalYearNext, [.char("]")]),
        row(.goalSwedish, [.char("r")]),
        row(.back, [.escape], bar: true, menu: false),
    ] + moves

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
