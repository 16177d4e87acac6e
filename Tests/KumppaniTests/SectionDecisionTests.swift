import XCTest
@testable import Kumppani

/// Issue 14, point 1: a grant decision is made once, in a § of the deciding body's meeting, and
/// the grant view and the minutes read the same rows.
final class SectionDecisionTests: XCTestCase {
    struct World {
        let f: GrantsFixture
        let meetings: MeetingStore
        let body: Int64, round: Int64, meeting: Int64, item: Int64
        let a: Int64, b: Int64
        let members: [Int64]
    }

    /// A body of three members, a round with two proposed applications, a meeting on 1.12.2026
    /// whose § is the round with its case number.
    func makeWorld(start: Bool = true, present: Int = 3) throws -> World {
        let f = try GrantsFixture()
        let meetings = MeetingStore(store: f.store)
        let body = try f.body()
        let members = try ["Aino Aalto", "Matti Mäki", "Liisa Laine"].map { try f.person($0) }
        for m in members { try f.member(m, of: body) }
        let round = try f.round(body: body)
        let a = try f.application(round: round, association: try f.association("Asikkalan VPK"), requested: 1_000_00)
        let b = try f.application(round: round, association: try f.association("Sysmän Eläkkeensaajat"), requested: 2_000_00)
        try f.propose(a, 1_000_00, reasoning: "Vakiintunut nuorisotoiminta")
        try f.propose(b, 1_500_00, reasoning: "Uusi vertaisryhmä, osa kuluista muuta rahoitusta")
        let meeting = try meetings.createMeeting(bodyID: body, heldOn: "2026-12-01")
        let item = try meetings.addItem(meetingID: meeting, title: "Yleisavustukset 2026")
        try f.grants.setSectionMatter(itemID: item, roundID: round, caseNumber: "5146/01.04.00/2026")
        if start {
            try meetings.startMeeting(meeting)
            for m in members.prefix(present) { try meetings.toggleAttendance(meetingID: meeting, personID: m) }
        }
        return World(f: f, meetings: meetings, body: body, round: round, meeting: meeting, item: item, a: a, b: b, members: members)
    }

    func testDecidingTheSectionWritesEveryApplicationsDecisionWithMeetingSectionAndCaseNumber() throws {
        let w = try makeWorld()
        let result = try w.f.grants.decideSection(itemID: w.item, changes: [w.b: SectionChange(outcome: .partlyGranted, grantedCents: 1_200_00)])
        XCTAssertEqual(result.grantedCents, 2_200_00)
        let section = try XCTUnwrap(w.meetings.item(w.item)?.section)
        let rows = try w.f.db.query("SELECT * FROM grant_decisions ORDER BY granted_cents")
        XCTAssertEqual(rows.map { $0.int64("granted_cents") }, [1_000_00, 1_200_00])
        XCTAssertEqual(Set(rows.map { $0.int64("meeting_id") }), [w.meeting])
        XCTAssertEqual(Set(rows.map { $0.int("section_number") }), [section])
        XCTAssertEqual(Set(rows.map { $0.string("case_number") }), ["5146/01.04.00/2026"])
        XCTAssertEqual(Set(rows.map { $0.string("decided_on") }), ["2026-12-01"])
        XCTAssertEqual(Set(rows.map { $0.int64("body_id") }), [w.body])
        // The § and the grant view read the same rows.
        let lines = try w.f.grants.sectionDecisions(itemID: w.item)
        XCTAssertEqual(lines.map(\.applicant), ["Asikkalan VPK", "Sysmän Eläkkeensaajat"])
        XCTAssertEqual(lines.map(\.decision.id).sorted(), [try w.f.grants.decisionInForce(applicationID: w.a)!.id,
                                                           try w.f.grants.decisionInForce(applicationID: w.b)!.id].sorted())
        XCTAssertEqual(try w.meetings.item(w.item)?.decision, "Hyväksyttiin päätösluettelon mukaisesti muutoksin.")
        // Twice is refused: a change now is a correction.
        assertProblem(.sectionAlreadyDecided) { try w.f.grants.decideSection(itemID: w.item) }
    }

    func testANonQuorateSectionIsRefusedWithTheReasonAndNothingIsWritten() throws {
        let w = try makeWorld(present: 2)
        // Two of three are present (quorate), but one of them is disqualified from this §.
        try w.meetings.disqualify(itemID: w.item, personID: w.members[0], reason: "Asikkalan VPK:n hallituksen jäsen")
        assertProblem(.notQuorate(filled: 1, required: 2, seats: 3)) { try w.f.grants.decideSection(itemID: w.item) }
        XCTAssertEqual(try w.f.db.scalarInt("SELECT count(*) FROM grant_decisions"), 0)
        XCTAssertEqual(try w.f.grants.application(id: w.a).stage, .proposed)
        XCTAssertTrue(GrantProblem.notQuorate(filled: 1, required: 2, seats: 3).message(.fi).contains("paikalla 1/3, tarvitaan 2"))
    }

