import XCTest
@testable import Kumppani

final class MeetingsNumberingTests: XCTestCase {
    func testMeetingsAreNumberedPerBodyAndYear() throws {
        let f = try MeetingFixture()
        let a = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-02-10")
        let b = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-05-12")
        let c = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2027-01-20")
        let other = try f.meetings.createBody(name: "Järjestöneuvottelukunta", kind: .ngoAdvisoryBoard)
        let d = try f.meetings.createMeeting(bodyID: other, heldOn: "2026-03-01")
        XCTAssertEqual(try f.meetings.meeting(a)?.numberText, "1/2026")
        XCTAssertEqual(try f.meetings.meeting(b)?.numberText, "2/2026")
        XCTAssertEqual(try f.meetings.meeting(c)?.numberText, "1/2027")
        XCTAssertEqual(try f.meetings.meeting(d)?.numberText, "1/2026")
    }

    func testNewMeetingStartsWithTheStandardItems() throws {
        let f = try MeetingFixture()
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-02-10")
        let titles = try f.meetings.items(meetingID: m).map(\.title)
        XCTAssertEqual(Array(titles.prefix(4)), ["Kokouksen avaus", "Laillisuus ja päätösvaltaisuus",
                                                 "Pöytäkirjantarkastajien valinta", "Esityslistan hyväksyminen"])
        XCTAssertEqual(Array(titles.suffix(3)), ["Muut asiat", "Seuraava kokous", "Kokouksen päättäminen"])
        XCTAssertTrue(titles.contains("Edellisen kokouksen toimenpiteiden seuranta"))
        XCTAssertEqual(try f.meetings.items(meetingID: m).map(\.section), Array(1...titles.count).map { Optional($0) })
    }

    func testSectionsContinueFromThePreviousMeetingOfTheYear() throws {
        let f = try MeetingFixture()
        let first = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-02-10")
        let firstCount = try f.meetings.items(meetingID: first).count
        let second = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-05-12")
        XCTAssertEqual(try f.meetings.items(meetingID: second).first?.section, firstCount + 1)
        // An item added to the first meeting pushes the second meeting's numbers on by one.
        try f.meetings.addItem(meetingID: first, title: "Avustusten jako 2027")
        XCTAssertEqual(try f.meetings.items(meetingID: second).first?.section, firstCount + 2)
        // A new year starts again from § 1.
        let next = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2027-01-15")
        XCTAssertEqual(try f.meetings.items(meetingID: next).first?.section, 1)
    }

    func testNewItemGoesBeforeTheClosingItemsAndReorderingRenumbers() throws {
        let f = try MeetingFixture()
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-02-10")
        let id = try f.meetings.addItem(meetingID: m, title: "Järjestöavustukset")
        var items = try f.meetings.items(meetingID: m)
        let index = try XCTUnwrap(items.firstIndex { $0.id == id })
        XCTAssertEqual(items[index + 1].title, "Muut asiat")
        XCTAssertEqual(items[index].section, index + 1)
        try f.meetings.moveItem(id, by: -2)
        items = try f.meetings.items(meetingID: m)
        XCTAssertEqual(items[index - 2].id, id)
        XCTAssertEqual(items[index - 2].section, index - 1)
        XCTAssertEqual(items.map(\.section), Array(1...items.count).map { Optional($0) })
    }

    func testNumbersAreFixedOnceTheMeetingStarts() throws {
        let f = try MeetingFixture()
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-02-10")
        let later = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-05-12")
        let extra = try f.meetings.addItem(meetingID: m, title: "Talousarvio")
        try f.meetings.startMeeting(m)
        let before = try f.meetings.items(meetingID: m).map(\.section)
        XCTAssertThrowsError(try f.meetings.moveItem(extra, by: -1)) { XCTAssertEqual($0 as? MeetingError, .alreadyStarted) }
        XCTAssertThrowsError(try f.meetings.deleteItem(extra)) { XCTAssertEqual($0 as? MeetingError, .alreadyStarted) }
        // An urgent item added during the meeting takes the next free number; nothing else moves.
        let urgent = try f.meetings.addItem(meetingID: m, title: "Kiireellinen asia")
        let after = try f.meetings.items(meetingID: m)
        XCTAssertEqual(after.filter { $0.id != urgent }.map(\.section), before)
        let maxBefore = before.compactMap { $0 }.max() ?? 0
        XCTAssertEqual(after.first { $0.id == urgent }?.section, maxBefore + 1)
        XCTAssertEqual(try f.meetings.items(meetingID: later).first?.section, maxBefore + 2)
    }

    func testAssignIsPureAndKeepsStartedNumbers() {
        let plan = [Numbering.MeetingItems(started: true, items: [(1, 1), (2, 2), (3, nil)]),
                    Numbering.MeetingItems(started: false, items: [(4, 9), (5, nil)])]
        XCTAssertEqual(Numbering.assign(plan), [1: 1, 2: 2, 3: 3, 4: 4, 5: 5])
        XCTAssertEqual(Numbering.nextMeetingNumber(existing: [1, 2, 5]), 6)
        XCTAssertEqual(Numbering.nextMeetingNumber(existing: []), 1)
    }

    func testDeletingAnUnheldMeetingClosesTheNumbers() throws {
        let f = try MeetingFixture()
        let a = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-02-10")
        let b = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-05-12")
        try f.meetings.deleteMeeting(a)
        XCTAssertEqual(try f.meetings.items(meetingID: b).first?.section, 1)
        try f.meetings.startMeeting(b)
        XCTAssertThrowsError(try f.meetings.deleteMeeting(b))
    }

    func testBadDateIsRefusedWithAMessage() throws {
        let f = try MeetingFixture()
        XCTAssertThrowsError(try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-02-30")) { error in
            XCTAssertEqual(error as? MeetingError, .invalidDate("2026-02-30"))
            XCTAssertTrue((error as? MeetingError)?.message(.fi).contains("23.11.2026") ?? false)
        }
        XCTAssertThrowsError(try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-02-10", startsAt: "25:00"))
    }
}
