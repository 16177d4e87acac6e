import XCTest
import Kumppani

/// The real binary at 80×24: a vote refused in the live minutes stays open with what was typed
/// and why, and the corrected one is what the file holds.
final class MeetingsAskAgainReplayTests: XCTestCase {
    var temp: URL!
    var db: String { temp.appendingPathComponent("k.sqlite").path }
    var meetingID: Int64 = 0

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-askagain-replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        let s = MeetingStore(store: try Store.open(path: db))
        let body = try s.createBody(name: "Kumppanuuspöytä", kind: .partnershipTable)
        for (name, role) in [("Aino Aalto", MemberRole.chair), ("Eero Esko", .member), ("Liisa Laine", .member)] {
            try s.addMember(bodyID: body, personID: try s.createPerson(name: name), role: role)
        }
        meetingID = try s.createMeeting(bodyID: body, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00", place: "Lahti")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    func replay(_ keys: String, language: String) throws -> [String] {
        let script = temp.appendingPathComponent("keys.txt"), dump = temp.appendingPathComponent("screen.txt")
        try keys.write(to: script, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = try KumppaniBinary.url()
        p.arguments = ["--db", db, "--lang", language, "--replay", script.path, "--size", "80x24", "--screen-dump", dump.path]
        p.environment = ["LANG": "C", "HOME": temp.path, "PATH": "/usr/bin:/bin", "KUMPPANI_NOW": "2026-11-23T12:05:00Z"]
        let err = Pipe()
        p.standardError = err
        try p.run()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, errText)
        return try String(contentsOf: dump, encoding: .utf8).components(separatedBy: "----\n")
    }

    func testARefusedVoteIsRetypedInTheSamePromptAndOnlyTheCorrectOneIsStored() throws {
        let screens = try replay("3saab<Enter>v9 9 9<Enter><Dump><C-u>2 0 0<Enter><Enter><Dump>", language: "fi")
        XCTAssertTrue(screens[0].contains("Ei tallennettu: Ääniä on 27, mutta"), screens[0])
        XCTAssertTrue(screens[0].contains("9 9 9"), screens[0])
        XCTAssertTrue(screens[1].contains("Äänestys: Jaa 2, ei 0, tyhjää 0"), screens[1])
        let s = MeetingStore(store: try Store.open(path: db))
        let votes = try s.items(meetingID: meetingID).compactMap(\.voteFor)
        XCTAssertEqual(votes, [2], "only the corrected vote is in the file")
    }

    func testSwedishSaysWhyInTheSamePrompt() throws {
        let screens = try replay("3saab<Enter>v2 ja 0<Enter><Dump>", language: "sv")
        XCTAssertTrue(screens[0].contains("Inte sparat: ”2 ja 0” är inte tre tal"), screens[0])
        XCTAssertTrue(screens[0].contains("Omröstning"), screens[0])
    }
}
