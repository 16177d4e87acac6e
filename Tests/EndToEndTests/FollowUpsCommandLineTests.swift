import Foundation
import XCTest
import Kumppani

/// `kumppani followups [--until DATE]`: the follow-up worklist across the directory, through the real binary.
final class FollowUpsCommandLineTests: XCTestCase {
    var directory: URL!
    var db: String { directory.appendingPathComponent("k.sqlite").path }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("followups-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let csv = directory.appendingPathComponent("a.csv")
        try "nimi;kunta\nHeinolan Martat ry;Heinola\nLahden Omaishoitajat ry;Lahti\nOrimattilan Eläkeläiset ry;Orimattila\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        XCTAssertEqual(try KumppaniProcess.run(["init", "--db", db]).status, 0)
        XCTAssertEqual(try KumppaniProcess.run(["import", "associations", csv.path, "--db", db]).status, 0)
        // Follow-ups written through the library, as the contact-log form does.
        let store = try Store.open(path: db)
        let directoryStore = DirectoryStore(store: store)
        func id(_ name: String) throws -> Int64 {
            try XCTUnwrap(try store.database.scalarInt("SELECT id FROM associations WHERE name = ?", name))
        }
        try directoryStore.addContact(to: id("Lahden Omaishoitajat ry"),
                                      ContactLogDraft(contactedOn: "2026-11-01", kind: .call, note: "Soita hakemuksesta\ntoinen rivi",
                                                      followUpOn: "2026-11-20"))
        try directoryStore.addContact(to: id("Heinolan Martat ry"),
                                      ContactLogDraft(contactedOn: "2026-11-10", kind: .meeting, note: "Kutsu pöytään",
                                                      followUpOn: "2026-11-23"))
        try directoryStore.addContact(to: id("Orimattilan Eläkeläiset ry"),
                                      ContactLogDraft(contactedOn: "2026-11-10", kind: .email, note: "Tarkista osoite",
                                                      followUpOn: "2026-11-27"))
        let done = try directoryStore.addContact(to: id("Orimattilan Eläkeläiset ry"),
                                                 ContactLogDraft(contactedOn: "2026-11-01", kind: .call, note: "Jo hoidettu",
                                                                 followUpOn: "2026-11-05"))
        try directoryStore.markFollowUpDone(entryID: done.id)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func followups(_ extra: [String], language: String = "fi") throws -> KumppaniProcess.Outcome {
        try KumppaniProcess.run(["followups", "--db", db, "--lang", language] + extra, environment: ["KUMPPANI_NOW": "2026-11-23"])
    }

    func testTodayListsOverdueThenTodaysOldestFirstWithoutDoneOnes() throws {
        let result = try followups([])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out.split(separator: "\n").map(String.init), [
            "20.11.2026  myöhässä 3 pv  Lahden Omaishoitajat ry  (puhelu) Soita hakemuksesta",
            "23.11.2026  tänään  Heinolan Martat ry  (tapaaminen) Kutsu pöytään",
        ])
    }

    func testUntilAddsUpcomingOnesAndSpeaksEnglish() throws {
        let result = try followups(["--until", "30.11.2026"], language: "en")
        XCTAssertEqual(result.status, 0, result.err)
        let lines = result.out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, result.out)
        XCTAssertTrue(lines[0].contains("3 d overdue  Lahden Omaishoitajat ry"), lines[0])
        XCTAssertTrue(lines[1].contains("today  Heinolan Martat ry"), lines[1])
        XCTAssertTrue(lines[2].contains("in 4 d  Orimattilan Eläkeläiset ry"), lines[2])
        XCTAssertFalse(result.out.contains("Jo hoidettu"), "a done follow-up is not on the worklist")
    }

    func testNothingDueAndABadDateSayWhy() throws {
        let none = try followups(["--until", "2026-11-01"])
        XCTAssertEqual(none.status, 0, none.err)
        XCTAssertTrue(none.out.contains("Ei avoimia seurantoja 1.11.2026 mennessä."), none.out)
        let bad = try followups(["--until", "31.2.2026"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.err.contains("--until: päivämäärä ”31.2.2026” ei kelpaa"), bad.err)
        XCTAssertEqual(bad.out, "")
    }
}
