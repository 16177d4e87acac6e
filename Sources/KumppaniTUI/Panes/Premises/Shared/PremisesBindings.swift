import Kumppani

/// The premises pane's actions. Raw values are the palette commands (`:premises.next-week`);
/// `perform` switches over these exhaustively, so an action without its code does not compile.
/// The last group are the answers of the pane's own dialogs, never bound to a key.
enum PremisesAction: String, CaseIterable {
    case previousRoom = "premises.previous-room", nextRoom = "premises.next-room"
    case previousWeek = "premises.previous-week", nextWeek = "premises.next-week", thisWeek = "premises.this-week"
    case benefits = "premises.benefits", grouping = "premises.grouping"
    case previousYear = "premises.previous-year", nextYear = "premises.next-year"
    case scrollUp = "premises.scroll-up", scrollDown = "premises.scroll-down"
    case book = "premises.book", addPremises = "premises.add"
    case nextBooking = "premises.next-booking", previousBooking = "premises.previous-booking"
    case editBooking = "premises.edit-booking", deleteBooking = "premises.delete-booking", skipDate = "premises.skip-date"
    case editPremises = "premises.edit", deletePremises = "premises.delete"
    case goals = "premises.goals", weekView = "premises.week-view"
    case previousGoal = "premises.previous-goal", nextGoal = "premises.next-goal"
    case addGoal = "premises.add-goal", editGoal = "premises.edit-goal", deleteGoal = "premises.delete-goal"
    case linkGoal = "premises.link-goal", unlinkGoal = "premises.unlink-goal"
    // Dialog answers.
    case conflictAnswer = "premises.conflict", bookingDeleteConfirmed = "premises.delete-booking-confirmed"
    case premisesDeleteConfirmed = "premises.delete-confirmed", goalDeleteConfirmed = "premises.delete-goal-confirmed"
    case linkKindChosen = "premises.link-kind"

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
        row(.nextBooking, [.tab], "next_booking"),
        row(.previousBooking, [.backTab], "previous_booking"),
        row(.book, [.char("b"), .char("a")], "book", bar: true),
        row(.editBooking, [.char("e"), .enter], "edit_booking", bar: true),
        row(.deleteBooking, [.char("x"), .delete], "delete_booking"),
        row(.skipDate, [.char("o")], "skip_date"),
        row(.addPremises, [.char("n")], "add_premises"),
        row(.editPremises, [.char("E")], "edit_premises"),
        row(.deletePremises, [.char("D")], "delete_premises"),
        row(.benefits, [.char("h")], "benefits", bar: true),
        row(.goals, [.char("s")], "goals", bar: true),
    ]

    static let report: [KeyBinding] = [
        row(.previousYear, [.char("["), .left], "previous_year", bar: true),
        row(.nextYear, [.char("]"), .right], "next_year", bar: true),
        row(.grouping, [.char("g")], "grouping", bar: true),
        row(.scrollUp, [.up, .char("k")], "scroll_up"),
        row(.scrollDown, [.down, .char("j")], "scroll_down"),
        row(.benefits, [.char("h"), .char("v")], "week_view", bar: true),
        row(.goals, [.char("s")], "goals", bar: true),
    ]

    /// The strategy goals: the list on the left, the chosen goal and what serves it on the right.
    static let goals: [KeyBinding] = [
        row(.previousGoal, [.up, .char("k")], "previous_goal"),
        row(.nextGoal, [.down, .char("j")], "next_goal"),
        row(.addGoal, [.char("n")], "add_goal", bar: true),
        row(.editGoal, [.char("e"), .enter], "edit_goal", bar: true),
        row(.deleteGoal, [.char("x"), .delete], "delete_goal"),
        row(.linkGoal, [.char("l")], "link_goal", bar: true),
        row(.unlinkGoal, [.char("u")], "unlink_goal", bar: true),
        row(.benefits, [.char("h")], "benefits"),
        row(.weekView, [.char("s"), .char("v")], "week_view", bar: true),
    ]
}
