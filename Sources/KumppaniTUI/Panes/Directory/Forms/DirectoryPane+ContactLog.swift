import Kumppani

/// Contact-log entries: a new one from `l`, an existing one opened from the detail (Enter or `e`
/// on the entry) in the same form, saved with `expecting:` the entry as opened; `d` deletes after asking.
extension DirectoryPane {
    func saveLogEntry(_ state: inout ContactLogFormState, context: inout PaneContext) {
        overlay = .log(state)
        let dir = directory(context), draft = state.draft(today: context.today)
        let (associationID, editingID) = (state.associationID, state.editingID)
        do {
            let entry: ContactLogEntry
            if let editingID {
                guard let saved = try state.session.save({ try dir.updateContact(editingID, draft, expecting: $0) }) else {
                    overlay = .log(state)
                    askAboutConflict(state.session, context: &context)
                    return
                }
                entry = saved
            } else {
                entry = try dir.addContact(to: associationID, draft)
            }
            overlay = nil
            var message = context.l[editingID == nil ? "directory.log.saved" : "directory.log.updated", entry.kind.label(context.language)]
            if let f = entry.followUpOn { message += " " + context.l["directory.log.saved_follow_up", DirectoryFormat.date(f, context.language)] }
            context.post(message)
            reload(context: context, keeping: associationID)
            if editingID != nil { home.detail.selectedItem = .logEntry(entry.id) }
        } catch {
            overlay = .log(state)
            fail(error, &context)
        }
    }

    func deleteLogEntry(_ argument: String?, context: inout PaneContext) -> PaneResult {
        guard let id = argument.flatMap(Int64.init) else { return .ignored }
        do {
            let deleted = try directory(context).deleteContact(id)
            context.post(context.l[deleted ? "directory.log.deleted" : "directory.log.entry_gone"], kind: deleted ? .info : .error)
            home.detail.selectedItem = nil
            reload(context: context, keeping: selectedID)
        } catch { fail(error, &context) }
        return .handled
    }
}

extension DirectoryPane {
    /// `:draft` of an edited entry: its form over the stored entry with the changed fields as typed.
    /// When the entry or its association is gone nothing opens: the draft's text still holds the input.
    func restoreEditedLogEntry(_ draft: FormFields, context: inout PaneContext) -> DraftRestoreOutcome {
        guard let entryID = draft.recordID else { return .failed("") }
        let stored: (associationID: Int64, draft: ContactLogDraft)?
        do { stored = try directory(context).contactDraft(entryID) } catch {
            return .failed((error as? StoreError)?.message(context.language) ?? String(describing: error))
        }
        guard let stored else { return .gone(message: context.l["drafts.form_gone"]) }
        showWholeList()
        reload(context: context, keeping: stored.associationID)
        var state = ContactLogFormState(associationID: stored.associationID, editingID: entryID, draft: stored.draft,
                                        today: context.today, language: context.language)
        state.session.restore(typed: draft.typed, opened: draft.base)
        overlay = .log(state)
        home.detail.selectedItem = .logEntry(entryID)
        return .restored
    }
}
