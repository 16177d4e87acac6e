import Kumppani

/// A signal's draft of the room, booking or strategy goal form, and `:draft` putting it back:
/// the form opens as `E`/`e`/`n` open it, with the fields the user had changed on top
/// (`EditSession.restore`), so another window's later edits of the other fields stay.
extension PremisesPane: DraftRestoring {
    typealias FormFields = DraftSidecar.FormFields

    /// The form a signal writes to the text draft.
    var openForm: Form? { bookingForm?.form ?? premisesForm?.form ?? goalForm?.form }

    func restorableDraft(today: CivilDate) -> DraftSidecar.Payload? {
        func fields(_ name: String, _ form: Form, record: Int64?, owner: Int64? = nil) -> DraftSidecar.Payload {
            .form(FormFields(form: name, recordID: record, ownerID: owner,
                             base: form.draftValues(opened: true), typed: form.draftValues()))
        }
        if let f = bookingForm, f.form.isChanged { return fields(FormFields.booking, f.form, record: f.editing?.id, owner: f.premisesID) }
        if let f = premisesForm, f.form.isChanged { return fields(FormFields.premises, f.form, record: f.editing?.id) }
        if let f = goalForm, f.form.isChanged { return fields(FormFields.strategyGoal, f.form, record: f.editing?.id) }
        return nil
    }

    /// Reopens the form in its view. An edited record that is gone opens nothing (the files and
    /// the text draft keep the input); a booking needs its room.
    mutating func restoreDraft(_ payload: DraftSidecar.Payload, context: inout PaneContext) -> DraftRestoreOutcome {
        guard case .form(let draft) = payload else { return .failed("") }
        let premises = PremisesStore(store: context.store), language = context.language
        do {
            switch draft.form {
            case FormFields.premises:
                let stored = try draft.recordID.flatMap { try premises.premises(id: $0) }
                if draft.recordID != nil && stored == nil { return .gone(message: context.l["drafts.form_gone"]) }
                screen = .week
                reload(context: &context)
                if let id = stored?.id { home.select(roomID: id) }
                var form = PremisesForm(editing: stored, language: language)
                form.session.restore(typed: draft.typed, opened: draft.base)
                premisesForm = form
            case FormFields.booking:
                guard let roomID = draft.ownerID, let room = try premises.premises(id: roomID) else {
                    return .gone(message: context.l["drafts.form_gone"])
                }
                let stored = try draft.recordID.flatMap { try premises.booking(id: $0) }
                if draft.recordID != nil && stored == nil { return .gone(message: context.l["drafts.form_gone"]) }
                screen = .week
                reload(context: &context)
                home.select(roomID: room.id)
                reload(context: &context)
                var form = BookingForm(premisesID: room.id, roomName: room.name, firstDate: stored?.startsOn ?? context.today,
                                       editing: stored, store: context.store, language: language)
                form.session.restore(typed: draft.typed, opened: draft.base)
                // The activity choice follows the association typed; then the typed activity is chosen again.
                form.refreshActivities(store: context.store, language: language)
                if let activity = draft.typed["activity"] { form.form = form.form.applying(["activity": activity]) }
                bookingForm = form
            case FormFields.strategyGoal:
                let stored = try draft.recordID.flatMap { try StrategyStore(store: context.store).goal(id: $0) }
                if draft.recordID != nil && stored == nil { return .gone(message: context.l["drafts.form_gone"]) }
                showGoals()
                reload(context: &context)
                if let id = stored?.id { screen.updateGoals { $0.select(goalID: id) } }
                var form = GoalForm(editing: stored, language: language)
                form.session.restore(typed: draft.typed, opened: draft.base)
                goalForm = form
            default:
                return .failed("")
            }
        } catch {
            return .failed(Self.message(error, language))
        }
        return .restored
    }
}
