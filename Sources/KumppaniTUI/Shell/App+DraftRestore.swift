import Foundation
import Kumppani

/// "Restore into the form": the form a signal interrupted opens again in its pane with what the
/// user had changed (`DraftRestoring`), so nothing has to be retyped. The user reviews and saves
/// it with the normal save (and its conflict check); the draft files go once the form holds the input.
extension App {
    /// The draft dialog's answer for the restore choice (the third option).
    static let draftRestoreChoice = "2"

    func restoreDraftIntoForm(textPath: String) {
        let sidecarPath = DraftSidecar.path(forDatabase: services.databasePath)
        guard case .restorable(let sidecar) = DraftSidecar.read(at: sidecarPath) else {
            showLeftoverDraft(textPath)   // changed or damaged since the dialog opened: the text view with its note
            return
        }
        let target = sidecar.payload.pane
        let targetPane = pane(target)
        guard targetPane.id == target, targetPane is DraftRestoring else {
            post(restoreMessage(target, "unavailable"), kind: .error)
            return
        }
        // A form open there now has input of its own: replacing it would lose that instead.
        guard !targetPane.hasUnsavedWork else {
            post(restoreMessage(target, "busy"), kind: .error)
            return
        }
        var outcome = DraftRestoreOutcome.failed("")
        withPane(target) { pane, ctx in
            guard var restoring = pane as? DraftRestoring else { return .ignored }
            outcome = restoring.restoreDraft(sidecar.payload, context: &ctx)
            pane = restoring
            return .handled
        }
        let restored: String
        switch outcome {
        case .failed(let reason):
            post(l["drafts.restore_failed", reason], kind: .error)   // the files stay for another try
            return
        case .gone(let message):
            post(message, kind: .error)   // nothing opened: the files stay, the text still holds the input
            return
        case .restored:
            restored = l["drafts.restored"]
        case .restoredAsNew(let key):
            restored = l[key]
        }
        // The form holds the input again: show its pane (an empty register's welcome view would
        // hide it) and delete what the draft no longer needs to keep.
        switchPane(target)
        state.databaseIsEmpty = false
        let removed = removeRestoredDraft(sidecar, textPath: textPath, sidecarPath: sidecarPath)
        let files = removed ? l["drafts.restored_deleted"] : l["drafts.restored_text_kept", textPath]
        post(restored + " " + files, kind: outcome == .restored ? .info : .error)   // an error stays until a key
    }

    /// Why the restore cannot go ahead, naming the pane the form belongs to (its tab title).
    private func restoreMessage(_ target: PaneID, _ reason: String) -> String {
        switch target {
        case .directory: return l["drafts.restore_\(reason)"]
        case .grants: return l["drafts.restore_\(reason)_grants"]
        default: return l["drafts.restore_\(reason)_in", l[pane(target).titleKey]]
        }
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
