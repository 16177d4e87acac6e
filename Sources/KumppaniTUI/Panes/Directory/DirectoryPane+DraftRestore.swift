import Kumppani

/// What putting a signal's draft back into the association form achieved.
enum AssociationDraftRestore: Equatable {
    /// The form is open with the typed changes.
    case restored
    /// The association is no longer in the register: a new-association form holds what was typed.
    case associationGone
    /// The file could not be read; the value is the store's message.
    case failed(String)
}

extension DirectoryPane {
    /// Opens the association form as a signal left it: the fields the user had changed (typed ≠
    /// base) as typed, every other field as the file holds it now, so a change another window
    /// made meanwhile is kept. The form starts from the stored version, so it shows as changed,
    /// Esc asks before discarding and the normal save keeps its conflict check.
    func restoreAssociationForm(id: Int64?, base: AssociationDraft, typed: AssociationDraft,
                                context: inout PaneContext) -> AssociationDraftRestore {
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
        if let id, let stored {
            reload(context: context, keeping: id)
            var state = AssociationFormState(draft: stored, editingID: id, directory: dir, language: language)
            func form(_ draft: AssociationDraft) -> Form {
                AssociationFormState(draft: draft, editingID: id, directory: dir, language: language).form
            }
            state.session.restore(typed: form(typed), opened: form(base).initialValues)
            overlay = .form(state)
            return .restored
        }
        // New, or deleted meanwhile: everything as typed goes into a new-association form.
        reload(context: context, keeping: selectedID)
        var state = AssociationFormState(draft: typed, editingID: nil, directory: dir, language: language)
        state.form.initialValues = AssociationFormState(draft: AssociationDraft(), editingID: nil, directory: dir,
                                                        language: language).form.initialValues
        if id != nil {   // said in full inside the form: the status line may be too short for it
            state.notice = .init(text: context.l["drafts.restored_gone"], isError: true)
        }
        overlay = .form(state)
        return id == nil ? .restored : .associationGone
    }
}

extension DirectoryPane {
    /// What a signal should keep so `:draft` can reopen the open form: the association form or a
    /// new contact-log entry, when changed. Other forms are kept as text only.
    func restorableDraft(today: CivilDate) -> DraftSidecar.Payload? {
        switch overlay {
        case .form(let state) where state.form.isChanged:
            return .association(id: state.editingID, base: .init(state.openedDraft), typed: .init(state.draft))
        case .log(let state) where state.form.isChanged:
            let name = detail.flatMap { $0.association.id == state.associationID ? $0.association.name : nil } ?? ""
            return .contactLog(state.typedFields(associationName: name, today: today))
        default:
            return nil
        }
    }

    /// Clears a search or filter from before (it must not hide the restored association's row)
    /// and anything open over the list.
    func showWholeList() {
        isSearching = false
        detailFocused = false
        selectedItem = nil
        overlay = nil
        query = DirectoryQuery(sort: query.sort)
        search = TextField()
    }
}
