import Kumppani

/// Pane 4, the premises lent to associations: a week view per room, and the benefit report
/// (what the county gave, grants and premises, against what it got) with a terminal chart.
/// A pane of its own rather than a view of the directory, because bookings are daily work of
/// their own, organised by room and week rather than by association.
struct PremisesPane: Pane {
    enum View: Equatable { case week, benefits }

    let id = PaneID.premises
    var titleKey: String { "shell.pane.premises" }
    var bindings: [KeyBinding] { view == .week ? PremisesBindings.week : PremisesBindings.report }
    var isCapturingText: Bool { bookingForm != nil || premisesForm != nil }
    var hasUnsavedWork: Bool { (bookingForm?.form.isChanged ?? false) || (premisesForm?.form.isChanged ?? false) }
    /// The new-booking form, open over the week view.
    private(set) var bookingForm: BookingForm?
    /// The new-room form.
    private(set) var premisesForm: PremisesForm?

    private(set) var view = View.week
    private(set) var rooms: [Premises] = []
    private(set) var selected = 0
    private(set) var monday: CivilDate?
    private(set) var week: [PremisesStore.Occurrence] = []
    private(set) var year: Int?
    private(set) var grouping = BenefitReport.Grouping.targetGroup
    private(set) var report: BenefitReport?
    /// The first group shown in the benefit report (it scrolls by group).
    private(set) var reportTop = 0

    var selectedRoom: Premises? { rooms.indices.contains(selected) ? rooms[selected] : nil }

    mutating func activate(context: inout PaneContext) {
        if monday == nil { monday = Self.monday(of: context.today) }
        if year == nil { year = context.today.year }
        reload(context: &context)
    }

    mutating func reload(context: inout PaneContext) {
        let store = PremisesStore(store: context.store)
        do {
            let keep = selectedRoom?.id
            rooms = try store.premises()
            selected = keep.flatMap { id in rooms.firstIndex { $0.id == id } } ?? min(selected, max(0, rooms.count - 1))
            week = try selectedRoom.map { try store.week(premisesID: $0.id, from: monday ?? context.today) } ?? []
            if view == .benefits, let year {
                report = try BenefitReport.build(store: context.store, year: year, by: grouping, language: context.language)
                reportTop = min(reportTop, max(0, (report?.lines.count ?? 1) - 1))
            }
        } catch {
            context.post(context.l["premises.ui.load_failed", "\(error)"], kind: .error)
        }
    }

    mutating func perform(_ action: ActionID, argument: String?, context: inout PaneContext) -> PaneResult {
        guard let action = PremisesAction(action) else { return .ignored }
        switch action {
        case .previousRoom: selected = max(0, selected - 1)
        case .nextRoom: selected = min(max(0, rooms.count - 1), selected + 1)
        case .previousWeek: monday = monday?.adding(days: -7)
        case .nextWeek: monday = monday?.adding(days: 7)
        case .thisWeek: monday = Self.monday(of: context.today)
        case .benefits: view = view == .week ? .benefits : .week
        case .grouping: grouping = grouping == .targetGroup ? .goal : .targetGroup; reportTop = 0
        case .previousYear: year = max(2001, (year ?? context.today.year) - 1)
        case .nextYear: year = min(2100, (year ?? context.today.year) + 1)
        case .scrollUp: reportTop = max(0, reportTop - 1)
        case .scrollDown: reportTop = min(max(0, (report?.lines.count ?? 1) - 1), reportTop + 1)
        case .book:
            guard let room = selectedRoom else { context.post(context.l["premises.ui.empty"], kind: .error); return .handled }
            bookingForm = BookingForm(premisesID: room.id, roomName: room.name, firstDate: max(monday ?? context.today, context.today), language: context.language)
            return .handled
        case .addPremises:
            premisesForm = PremisesForm(language: context.language)
            return .handled
        }
        reload(context: &context)
        return .handled
    }

    mutating func handle(_ event: Event, context: inout PaneContext) -> PaneResult {
        if var form = premisesForm {
            let result = form.form.handle(event)
            premisesForm = form
            switch result {
            case .cancelled: premisesForm = nil
            case .submitted: savePremises(form, context: &context)
            default: break
            }
            return .handled
        }
        if var form = bookingForm {
            let result = form.form.handle(event)
            bookingForm = form
            switch result {
            case .cancelled: bookingForm = nil
            case .submitted: saveBooking(form, context: &context)
            default: break
            }
            return .handled
        }
        guard case .key(let key) = event, let binding = bindings.first(where: { $0.matches(key) }) else { return .ignored }
        return perform(binding.action, argument: nil, context: &context)
    }

    /// Saves the booking and shows its week; a refusal (a clash, a bad time) keeps the form open
    /// with what was typed and says what to change.
    private mutating func saveBooking(_ form: BookingForm, context: inout PaneContext) {
        do {
            let booking = try form.booking(store: context.store, today: context.today, language: context.language)
            try PremisesStore(store: context.store).save(booking)
            bookingForm = nil
            monday = Self.monday(of: booking.startsOn)
            context.post(context.l["premises.ui.booked", booking.startsOn.formatted(context.language)])
            reload(context: &context)
        } catch {
            let message = (error as? PremisesProblem)?.message(context.language) ?? (error as? FormProblem)?.message ?? "\(error)"
            bookingForm?.problem = message
            context.post(message, kind: .error)
        }
    }

    private mutating func savePremises(_ form: PremisesForm, context: inout PaneContext) {
        do {
            let p = try form.premises(language: context.language)
            let id = try PremisesStore(store: context.store).save(p)
            premisesForm = nil
            reload(context: &context)
            selected = rooms.firstIndex { $0.id == id } ?? selected
            reload(context: &context)
            context.post(context.l["premises.ui.premises_saved", p.name])
        } catch {
            let message = (error as? PremisesProblem)?.message(context.language) ?? (error as? FormProblem)?.message ?? "\(error)"
            premisesForm?.problem = message
            context.post(message, kind: .error)
        }
    }

    static func monday(of date: CivilDate) -> CivilDate { date.adding(days: 1 - date.weekday.rawValue) }
}
