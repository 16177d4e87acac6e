import XCTest
@testable import Kumppani

/// Minutes read as a Finnish secretary would: signature lines that can be signed even when
/// nobody was chosen yet, amendments without stray commas, pickers that tell namesakes apart.
final class MeetingsReviewExportTests: XCTestCase {
    func endedMeetingWithoutOfficers() throws -> (MeetingFixture, Int64) {
        let f = try MeetingFixture()
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-11-23", place: "Lahti")
        try f.meetings.startMeeting(m)
        try f.meetings.endMeeting(m)
        return (f, m)
    }

    func testUnchosenOfficersLeaveARoleCaptionNotACommaLine() throws {
        let (f, m) = try endedMeetingWithoutOfficers()
        for format in [DocumentFormat.md, .txt, .html] {
            let text = try f.meetings.exportMinutes(meetingID: m, format: format)
            XCTAssertFalse(text.contains(", pöytäkirjantarkastaja"), "\(format): \(text)")
            XCTAssertFalse(text.contains("\n, ") || text.contains(">, "), "\(format): no caption starts with a comma")
            XCTAssertEqual(text.components(separatedBy: "Pöytäkirjantarkastaja").count - 1, 2, "\(format): two checker lines")
            XCTAssertTrue(text.contains("Puheenjohtaja"), "\(format)")
        }
        let english = try f.meetings.exportMinutes(meetingID: m, format: .md, language: .en)
        XCTAssertTrue(english.contains("  \nMinute checker\n"), english)
    }

    func testAmendmentWithoutAUserNameHasNoEmptyField() throws {
        let (f, m) = try endedMeetingWithoutOfficers()
        try f.meetings.setStatus(meetingID: m, to: .checked)
        try f.meetings.setStatus(meetingID: m, to: .approved)
        try f.meetings.amend(meetingID: m, reason: "Kirjoitusvirhe", text: "Paikka oli Heinola.", osUser: "")
        try f.meetings.amend(meetingID: m, reason: "Nimi", text: "Aino Aalto.", osUser: "sihteeri")
        let md = try f.meetings.exportMinutes(meetingID: m, format: .md)
        XCTAssertTrue(md.contains("- 23.11.2026 klo 14.00: Kirjoitusvirhe – Paikka oli Heinola."), md)
        XCTAssertTrue(md.contains("- 23.11.2026 klo 14.00, sihteeri: Nimi – Aino Aalto."), md)
        XCTAssertFalse(md.contains(", ,"), md)
    }

    func testPersonChoicesCarryTheAssociationOrTitle() throws {
        let f = try MeetingFixture()
        let a = try f.meetings.createPerson(name: "Kaarina Salonen")
        let b = try f.meetings.createPerson(name: "Kaarina Salonen")
        try f.store.database.run("UPDATE people SET title = ? WHERE id = ?", "järjestökoordinaattori", a)
        let choices = try f.meetings.personChoices().filter { $0.name == "Kaarina Salonen" }
        XCTAssertEqual(Set(choices.map(\.label)), ["Kaarina Salonen · järjestökoordinaattori", "Kaarina Salonen"])
        XCTAssertEqual(Set(choices.map(\.id)), [a, b])
    }
}
