import Foundation
import Kumppani

/// "Restore into the form": the association form a signal interrupted opens again in pane 1 with
/// what the user had changed, so nothing has to be retyped. The user reviews and saves it with
/// the normal save (and its conflict check); the draft files go once the form holds the input.
extension App {
    /// The draft dialog's answer for the restore choice (the third option).
    static let draftRestoreChoice = "2"

    func restoreDraftIntoForm(textPath: String) {
        let sidecarPath = DraftSidecar.path(forDatabase: services.databasePath)
        guard case .association(let sidecar) = DraftSidecar.read(at: sidecarPath),
              let base = sidecar.base.draft, let typed = sidecar.typed.draft else {
            showLeftoverDraft(textPath)   // changed or damaged since the dialog opened: the text view with its note
            return
        }
        guard let directory = pane(.directory) as? DirectoryPane else { post(l["drafts.restore_unavailable"], kind: .error); return }
        // A form open in pane 1 now has input of its own: replacing it would lose that instead.
        guard !directory.hasUnsavedWork else { post(l["drafts.restore_busy"], kind: .error); return }
        switchPane(.directory)
        var outcome = AssociationDraftRestore.failed("")
        withPane(.directory) { pane, ctx in
            guard let directory = pane as? DirectoryPane else { return .ignored }
            outcome = directory.restoreAssociationForm(id: sidecar.associationID, base: base, typed: typed, context: &ctx)
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

    /// Deletes the sidecar, and the text draft when it holds this form only (another form's text,
    /// or text added by a later interruption, stays). Returns whether the text draft went too.
    private func removeRestoredDraft(_ sidecar: DraftSidecar, textPath: String, sidecarPath: String) -> Bool {
        try? FileManager.default.removeItem(atPath: sidecarPath)
        let size = (try? FileManager.default.attributesOfItem(atPath: textPath)[.size] as? Int) ?? -1
        guard sidecar.textHoldsOnlyThis, size == sidecar.textBytes else { return false }
        return (try? FileManager.default.removeItem(atPath: textPath)) != nil
    }
}
