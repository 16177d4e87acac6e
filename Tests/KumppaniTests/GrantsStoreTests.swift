import XCTest
@testable import Kumppani

/// The pipeline through the store: what the file holds after each step.
final class GrantsStoreTests: XCTestCase {
    func testAnApplicationGoesFromReceivedToClosedAndEveryMoveIsInTheHistoryWithTheUser() throws {
        let f = try GrantsFixture()
        let body = try f.body()
        let round = try f.round(body: body)
        let assoc = try f.association("Lahden Omaishoitajat ry", businessID: "1234567-1")
        let app = try f.application(round: round, association: assoc, requested: 4_000_00)

        try f.propose(app, 3_000_00)
        try f.grants.recordDecision(applicationID: app, f.decision(.partlyGranted, 3_000_00, body: body))
        try f.grants.addPayment(applicationID: app, paidOn: f.today, amountCents: 3_000_00, reference: GrantsFixture.reference, iban: GrantsFixture.iban)
        try f.grants.saveReport(GrantReport(applicationID: app, receivedOn: f.today, outcome: .approved,
                                            figures: [ReportFigure(targetGroupCode: "family_carers", peopleReached: 40, volunteerHours: 120)]))
        XCTAssertEqual(try f.grants.moveForward(applicationID: app), .closed)

        let history = try f.grants.history(applicationID: app)
        XCTAssertEqual(history.map(\.to), [.received, .inReview, .proposed, .decided, .paid, .reported, .closed])
        XCTAssertEqual(history.map(\.from), [nil, .received, .inReview, .proposed, .decided, .paid, .reported])
        XCTAssertTrue(history.allSatisfy { $0.osUser == "koordinaattori" && $0.at == "2026-11-23T10:00:00.000Z" })
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM stage_history WHERE application_id = ? AND os_user = 'koordinaattori'", app), 7)
        XCTAssertEqual(try f.db.scalarString("SELECT stage FROM grant_applications WHERE id = ?", app), "closed")
    }

    func testTheHistoryRecordsTheOperatingSystemUserByDefault() throws {
        let f = try GrantsFixture()
        let grants = GrantStore(store: f.store)
        let round = try f.round()
        let app = try grants.createApplication(GrantApplication(roundID: round, associationID: try f.association("Kylä ry"), requestedCents: 100_00))
        let expected = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? OSUser.current()
        XCTAssertFalse(expected.isEmpty)
        XCTAssertEqual(try grants.history(applicationID: app).first?.osUser, expected)
    }

    func testTheRoundTotalNeverExceedsTheAppropriationAndTheRefusalSaysByHowMuch() throws {
        let f = try GrantsFixture()
        let round = try f.round(appropriation: 10_000_00)
        let a = try f.application(round: round, association: try f.association("Aaltosen säätiö"), requested: 8_000_00)
        let b = try f.application(round: round, association: try f.association("Björkin kerho"), requested: 5_000_00)
        try f.propose(a, 8_000_00)
        do {
            try f.propose(b, 2_500_00)
            XCTFail("the second proposal should have been refused")
        } catch let p as GrantProblem {
            XCTAssertEqual(p, .overAppropriation(excess: 500_00, appropriation: 10_000_00, committed: 8_000_00, amount: 2_500_00))
            XCTAssertTrue(p.message(.fi).hasPrefix("Määräraha ylittyisi 500,00 €"), p.message(.fi))
        }
        XCTAssertEqual(try f.grants.application(id: b).stage, .inReview, "a refused move leaves the stage as it was")
        XCTAssertEqual(try f.grants.history(applicationID: b).count, 2)
        // Raising an already proposed amount is checked too, and lowering the appropriation below the promises.
        var app = try f.grants.application(id: a)
        app.proposedCents = 10_000_01
        app.requestedCents = 20_000_00
        assertProblem(.overAppropriation(excess: 1, appropriation: 10_000_00, committed: 0, amount: 10_000_01)) { try f.grants.updateApplication(app) }
        var r = try f.grants.round(id: round)
        r.appropriationCents = 7_000_00
        assertProblem(.overAppropriation(excess: 1_000_00, appropriation: 7_000_00, committed: 8_000_00, amount: 0)) { try f.grants.updateRound(r) }
        // A withdrawn application frees its share.
        try f.grants.moveBackward(applicationID: a)
        try f.grants.withdraw(applicationID: a)
        try f.propose(b, 5_000_00)
        XCTAssertEqual(try f.grants.board(roundID: round).budget.committedCents, 5_000_00)
    }

