import XCTest
import Kumppani

/// The meetings pane through the real binary in replay mode: prepare, hold, minute, export.
final class MeetingsReplayTests: XCTestCase {
    var temp: URL!
    var db: String { temp.appendingPathComponent("k.sqlite").path }

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-meetings-replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        let s = MeetingStore(store: try Store.open(path: db))
        let body = try s.createBody(name: "Kumppanuuspöytä", kind: .partnershipTable)
        for (name, role) in [("Aino Aalto", MemberRole.chair), ("Eero Esko", .member), ("Liisa Laine", .member)] {
            try s.addMember(bodyID: body, personID: try s.createPerson(name: name), role: role)
        }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    func replay(_ keys: String, size: String = "100x30", language: String = "fi") throws -> String {
        let script = temp.appendingPathComponent("keys.txt"), dump = temp.appendingPathComponent("screen.txt")
        try keys.write(to: script, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = try KumppaniBinary.url()
        p.arguments = ["--db", db, "--lang", language, "--replay", script.path, "--size", size, "--screen-dump", dump.path]
        p.environment = ["LANG": "C", "HOME": temp.path, "PATH": "/usr/bin:/bin", "KUMPPANI_NOW": "2026-11-23T12:05:00Z"]
        let err = Pipe()
        p.standardError = err
        try p.run()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, errText)
        return try String(contentsOf: dump, encoding: .utf8)
    }

    func testPrepareHoldAndMinuteAMeetingWithKeysOnly() throws {
        let minutes = temp.appendingPathComponent("pk.md").path
        let screen = try replay("""
            3n<C-u>10.12.2026<Enter><C-u>13.00–15.00<Enter>Lahden kaupungintalo<Enter>
            <Down><Down><Down><Down>aPalvelupolut<Enter>ePäätetään palvelupolkujen jatkosta.<Esc><Dump>
            s<Enter>aabc<Enter><Down><Down><Down><Down><Down>
            <Enter>Keskusteltiin ohjauksesta. <C-t><Esc>h
            oPäivitä palvelupolut<Enter>Liisa Laine<Enter>31.1.2027<Enter><Dump>
            x<C-u>\(minutes)<Enter><Dump>
            """)
        XCTAssertTrue(screen.contains("Esityslista 1/2026 · suunniteltu · 10.12.2026 klo 13.00–15.00 · Kumppanuuspöytä"), screen)
        XCTAssertTrue(screen.contains("§ 6   Palvelupolut"), screen)
        XCTAssertTrue(screen.contains("Päätösvaltainen 3/3"), screen)
        XCTAssertTrue(screen.contains("Keskusteltiin ohjauksesta. klo 14.05"), screen)
        XCTAssertTrue(screen.contains("Toimenpide: Päivitä palvelupolut – Liisa Laine, 31.1.2027"), screen)
        let md = try String(contentsOfFile: minutes, encoding: .utf8)
        XCTAssertTrue(md.contains("## § 6 Palvelupolut"), md)
        XCTAssertTrue(md.contains("**Päätös:**  \nHyväksyttiin esityksen mukaisesti."), md)
        XCTAssertTrue(md.contains("**Läsnä:** Aino Aalto, puheenjohtaja"), md)
    }

    func testEnglishAtSmallSize() throws {
        let screen = try replay("3<Dump>", size: "80x24", language: "en")
        XCTAssertTrue(screen.contains("Meetings – Kumppanuuspöytä"), screen)
        XCTAssertTrue(screen.contains("No meetings. Press n for a new meeting"), screen)
    }
}
