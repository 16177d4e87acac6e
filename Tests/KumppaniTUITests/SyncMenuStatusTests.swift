import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// The Program menu's "Synkronoi kansion kanssa" and the status line's exchange state (issue 19).
final class SyncMenuStatusTests: XCTestCase {
    func testTheMenuExchangesWithAFolderAndTheStatusLineSaysWhenAndHowManyWait() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sync-ui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23 14.00 in Helsinki
        let store = try Store.inMemory(clock: clock)
        try Sync.initialize(store)
        var draft = AssociationDraft()
        draft.name = "Heinolan Omaishoitajat ry"
        draft.municipality = "Heinola"
        _ = try DirectoryStore(store: store).save(draft)
        let services = LiveServices(store: store, language: { .fi }, themes: { ["default"] })
        let app = App(store: store, services: services, panes: [], language: .fi, clock: clock)

        XCTAssertTrue(app.screen(100, 24).line(22).hasSuffix("· ei vaihdettu, lähtemättä 1"), app.screen(100, 24).line(22))
        app.press(.function(10))
        XCTAssertTrue(app.screen(100, 24).text.contains("Synkronoi kansion kanssa"), app.screen(100, 24).text)
        app.press(.escape)

        app.runAppAction(.exchangeFolder, argument: nil)
        XCTAssertTrue(app.screen(100, 24).text.contains("Vaihtokansio"), app.screen(100, 24).text)
        app.type(folder.path)
        app.press(.enter)
        let line = app.screen(100, 24).line(22)
        XCTAssertTrue(line.contains("Vaihdettu: 1 tiedostoa ulos, 0 sisään, 0 uutta ristiriitaa"), line)
        XCTAssertTrue(app.screen(120, 24).line(22).contains("vaihdettu 23.11.2026 14.00, lähtemättä 0"), app.screen(120, 24).line(22))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".kumppani-sync") }.count, 1)
    }

    func testWithoutACopyIdentityTheMenuSaysHowToGiveOne() throws {
        let (app, _) = try makeApp(language: .en)
        XCTAssertFalse(app.screen().line(22).contains("to go"))
        app.runAppAction(.exchangeFolder, argument: nil)
        XCTAssertTrue(app.screen(120, 24).line(22).contains("This file has no copy identity. Run first: kumppani sync init"),
                      app.screen(120, 24).line(22))
    }

    func testAConflictIsShownWithItsThreeValuesAndChoosingMinePutsItBack() throws {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))
        let store = try Store.inMemory(clock: clock)
        try Sync.initialize(store)
        var draft = AssociationDraft()
        draft.name = "Heinolan Omaishoitajat ry"
        draft.municipality = "Heinola"
        draft.email = "heidan@example.fi"
        guard case .saved(let id, _) = try DirectoryStore(store: store).save(draft) else { return XCTFail("not saved") }
        // As an exchange leaves it: their newer value is in the record, both are kept in the conflict.
        try store.database.write {
            try store.database.run("""
                INSERT INTO sync_conflicts(at, from_copy, table_name, row_key, column_name, kind, base_value, theirs, mine, winner)
                VALUES ('2026-11-23T12:00:00.000Z', 'b', 'associations', ?, 'email', 'field', 'alussa@example.fi', 'heidan@example.fi', 'minun@example.fi', 'theirs')
                """, String(id))
        }
        let services = LiveServices(store: store, language: { .fi }, themes: { ["default"] })
        let app = App(store: store, services: services, panes: [], language: .fi, clock: clock)
        app.press(.function(10))
        XCTAssertTrue(app.screen(100, 30).text.contains("Synkronoinnin ristiriidat"))
        app.press(.escape)
        app.runAppAction(.syncConflicts, argument: nil)
        let dialog = app.screen(100, 30).text
        for expected in ["Yhdistys Heinolan Omaishoitajat ry, Sähköposti", "alussa: alussa@example.fi", "heidän: heidan@example.fi", "minun: minun@example.fi", "nyt voimassa: heidän",
                         "Pidä minun arvoni", "Ota heidän arvonsa", "Palauta alkuperäinen"] {
            XCTAssertTrue(dialog.contains(expected), "\(expected)\n\(dialog)")
        }
        app.type("1")
        XCTAssertEqual(try store.database.scalarString("SELECT email FROM associations WHERE id = ?", id), "minun@example.fi")
        XCTAssertTrue(app.screen(100, 30).line(28).contains("Ei avoimia ristiriitoja."), app.screen(100, 30).line(28))
        XCTAssertEqual(try Sync.status(of: store)?.pending, 2, "the chosen value goes out with the next exchange")
    }
}