    func testDecisionsAreNeverEditedACorrectionIsANewRowThatNamesWhatItCorrects() throws {
        let f = try GrantsFixture()
        let body = try f.body()
        let round = try f.round(body: body)
        let app = try f.application(round: round, association: try f.association("Heinolan Setlementti ry"), requested: 5_000_00)
        try f.decide(app, 5_000_00, body: body, requested: 5_000_00)
        let original = try XCTUnwrap(f.grants.decisionInForce(applicationID: app))
        assertProblem(.correctionReasonMissing) {
            try f.grants.correctDecision(applicationID: app, f.decision(.partlyGranted, 4_000_00, body: body), reason: "")
        }
        let fixID = try f.grants.correctDecision(applicationID: app, f.decision(.partlyGranted, 4_000_00, body: body, section: 13),
                                                 reason: "Kirjoitusvirhe pöytäkirjassa")
        let rows = try f.grants.decisions(applicationID: app)
        XCTAssertEqual(rows.map(\.id), [original.id, fixID])
        XCTAssertEqual(rows[0].grantedCents, 5_000_00, "the original row is unchanged")
        XCTAssertEqual(rows[1].correctsID, original.id)
        XCTAssertEqual(rows[1].correctionReason, "Kirjoitusvirhe pöytäkirjassa")
        XCTAssertEqual(rows[1].createdBy, "koordinaattori")
        XCTAssertEqual(try f.grants.decisionInForce(applicationID: app)?.grantedCents, 4_000_00)
        XCTAssertEqual(try f.db.scalarInt("SELECT granted_cents FROM grant_decisions WHERE id = ?", original.id), 5_000_00)
        assertProblem(.backBlockedByDecision) { try f.grants.moveBackward(applicationID: app) }
    }

