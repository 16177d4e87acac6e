import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Pane 1's worklist (`w`): open follow-ups across the directory, driven by keys, checked on screen.
final class DirectoryWorklistPaneTests: XCTestCase {
    var store: Store!
    var directory: DirectoryStore!
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var carers: Int64 = 0

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: clock)
        directory = DirectoryStore(store: store)
        func add(_ name: String, _ municipality: String) throws -> Int64 {
            var d = AssociationDraft()
            d.name = name; d.municipality = municipality
            guard case .saved(let id, _) = try directory.save(d) else { throw XCTSkip("fixture not saved") }
            return id
        }
        carers = try add("Heinolan Omaishoitajat ry", "Heinola")
        let scouts = try add("Lahden Partiolaiset ry", "Lahti")
        let pensioners = try add("Asikkalan Eläkkeensaajat ry", "Asikkala")
        _ = try add("Orimattilan Martat ry", "Orimattila")
        try directory.addContact(to: scouts, ContactLogDraft(contactedOn: "2026-11-02", kind: .call, note: "Tilavaraus",
                                                             followUpOn: "2026-11-25"))
        try directory.addContact(to: carers, ContactLogDraft(contactedOn: "2026-11-01", kind: .meeting, note: "Kutsu pöytään",
                                                             followUpOn: "2026-11-18"))
        try directory.addContact(to: pensioners, ContactLogDraft(contactedOn: "2026-11-01", kind: .email, note: "Ensi vuonna",
                                                                 followUpOn: "2027-01-15"))
    }

    func makeApp(_ language: Language = .fi) -> App {
        App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: language, clock: clock)
    }

    func lines(_ app: App, _ w: Int = 100, _ h: Int = 30) -> [String] {
        let frame = app.screen(w, h)
        return (0..<frame.size.height).map { frame.line($0) }
    }

    func testWListsThisWeeksFollowUpsOverdueFirstAndEnterOpensTheAssociation() {
        let app = makeApp()
        app.press(.char("w"))
        let shown = lines(app)
        let screen = shown.joined(separator: "\n")
        XCTAssertTrue(screen.contains("Seurattavat: 2 avointa 30.11.2026 mennessä"), screen)
        let overdue = shown.firstIndex { $0.contains("! 18.11.2026") && $0.contains("myöhässä 5 pv") && $0.contains("Heinolan Omaishoitajat ry")
            && $0.contains("Kutsu pöytään") }
        let upcoming = shown.firstIndex { $0.contains("25.11.2026") && $0.contains("2 pv päästä") && $0.contains("Lahden Partiolaiset ry") }
        XCTAssertNotNil(overdue, screen)
        XCTAssertNotNil(upcoming, screen)
        XCTAssertLessThan(overdue ?? 99, upcoming ?? -1, "sorted by date")
        XCTAssertFalse(screen.contains("Asikkalan Eläkkeensaajat ry"), "January is not this week's work")
        XCTAssertFalse(shown.contains { $0.contains("! 25.11.2026") }, "`!` only on what is due")

        app.press(.down, .enter)   // the scouts' follow-up → their association
        let after = lines(app).joined(separator: "\n")
        XCTAssertFalse(after.contains("Seurattavat:"), after)
        XCTAssertTrue(after.contains("Lahden Partiolaiset ry") && after.contains("Tilavaraus"), "its detail with the log: \(after)")
    }

    func testXMarksDoneFromTheWorklistAndTheListLosesItsMark() throws {
        let app = makeApp(.en)
        XCTAssertTrue(lines(app, 140).contains { $0.contains("! Heinolan Omaishoitajat ry") }, lines(app, 140).joined(separator: "\n"))
        app.press(.char("w"), .char("x"))
        let screen = lines(app).joined(separator: "\n")
        XCTAssertTrue(screen.contains("Follow-up marked done: Heinolan Omaishoitajat ry."), screen)
        XCTAssertTrue(screen.contains("Follow-ups: 1 open by 2026-11-30"), screen)
        XCTAssertEqual(try directory.contactLog(of: carers).first?.followUpDoneOn, "2026-11-23", "written to the file")
        app.press(.escape)
        let list = lines(app, 140)
        XCTAssertTrue(list.contains { $0.contains("Heinolan Omaishoitajat ry") }, list.joined(separator: "\n"))
        XCTAssertFalse(list.contains { $0.contains("! Heinolan Omaishoitajat ry") }, list.joined(separator: "\n"))
    }

    func testEmptyWorklistSaysSoAndHelpExplainsTheMarkAndTheKey() throws {
        try store.database.write { try store.database.run("UPDATE contact_log SET follow_up_done_on = '2026-11-23'") }
        let app = makeApp()
        app.press(.char("w"))
        XCTAssertTrue(lines(app).joined().contains("Ei avoimia seurantoja 30.11.2026 mennessä."))
        app.press(.escape, .char("?"))
        let help = lines(app, 120, 60).joined(separator: "\n")
        XCTAssertTrue(help.contains("seuranta erääntyy tänään tai on myöhässä"), help)
        XCTAssertTrue(help.contains("Seurattavat"), help)
    }
}
