import Foundation
import Kumppani

/// Two windows on one file: when another window committed, every pane re-reads what it shows.
extension App {
    /// Called on every idle tick (at least every 250 ms in the terminal): one `PRAGMA
    /// data_version` read, and a reload only when another connection committed.
    func noticeExternalChanges() {
        let index = services.searchIndexProgress()
        // The completion's own chunks are commits of another connection too: the panes re-read
        // only once it has finished (the search uses the new indexes from then on).
        let changed = services.databaseChangedExternally()
        if case .running(let done, let total) = index {
            if state.status?.kind != .error { post(l["search_index.completing", Self.percent(done, of: total)]) }
            return
        }
        if case .stopped(let reason) = index { warn(l["search_index.stopped", reason]) }
        guard changed || index == .finished else { return }
        refreshEmptiness()
        for id in PaneID.allCases {
            withPane(id) { pane, ctx in pane.externalChange(context: &ctx); return .handled }
        }
        // An error the user has not read yet stays; otherwise say why the screen changed.
        if state.status?.kind != .error { post(index == .finished ? l["search_index.completed"] : l["sync.updated"]) }
    }

    static func percent(_ done: Int, of total: Int) -> Int { total > 0 ? min(100, done * 100 / total) : 100 }
}
