import Foundation
import Kumppani

/// Exchanging changes with the other copies through a folder, from the Program menu, and the
/// status line's "exchanged …, N to go" (issue 19).
extension App {
    /// Asks for the folder (the last one used is offered), exchanges, and shows what happened;
    /// the panes re-read what they show, as after another window's change.
    func exchangeWithFolder(_ folder: String?) {
        guard let status = services.syncStatus() else {
            post(SyncProblem.notInitialized.message(state.language), kind: .error)
            return
        }
        guard let folder else {
            push(DialogRequest(title: l["copysync.ui.menu"], kind: .prompt(label: l["copysync.ui.folder_prompt"],
                                                                          initial: status.lastFolder ?? ""),
                               action: .exchangeFolder))
            return
        }
        do {
            let report = try services.exchange(folder: expand(folder))
            refreshEmptiness()
            for id in PaneID.allCases {
                withPane(id) { pane, ctx in pane.externalChange(context: &ctx); return .handled }
            }
            if let refused = report.refused.first {
                post(l["copysync.report.refused", refused.problem.message(state.language)], kind: .error)
            } else {
                post(l["copysync.ui.done", report.filesWritten.count, report.filesApplied.count, report.newConflicts])
            }
        } catch {
            post(describe(error), kind: .error)
        }
    }

    /// "exchanged 5.12.2026 19.30, 3 to go"; nil when the file has no copy identity.
    func syncStatusText() -> String? {
        guard let status = services.syncStatus() else { return nil }
        guard let last = status.lastExchange else { return l["copysync.ui.status_never", status.pending] }
        return l["copysync.ui.status", Sync.displayTime(last, state.language), status.pending]
    }
}
