import Foundation
import Kumppani

/// "Restore into the form": the association form a signal interrupted opens again in pane 1 with
/// what the user had changed, or the contact-log entry with what was typed, so nothing has to be
/// retyped. The user reviews and saves it with
/// the normal save (and its conflict check); the draft files go once the form holds the input.
extension App {
    /// The draft dialog's answer for the restore choice (the third option).
    static let draftRestoreChoice = "2"

    func restoreDraftIntoForm(textPath: String) {
        let sidecarPath = DraftSidecar.path(forDatabase: services.databasePath)
        guard case .restorable(let sidecar) = DraftSidecar.read(at: sidecarPath) else {
            showLeftoverDraft(textPath)   // changed or damaged since the dialog opened: the text view with its note
            return
        }
        let target: PaneID
        if case .grantApplication = sidecar.payload { target = .grants } else { target = .directory }
        let targetPane = pane(target)
        guard targetPane.id == target else { post(l[target == .grants ? "drafts.restore_unavailable_grants" : "drafts.restore_unavailable"], kind: .error); return }
        // A form open there now has input of its own: replacing it would lose that instead.
        guard !targetPane.hasUnsavedWork else {
            post(l[target == .grants ? "drafts.restore_busy_grants" : "drafts.restore_busy"], kind: .error)
            return
        }
        switch sidecar.payload {
        case .association(let id, let base, let typed):
            guard let base = base.draft, let typed = typed.draft else { showLeftoverDraft(textPath); return }
            restoreAssociation(sidecar, id: id, base: base, typed: typed, textPath: textPath, sidecarPath: sidecarPath)
        case .contactLog(let typed):
            restoreContactLog(sidecar, typed: typed, textPath: textPath, sidecarPath: sidecarPath)
        case .grantApplication(let draft):
            restoreGrantApplication(sidecar, draft: draft, textPath: textPath, sidecarPath: sidecarPath)
        }
    }

    private func restoreAssociation(_ sidecar: DraftSidecar, id: Int64?, base: AssociationDraft, typed: AssociationDraft,
                                    textPath: String, sidecarPath: String) {
        switchPane(.directory)
        var outcome = AssociationDraftRestore.failed("")
        withPane(.directory) { pane, ctx in
            guard let directory = pane as? DirectoryPane else { return .ignored }
            outcome = directory.restoreAssociationForm(id: id, base: base, typed: typed, context: &ctx)
            return .handled
        }
        if case .failed(let reason) = outcome {
            post(l["drafts.restore_failed", reason], kind: .error)   // the files stay for another try
            return
        }
        // An empty register shows the welcome view instead of pane 1: the form must be seen.
        state.databaseIsEmpty = false
        let removed = removeRestoredDraft(sidecar, textPath: textPath, sidecarPath: sidecarPath)
        let restored = outcome == .associationGone ? l["drafts.restored_gone"] : l["drafts.restored"]
        let files = removed ? l["drafts.restored_deleted"] : l["drafts.restored_text_kept", textPath]
        post(restored + " " + files, kind: outcome == .associationGone ? .error : .info)   // an error stays until a key
    }

    /// A contact-log entry goes back over its association. When the association is gone there is
    /// nothing to attach the entry to: the files stay, the text still holds the note.
    private func restoreContactLog(_ sidecar: DraftSidecar, typed: DraftSidecar.ContactLogFields,
                                   textPath: String, sidecarPath: String) {
        var outcome = ContactLogDraftRestore.failed("")
        withPane(.directory) { pane, ctx in
            guard let directory = pane as? DirectoryPane else { return .ignored }
            outcome = directory.restoreContactLogForm(typed, context: &ctx)
            return .handled
        }
        switch outcome {
        case .failed(let reason):
            post(l["drafts.restore_failed", reason], kind: .error)
        case .associationGone:
            let name = typed.associationName.trimmingCharacters(in: .whitespaces)
            post(name.isEmpty ? l["drafts.log_gone_unnamed"] : l["drafts.log_gone", name], kind: .error)
        case .restored:
            finishRestore(in: .directory, sidecar, textPath: textPath, sidecarPath: sidecarPath)
        }
    }

    /// The application form goes back over the grants pane. When the application (or its round)
    /// is gone the files stay: the text still holds the input.
    private func restoreGrantApplication(_ sidecar: DraftSidecar, draft: DraftSidecar.GrantApplicationFields,
                                         textPath: String, sidecarPath: String) {
        var outcome = GrantApplicationDraftRestore.failed("")
        withPane(.grants) { pane, ctx in
            guard var grants = pane as? GrantsPane else { return .ignored }
            outcome = grants.restoreApplicationForm(draft, context: &ctx)
            pane = grants
            return .handled
        }
        switch outcome {
        case .failed(let reason):
            post(l["drafts.restore_failed", reason], kind: .error)
        case .gone:
            post(l[draft.applicationID == nil ? "drafts.application_round_gone" : "drafts.application_gone"], kind: .error)
        case .restored:
            finishRestore(in: .grants, sidecar, textPath: textPath, sidecarPath: sidecarPath)
        }
    }

    /// The form holds the input again: show its pane (an empty register's welcome view would
    /// hide it) and delete what the draft no longer needs to keep.
    private func finishRestore(in pane: PaneID, _ sidecar: DraftSidecar, textPath: String, sidecarPath: String) {
        switchPane(pane)
        state.databaseIsEmpty = false
        let removed = removeRestoredDraft(sidecar, textPath: textPath, sidecarPath: sidecarPath)
        let files = removed ? l["drafts.restored_deleted"] : l["drafts.restored_text_kept", textPath]
        post(l["drafts.restored"] + " " + files)
    }

    /// Deletes the sidecar, and the text draft when it holds this form only (another form's text,
    /// or text added by a later interruption, stays). Returns whether the text draft went too.
    private func removeRestoredDraft(_ sidecar: DraftSidecar, textPath: String, sidecarPath: String) -> Bool {
        try? FileManager.default.removeItem(atPath: sidecarPath)
        let size = (try? FileManager.default.attributesOfItem(atPath: textPath)[.size] as? Int) ?? -1
        guard sidecar.textHoldsOnlyThis, size == sidecar.textBytes else { return false }
        return (try? FileManager.default.removeItem(atPath: textPath)) != nil
    }
}
