import Kumppani

/// Bookings in the week view: Tab chooses one, `e` opens it in the form, `x` deletes it (after
/// asking), `o` leaves the chosen date out of a weekly booking, or puts a date left out back
/// (checked for clashes, since the free hour may have been booked meanwhile). A changed booking is checked
/// for clashes again, and a save over another window's change asks first.
extension PremisesPane {
    mutating func moveOccurrence(by step: Int, context: inout PaneContext) {
        if !home.moveOccurrence(by: step) { context.post(context.l["premises.ui.no_bookings_this_week"]) }
    }

    /// The chosen booking, or a message saying how to choose one.
    func chosenOccurrence(_ context: inout PaneContext) -> PremisesStore.Occurrence? {
        guard let o = home.selectedOccurrence else {
            context.post(context.l[home.week.isEmpty ? "premises.ui.no_bookings_this_week" : "premises.ui.choose_booking"], kind: .error)
            return nil
        }
        return o
    }

    mutating func performBooking(_ action: PremisesAction, argument: String?, context: inout PaneContext) -> PaneResult {
        let l = context.l
        switch action {
        case .book:
            guard let room = home.selectedRoom else { context.post(l["premises.ui.empty"], kind: .error); return .handled }
            bookingForm = BookingForm(premisesID: room.id, roomName: room.name, firstDate: max(home.monday ?? context.today, context.today),
                                      store: context.store, language: context.language)
        case .editBooking:
            guard let o = chosenOccurrence(&context), let room = home.selectedRoom else { return .handled }
            // A date left out is the series' too: the form opens the series, as for any of its dates.
            do {
                guard let stored = try PremisesStore(store: context.store).booking(id: o.booking.id) else {
                    context.post(PremisesProblem.noSuchBooking.message(context.language), kind: .error)
                    reload(context: &context)
                    return .handled
                }
                bookingForm = BookingForm(premisesID: room.id, roomName: room.name, firstDate: stored.startsOn, editing: stored,
                                          store: context.store, language: context.language)
            } catch { context.post(Self.message(error, context.language), kind: .error) }
        case .deleteBooking:
            guard let o = chosenOccurrence(&context) else { return .handled }
            let what = o.booking.title.isEmpty ? o.association : "\(o.association) – \(o.booking.title)"
            let question = l[o.booking.isRecurring ? "premises.ui.delete_series_ask" : "premises.ui.delete_booking_ask", what,
                             o.booking.startsOn.formatted(context.language), o.booking.endsOn.formatted(context.language)]
            context.open(DialogRequest(title: l["premises.action.delete_booking"], kind: .confirm(message: question),
                                       action: PremisesAction.bookingDeleteConfirmed.id, argument: String(o.booking.id)))
        case .bookingDeleteConfirmed:
            guard let id = argument.flatMap({ Int64($0) }) else { return .handled }
            do {
                try PremisesStore(store: context.store).deleteBooking(id: id)
                home.occurrence = nil
                context.post(l["premises.ui.booking_deleted"])
            } catch { context.post(Self.message(error, context.language), kind: .error) }
            reload(context: &context)
        case .skipDate:
            guard let o = chosenOccurrence(&context) else { return .handled }
            do {
                let store = PremisesStore(store: context.store)
                if o.skipped { try store.restore(bookingID: o.booking.id, on: o.date) } else { try store.skip(bookingID: o.booking.id, on: o.date) }
                context.post(l[o.skipped ? "premises.ui.date_restored" : "premises.ui.date_left_out", o.date.formatted(context.language)])
            } catch { context.post(Self.message(error, context.language), kind: .error) }
            // The date stays chosen (left out or put back), so `o` again undoes it.
            reload(context: &context)
        default:
            return .ignored
        }
        return .handled
    }

    mutating func handleBookingForm(_ event: Event, context: inout PaneContext) {
        guard var form = bookingForm else { return }
        let result = form.form.handle(event)
        form.refreshActivities(store: context.store, language: context.language)
        bookingForm = form
        switch result {
        case .cancelled: bookingForm = nil
        case .submitted: saveBooking(context: &context)
        default: break
        }
    }

    /// Saves the booking and shows its week; a refusal (a clash, a bad time) keeps the form open
    /// with what was typed and says what to change; another window's change opens the dialog.
    mutating func saveBooking(context: inout PaneContext) {
        guard var form = bookingForm else { return }
        do {
            let booking = try form.booking(store: context.store, today: context.today, language: context.language)
            let store = PremisesStore(store: context.store)
            guard let id = try form.session.save({ try store.save(booking, expecting: $0) }) else {
                bookingForm = form
                if let request = form.session.pendingDialog(l: context.l, action: PremisesAction.conflictAnswer.id) { context.open(request) }
                return
            }
            bookingForm = nil
            // The week shown stays when the booking still takes place in it; else its first week.
            let stays = form.editing != nil && home.monday.map { !booking.dates(in: $0...$0.adding(days: 6)).isEmpty } == true
            if !stays { home.show(weekOf: booking.startsOn) }
            context.post(context.l[form.editing == nil ? "premises.ui.booked" : "premises.ui.booking_changed", booking.startsOn.formatted(context.language)])
            reload(context: &context)
            // A changed booking stays chosen for the next change; a new one is just shown.
            home.occurrence = form.editing == nil ? nil : home.week.firstIndex { $0.booking.id == id }
        } catch {
            let message = Self.message(error, context.language)
            form.problem = message
            bookingForm = form
            context.post(message, kind: .error)
        }
    }
}
