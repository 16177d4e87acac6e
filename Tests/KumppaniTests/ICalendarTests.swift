import XCTest
@testable import Kumppani

final class ICalendarTests: XCTestCase {
    func testEscapesCommaSemicolonBackslashAndNewline() {
        XCTAssertEqual(ICalendar.escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne")
        XCTAssertEqual(ICalendar.escape("rivi\r\nrivi"), "rivi\\nrivi")
    }

    func testFoldsAt75OctetsWithoutSplittingUTF8() {
        let line = "SUMMARY:" + String(repeating: "ä", count: 100)
        let folded = ICalendar.fold(line)
        let physical = folded.components(separatedBy: "\r\n")
        XCTAssertGreaterThan(physical.count, 1)
        for p in physical { XCTAssertLessThanOrEqual(p.utf8.count, 75, p) }
        for p in physical.dropFirst() { XCTAssertTrue(p.hasPrefix(" ")) }
        // Unfolding gives the line back: no byte was lost or split.
        XCTAssertEqual((physical.first ?? "") + physical.dropFirst().map { String($0.dropFirst()) }.joined(), line)
        XCTAssertEqual(ICalendar.fold("SHORT:x"), "SHORT:x")
    }

    func testCalendarFileHasMeetingsActionsAndTimezone() throws {
        let f = try MeetingFixture()
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00",
                                             place: "Lahti, kaupungintalo; sali 2")
        try f.meetings.addAction(bodyID: f.bodyID, meetingID: m, text: "Kokoa palaute", ownerText: "Aino", dueOn: "2026-12-31")
        let ics = try f.meetings.exportCalendar()
        XCTAssertTrue(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        XCTAssertTrue(ics.hasSuffix("END:VCALENDAR\r\n"))
        XCTAssertFalse(ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
        XCTAssertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Helsinki\r\n"))
        XCTAssertTrue(ics.contains("UID:meeting-\(m)@kumppani\r\n"))
        XCTAssertTrue(ics.contains("DTSTART;TZID=Europe/Helsinki:20261123T140000\r\n"))
        XCTAssertTrue(ics.contains("DTEND;TZID=Europe/Helsinki:20261123T160000\r\n"))
        XCTAssertTrue(ics.contains("LOCATION:Lahti\\, kaupungintalo\\; sali 2\r\n"))
        XCTAssertTrue(ics.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"))
        XCTAssertTrue(ics.contains("SUMMARY:Toimenpide: Kokoa palaute (Aino)\r\n"))
        XCTAssertTrue(ics.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        // Stable: the same data gives the same file.
        XCTAssertEqual(try f.meetings.exportCalendar(), ics)
    }
}
