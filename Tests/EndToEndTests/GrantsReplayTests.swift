import XCTest
import Kumppani

/// The grant pane through the real binary in replay mode: keys in, screen text out.
final class GrantsReplayTests: XCTestCase {
    var temp: URL!
    var db: String { temp.appendingPathComponent("k.sqlite").path }
    var applicationID: Int64 = 0

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-grants-replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        let store = try Store.open(path: db)
        let body = Store.newID(), assoc = Store.newID()
        try store.database.write {
            try store.database.run("INSERT INTO bodies(id, name, kind, created_at, updated_at) VALUES (?, 'Aluehallitus', 'regional_board', 'x', 'x')", body)
            // The meeting held today whose § 12 decides the grant.
            try store.database.run("INSERT INTO meetings(id, body_id, number, year, held_on, status, created_at, updated_at) VALUES (?, ?, 1, 2026, '2026-11-23', 'minutes_draft', 'x', 'x')", body + 1, body)
            try store.database.run("INSERT INTO agenda_items(id, meeting_id, position, section_number, title, created_at, updated_at) VALUES (?, ?, 1, 12, 'Avustukset', 'x', 'x')", body + 2, body + 1)
            try store.database.run("INSERT INTO associations(id, name, name_key, lahella_listed, created_at, updated_at) VALUES (?, 'Lahden Omaishoitajat ry', ?, 1, 'x', 'x')",
                                   assoc, FinnishCollation.sortKey("Lahden Omaishoitajat ry"))
        }
        let grants = GrantStore(store: store, osUser: "setup")
        let round = try grants.createRound(GrantRound(name: "Yleisavustukset 2026", year: 2026, grantTypeCode: "general",
                                                      appropriationCents: 10_000_00, decidingBodyID: body))
        applicationID = try grants.createApplication(GrantApplication(roundID: round, associationID: assoc, requestedCents: 4_000_00))
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    /// Runs `kumppani --replay` and returns the dumped screens.
    func replay(_ keys: String, size: String = "100x30") throws -> String {
        let script = temp.appendingPathComponent("keys.txt"), dump = temp.appendingPathComponent("screen.txt")
        try keys.write(to: script, atomically: true, encoding: .utf8)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var dir = Bundle.main.bundleURL
        var binary = root.appendingPathComponent(".build/debug/kumppani")
        for _ in 0..<4 {
            if FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("kumppani").path) { binary = dir.appendingPathComponent("kumppani"); break }
            dir = dir.deletingLastPathComponent()
        }
        let p = Process()
        p.executableURL = binary
        p.arguments = ["--db", db, "--lang", "fi", "--replay", script.path, "--size", size, "--screen-dump", dump.path]
        p.environment = ["LANG": "C", "HOME": temp.path, "PATH": "/usr/bin:/bin", "KUMPPANI_NOW": "2026-11-23T10:00:00Z"]
        let err = Pipe()
        p.standardError = err
        try p.run()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, errText)
        return try String(contentsOf: dump, encoding: .utf8)
    }

    func stage() throws -> String? {
        try Store.open(path: db).database.scalarString("SELECT stage FROM grant_applications WHERE id = ?", applicationID)
    }

    func testReceivedToClosedWithKeysOnlyAndEveryRefusalExplained() throws {
        let screen = try replay("""
            2<Enter>>><Dump>
            e<Tab><Tab><Tab><Tab><Tab><Tab><Tab>3000<Tab>Vakiintunut toiminta<C-s>>
            d<Tab><Tab><Tab><Tab>12<C-s>
            p<Tab><Tab>1234 5672<Tab>FI21 1234 5600 0007 85<C-s>
            ><Dump>
            r<Tab><Tab><Right><C-s>><Enter>
            """)
        XCTAssertTrue(screen.contains("Esitystä ei voi tehdä: puuttuu esitetty summa ja perustelut."), screen)
        XCTAssertTrue(screen.contains("Käyttöselvitystä ei ole saatu"), screen)
        XCTAssertTrue(screen.contains("Yleisavustukset 2026 · vaihe: Suljettu"), screen)
        XCTAssertTrue(screen.contains("Myönnetty osittain 3 000,00 €, 23.11.2026, Aluehallitus § 12"), screen)
        XCTAssertEqual(try stage(), "closed")
    }

    func testLessThanMovesBackAndTheBoardCountsChange() throws {
        let screen = try replay("2<Enter>><Dump><lt>")
        XCTAssertTrue(screen.contains("Valmistelussa 1 · 4 000 €"), screen)
        XCTAssertTrue(screen.contains("Siirretty vaiheeseen: Saapunut"), screen)
        XCTAssertEqual(try stage(), "received")
    }

    func testSmallTerminalStillShowsTheBoard() throws {
        let screen = try replay("2<Enter>", size: "80x24")
        XCTAssertTrue(screen.contains("Määräraha 10 000,00 €"), screen)
        XCTAssertTrue(screen.contains("Lahden Omaishoitajat ry"))
    }
}
