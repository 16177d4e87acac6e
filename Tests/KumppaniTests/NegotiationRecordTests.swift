import XCTest
@testable import Kumppani

/// The annual negotiation as a record: parties, goals belonging to the meeting with their
/// strategy links, and the carry-over to next year's negotiation with status.
final class NegotiationRecordTests: XCTestCase {
    func testPartiesAndTheCarryOverKeepStatusFollowUpAndStrategyLinks() throws {
        let f = try GrantsFixture()
        let meetings = MeetingStore(store: f.store)
        let body = try meetings.createBody(name: "Järjestöjen neuvottelukunta", kind: .ngoAdvisoryBoard)
        let y2026 = try meetings.createMeeting(bodyID: body, kind: .annualNegotiation, heldOn: "2026-03-10")
        let y2027 = try meetings.createMeeting(bodyID: body, kind: .annualNegotiation, heldOn: "2027-03-09")
        try meetings.addParty(meetingID: y2026, NegotiationParty(kind: .association, name: "Lahden Omaishoitajat ry", representatives: "pj. Aino Virtanen"))
        try meetings.addParty(meetingID: y2026, NegotiationParty(kind: .county, name: "Päijät-Hämeen hyvinvointialue", representatives: "järjestökoordinaattori"))
        try meetings.addParty(meetingID: y2026, NegotiationParty(kind: .municipality, name: "Lahden kaupunki", municipalityCode: "398"))
        XCTAssertEqual(try meetings.parties(meetingID: y2026).map(\.name), ["Päijät-Hämeen hyvinvointialue", "Lahden kaupunki", "Lahden Omaishoitajat ry"])

        let h3 = try StrategyStore(store: f.store).save(StrategyGoal(code: "H3", title: "Ikääntyneet asuvat kotona pidempään"))
        try meetings.addNegotiationGoal(meetingID: y2026, goal: "Omaishoitajien vertaisryhmät joka kuntaan", followUp: "4/6 kuntaa",
                                        status: .inProgress, strategyGoalIDs: [h3])
        try meetings.addNegotiationGoal(meetingID: y2026, goal: "Järjestöinfo kahdesti vuodessa", status: .done)
        try meetings.addNegotiationGoal(meetingID: y2026, goal: "Yhteinen tapahtumakalenteri", status: .open)

        XCTAssertEqual(try meetings.carryOverNegotiation(from: y2026, to: y2027), 2)
        XCTAssertEqual(try meetings.carryOverNegotiation(from: y2026, to: y2027), 0, "nothing twice")
        let carried = try meetings.negotiationItems(meetingID: y2027)
        XCTAssertEqual(carried.map(\.goal.goal), ["Omaishoitajien vertaisryhmät joka kuntaan", "Yhteinen tapahtumakalenteri"])
        XCTAssertEqual(carried.map(\.goal.status), [.inProgress, .open])
        XCTAssertEqual(carried.map(\.goal.year), [2027, 2027])
        XCTAssertEqual(carried[0].followUp, "4/6 kuntaa")
        XCTAssertEqual(carried[0].strategyGoalIDs, [h3])
        XCTAssertNotNil(carried[0].goal.carriedFromID)
        // They are also the body's goals of 2027, as the meetings pane's goal table lists them.
        XCTAssertEqual(try meetings.goals(bodyID: body, year: 2027).count, 2)
        XCTAssertEqual(try StrategyStore(store: f.store).linked(goalID: h3, .negotiationGoal).count, 2)
    }
}
