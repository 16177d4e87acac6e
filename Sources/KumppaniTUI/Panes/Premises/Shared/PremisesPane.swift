import Kumppani

/// Pane 4, the premises lent to associations: a week view per room, the benefit report (what
/// the county gave, grants and premises, against what it got) with a terminal chart, and the
/// strategy goals the report is grouped by.
/// A pane of its own rather than a view of the directory, because bookings are daily work of
/// their own, organised by room and week rather than by association. The strategy goals are
/// edited here because this is where they are used: the benefit report groups by them, and a
/// goal's view shows the figures beside what serves it.
struct PremisesPane: Pane {
    enum View: Equatable { case week, benefits, goals }

    let id = PaneID.premises
    var titleKey: String { "shell.pane.premises" }
    var bindings: [KeyBinding] {
        switch view {
        case .week: return PremisesBindings.week
        case .benefits: return PremisesBindings.report
        case .goals: return PremisesBindings.goals
        }
    }
    var isCapturingText: Bool { bookingForm != nil || premisesForm != nil || goalForm != nil || linkPicker != nil }
    var hasUnsavedWork: Bool {
        (bookingForm?.form.isChanged ?? false) || (premisesForm?.form.isChanged ?? false) || (goalForm?.form.isChanged ?? false)
    }
    /// The booking form (new or changed), open over the week view.
    var bookingForm: BookingForm?
    /// The room form (new or changed).
    var premisesForm: PremisesForm?
    /// The strategy goal form (new or changed).
    var goalForm: GoalForm?
    /// The list to link something to the chosen goal, or to unlink it.
    var linkPicker: GoalLinkPicker?

    var view = View.week
    var rooms: [Premises] = []
    var selected = 0
    var monday: CivilDate?
    var week: [PremisesStore.Occurrence] = []
    /// The chosen booking of the week (Tab moves it), an index into `week`.
    var occurrence: Int?
    var year: Int?
    var grouping = BenefitReport.Grouping.targetGroup
    var report: BenefitReport?
    /// Who serves each goal of a report grouped by goal, read with the report (drawing never asks the store).
    var goalServing: [Int64: GoalServing] = [:]
    /// The first group shown in the benefit report (it scrolls by group).
    var reportTop = 0
    var goals: [StrategyGoal] = []
    var goalIndex = 0
    /// The chosen goal's links, what serves it and its figures this year (loaded with the list).
    var goalDetail: GoalDetail?

    var selectedRoom: Premises? { rooms.indices.contains(selected) ? rooms[selected] : nil }
    var selectedOccurrence: PremisesStore.Occurrence? { occurrence.flatMap { week.indices.contains($0) ? week[$0] : nil } }
    var selectedGoal: StrategyGoal? { goals.indices.contains(goalIndex) ? goals[goalIndex] : nil }

    mutating func activate(context: inout PaneContext) {
        if monday == nil { monday = Self.monday(of: context.today) }
        if year == nil { year = context.today.year }
        reload(context: &context)
    }

    /// Another window committed: re-read what is shown, keeping the room, booking and goal by
    /// id. An open form stays as typed; its save checks for a conflict.
    mutating func externalChange(context: inout PaneContext) {
        reload(context: &context)
    }

    mutating func reload(context: inout PaneContext) {
        let store = PremisesStore(store: context.store)
        do {
            let keep = selectedRoom?.id, keepBooking = selectedOccurrence.map { ($0.booking.id, $0.date) }
            rooms = try store.premises()
            selected = keep.flatMap { id in rooms.firstIndex { $0.id == id } } ?? min(selected, max(0, rooms.count - 1))
            week = try selectedRoom.map { try store.week(premisesID: $0.id, from: monday ?? context.today, includingSkipped: true) } ?? []
            occurrence = keepBooking.flatMap { kept in week.firstIndex { $0.booking.id == kept.0 && $0.date == kept.1 } ?? week.firstIndex { $0.booking.id == kept.0 } }
            if view == .benefits, let year {
                report = try BenefitReport.build(store: context.store, year: year, by: grouping, language: context.language)
                reportTop = min(reportTop, max(0, (report?.lines.count ?? 1) - 1))
                let strategy = StrategyStore(store: context.store)
                goalServing = [:]
                for goal in report?.lines.compactMap(\.goalID) ?? [] {
                    goalServing[goal] = try strategy.serving(goalID: goal, language: context.language)
                }
            }
            if view == .goals { try reloadGoals(context: context) }
        } catch {
            context.post(context.l["premises.ui.load_failed", "\(error)"], kind: .error)
        }
    }

    mutating func perform(_ action: ActionID, argument: String?, context: inout PaneContext) -> PaneResult {
        guard let action = PremisesAction(action) else { return .ignored }
        switch action {
        case .previousRoom: selected = max(0, selected - 1); occurrence = nil
        case .nextRoom: selected = min(max(0, rooms.count - 1), selected + 1); occurrence = nil
        case .previousWeek: monday = monday?.adding(days: -7); occurrence = nil
        case .nextWeek: monday = monday?.adding(days: 7); occurrence = nil
        case .thisWeek: monday = Self.monday(of: context.today); occurrence = nil
        case .benefits: view = view == .benefits ? .week : .benefits
        case .goals: view = .goals
        case .weekView: view = .week
        case .grouping: grouping = grouping == .targetGroup ? .goal : .targetGroup; reportTop = 0
        case .previousYear: year = max(2001, (year ?? context.today.year) - 1)
        case .nextYear: year = min(2100, (year ?? context.today.year) + 1)
        case .scrollUp: reportTop = max(0, reportTop - 1)
        case .scrollDown: reportTop = min(max(0, (report?.lines.count ?? 1) - 1), reportTop + 1)
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

    static func monday(of date: CivilDate) -> CivilDate { date.adding(days: 1 - date.weekday.rawValue) }
}
