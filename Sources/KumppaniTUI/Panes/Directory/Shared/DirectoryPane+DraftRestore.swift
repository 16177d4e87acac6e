import Kumppani

/// A signal's draft of the association form or a new contact-log entry, and `:draft` putting it back.
extension DirectoryPane: DraftRestoring {
    /// The open form's draft, when changed (the filters and the referral view are not kept).
    func restorableDraft(today: CivilDate) -> DraftSidecar.Payload? {
        switch overlay {
        case .form(let state) where state.form.isChanged:
            return .association(id: state.editingID, base: .init(state.openedDraft), typed: .init(state.draft))
        case .log(let state) where state.form.isChanged && state.editingID == nil:
            let name = home.detail.record.flatMap { $0.association.id == state.associationID ? $0.association.name : nil } ?? ""
            return .contactLog(state.typedFields(associationName: name, today: today))
        default:
            return itemDraft
        }
    }

    func restoreDraft(_ payload: DraftSidecar.Payload, context: inout PaneContext) -> DraftRestoreOutcome {
        switch payload {
        case .association(let id, let base, let typed):
            guard let base = base.draft, let typed = typed.draft else { return .failed("") }
            return restoreAssociationForm(id: id, base: base, typed: typed, context: &context)
        case .contactLog(let typed):
            return restoreContactLogForm(typed, context: &context)
        case .form(let draft):
            return restoreItemForm(draft, context: &context)
        case .grantApplication:
            return .failed("")
        }
    }

    /// Opens the association form as a signal left it: the fields the user had changed (typed ≠
    /// base) as typed, every other field as the file holds it now, so a change another window
    /// made meanwhile is kept. A deleted association comes back as a new one holding what was typed.
    private func restoreAssociationForm(id: Int64?, base: AssociationDraft, typed: AssociationDraft,
                                        context: inout PaneContext) -> DraftRestoreOutcome {
        let dir = directory(context)
        let language = context.language
        showWholeList()   // the association's row, with the form over it
        let stored: AssociationDraft?
        do {
            stored = try id.flatMap { try dir.draft(for: $0) }
        } catch {
            reload(context: context)
            return .failed((error as? StoreError)?.message(language) ?? String(describing: error))
        }
        func form(_ draft: AssociationDraft, _ editing: Int64?) -> Form {
            AssociationFormState(draft: draft, editingID: editing, directory: dir, language: language).form
        }
        // New, or deleted meanwhile: everything as typed goes into a new-association form.
        let editing = stored == nil ? nil : id
        reload(context: context, keeping: editing ?? selectedID)
        var state = AssociationFormState(draft: stored ?? AssociationDraft(), editingID: editing, directory: dir, language: language)
        state.session.restore(typed: form(typed, editing), opened: form(stored == nil ? AssociationDraft() : base, editing).initialValues)
        guard id == nil || stored != nil else {
            state.notice = .init(text: context.l["drafts.restored_gone"], isError: true)   // in full: the status line may be too short
            overlay = .form(state)
            return .restoredAsNew(messageKey: "drafts.restored_gone")
        }
        overlay = .form(state)
        return .restored
    }

    /// Opens the contact-log form for the association the draft belongs to, with every value
    /// as typed. An entry is new input, so nothing is merged: the user reviews and saves it
    /// with the normal save. When the association is gone nothing opens.
    private func restoreContactLogForm(_ typed: DraftSidecar.ContactLogFields, context: inout PaneContext) -> DraftRestoreOutcome {
        let exists: Bool
        do {
            exists = try directory(context).association(typed.associationID) != nil
        } catch {
            return .failed((error as? StoreError)?.message(context.language) ?? String(describing: error))
        }
        guard exists else {
            let name = typed.associationName.trimmingCharacters(in: .whitespaces)
            return .gone(message: name.isEmpty ? context.l["drafts.log_gone_unnamed"] : context.l["drafts.log_gone", name])
        }
        showWholeList()   // the association's row, with the form over it
        reload(context: context, keeping: typed.associationID)
        var state = ContactLogFormState(associationID: typed.associationID, today: context.today, language: context.language)
        state.session.restore(typed: state.typedForm(typed), opened: state.form.initialValues)
        overlay = .log(state)
        return .restored
    }

    /// Clears a search or filter from before (it must not hide the restored association's row)
    /// and anything open over the list.
    func showWholeList() {
        home.isSearching = false
        home.detail.focused = false
        home.detail.selectedItem = nil
        overlay = nil
        home.query = DirectoryQuery(sort: home.query.sort)
        home.search = TextField()
    }
}

extension DirectoryPane {
    /// The form a signal writes to the text draft (the filters and the referral view are not kept).
    public var openForm: Form? {
        switch overlay {
        case .form(let f): return f.form
        case .log(let f): return f.form
        case .activity(let f): return f.form
        case .person(let f): return f.form
        default: return nil
        }
    }
}
