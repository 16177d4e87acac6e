import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// The referral results and the follow-ups at 80×24: a column with short texts gives its room
/// to one with long texts, so the organiser and the association read whole.
final class DirectoryOverlayColumnsTests: XCTestCase {
    var store: Store!
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: clock)
        let directory = DirectoryStore(store: store)
        var d = AssociationDraft()
        d.name = "Orimattilan Eläkkeensaajat ry"; d.municipality = "Orimattila"
        guard case .saved(let id, _) = try directory.save(d) else { throw XCTSkip("fixture not saved") }
        var a = ActivityDraft()
        a.title = "Kuntosali"; a.schedule = "pe klo 13.00–16.00, joka toinen viikko"
        _ = try directory.saveActivity(a, association: id)
        try directory.addContact(to: id, ContactLogDraft(contactedOn: "2026-11-01", kind: .call, note: "Soitto",
                                                         followUpOn: "2026-11-18"))
    }

    func makeApp(_ language: Language = .fi) -> App {
        App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: language, clock: clock)
    }

    func lines(_ app: App) -> [String] { app.screen(80, 24).text.components(separatedBy: "\n") }

    func testTheReferralResultsShowTheOrganiserWholeAndTheTimeUpToWhatFits() {
        let app = makeApp()
        app.press(.char("r"))
        let screen = lines(app)
        let row = screen.first { $0.contains("Kuntosali") } ?? ""
        XCTAssertTrue(row.contains("Kuntosali Orimattilan Eläkkeensaajat ry pe klo 13.00–16.00, joka toinen viikko"), row)
    }

    func testTheFollowUpsShowTheAssociationWholeBesideAShortNote() {
        let app = makeApp()
        app.press(.char("w"))
        let screen = lines(app)
        let row = screen.first { $0.contains("18.11.2026") } ?? ""
        XCTAssertTrue(row.contains("Orimattilan Eläkkeensaajat ry Soitto"), row)
    }
}
