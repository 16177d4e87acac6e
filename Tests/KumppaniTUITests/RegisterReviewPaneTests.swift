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

/// `:import` of a file in the YTJ layout is recognised by its shape and reported with the register's counts.
final class YTJColonImportTests: XCTestCase {
    func testTheServiceRecognisesAYTJFileAndReportsItsCounts() throws {
        let store = try Store.inMemory(clock: FixedClock(Date(timeIntervalSince1970: 1_795_435_200)))
        let services = LiveServices(store: store, language: { .en }, themes: { [] })
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures/ytj-sample.json").standardized
        let preview = try services.importAssociations(path: sample.path, dryRun: true, progress: { _ in })
        XCTAssertEqual(preview.inserted, 6, "the whole country: every non-profit that has not ended")
        XCTAssertTrue(preview.report?.hasPrefix("Dry run, nothing saved. Read 8 records; would add 6 new associations") == true, preview.report ?? "")
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM associations"), 0)
        var fractions: [Double] = []
        let done = try services.importAssociations(path: sample.path, dryRun: false, progress: { fractions.append($0) })
        XCTAssertEqual(done.inserted, 6)
        XCTAssertEqual(fractions.last, 1, "the progress bar reaches the end")
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM associations"), 6)
    }
}
