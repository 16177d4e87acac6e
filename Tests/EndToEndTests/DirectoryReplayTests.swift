import XCTest
import Kumppani

/// The directory pane through the real binary in replay mode: keys in, screen text out.
final class DirectoryReplayTests: XCTestCase {
    var temp: URL!
    var db: URL { temp.appendingPathComponent("k.sqlite") }

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-dir-replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        let store = try Store.open(path: db.path)
        let directory = DirectoryStore(store: store)
        func add(_ name: String, _ municipality: String, businessID: String = "") throws -> Int64 {
            var d = AssociationDraft()
            d.name = name; d.municipality = municipality; d.businessID = businessID
            guard case .saved(let id, _) = try directory.save(d) else { throw XCTSkip("fixture not saved") }
            return id
        }
        let carers = try add("Heinolan Omaishoitajat ry", "Heinola", businessID: "0737546-2")
        _ = try add("Lahden Partiolaiset ry", "Lahti")
        let funded = try add("Asikkalan Eläkkeensaajat ry", "Asikkala")
        try store.database.write {
            try store.database.run("""
                INSERT INTO activities(id, association_id, title, kind_code, schedule, place, cost, created_at, updated_at)
                VALUES (7, ?, 'Omaishoitajien vertaisryhmä', 'peer_group', 'ti klo 13–15', 'Kirkkokatu 5', 'maksuton', 'x', 'x')
                """, carers)
            try store.database.run("INSERT INTO activity_target_groups(activity_id, code) VALUES (7, 'family_carers')")
            try store.database.run("INSERT INTO grant_rounds(id, name, year, grant_type_code, appropriation_cents, created_at, updated_at) VALUES (1, 'Yleisavustukset 2026', 2026, 'general', 100000, 'x', 'x')")
            try store.database.run("INSERT INTO grant_applications(id, round_id, association_id, requested_cents, created_at, updated_at) VALUES (1, 1, ?, 50000, 'x', 'x')", funded)
        }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    func replay(_ keys: String, language: String = "fi", size: String = "100x30") throws -> String {
        let result = try Replay.run(keys, db: db, in: temp, size: size, language: language)
        XCTAssertEqual(result.outcome.status, 0, result.outcome.err)
        return result.finalScreen
    }

    func testSearchNarrowsTheList() throws {
        let screen = try replay("/omais<Enter>")
        XCTAssertTrue(screen.contains("Heinolan Omaishoitajat ry"), screen)
        XCTAssertFalse(screen.contains("Lahden Partiolaiset ry"), screen)
    }

    func testAFilterIsShownAboveTheList() throws {
        let screen = try replay("fHeino<Down><Enter><C-s>")
        XCTAssertTrue(screen.contains("Rajaus: Heinola"), screen)
        XCTAssertTrue(screen.contains("1 yhdistys ·"), screen)
    }

    func testAnInvalidYTunnusShowsItsErrorNextToTheField() throws {
        let screen = try replay("aUusi Yhdistys ry<Tab>1234567-2<Tab>")
        XCTAssertTrue(screen.contains("! Tarkistusmerkki ei täsmää: tarkista numerot."), screen)
    }

    func testADuplicateYTunnusIsRefusedNamingTheExistingAssociation() throws {
        let screen = try replay("aToinen ry<Tab>0737546-2<C-s>", language: "en", size: "120x40")
        XCTAssertTrue(screen.contains("! Already used by “Heinolan Omaishoitajat ry”."), screen)
    }

    func testImportingAFileWithErrorsListsThemAndChangesNothing() throws {
        let csv = temp.appendingPathComponent("huono.csv")
        try "nimi;y_tunnus;kunta\nUusi ry;1234567-2;Lahti\n;;Heinola\n".write(to: csv, atomically: true, encoding: .utf8)
        let screen = try replay(":import \(csv.path)<Enter>", size: "120x30")
        XCTAssertTrue(screen.contains("tuotu, koska siinä on virheitä (2)"), screen)
        XCTAssertTrue(screen.contains("rivi 3, sarake nimi: nimi puuttuu"), screen)
        XCTAssertFalse(screen.contains("uutta yhdistystä"), screen)
        let store = try Store.open(path: db.path)
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM associations"), 3)
    }

    func testDeletingAnAssociationWithGrantsMarksItDissolved() throws {
        let screen = try replay("dy", size: "120x30")
        XCTAssertTrue(screen.contains("ei poistettu, koska sillä on avustuksia"), screen)
        XCTAssertTrue(screen.rows.contains { $0.contains("Asikkalan") && $0.contains("lakannut") }, screen)
    }

    func testAContactWithADueFollowUpIsMarkedInTheList() throws {
        let screen = try replay("l<Tab><Right><Tab>Kysyi avustushausta<Tab>23.11.2026<C-s>")
        XCTAssertTrue(screen.rows.contains { $0.hasPrefix("! Asikkalan") }, screen)
    }

    func testAReferralQueryFindsThePeerGroupInHeinola() throws {
        let screen = try replay("r<Right><Right><Right><Right><Right><Tab>Heinola<C-s>", size: "120x40")
        XCTAssertTrue(screen.contains("Omaishoitajien vertaisryhmä"), screen)
        XCTAssertTrue(screen.contains("ti klo 13–15"), screen)
    }
}
