import Kumppani

/// Pane 4, the premises lent to associations: a week view per room, the benefit report (what
/// the county gave, grants and premises, against what it got) with a terminal chart, and the
/// strategy goals the report is grouped by.
/// A pane of its own rather than a view of the directory, because bookings are daily work of
/// their own, organised by room and week rather than by association. The strategy goals are
/// edited here because this is where they are used: the benefit report groups by them, and a
/// goal's view shows the figures beside what serves it.
struct PremisesPane: Pane {
    let id = PaneID.premises
    var titleKey: String { "shell.pane.premises" }
    var bindings: [KeyBinding] {
        switch screen.kind {
        case .week: return PremisesBindings.week
        case .benefits: return PremisesBindings.report
        case .goals: return PremisesBindings.goals
        }
    }
    var isCapturingText: Bool { bookingForm != nil || premisesForm != nil || goalForm != nil || linkPicker != nil }
    var hasUnsavedWork: Bool {
        (bookingForm?.form.isChanged ?? false) || (premisesForm?.form.isChanged ?? false) || (goalForm?.form.isChanged ?? false)
    }

    /// The rooms and the chosen room's week: loaded from the start and kept under the other screens.
    var home = WeekScreen()
    /// The screen shown; the report and the goals carry their own state.
    var screen: PremisesScreen = .week
    /// The report's year and grouping, kept while the week is shown (the goals' figures use the year too).
    var choice = ReportChoice()
    /// The goal chosen when the goals screen was last shown: a visit to the week or the report
    /// comes back to it.
    var lastGoalID: Int64?

    // The forms, modal over whichever screen is shown.
    /// The booking form (new or changed), open over the week view.
    var bookingForm: BookingForm?
    /// The room form (new or changed).
    var premisesForm: PremisesForm?
    /// The strategy goal form (new or changed).
    var goalForm: GoalForm?
    /// The list to link something to the chosen goal, or to unlink it.
    var linkPicker: GoalLinkPicker?

    mutating func activate(context: inout PaneContext) {
        if home.monday == nil { home.monday = WeekScreen.monday(of: context.today) }
        if choice.year == nil { choice.year = context.today.year }
        reload(context: &context)
    }

    /// Another window committed: re-read what is shown, keeping the room, booking and goal by
    /// id. An open form stays as typed; its save checks for a conflict.
    mutating func externalChange(context: inout PaneContext) {
        reload(context: &context)
    }

    /// Reads the week (always: it is the home) and the screen shown again.
    mutating func reload(context: inout PaneContext) {
        do {
            try home.load(store: context.store, today: context.today)
            try screen.load(store: context.store, choice: choice, today: context.today, language: context.language)
        } catch {
            context.post(context.l["premises.ui.load_failed", "\(error)"], kind: .error)
        }
    }

    /// The goals screen, kept with its chosen goal when it is already shown.
    mutating func showGoals() {
        if screen.kind != .goals { screen = .goals(StrategyGoalsScreen(returningTo: lastGoalID)) }
    }

    mutating func perform(_ action: ActionID, argument: String?, context: inout PaneContext) -> PaneResult {
        guard let action = PremisesAction(action) else { return .ignored }
        if let goal = screen.goals?.selectedGoal { lastGoalID = goal.id }
        switch action {
        case .previousRoom: home.moveRoom(by: -1)
        case .nextRoom: home.moveRoom(by: 1)
        case .previousWeek: home.shiftWeek(days: -7)
        case .nextWeek: home.shiftWeek(days: 7)
        case .thisWeek: home.show(weekOf: context.today)
        case .benefits: screen = screen.kind == .benefits ? .week : .benefits(BenefitsScreen())
        case .goals: showGoals()
        case .weekView: screen = .week
        case .grouping: choice.toggleGrouping(); screen.updateBenefits { $0.reportTop = 0 }
        case .previousYear: choice.moveYear(by: -1, today: context.today)
        case .nextYear: choice.moveYear(by: 1, today: context.today)
        case .scrollUp: screen.updateBenefits { $0.scroll(by: -1) }
        case .scrollDown: screen.updateBenefits { $0.scroll(by: 1) }
        case .nextBooking, .previousBooking:
            moveOccurrence(by: action == .nextBooking ? 1 : -1, context: &context)
            return .handled
        case .book, .editBooking, .deleteBooking, .skipDate, .bookingDeleteConfirmed:
            return performBooking(action, argument: argument, context: &context)
        case .addPremises, .editPremises, .deletePremises, .premisesDeleteConfirmed:
            return performRoom(action, argument: argument, context: &context)
        case .previousGoal, .nextGoal, .addGoal, .editGoal, .deleteGoal, .linkGoal, .unlinkGoal, .goalDeleteConfirmed, .linkKindChosen:
            return performGoal(action, argument: argument, context: &context)
        case .conflictAnswer:
            resolveConflict(argument, context: &context)
            return .handled
        }
        reload(context: &context)
        return .handled
    }

    mutating func handle(_ event: Event, context: inout PaneContext) -> PaneResult {
        if premisesForm != nil { handleRoomForm(event, context: &context); return .handled }
        if bookingForm != nil { handleBookingForm(event, context: &context); return .handled }
        if goalForm != nil { handleGoalForm(event, context: &context); return .handled }
        if linkPicker != nil { handleLinkPicker(event, context: &context); return .handled }
        guard case .key(let key) = event, let binding = bindings.first(where: { $0.matches(key) }) else { return .ignored }
        return perform(binding.action, argument: nil, context: &context)
    }

    /// The store's refusal or a field that does not read, as the user should see it.
    static func message(_ error: Error, _ language: Language) -> String {
        (error as? PremisesProblem)?.message(language) ?? (error as? StrategyProblem)?.message(language)
            ?? (error as? FormProblem)?.message ?? "\(error)"
    }

    // MARK: Drawing

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        if case .week = screen { home.render(into: &frame, in: area, context: context) } else { screen.render(into: &frame, in: area, context: context) }
        bookingForm?.render(into: &frame, in: area, context: context)
        premisesForm?.render(into: &frame, in: area, context: context)
        goalForm?.render(into: &frame, in: area, context: context)
        linkPicker?.dialog.render(into: &frame, in: area, focused: true)
    }
}
