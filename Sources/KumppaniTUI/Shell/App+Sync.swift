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
            refreshSyncStatus()
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

    /// The dialog's answer comes back as this action followed by the conflict's id.
    static let syncConflictAnswered = "sync-conflict-answered:"

    /// The open conflicts one at a time, in the dialog of two windows: at the start / theirs / mine.
    /// `answered`: the conflict the previous dialog showed and the option chosen there.
    func showSyncConflict(answered: (id: Int64?, option: Int?)?) {
        if let answered {
            let choices: [SyncConflict.Choice] = [.mine, .theirs, .base]
            guard let id = answered.id, let option = answered.option, option < choices.count else { return }   // later
            do {
                try services.resolveSyncConflict(id: id, choice: choices[option])
                refreshSyncStatus()
                for pane in PaneID.allCases { withPane(pane) { pane, ctx in pane.externalChange(context: &ctx); return .handled } }
            } catch {
                post(describe(error), kind: .error)
                return
            }
        }
        guard let conflict = services.syncConflicts().first else {
            post(l["copysync.conflicts.none"])
            return
        }
        func show(_ v: DatabaseValue) -> String {
            let text = v == .null ? "–" : v.description
            return text.count > 60 ? String(text.prefix(59)) + "…" : text
        }
        // "Yhdistys Ahtialan 4H-kerho, Puhelin", not the table and column names.
        let field = SyncConflictLabels.field(table: conflict.table, column: conflict.column, kind: conflict.kind, l: l)
        let table = SyncConflictLabels.table(conflict.table, l: l)
        let message = l["copysync.ui.conflict_message", table, services.syncConflictLabel(conflict), field, show(conflict.base),
                        show(conflict.theirs), show(conflict.mine), l["copysync.conflicts.winner.\(conflict.winner)"]]
        let options = [l["copysync.ui.keep_mine"], l["copysync.ui.take_theirs"], l["copysync.ui.take_base"], l["copysync.ui.later"]]
        push(DialogRequest(title: l["copysync.ui.conflicts_menu"], kind: .options(message: message, options: options, selected: 0),
                           action: ActionID(App.syncConflictAnswered + String(conflict.id))))
    }

    /// Reads the exchange state for the status line (on the idle tick, at start, after an exchange).
    func refreshSyncStatus() {
        state.syncStatus = services.syncStatus()
    }

    /// "exchanged 5.12.2026 19.30, 3 to go"; nil when the file has no copy identity. Reads the
    /// state prefetched by `refreshSyncStatus`: drawing never asks the store.
    func syncStatusText() -> String? {
        guard let status = state.syncStatus else { return nil }
        guard let last = status.lastExchange else { return l["copysync.ui.status_never", status.pending] }
        return l["copysync.ui.status", Sync.displayTime(last, state.language), status.pending]
    }
}
