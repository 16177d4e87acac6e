import XCTest
@testable import Kumppani

/// Issue 14, point 4: meeting numbers n/yyyy and § follow the meeting dates within a body and
/// year; planned meetings move when one is added before them; a started meeting keeps its numbers.
final class NumberingByDateTests: XCTestCase {
    func numbers(_ f: MeetingFixture) throws -> [String] {
        try f.meetings.meetings(bodyID: f.bodyID).reversed().map { m in
            let sections = try f.meetings.items(meetingID: m.id).compactMap(\.section)
            return "\(m.heldOn) \(m.numberText) §\(sections.min() ?? 0)–\(sections.max() ?? 0)"
        }
    }

    func testAMeetingAddedBeforeOthersTakesTheFirstNumberAndSections() throws {
        let f = try MeetingFixture()
        let late = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2027-01-19")
        let items = try f.meetings.items(meetingID: late).count
        _ = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2027-03-02")
        _ = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2027-01-10")
        XCTAssertEqual(try numbers(f), [
            "2027-01-10 1/2027 §1–\(items)", "2027-01-19 2/2027 §\(items + 1)–\(2 * items)", "2027-03-02 3/2027 §\(2 * items + 1)–\(3 * items)",
        ])
    }

    func testAStartedMeetingKeepsItsNumbersAndLaterPlannedOnesFollow() throws {
        let f = try MeetingFixture()
        let first = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2027-01-10")
        let items = try f.meetings.items(meetingID: first).count
        _ = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2027-02-10")
        try f.meetings.startMeeting(first)
        _ = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2027-01-20")
        XCTAssertEqual(try numbers(f), [
            "2027-01-10 1/2027 §1–\(items)", "2027-01-20 2/2027 §\(items + 1)–\(2 * items)", "2027-02-10 3/2027 §\(2 * items + 1)–\(3 * items)",
        ])
        // Moving a planned meeting's date moves its numbers; the started one stays.
        let feb = try XCTUnwrap(f.meetings.meetings(bodyID: f.bodyID).first { $0.heldOn == "2027-02-10" })
        var moved = feb
        moved.heldOn = "2027-01-15"
        try f.meetings.updateMeeting(moved)
        XCTAssertEqual(try numbers(f).map { String($0.prefix(17)) }, ["2027-01-10 1/2027", "2027-01-15 2/2027", "2027-01-20 3/2027"])
    }

    func testNumberingSkipsNumbersHeldByStartedMeetings() {
        let plan = Numbering.meetingNumbers([(id: 1, number: 2, started: false), (id: 2, number: 1, started: true), (id: 3, number: 3, started: false)])
        XCTAssertEqual(plan, [1: 2, 2: 1, 3: 3])
        let skip = Numbering.meetingNumbers([(id: 1, number: 5, started: false), (id: 2, number: 1, started: true)])
        XCTAssertEqual(skip, [1: 2, 2: 1])
    }
}
