import Kumppani

/// A signal's draft of the application form, and `:draft` putting it back.
extension GrantsPane: DraftRestoring {
    func restorableDraft(today: CivilDate) -> DraftSidecar.Payload? {
        guard let editor, editor.form.isChanged else { return nil }
        if case .round(let id) = editor.kind {
            return .form(.init(form: DraftSidecar.FormFields.round, recordID: id, ownerID: nil,
                               base: editor.form.draftValues(opened: true), typed: editor.form.draftValues()))
        }
        guard case .application(let id, let roundID, let associationID) = editor.kind else { return nil }
        return .grantApplication(.init(applicationID: id, roundID: roundID, associationID: associationID,
                                       applicantName: editor.form["applicant"]?.text ?? "",
                                       base: editor.form.draftValues(opened: true), typed: editor.form.draftValues()))
    }

    /// Opens the application form as the normal edit (or new) does, then puts the fields the
    /// user had changed (typed ≠ base) on top: the rest comes from the file as it is now, and
    /// the normal save keeps its conflict check.
    mutating func restoreDraft(_ payload: DraftSidecar.Payload, context: inout PaneContext) -> DraftRestoreOutcome {
        if case .form(let draft) = payload { return restoreRoundForm(draft, context: &context) }
        guard case .grantApplication(let draft) = payload else { return .failed("") }
        do {
            if let id = draft.applicationID {
                try openApplicationForm(id: id, context: &context)
            } else {
                _ = try GrantStore(store: context.store).round(id: draft.roundID)
                try openApplicationForm(id: nil, roundID: draft.roundID, associationID: draft.associationID,
                                        applicantName: draft.applicantName, context: &context)
            }
        } catch GrantProblem.notFound {
            return .gone(message: context.l[draft.applicationID == nil ? "drafts.application_round_gone" : "drafts.application_gone"])
        } catch {
            return .failed((error as? StoreError)?.message(context.language) ?? String(describing: error))
        }
        guard var editor, var session = editor.session as? EditSession<GrantApplication> else { return .failed("") }
        session.restore(typed: draft.typed, opened: draft.base)
        editor.session = session
        self.editor = editor
        return .restored
    }

    /// The round form as the normal edit (or new) opens it, with the changed fields on top.
    private mutating func restoreRoundForm(_ draft: DraftSidecar.FormFields, context: inout PaneContext) -> DraftRestoreOutcome {
        let round: GrantRound?
        do {
            round = try draft.recordID.map { try GrantStore(store: context.store).round(id: $0) }
        } catch GrantProblem.notFound {
            return .gone(message: context.l["drafts.form_gone"])
        } catch {
            return .failed((error as? StoreError)?.message(context.language) ?? String(describing: error))
        }
        openRoundForm(round, context: &context)
        guard var editor, var session = editor.session as? EditSession<GrantRound> else { return .failed("") }
        session.restore(typed: draft.typed, opened: draft.base)
        editor.session = session
        self.editor = editor
        return .restored
    }
}

extension GrantsPane {
    /// The form a signal writes to the text draft.
    public var openForm: Form? { editor?.form }
}