    func testAMeetingNotInSessionCannotDecide() throws {
        let w = try makeWorld(start: false)
        assertProblem(.meetingNotInSession("suunniteltu")) { try w.f.grants.decideSection(itemID: w.item) }
        XCTAssertEqual(try w.f.db.scalarInt("SELECT count(*) FROM grant_decisions"), 0)
    }

    func testACaseNumberIsRequiredAndMustReadAsOne() throws {
        let w = try makeWorld()
        assertProblem(.caseNumberInvalid("5146/2026")) { try w.f.grants.decideSection(itemID: w.item, caseNumber: "5146/2026") }
        XCTAssertEqual(CaseNumber.parse(" 5146/01.04.00/2026 "), "5146/01.04.00/2026")
        XCTAssertNil(CaseNumber.parse("5146/1.4.0/2026"))
    }

    func testChosenApplicationsNarrowTheMatter() throws {
        let w = try makeWorld()
        try w.f.grants.setSectionMatter(itemID: w.item, roundID: w.round, applicationIDs: [w.b], caseNumber: "5147/01.04.00/2026")
        let result = try w.f.grants.decideSection(itemID: w.item)
        XCTAssertEqual(result.decidedApplicationIDs, [w.b])
        XCTAssertEqual(try w.f.grants.application(id: w.a).stage, .proposed)
    }

    func testAGrantSideDecisionMustNameAnExistingSectionOfTheDecidingBody() throws {
        let f = try GrantsFixture()
        let body = try f.body(), other = try f.body("Hyte-lautakunta")
        let round = try f.round(body: body)
        let app = try f.application(round: round, association: try f.association("Kylän Yhdistys ry"), requested: 1_000_00)
        try f.propose(app, 800_00)
        assertProblem(.sectionNotFound(section: 40, date: CivilDate(iso: "2026-11-20")!)) {
            try f.grants.recordDecision(applicationID: app, f.decision(.partlyGranted, 800_00, body: body, section: 40))
        }
        assertProblem(.sectionNotFound(section: 12, date: CivilDate(iso: "2026-11-21")!)) {
            try f.grants.recordDecision(applicationID: app, f.decision(.partlyGranted, 800_00, body: body, on: "2026-11-21"))
        }
        assertProblem(.notTheDecidingBody("Aluehallitus")) {
            try f.grants.recordDecision(applicationID: app, f.decision(.partlyGranted, 800_00, body: other))
        }
        try f.grants.recordDecision(applicationID: app, f.decision(.partlyGranted, 800_00, body: body))
        XCTAssertEqual(try f.grants.decisionInForce(applicationID: app)?.meetingID,
                       try f.db.scalarInt("SELECT id FROM meetings WHERE body_id = ?", body))
    }

    func testANewDecisionIsNotAddedToMinutesAlreadyChecked() throws {
        let f = try GrantsFixture()
        let body = try f.body()
        let round = try f.round(body: body)
        let app = try f.application(round: round, association: try f.association("Kylän Yhdistys ry"), requested: 1_000_00)
        try f.propose(app, 800_00)
        let first = try f.application(round: round, association: try f.association("Toinen ry"), requested: 500_00)
        try f.propose(first, 500_00)
        try f.grants.recordDecision(applicationID: first, f.decision(.granted, 500_00, body: body))   // while the minutes are open
        try f.db.write { try f.db.run("UPDATE meetings SET status = 'checked' WHERE body_id = ?", body) }
        assertProblem(.minutesAlreadyChecked(meeting: try XCTUnwrap(f.db.scalarString("SELECT number || '/' || year FROM meetings WHERE body_id = ?", body)), section: 12)) {
            try f.grants.recordDecision(applicationID: app, f.decision(.partlyGranted, 800_00, body: body))
        }
        XCTAssertNil(try f.grants.decisionInForce(applicationID: app), "nothing written")
        XCTAssertEqual(try f.grants.decisionSections(bodyID: body, openMinutesOnly: true).count, 0, "and the form does not offer it")
        XCTAssertGreaterThan(try f.grants.decisionSections(bodyID: body).count, 0, "a correction still may name it")
        XCTAssertEqual(try f.grants.application(id: app).stage, .proposed)
    }

    /// The invariant over the whole file: every decision row names an existing § of a meeting
    /// of its body held on its date.
    func testEveryDecisionRowNamesAnExistingSectionOfItsBodysMeetingOnItsDate() throws {
        let w = try makeWorld()
        try w.f.grants.decideSection(itemID: w.item)
        let orphans = try w.f.db.scalarInt("""
            SELECT count(*) FROM grant_decisions d WHERE NOT EXISTS (
              SELECT 1 FROM meetings m JOIN agenda_items i ON i.meeting_id = m.id
              WHERE m.id = d.meeting_id AND m.body_id = d.body_id AND m.held_on = d.decided_on AND i.section_number = d.section_number)
            """)
        XCTAssertEqual(orphans, 0)
        XCTAssertEqual(try w.f.db.scalarInt("SELECT count(*) FROM grant_decisions"), 2)
    }

