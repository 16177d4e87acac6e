import XCTest
import Kumppani
@testable import KumppaniTUI

/// The Meetings pane's smaller edits (start on another day, a goal, an action's done mark, a
/// body's kind) save against what the screen showed: another window's change meanwhile opens the
/// conflict dialog instead of being overwritten, and keep mine writes only the user's field.
final class MeetingsRecordConflictTests: XCTestCase {
    let conflictTitle = "Tietoa muutettiin toisessa ikkunassa"

    func testStartingOnAnotherDayDoesNotOverwriteAPlaceSavedMeanwhile() throws {
        let (app, _) = try makeApp(panes: [MeetingsPane()])    // today is 23.11.2026
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: "Kumppanuuspöytä", kind: .partnershipTable)
        let m = try s.createMeeting(bodyID: body, heldOn: "2026-12-10", startsAt: "14:00", place: "Kaupungintalo")
        app.press(.char("3"))
        var theirs = try XCTUnwrap(s.meeting(m))
        theirs.place = "Sote-talo"
        try s.updateMeeting(theirs)                              // another window moves it to another room
        app.press(.char("s"), .char("k"))                        // start today: yes
        let screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains(conflictTitle), screen)
        XCTAssertEqual(try s.meeting(m)?.place, "Sote-talo", "nothing written before the answer")
        XCTAssertEqual(try s.meeting(m)?.heldOn, "2026-12-10")
        XCTAssertEqual(try s.meeting(m)?.status, .planned)
        app.press(.char("1"))                                    // keep mine: only the date
        XCTAssertEqual(try s.meeting(m)?.heldOn, "2026-11-23")
        XCTAssertEqual(try s.meeting(m)?.place, "Sote-talo", "their place stays")
    }

    func testAGoalEditedMeanwhileIsAskedAboutAndKeepMineKeepsTheirField() throws {
        let (app, _) = try makeApp(panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: "Kumppanuuspöytä", kind: .partnershipTable)
        let goal = try s.addGoal(bodyID: body, year: 2026, goal: "Yksinäisyyden vähentäminen", responsible: "Järjestöt")
        app.press(.char("3"), .char("g"))
        var theirs = try XCTUnwrap(s.goals(bodyID: body, year: 2026).first)
        theirs.responsible = "Hyvinvointialue ja järjestöt"
        try s.updateGoal(theirs)                                 // another window
        app.press(.char("e"), .ctrl("u")); app.type("Yksinäisyyden ehkäisy")
        app.press(.enter, .enter, .enter, .enter)
        let screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains(conflictTitle), screen)
        XCTAssertTrue(screen.contains("Hyvinvointialue ja järjestöt"), screen)
        XCTAssertEqual(try s.goal(goal)?.goal, "Yksinäisyyden vähentäminen", "nothing written before the answer")
        app.press(.char("1"))
        XCTAssertEqual(try s.goal(goal)?.goal, "Yksinäisyyden ehkäisy")
        XCTAssertEqual(try s.goal(goal)?.responsible, "Hyvinvointialue ja järjestöt", "their field stays")
    }

    func testAGoalStatusOnAGoalDeletedMeanwhileSaysSoAndWritesNothing() throws {
        let (app, _) = try makeApp(panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: "Kumppanuuspöytä", kind: .partnershipTable)
        let goal = try s.addGoal(bodyID: body, year: 2026, goal: "Yksinäisyyden vähentäminen")
        app.press(.char("3"), .char("g"))
        try s.deleteGoal(id: goal)                               // another window
        app.press(.char("s"))
        let screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("poistettu") || screen.contains("poisti"), screen)
        XCTAssertNil(try s.goal(goal))
        XCTAssertFalse(screen.contains("Yksinäisyyden vähentäminen"), "the list shows the file: " + screen)
    }

    func testMarkingAnActionDoneAfterAnotherWindowChangedItAsksAndTakeTheirsWritesNothing() throws {
        let (app, _) = try makeApp(panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: "Kumppanuuspöytä", kind: .partnershipTable)
        let action = try s.addAction(bodyID: body, text: "Varaa sali tammikuulle", ownerText: "Liisa Laine")
        app.press(.char("3"), .char("t"))
        var theirs = try XCTUnwrap(s.action(action))
        theirs.dueOn = "2026-12-15"
        try s.updateAction(theirs, ownerText: "Liisa Laine")     // another window sets a due date
        app.press(.char("d"))
        let screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains(conflictTitle), screen)
        XCTAssertTrue(screen.contains("15.12.2026"), screen)
        XCTAssertNil(try s.action(action)?.doneOn, "nothing written before the answer")
        app.press(.char("2"))                                    // take theirs
        XCTAssertNil(try s.action(action)?.doneOn)
        XCTAssertEqual(try s.action(action)?.dueOn, "2026-12-15")
        app.press(.char("d"))                                    // again, now on what the file holds
        XCTAssertEqual(try s.action(action)?.doneOn, "2026-11-23")
    }

    func testANewBodysKindDoesNotOverwriteANameChangedMeanwhile() throws {
        let (app, _) = try makeApp(panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        app.press(.char("3"), .char("b")); app.type("Järjestöneuvosto"); app.press(.enter)
        var theirs = try XCTUnwrap(s.bodies().first { $0.name == "Järjestöneuvosto" })
        theirs.name = "Järjestöneuvosto 2027"
        try s.updateBody(theirs)                                 // another window renames it
        let kind = try XCTUnwrap(BodyKind.allCases.firstIndex(of: .ngoAdvisoryBoard))
        for _ in 0..<kind { app.press(.down) }
        app.press(.enter)
        let screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains(conflictTitle), screen)
        XCTAssertEqual(try s.body(theirs.id)?.kind, .partnershipTable, "nothing written before the answer")
        app.press(.char("1"))
        XCTAssertEqual(try s.body(theirs.id)?.kind, .ngoAdvisoryBoard)
        XCTAssertEqual(try s.body(theirs.id)?.name, "Järjestöneuvosto 2027", "their name stays")
    }
}

extension SectionDecisionPaneTests {
    /// Another window corrected the time first: the correction is asked about, not written over it.
    func testAnAttendanceTimeCorrectedMeanwhileIsAskedAbout() throws {
        let w = try makeWorld()
        try linkInAgenda(w)
        try startAndGoToItem(w, present: 2)
        let recorded = try w.meetings.attendance(meetingID: w.meetingID).filter(\.isRecorded)
        let person = try XCTUnwrap(recorded.first).personID
        w.app.press(.char("k"), .enter)
        _ = try w.meetings.correctAttendanceTimes(meetingID: w.meetingID, personID: person, arrived: "13:55", left: nil)   // another window
        w.app.press(.ctrl("u")); w.app.type("14.20–"); w.app.press(.enter)
        let screen = w.app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Tietoa muutettiin toisessa ikkunassa"), screen)
        let stored = try XCTUnwrap(w.meetings.attendance(meetingID: w.meetingID).first { $0.personID == person })
        XCTAssertEqual(MeetingFormat.localTime(ofInstant: stored.arrivedAt), "13.55", "nothing written before the answer")
        w.app.press(.char("1"))                                  // keep mine
        let kept = try XCTUnwrap(w.meetings.attendance(meetingID: w.meetingID).first { $0.personID == person })
        XCTAssertEqual(MeetingFormat.localTime(ofInstant: kept.arrivedAt), "14.20")
    }
}
