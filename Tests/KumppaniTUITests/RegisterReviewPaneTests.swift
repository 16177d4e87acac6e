import Foundation
import XCTest
@testable import Kumppani
@testable import KumppaniTUI

/// The YTJ register's review list in pane 1, through keys: `y` opens it, Enter accepts a field,
/// `h` rejects one, and the file holds exactly what was chosen.
final class RegisterReviewPaneTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    func testAcceptAndRejectPerFieldThroughKeys() throws {
        let store = try Store.inMemory(clock: clock)
        let directory = DirectoryStore(store: store)
        var d = AssociationDraft()
        d.name = "Heinolan omaishoitajat"; d.municipality = "Heinola"; d.businessID = "1499625-9"
        guard case .saved(let id, _) = try directory.save(d) else { return XCTFail("not saved") }
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures/ytj-sample.json").standardized
        _ = try YTJImport.run(data: try Data(contentsOf: sample), store: store, region: YTJRegion.region("Kanta-Häme"), dryRun: false)

        let app = App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: .fi, clock: clock)
        app.press(.char("y"))
        var screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains("Rekisterimuutokset tarkistettavana (5)"), screen)
        XCTAssertTrue(screen.contains("Heinolan omaishoitajat · Nimi"), screen)
        XCTAssertTrue(screen.contains("Heinolan omaishoitajat → Heinolan Omaishoitajat ry"), screen)
        XCTAssertTrue(screen.contains("(tyhjä) → https://www.heinolanomaishoitajat.fi"), screen)
        app.press(.enter)          // the first row: the post office (city)
        app.press(.char("h"))      // then the name: the coordinator's own is kept
        screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains("Rekisterimuutokset tarkistettavana (3)"), screen)
        let row = try XCTUnwrap(store.database.queryOne("SELECT name, city FROM associations WHERE id = ?", id))
        XCTAssertEqual(row.string("city"), "Heinola")
        XCTAssertEqual(row.string("name"), "Heinolan omaishoitajat")
        let decisions = try store.database.query("SELECT field, decision FROM register_review WHERE decision IS NOT NULL ORDER BY field")
            .map { "\($0.string("field") ?? "")=\($0.string("decision") ?? "")" }
        XCTAssertEqual(decisions, ["city=accepted", "name=rejected"])
        app.press(.escape)
        XCTAssertFalse(app.screen(100, 30).text.contains("Rekisterimuutokset tarkistettavana"))
    }
}
