import Foundation
import Kumppani

/// Two windows on one file: when another window committed, every pane re-reads what it shows.
extension App {
    /// Called on every idle tick (at least every 250 ms in the terminal): one `PRAGMA
    /// data_version` read, and a reload only when another connection committed.
    func noticeExternalChanges() {
        guard services.databaseChangedExternally() else { return }
        refreshEmptiness()
        for id in PaneID.allCases {
            withPane(id) { pane, ctx in pane.externalChange(context: &ctx); return .handled }
        }
        // An error the user has not read yet stays; otherwise say why the screen changed.
        if state.status?.kind != .error { post(l["sync.updated"]) }
    }
}