    func testPaymentsNeedAValidReferenceAndIBANAndStayWithinTheGrant() throws {
        let f = try GrantsFixture()
        let body = try f.body()
        let round = try f.round(body: body)
        let app = try f.application(round: round, association: try f.association("Orimattilan Martat ry"), requested: 2_000_00)
        try f.decide(app, 2_000_00, body: body, requested: 2_000_00)
        XCTAssertThrowsError(try f.grants.addPayment(applicationID: app, paidOn: f.today, amountCents: 100_00, reference: "12345671",
                                                     iban: GrantsFixture.iban)) { error in
            guard case .invalidReference(let why)? = error as? GrantProblem else { return XCTFail("\(error)") }
            XCTAssertFalse(why.isEmpty)
        }
        XCTAssertThrowsError(try f.grants.addPayment(applicationID: app, paidOn: f.today, amountCents: 100_00,
                                                     reference: GrantsFixture.reference, iban: "FI21 1234 5600 0007 86")) { error in
            guard case .invalidIBAN? = error as? GrantProblem else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM grant_payments"), 0)
        let first = try f.grants.addPayment(applicationID: app, paidOn: f.today, amountCents: 1_500_00,
                                            reference: "1234 5672", iban: GrantsFixture.iban)
        XCTAssertEqual(try f.grants.application(id: app).stage, .paid, "the first instalment moves the grant to paid")
        XCTAssertEqual(try f.db.scalarString("SELECT iban FROM grant_payments WHERE id = ?", first), "FI2112345600000785")
        assertProblem(.paymentOverGrant(excess: 1_00, granted: 2_000_00, paid: 1_500_00)) {
            try f.grants.addPayment(applicationID: app, paidOn: f.today, amountCents: 501_00, reference: GrantsFixture.reference, iban: GrantsFixture.iban)
        }
        XCTAssertTrue(GrantProblem.paymentOverGrant(excess: 1_00, granted: 2_000_00, paid: 1_500_00).message(.fi)
            .hasPrefix("Maksut ylittäisivät avustuksen 1,00 €"))
        // A correction: the original row stays, the new row holds the difference and names the original.
        let fix = try f.grants.correctPayment(paymentID: first, correctAmountCents: 1_200_00, reason: "Väärä summa", on: f.today)
        let rows = try f.grants.payments(applicationID: app)
        XCTAssertEqual(rows.map(\.id), [first, fix])
        XCTAssertEqual(rows.map(\.amountCents), [1_500_00, -300_00])
        XCTAssertEqual(rows[1].correctsID, first)
        XCTAssertEqual(try f.grants.snapshot(applicationID: app).netPaidCents, 1_200_00)
        assertProblem(.paymentOverGrant(excess: 100_00, granted: 2_000_00, paid: 1_200_00)) {
            try f.grants.correctPayment(paymentID: first, correctAmountCents: 2_100_00, reason: "x", on: f.today)
        }
    }

    func testRecoveryAtMostWhatWasPaidAndClosingAfterItIsSettled() throws {
        let f = try GrantsFixture()
        let body = try f.body()
        let round = try f.round(body: body)
        let app = try f.application(round: round, association: try f.association("Padasjoen Nuorisoseura"), requested: 1_000_00)
        try f.decide(app, 1_000_00, body: body, requested: 1_000_00)
        try f.grants.addPayment(applicationID: app, paidOn: f.today, amountCents: 600_00, reference: GrantsFixture.reference, iban: GrantsFixture.iban)
        assertProblem(.recoveryOverPaid(excess: 1_00, paid: 600_00, alreadyRecovered: 0)) {
            try f.grants.addRecovery(applicationID: app, amountCents: 601_00, reason: "Leiri peruttiin")
        }
        let rec = try f.grants.addRecovery(applicationID: app, amountCents: 600_00, reason: "Leiri peruttiin")
        XCTAssertEqual(try f.grants.application(id: app).stage, .recovery)
        assertProblem(.recoveryNotSettled) { try f.grants.moveForward(applicationID: app) }
        try f.grants.settleRecovery(id: rec, on: f.today)
        XCTAssertEqual(try f.grants.moveForward(applicationID: app), .closed)
    }

    func testAMeetingDecisionMovesTheProposedApplicationsWithItsDateAndSection() throws {
        let f = try GrantsFixture()
        let body = try f.body()
        let round = try f.round(body: body)
        let full = try f.application(round: round, association: try f.association("Asikkalan VPK"), requested: 1_000_00)
        let part = try f.application(round: round, association: try f.association("Sysmän Eläkkeensaajat"), requested: 2_000_00)
        let waiting = try f.application(round: round, association: try f.association("Hartolan Kotiseutu"), requested: 500_00)
        try f.propose(full, 1_000_00)
        try f.propose(part, 1_500_00)
        // The § of a meeting in session decides the round's proposed applications as proposed.
        let meetings = MeetingStore(store: f.store)
        let member = try f.person("Aino Aalto")
        try f.member(member, of: body)
        let m = try meetings.createMeeting(bodyID: body, heldOn: "2026-12-01")
        let item = try meetings.addItem(meetingID: m, title: "Yleisavustukset 2026")
        try f.grants.setSectionMatter(itemID: item, roundID: round, caseNumber: "5146/01.04.00/2026")
        try meetings.startMeeting(m)
        try meetings.toggleAttendance(meetingID: m, personID: member)
        let section = try XCTUnwrap(meetings.item(item)?.section)
        let result = try f.grants.decideSection(itemID: item)
        XCTAssertEqual(Set(result.decidedApplicationIDs), [full, part])
        XCTAssertEqual(result.grantedCents, 2_500_00)
        let d1 = try XCTUnwrap(f.grants.decisionInForce(applicationID: full))
        let d2 = try XCTUnwrap(f.grants.decisionInForce(applicationID: part))
        XCTAssertEqual([d1.outcome, d2.outcome], [.granted, .partlyGranted])
        XCTAssertEqual([d1.sectionNumber, d2.sectionNumber], [section, section])
        XCTAssertEqual([d1.meetingID, d2.meetingID], [m, m])
        XCTAssertEqual(d1.decidedOn.iso, "2026-12-01")
        XCTAssertEqual(try f.grants.application(id: waiting).stage, .received)
        XCTAssertEqual(try f.grants.history(applicationID: full).last?.note, "§ \(section)")
    }

    func testRoundBoardGroupsByStageAndTheBudgetShowsProposedGrantedPaid() throws {
        let f = try GrantsFixture()
        let body = try f.body()
        let round = try f.round(appropriation: 10_000_00, body: body)
        let a = try f.application(round: round, association: try f.association("A ry"), requested: 3_000_00)
        let b = try f.application(round: round, association: try f.association("B ry"), requested: 2_000_00)
        _ = try f.application(round: round, association: try f.association("C ry"), requested: 1_000_00)
        try f.decide(a, 3_000_00, body: body, requested: 3_000_00)
        try f.grants.addPayment(applicationID: a, paidOn: f.today, amountCents: 1_000_00, reference: GrantsFixture.reference, iban: GrantsFixture.iban)
        try f.propose(b, 1_500_00)
        let board = try f.grants.board(roundID: round)
        let counts = Dictionary(uniqueKeysWithValues: board.columns.map { ($0.stage, $0.count) })
        XCTAssertEqual(counts[.received], 1)
        XCTAssertEqual(counts[.proposed], 1)
        XCTAssertEqual(counts[.paid], 1)
        XCTAssertEqual(board.columns.first { $0.stage == .proposed }?.sumCents, 1_500_00)
        XCTAssertEqual(board.budget.proposedCents, 1_500_00)
        XCTAssertEqual(board.budget.grantedCents, 3_000_00)
        XCTAssertEqual(board.budget.paidCents, 1_000_00)
        XCTAssertEqual(board.budget.freeCents, 5_500_00)
        XCTAssertEqual(board.budget.overCommitCents, 0)
    }

    func testBadInputIsRefusedWithAMessage() throws {
        let f = try GrantsFixture()
        assertProblem(.emptyName) { try f.grants.createRound(GrantRound(name: " ", year: 2026, grantTypeCode: "general", appropriationCents: 1)) }
        assertProblem(.unknownGrantType("nope")) { try f.grants.createRound(GrantRound(name: "X", year: 2026, grantTypeCode: "nope", appropriationCents: 1)) }
        assertProblem(.datesInWrongOrder) {
            try f.grants.createRound(GrantRound(name: "X", year: 2026, grantTypeCode: "general", appropriationCents: 1,
                                                opensOn: CivilDate(iso: "2026-05-01"), closesOn: CivilDate(iso: "2026-04-01")))
        }
        let round = try f.round()
        assertProblem(.unknownAssociation) { try f.grants.createApplication(GrantApplication(roundID: round, associationID: 42, requestedCents: 1)) }
        assertProblem(.notFound) { try f.grants.moveForward(applicationID: 42) }
        // The grant-type list is editable.
        try f.grants.addGrantType(code: "camp", fi: "Leiriavustus", en: "Camp grant")
        XCTAssertTrue(try f.grants.categories("grant_type", language: .fi).contains { $0.label == "Leiriavustus" })
    }
}