    func testTheGrantSidePicksAmongTheHeldMeetingsSectionsOfTheBody() throws {
        let w = try makeWorld()
        _ = try w.meetings.createMeeting(bodyID: w.body, heldOn: "2026-12-15")   // planned: nothing can be decided there yet
        let picks = try w.f.grants.decisionSections(bodyID: w.body)
        XCTAssertEqual(Set(picks.map(\.meeting)), ["1/2026", "2/2026"], "the fixture's held meeting and the one in session")
        XCTAssertEqual(picks.first?.heldOn.iso, "2026-12-01", "newest first")
        let section = try XCTUnwrap(w.meetings.item(w.item)?.section)
        XCTAssertTrue(picks.contains { $0.meetingID == w.meeting && $0.section == section && $0.title == "Yleisavustukset 2026" })
    }

    func testTheSectionCarryingTheRoundIsOfferedFirst() throws {
        // Else the decision form's first choice is the newest meeting's opening §.
        let w = try makeWorld()
        let section = try XCTUnwrap(w.meetings.item(w.item)?.section)
        let plain = try w.f.grants.decisionSections(bodyID: w.body)
        XCTAssertNotEqual(plain.first?.section, section, "the fixture's round § is not first by date alone")
        let picks = try w.f.grants.decisionSections(bodyID: w.body, roundID: w.round)
        XCTAssertEqual(picks.first.map { [$0.meetingID, Int64($0.section)] }, [w.meeting, Int64(section)])
        XCTAssertEqual(picks.count, plain.count, "the same choices, only in another order")
    }

    func testTheMatterCannotChangeOnceTheMinutesAreChecked() throws {
        let w = try makeWorld()
        try w.f.grants.decideSection(itemID: w.item)
        try w.meetings.endMeeting(w.meeting)
        try w.meetings.checkMinutes(meetingID: w.meeting, checkedOn: "2026-12-03", checkers: "Matti Mäki ja Liisa Laine")
        XCTAssertThrowsError(try w.f.grants.setSectionMatter(itemID: w.item, roundID: nil, caseNumber: "")) {
            XCTAssertEqual($0 as? MeetingError, .checkedLocked)
        }
        XCTAssertEqual(try w.meetings.item(w.item)?.roundID, w.round)
    }

    func testABodyKeepsItsQuorumRuleLanguageAndAppealInstructions() throws {
        let w = try makeWorld(present: 2)
        XCTAssertTrue(try w.meetings.body(w.body)!.appealText(.fi).contains("Oikaisuvaatimusviranomainen: Aluehallitus."))
        try w.meetings.setAppealInstructions(bodyID: w.body, "Oikaisuvaatimus osoitetaan aluehallitukselle 14 päivän kuluessa.")
        try w.meetings.setDocumentLanguage(bodyID: w.body, .en)
        try w.meetings.setQuorumRule(bodyID: w.body, .atLeast(3))
        let body = try XCTUnwrap(w.meetings.body(w.body))
        XCTAssertEqual(body.appealText(.fi), "Oikaisuvaatimus osoitetaan aluehallitukselle 14 päivän kuluessa.")
        XCTAssertEqual(body.documentLanguage, .en)
        // Two of three present: quorate by majority, not by "at least 3".
        assertProblem(.notQuorate(filled: 2, required: 3, seats: 3)) { try w.f.grants.decideSection(itemID: w.item) }
        try w.meetings.setAppealInstructions(bodyID: w.body, "  ")
        XCTAssertTrue(try w.meetings.body(w.body)!.appealText(.fi).hasPrefix("Tähän päätökseen tyytymätön"))
    }

    func testTheDecisionListIsAProposalUntilTheSectionDecidesThenShowsWhatWasDecided() throws {
        let w = try makeWorld()
        _ = try w.f.application(round: w.round, association: try w.f.association("Myöhässä ry"), requested: 500_00)   // never proposed
        var list = try DecisionList.build(store: w.f.store, roundID: w.round)
        XCTAssertFalse(list.isDecided)
        XCTAssertEqual(list.lines.count, 3)
        XCTAssertTrue(list.markdown(.fi).contains("**EHDOTUS**"))
        try w.f.grants.decideSection(itemID: w.item, changes: [w.b: SectionChange(outcome: .rejected, grantedCents: 0)])
        list = try DecisionList.build(store: w.f.store, roundID: w.round)
        XCTAssertTrue(list.isDecided)
        XCTAssertEqual(list.lines.map(\.applicant), ["Asikkalan VPK", "Sysmän Eläkkeensaajat"], "only what the § decided")
        XCTAssertEqual(list.totalGrantedCents, 1_000_00)
        let md = list.markdown(.fi)
        XCTAssertFalse(md.contains("EHDOTUS"))
        XCTAssertTrue(md.contains("| Sysmän Eläkkeensaajat |  | Vertaistukiryhmät | \(Money(cents: 2_000_00).formatted(.fi)) | Hylätty | \(Money(cents: 0).formatted(.fi)) |"), md)
    }
}
