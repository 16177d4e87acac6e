import Foundation
import Kumppani

/// Between an application and the § that decided it (issue 14): `o` on an application opens its
/// § in pane 3; pane 3 opens an application here by its id.
extension GrantsPane {
    /// The agenda item of the meeting and § the application's decision in force names.
    static func decisionItemID(applicationID: Int64, store: Store) throws -> Int64? {
        guard let d = try GrantStore(store: store).decisionInForce(applicationID: applicationID),
              let meetingID = d.meetingID, let section = d.sectionNumber else { return nil }
        return try store.database.scalarInt("SELECT id FROM agenda_items WHERE meeting_id = ? AND section_number = ?", meetingID, section)
    }

    mutating func jumpToSection(context: inout PaneContext) {
        withApplication(context: &context) { _, id, ctx in
            guard let item = try Self.decisionItemID(applicationID: id, store: ctx.store) else {
                ctx.post(ctx.l["meetings.section.no_section"], kind: .error); return
            }
            ctx.switchTo(.meetings, action: MeetingsAction.openSection.id, argument: String(item))
        }
    }

    /// Opens an application's detail by id, with its round selected (pane 3's § lists them).
    mutating func openApplication(_ argument: String?, context: inout PaneContext) {
        guard let id = argument.flatMap(Int64.init) else { context.post(context.l["grants.status.no_application"], kind: .error); return }
        attempt(context: &context) { pane, ctx in
            let app = try GrantStore(store: ctx.store).application(id: id)
            pane.reload(context: &ctx)
            pane.home.select(roundID: app.roundID)
            // Esc goes to the round's board, with the cursor on this application.
            let round = try pane.home.rounds.first { $0.id == app.roundID } ?? GrantStore(store: ctx.store).round(id: app.roundID)
            var board = try BoardScreen.load(round, home: pane.home, store: ctx.store, today: ctx.today)
            board.follow(id)
            pane.screen = .application(try ApplicationScreen.load(id, returnTo: .board(board), store: ctx.store, today: ctx.today,
                                                                  language: ctx.language))
        }
    }
}
