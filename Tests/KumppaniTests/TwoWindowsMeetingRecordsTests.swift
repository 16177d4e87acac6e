import Foundation
import XCTest
@testable import Kumppani

/// Two windows on one file for a negotiation goal, an action's done mark and an attendance time
/// correction: B saves, A's save with `expecting:` is refused with the differing fields and
/// writes nothing.
extension TwoWindowsMoreFormsTests {
    func testGoalActionAndAttendanceSavesAfterAnotherWindowsSaveAreRefused() throws {
        let (a, b) = try twoStores()
        let ids = try meetingFixture(a)
        let mA = MeetingStore(store: a), mB = MeetingStore(store: b)

        let goal = try mA.addGoal(bodyID: ids.body, year: 2026, goal: "Yksinäisyyden vähentäminen")
        let goalBase = try XCTUnwrap(mA.goal(goal))
        var goalTheirs = goalBase
        goalTheirs.indicator = "Kyselyn tulos"
        try mB.updateGoal(goalTheirs, expecting: goalBase)
        var goalMine = goalBase
        goalMine.status = .inProgress
        XCTAssertThrowsError(try mA.updateGoal(goalMine, expecting: goalBase)) { error in
            XCTAssertEqual((error as? GoalConflict)?.fields(.fi).map(\.labelKey), ["meetings.goal.indicator", "meetings.goal.status"])
        }
        XCTAssertEqual(try mA.goal(goal)?.status, .open, "nothing of A's edit was written")

        let action = try mA.addAction(bodyID: ids.body, text: "Varaa sali")
        let actionBase = try XCTUnwrap(mA.action(action))
        var actionTheirs = actionBase
        actionTheirs.text = "Varaa sali tammikuulle"
        try mB.updateAction(actionTheirs, expecting: actionBase)
        XCTAssertThrowsError(try mA.setActionDone(id: action, on: "2026-11-23", expecting: actionBase)) { error in
            XCTAssertEqual((error as? ActionConflict)?.fields(.fi).map(\.labelKey), ["meetings.pane.col_action", "sync.field.action_done"])
        }
        XCTAssertNil(try mA.action(action)?.doneOn, "nothing of A's edit was written")

        let person = try XCTUnwrap(mA.member(ids.member)).personID
        try mA.startMeeting(ids.meeting)
        _ = try mA.toggleAttendance(meetingID: ids.meeting, personID: person)
        let shown = try XCTUnwrap(mA.attendance(meetingID: ids.meeting).first { $0.personID == person })
        _ = try mB.correctAttendanceTimes(meetingID: ids.meeting, personID: person, arrived: "14:05", left: nil, expecting: shown)
        XCTAssertThrowsError(try mA.correctAttendanceTimes(meetingID: ids.meeting, personID: person, arrived: "14:10", left: nil,
                                                           expecting: shown)) { error in
            let conflict = error as? AttendanceConflict
            XCTAssertEqual(conflict?.fields(.fi).first?.stored, "14.05")
            XCTAssertEqual(conflict?.fields(.fi).first?.mine, "14.10")
        }
        let stored = try XCTUnwrap(mA.attendance(meetingID: ids.meeting).first { $0.personID == person })
        XCTAssertEqual(MeetingFormat.localTime(ofInstant: stored.arrivedAt), "14.05", "nothing of A's edit was written")
    }
}
