import Kumppani

/// A signal's draft of the activity or role form, and `:draft` putting it back: the form opens
/// as the normal edit (or add) does, with the fields the user had changed on top.
extension DirectoryPane {
    typealias FormFields = DraftSidecar.FormFields

    /// The activity or role form's draft, when changed.
    var itemDraft: DraftSidecar.Payload? {
        switch overlay {
        case .activity(let state) where state.form.isChanged:
            return .form(FormFields(form: FormFields.activity, recordID: state.editingID, ownerID: state.associationID,
                                    base: state.form.draftValues(opened: true), typed: state.form.draftValues()))
        case .person(let state) where state.form.isChanged:
            return .form(FormFields(form: FormFields.role, recordID: state.editingID, ownerID: state.associationID,
                                    base: state.form.draftValues(opened: true), typed: state.form.draftValues()))
        case .log(let state) where state.form.isChanged:
            // An edited entry (a new one is kept as `.contactLog`).
            return .form(FormFields(form: FormFields.contactLog, recordID: state.editingID, ownerID: state.associationID,
                                    base: state.form.draftValues(opened: true), typed: state.form.draftValues()))
        default:
            return nil
        }
    }

    /// Reopens the activity or role form over its association. When the association or the
    /// edited record is gone nothing opens: the files stay, the text still holds the input.
    func restoreItemForm(_ draft: FormFields, context: inout PaneContext) -> DraftRestoreOutcome {
        let dir = directory(context), language = context.language, today = context.today
        guard let ownerID = draft.ownerID else { return .failed("") }
        if draft.form == FormFields.contactLog { return restoreEditedLogEntry(draft, context: &context) }
        let activity: ActivityDraft?, role: PersonRoleDraft?
        do {
            guard try dir.association(ownerID) != nil else { return .gone(message: context.l["drafts.form_gone"]) }
            activity = try draft.recordID.flatMap { draft.form == FormFields.activity ? try dir.activityDraft($0)?.draft : nil }
            role = try draft.recordID.flatMap { draft.form == FormFields.role ? try dir.roleDraft($0)?.draft : nil }
        } catch {
            return .failed((error as? StoreError)?.message(language) ?? String(describing: error))
        }
        if draft.recordID != nil && activity == nil && role == nil { return .gone(message: context.l["drafts.form_gone"]) }
        showWholeList()   // the association's row, with the form over it
        reload(context: context, keeping: ownerID)
        if draft.form == FormFields.activity {
            var opened = activity ?? ActivityDraft()
            if activity == nil { opened.municipalities = home.detail.record?.municipality?.nameFI ?? "" }   // as a new one starts
            var state = ActivityFormState(draft: opened, associationID: ownerID, editingID: draft.recordID,
                                          people: home.detail.record?.people ?? [], directory: dir, language: language)
            state.session.restore(typed: draft.typed, opened: draft.base)
            overlay = .activity(state)
            home.detail.selectedItem = draft.recordID.map { .activity($0) }
        } else {
            var opened = role ?? PersonRoleDraft()
            if role == nil { opened.startOn = today.iso }
            var state = PersonFormState(draft: opened, associationID: ownerID, editingID: draft.recordID, today: today, language: language)
            state.session.restore(typed: draft.typed, opened: draft.base)
            overlay = .person(state)
            home.detail.selectedItem = draft.recordID.map { .role($0) }
        }
        return .restored
    }
}
