import XCTest
@testable import Kumppani

/// Issue 14, point 5: draft → checked → approved. Checking records who and when; from then on
/// nothing changes except by an amendment; every export says the status on its first lines.
final class MinutesLifecycleTests: XCTestCase {
    /// A held meeting with three members present and a guest, ended (minutes draft).
    func held() throws -> (MeetingFixture, Int64, Int64) {
        let f = try MeetingFixture()
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-11-23")
        let item = try f.meetings.addItem(meetingID: m, title: "Toimintasuunnitelma 2027")
        try f.meetings.startMeeting(m)
        for n in ["Aino Aalto", "Liisa Laine", "Matti Mäki"] { try f.meetings.toggleAttendance(meetingID: m, personID: f.person(n)) }
        try f.meetings.addAttendee(meetingID: m, personID: try f.meetings.createPerson(name: "Olli Asiantuntija"), role: .other, arrivedNow: true)
        return (f, m, item)
    }

    func testVotesCountOnlyVotingMembersPresentNeverGuests() throws {
        let (f, m, item) = try held()
        XCTAssertEqual(try f.meetings.votingPresent(meetingID: m, itemID: item), 3, "three members; the guest does not vote")
        XCTAssertThrowsError(try f.meetings.setVote(itemID: item, for: 3, against: 1, abstain: 0)) {
            XCTAssertEqual($0 as? MeetingError, .voteOverPresent(votes: 4, present: 3))
        }
        XCTAssertNil(try f.meetings.item(item)?.voteFor)
        // Eero Esko is absent: his deputy acts for him and votes.
        try f.meetings.toggleAttendance(meetingID: m, personID: f.person("Ville Vara"))
        try f.meetings.setVote(itemID: item, for: 3, against: 1, abstain: 0)
        XCTAssertEqual(try f.meetings.item(item)?.voteFor, 3)
        // A disqualified member does not vote on the item.
        try f.meetings.disqualify(itemID: item, personID: f.person("Matti Mäki"), reason: "Hallituksen jäsen")
        XCTAssertThrowsError(try f.meetings.setVote(itemID: item, for: 3, against: 1, abstain: 0))
    }

    func testCheckingRecordsWhoAndWhenAndLocksTheMinutesExceptForAmendments() throws {
        let (f, m, item) = try held()
        try f.meetings.endMeeting(m)
        // Officers stay editable until checking.
        var meeting = try XCTUnwrap(f.meetings.meeting(m))
        meeting.checker1PersonID = f.person("Liisa Laine")
        meeting.checker2PersonID = f.person("Matti Mäki")
        try f.meetings.updateMeeting(meeting)
        XCTAssertThrowsError(try f.meetings.checkMinutes(meetingID: m, checkedOn: "2026-11-30", checkers: " ")) {
            XCTAssertEqual($0 as? MeetingError, .checkersMissing)
        }
        try f.meetings.checkMinutes(meetingID: m, checkedOn: "2026-11-30", checkers: "Liisa Laine ja Matti Mäki")
        let row = try XCTUnwrap(f.store.database.queryOne("SELECT status, checked_on, checked_by, checked_at FROM meetings WHERE id = ?", m))
        XCTAssertEqual(row.string("status"), "checked")
        XCTAssertEqual(row.string("checked_on"), "2026-11-30")
        XCTAssertEqual(row.string("checked_by"), "Liisa Laine ja Matti Mäki")
        XCTAssertNotNil(row.string("checked_at"))

        // Nothing changes in place now: not the text, attendance, officers, nor the status backwards.
        XCTAssertThrowsError(try f.meetings.setText(itemID: item, field: .decision, text: "muutos")) {
            XCTAssertEqual($0 as? MeetingError, .checkedLocked)
            XCTAssertEqual(($0 as? MeetingError)?.message(.fi), "Pöytäkirja on tarkastettu: muutos tehdään oikaisuna, jolla on perustelu.")
        }
        XCTAssertThrowsError(try f.meetings.toggleAttendance(meetingID: m, personID: f.person("Aino Aalto")))
        meeting = try XCTUnwrap(f.meetings.meeting(m))
        meeting.secretaryPersonID = f.person("Aino Aalto")
        XCTAssertThrowsError(try f.meetings.updateMeeting(meeting))
        XCTAssertThrowsError(try f.meetings.setStatus(meetingID: m, to: .minutesDraft))
        XCTAssertThrowsError(try f.store.database.run("UPDATE agenda_items SET decision = 'x' WHERE id = ?", item), "the file refuses too")
        XCTAssertEqual(try f.meetings.item(item)?.decision, "")

        // An amendment with a reason is the way, audited and shown in the minutes.
        try f.meetings.amend(meetingID: m, itemID: item, reason: "Kirjausvirhe", text: "Päätös: hyväksyttiin.", osUser: "sihteeri")
        let md = try f.meetings.exportMinutes(meetingID: m, format: .md)
        XCTAssertEqual(md.components(separatedBy: "\n")[2], "## Tarkastettu 30.11.2026: Liisa Laine ja Matti Mäki", md)
        XCTAssertTrue(md.contains("Kirjausvirhe"), md)
        let trail = try AuditLog.entries(in: f.store.database).map { AuditFormat.what($0, .fi) }
        XCTAssertTrue(trail.contains { $0.hasPrefix("Pöytäkirjaa oikaistu") }, "\(trail)")
    }

    func testEveryExportStatesTheStatusOnItsFirstLines() throws {
        let (f, m, _) = try held()
        XCTAssertEqual(try f.meetings.exportAgenda(meetingID: m, format: .md).components(separatedBy: "\n")[2], "## LUONNOS")
        XCTAssertEqual(try f.meetings.exportMinutes(meetingID: m, format: .txt, language: .en).components(separatedBy: "\n").prefix(6).filter { $0 == "DRAFT" }.count, 1)
        try f.meetings.endMeeting(m)
        try f.meetings.checkMinutes(meetingID: m, checkedOn: "2026-11-30", checkers: "Liisa Laine ja Matti Mäki")
        try f.meetings.setStatus(meetingID: m, to: .approved)
        try f.meetings.publish(meetingID: m, on: "2026-12-02")
        let line = try f.meetings.exportMinutes(meetingID: m, format: .md).components(separatedBy: "\n")[2]
        XCTAssertEqual(line, "## Tarkastettu 30.11.2026: Liisa Laine ja Matti Mäki · Hyväksytty 23.11.2026 · Yleisesti nähtävillä 2.12.2026")
    }
}
