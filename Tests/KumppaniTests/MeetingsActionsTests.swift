import XCTest
@testable import Kumppani

final class MeetingsActionsTests: XCTestCase {
    func testOpenOverdueAndByOwner() throws {
        let f = try MeetingFixture()   // today is 23.11.2026
        try f.meetings.addAction(bodyID: f.bodyID, text: "Kutsu järjestöt infoon", ownerPersonID: f.person("Liisa Laine"), dueOn: "2026-11-01")
        try f.meetings.addAction(bodyID: f.bodyID, text: "Päivitä palvelupolut", ownerText: "Koordinaattori", dueOn: "2026-12-15")
        let done = try f.meetings.addAction(bodyID: f.bodyID, text: "Lähetä muistio", ownerPersonID: f.person("Liisa Laine"))
        try f.meetings.markActionDone(id: done)
        XCTAssertEqual(try f.meetings.actions(ActionFilter(scope: .open)).map(\.text), ["Kutsu järjestöt infoon", "Päivitä palvelupolut"])
        XCTAssertEqual(try f.meetings.actions(ActionFilter(scope: .overdue)).map(\.text), ["Kutsu järjestöt infoon"])
        XCTAssertEqual(try f.meetings.actions(ActionFilter(scope: .done)).first?.doneOn, "2026-11-23")
        XCTAssertEqual(try f.meetings.actions(ActionFilter(scope: .all, owner: "liisa")).count, 2)
        XCTAssertEqual(try f.meetings.actionsByOwner().map(\.owner), ["Koordinaattori", "Liisa Laine"])
        XCTAssertThrowsError(try f.meetings.addAction(bodyID: f.bodyID, text: " "))
        XCTAssertThrowsError(try f.meetings.addAction(bodyID: f.bodyID, text: "x", dueOn: "2026-13-01"))
    }

    func testFollowUpItemCarriesOpenActionsAndStrikesDoneOnes() throws {
        let f = try MeetingFixture()
        let first = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-09-10")
        let item = try f.meetings.addItem(meetingID: first, title: "Järjestöinfo")
        try f.meetings.startMeeting(first)
        let open = try f.meetings.addAction(bodyID: f.bodyID, meetingID: first, itemID: item, text: "Kokoa järjestöjen toiveet", ownerText: "Aino Aalto")
        let doneID = try f.meetings.addAction(bodyID: f.bodyID, meetingID: first, itemID: item, text: "Varaa tila infolle")
        try f.meetings.endMeeting(first)
        let oldDone = try f.meetings.addAction(bodyID: f.bodyID, text: "Vanha tehty asia")
        try f.meetings.setActionDone(id: oldDone, on: "2026-01-05")
        try f.meetings.setActionDone(id: doneID, on: "2026-10-01")
        let second = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-11-23")
        let followUp = try f.meetings.followUpActions(meetingID: second)
        XCTAssertEqual(followUp.map(\.id), [open, doneID])
        let md = try f.meetings.exportAgenda(meetingID: second, format: .md)
        XCTAssertTrue(md.contains("- Kokoa järjestöjen toiveet – Aino Aalto"), md)
        XCTAssertTrue(md.contains("- ~~Varaa tila infolle (tehty 1.10.2026)~~"), md)
        XCTAssertFalse(md.contains("Vanha tehty asia"))
        // The first meeting's own actions are not its follow-up.
        XCTAssertTrue(try f.meetings.followUpActions(meetingID: first).allSatisfy { $0.meetingID != first })
    }

    func testGoalsCarryOverToNextYearsNegotiation() throws {
        let f = try MeetingFixture()
        let kept = try f.meetings.addGoal(bodyID: f.bodyID, year: 2026, goal: "Yksinäisyyden vähentäminen", measures: "Vertaisryhmät kaikkiin kuntiin",
                                          responsible: "Järjestöt ja hyvinvointialue", indicator: "Ryhmien määrä", status: .inProgress)
        try f.meetings.addGoal(bodyID: f.bodyID, year: 2026, goal: "Järjestöinfo kuntiin", status: .done)
        try f.meetings.addGoal(bodyID: f.bodyID, year: 2026, goal: "Uusi hakujärjestelmä", status: .dropped)
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, kind: .annualNegotiation, heldOn: "2027-03-15")
        let goals = try f.meetings.goals(bodyID: f.bodyID, year: 2027)
        XCTAssertEqual(goals.map(\.goal), ["Yksinäisyyden vähentäminen"])
        XCTAssertEqual(goals.first?.carriedFromID, kept)
        XCTAssertEqual(goals.first?.status, .inProgress)
        XCTAssertEqual(try f.meetings.carryOverGoals(bodyID: f.bodyID, toYear: 2027), 0, "running twice copies nothing twice")
        let titles = try f.meetings.items(meetingID: m).map(\.title)
        for t in ["Yhteiset tavoitteet", "Toimenpiteet", "Yhteistyö ja työnjako", "Seuranta ja arviointi"] { XCTAssertTrue(titles.contains(t), t) }
        let txt = try f.meetings.exportMinutes(meetingID: m, format: .txt)
        XCTAssertTrue(txt.contains("Tavoitteet ja toimenpiteet"))
        XCTAssertTrue(txt.contains("Vastuutaho: Järjestöt ja hyvinvointialue"), txt)
    }
}

final class MeetingReferenceTests: XCTestCase {
    func testFindsByIdNumberAndBody() throws {
        let f = try MeetingFixture()
        let a = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-03-01")
        let other = try f.meetings.createBody(name: "Järjestöneuvottelukunta", kind: .ngoAdvisoryBoard)
        let b = try f.meetings.createMeeting(bodyID: other, heldOn: "2026-04-01")
        XCTAssertEqual(try f.meetings.findMeeting(String(a)).id, a)
        XCTAssertThrowsError(try f.meetings.findMeeting("1/2026")) { error in
            XCTAssertEqual(error as? MeetingReferenceError, .ambiguous("1/2026", bodies: ["Järjestöneuvottelukunta", "Päijät-Hämeen kumppanuuspöytä"]))
        }
        XCTAssertEqual(try f.meetings.findMeeting("1/2026 neuvottelukunta").id, b)
        XCTAssertThrowsError(try f.meetings.findMeeting("7/2026")) { XCTAssertEqual($0 as? MeetingReferenceError, .notFound("7/2026")) }
        XCTAssertThrowsError(try f.meetings.findMeeting("kokous"))
    }
}
