import XCTest
import Kumppani

/// `kumppani export minutes|agenda|calendar` through the real binary.
final class MeetingsCommandLineTests: XCTestCase {
    var temp: URL!
    var db: String { temp.appendingPathComponent("k.sqlite").path }
    var meetingID: Int64 = 0

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-meetings-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        let s = MeetingStore(store: try Store.open(path: db))
        let body = try s.createBody(name: "Kumppanuuspöytä", kind: .partnershipTable)
        let aino = try s.createPerson(name: "Aino Aalto")
        try s.addMember(bodyID: body, personID: aino, role: .chair)
        meetingID = try s.createMeeting(bodyID: body, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00", place: "Lahti, sali 2")
        let item = try s.addItem(meetingID: meetingID, title: "Avustukset & <tilat>")
        try s.setText(itemID: item, field: .proposal, text: "Hyväksytään.")
        try s.addAction(bodyID: body, meetingID: meetingID, itemID: item, text: "Lähetä kutsu; muistuta", ownerText: "Aino", dueOn: "2026-12-01")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    struct Outcome { let code: Int32; let out: String; let err: String }

    func run(_ args: [String]) throws -> Outcome {
        let p = Process()
        p.executableURL = try KumppaniBinary.url()
        p.arguments = args
        p.environment = ["LANG": "C", "HOME": temp.path, "PATH": "/usr/bin:/bin"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Outcome(code: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    func testAgendaByNumberAsMarkdown() throws {
        let r = try run(["export", "agenda", "--db", db, "--meeting", "1/2026", "--lang", "fi"])
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.hasPrefix("# Kumppanuuspöytä – esityslista 1/2026"), r.out)
        XCTAssertTrue(r.out.contains("## § 1 Kokouksen avaus"))
        XCTAssertTrue(r.out.contains("Avustukset & \\<tilat\\>"))
    }

    func testMinutesByIdAsHTMLToAFile() throws {
        let file = temp.appendingPathComponent("poytakirja.html").path
        let r = try run(["export", "minutes", "--db", db, "--meeting", String(meetingID), "--format", "html", "--output", file, "--lang", "fi"])
        XCTAssertEqual(r.code, 0, r.err)
        let html = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(html.contains("<h2>§ 6 Avustukset &amp; &lt;tilat&gt;</h2>"), html)
        XCTAssertTrue(html.contains("Lähetä kutsu; muistuta – Aino, määräaika 1.12.2026"))
    }

    func testCalendarIsICalendarWithCRLF() throws {
        let r = try run(["export", "calendar", "--db", db, "--lang", "fi"])
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.hasPrefix("BEGIN:VCALENDAR\r\n"))
        XCTAssertTrue(r.out.contains("DTSTART;TZID=Europe/Helsinki:20261123T140000\r\n"))
        XCTAssertTrue(r.out.contains("SUMMARY:Toimenpide: Lähetä kutsu\\; muistuta (Aino)\r\n"))
        XCTAssertTrue(r.out.contains("LOCATION:Lahti\\, sali 2\r\n"))
    }

    func testUnknownMeetingAndBadFormatAreClearErrors() throws {
        let missing = try run(["export", "minutes", "--db", db, "--meeting", "9/2026", "--lang", "fi"])
        XCTAssertEqual(missing.code, 1)
        XCTAssertTrue(missing.err.contains("Kokousta ”9/2026” ei löydy"), missing.err)
        let format = try run(["export", "minutes", "--db", db, "--meeting", "1/2026", "--format", "pdf"])
        XCTAssertEqual(format.code, 2)
        XCTAssertTrue(format.err.contains("pdf"), format.err)
        let noMeeting = try run(["export", "agenda", "--db", db])
        XCTAssertEqual(noMeeting.code, 2)
        XCTAssertTrue(noMeeting.err.contains("--meeting"), noMeeting.err)
    }
}
