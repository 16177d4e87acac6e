import Kumppani

/// The premises pane's actions. Raw values are the palette commands (`:premises.next-week`);
/// `perform` switches over these exhaustively, so an action without its code does not compile.
enum PremisesAction: String, CaseIterable {
    case previousRoom = "premises.previous-room", nextRoom = "premises.next-room"
    case previousWeek = "premises.previous-week", nextWeek = "premises.next-week", thisWeek = "premises.this-week"
    case benefits = "premises.benefits", grouping = "premises.grouping"
    case previousYear = "premises.previous-year", nextYear = "premises.next-year"
    case scrollUp = "premises.scroll-up", scrollDown = "premises.scroll-down"
    case book = "premises.book", addPremises = "premises.add"

    var id: ActionID { ActionID(rawValue) }
    init?(_ id: ActionID) { self.init(rawValue: id.rawValue) }
}

extension ActionID {
    public static let switchPremises: ActionID = "premises"
}

enum PremisesBindings {
    static func row(_ action: PremisesAction, _ keys: [Key], _ label: String, bar: Bool = false) -> KeyBinding {
        KeyBinding(action: action.id, keys: keys, labelKey: "premises.action.\(label)", context: .pane(.premises),
                   showInKeyBar: bar, menu: .pane(.premises))
    }

    /// `[` `]` move the week in the week view and the year in the benefit report.
    static let week: [KeyBinding] = [
        row(.previousRoom, [.up, .char("k")], "previous_room"),
        row(.nextRoom, [.down, .char("j")], "next_room"),
        row(.previousWeek, [.char("["), .left], "previous_week", bar: true),
        row(.nextWeek, [.char("]"), .right], "next_week", bar: true),
        row(.thisWeek, [.char("t")], "this_week", bar: true),
        row(.book, [.char("b"), .char("a")], "book", bar: true),
        row(.addPremises, [.char("n")], "add_premises"),
        row(.benefits, [.char("h")], "benefits", bar: true),
    ]

    static let report: [KeyBinding] = [
        row(.previousYear, [.char("["), .left], "previous_year", bar: true),
        row(.nextYear, [.char("]"), .right], "next_year", bar: true),
        row(.grouping, [.char("g")], "grouping", bar: true),
        row(.scrollUp, [.up, .char("k")], "scroll_up"),
        row(.scrollDown, [.down, .char("j")], "scroll_down"),
        row(.benefits, [.char("h"), .char("v")], "week_view", bar: true),
    ]
}
