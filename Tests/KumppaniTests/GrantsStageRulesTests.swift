import XCTest
@testable import Kumppani

/// The guards as pure functions over a snapshot.
final class GrantsStageRulesTests: XCTestCase {
    func snapshot(stage: GrantStage, requested: Int64 = 5_000_00, proposed: Int64? = nil, reasoning: String = "",
                  appropriation: Int64 = 10_000_00, others: Int64 = 0) -> ApplicationSnapshot {
        ApplicationSnapshot(application: GrantApplication(id: 1, roundID: 1, associationID: 1, requestedCents: requested,
                                                          reasoning: reasoning, proposedCents: proposed, stage: stage),
                            appropriationCents: appropriation, committedByOthersCents: others)
    }

    func decision(_ outcome: DecisionOutcome, _ cents: Int64) -> GrantDecision {
        GrantDecision(id: 9, applicationID: 1, outcome: outcome, grantedCents: cents, decidedOn: CivilDate(iso: "2026-11-20")!,
                      bodyID: 1, meetingID: nil, sectionNumber: 3, caseNumber: "", correctsID: nil, correctionReason: "",
                      createdAt: "", createdBy: "u")
    }

    func testProposalNeedsAmountAndReasoningAndSaysWhichAreMissing() {
        let s = snapshot(stage: .inReview)
        XCTAssertEqual(StageRules.forward(s), .failure(.proposalMissing(amount: true, reasoning: true)))
        XCTAssertEqual(GrantProblem.proposalMissing(amount: true, reasoning: true).message(.fi),
                       "Esitystä ei voi tehdä: puuttuu esitetty summa ja perustelut. Muokkaa hakemusta (e).")
        XCTAssertEqual(StageRules.forward(snapshot(stage: .inReview, proposed: 100_00)), .failure(.proposalMissing(amount: false, reasoning: true)))
        XCTAssertEqual(StageRules.forward(snapshot(stage: .inReview, reasoning: "  ")), .failure(.proposalMissing(amount: true, reasoning: true)))
        XCTAssertEqual(StageRules.forward(snapshot(stage: .inReview, proposed: 100_00, reasoning: "Hyvä")), .success(.proposed))
    }

    func testAppropriationLimitRefusesAndSaysByHowMuch() {
        let s = snapshot(stage: .inReview, proposed: 1_500_00, reasoning: "Hyvä", appropriation: 10_000_00, others: 9_000_00)
        let expected = GrantProblem.overAppropriation(excess: 500_00, appropriation: 10_000_00, committed: 9_000_00, amount: 1_500_00)
        XCTAssertEqual(StageRules.forward(s), .failure(expected))
        XCTAssertEqual(expected.message(.fi),
                       "Määräraha ylittyisi 500,00 €: määräraha 10 000,00 €, jo esitetty tai myönnetty 9 000,00 €, tämä 1 500,00 €.")
        XCTAssertTrue(expected.message(.en).hasPrefix("The appropriation would be exceeded by \(Money(cents: 500_00).formatted(.en)):"))
        // Exactly at the limit is allowed.
        XCTAssertEqual(StageRules.forward(snapshot(stage: .inReview, proposed: 1_000_00, reasoning: "Hyvä", others: 9_000_00)), .success(.proposed))
    }

    func testProposalCannotExceedRequest() {
        XCTAssertEqual(StageRules.forward(snapshot(stage: .inReview, requested: 100_00, proposed: 200_00, reasoning: "x")),
                       .failure(.proposalOverRequested(proposed: 200_00, requested: 100_00)))
    }

    func testDecisionNeedsAllItsFieldsAndNamesTheMissingOnes() {
        let s = snapshot(stage: .proposed, proposed: 5_000_00, reasoning: "x")
        let result = StageRules.validateDecision(DecisionDraft(outcome: .granted, grantedCents: 5_000_00), s)
        XCTAssertEqual(result, .failure(.decisionIncomplete([.date, .body, .section])))
        if case .failure(let p) = result {
            XCTAssertEqual(p.message(.fi), "Päätöksestä puuttuu: päätöspäivä, päättänyt toimielin, pykälä (§).")
        }
        XCTAssertEqual(StageRules.validateDecision(DecisionDraft(), s), .failure(.decisionIncomplete([.outcome, .amount, .date, .body, .section])))
    }

    func testDecisionAmountMustMatchTheOutcome() {
        let s = snapshot(stage: .proposed, requested: 5_000_00, proposed: 4_000_00, reasoning: "x")
        func draft(_ o: DecisionOutcome, _ c: Int64) -> DecisionDraft {
            DecisionDraft(outcome: o, grantedCents: c, decidedOn: CivilDate(iso: "2026-11-20"), bodyID: 1, sectionNumber: 5)
        }
        XCTAssertEqual(StageRules.validateDecision(draft(.granted, 4_000_00), s), .failure(.grantedBelowRequestedUsePartly))
        XCTAssertEqual(StageRules.validateDecision(draft(.granted, 6_000_00), s), .failure(.grantedOverRequested(granted: 6_000_00, requested: 5_000_00)))
        XCTAssertEqual(StageRules.validateDecision(draft(.partlyGranted, 5_000_00), s), .failure(.partlyMustBeBelowRequested))
        XCTAssertEqual(StageRules.validateDecision(draft(.rejected, 1_00), s), .failure(.rejectedMustBeZero))
        XCTAssertEqual(try StageRules.validateDecision(draft(.partlyGranted, 4_000_00), s).get().grantedCents, 4_000_00)
    }

    func testNoDecisionOnAnApplicationNotYetProposed() {
        let draft = DecisionDraft(outcome: .granted, grantedCents: 5_000_00, decidedOn: CivilDate(iso: "2026-11-20"), bodyID: 1, sectionNumber: 5)
        XCTAssertEqual(StageRules.validateDecision(draft, snapshot(stage: .inReview)), .failure(.decisionBeforeProposal(.inReview)))
    }

    func testPaymentsNeverExceedTheGrant() {
        var s = snapshot(stage: .decided)
        s.decision = decision(.partlyGranted, 3_000_00)
        s.netPaidCents = 2_000_00
        XCTAssertNil(StageRules.paymentProblem(amount: 1_000_00, s))
        XCTAssertEqual(StageRules.paymentProblem(amount: 1_000_01, s), .paymentOverGrant(excess: 1, granted: 3_000_00, paid: 2_000_00))
        XCTAssertEqual(StageRules.paymentProblem(amount: 0, s), .paymentMustBePositive)
        s.decision = decision(.rejected, 0)
        XCTAssertEqual(StageRules.paymentProblem(amount: 1_00, s), .nothingGranted)
        XCTAssertEqual(StageRules.paymentProblem(amount: 1_00, snapshot(stage: .proposed)), .paymentsNotDecided(.proposed))
    }

    func testClosingNeedsAnApprovedReportOrASettledRecovery() {
        var s = snapshot(stage: .reported)
        s.decision = decision(.granted, 5_000_00)
        s.report = GrantReport(applicationID: 1, receivedOn: CivilDate(iso: "2026-11-01"), outcome: .moreInfoRequested)
        XCTAssertEqual(StageRules.forward(s), .failure(.closeNeedsApprovedReport(.moreInfoRequested)))
        XCTAssertTrue(GrantProblem.closeNeedsApprovedReport(.moreInfoRequested).message(.fi).contains("Lisäselvitystä pyydetty"))
        s.report?.outcome = .approved
        XCTAssertEqual(StageRules.forward(s), .success(.closed))
        s.report?.outcome = .notApproved
        s.recoveries = [GrantRecovery(id: 1, applicationID: 1, amountCents: 100_00, reason: "r", decision: "", decidedOn: nil,
                                      settledOn: CivilDate(iso: "2026-11-10"))]
        XCTAssertEqual(StageRules.forward(s), .success(.closed))
        var r = snapshot(stage: .recovery)
        r.recoveries = [GrantRecovery(id: 1, applicationID: 1, amountCents: 100_00, reason: "r", decision: "", decidedOn: nil, settledOn: nil)]
        XCTAssertEqual(StageRules.forward(r), .failure(.recoveryNotSettled))
    }

    func testRejectedDecisionClosesWithoutPaymentButGrantNeedsPayment() {
        var s = snapshot(stage: .decided)
        s.decision = decision(.rejected, 0)
        XCTAssertEqual(StageRules.forward(s), .success(.closed))
        s.decision = decision(.granted, 5_000_00)
        XCTAssertEqual(StageRules.forward(s), .failure(.paymentMissing))
        s.netPaidCents = 1_00
        XCTAssertEqual(StageRules.forward(s), .success(.paid))
        var p = snapshot(stage: .paid)
        p.decision = s.decision
        XCTAssertEqual(StageRules.forward(p), .failure(.reportNotReceived))
    }

    func testMovingBackNeverHidesARecordedFact() {
        XCTAssertEqual(StageRules.backward(snapshot(stage: .received)), .failure(.alreadyFirstStage))
        XCTAssertEqual(StageRules.backward(snapshot(stage: .proposed)), .success(.inReview))
        XCTAssertEqual(StageRules.backward(snapshot(stage: .decided)), .failure(.backBlockedByDecision))
        var paid = snapshot(stage: .paid)
        paid.netPaidCents = 10_00
        XCTAssertEqual(StageRules.backward(paid), .failure(.backBlockedByPayments(10_00)))
        var withdrawn = snapshot(stage: .withdrawn)
        withdrawn.cameFrom = .inReview
        XCTAssertEqual(StageRules.backward(withdrawn), .success(.inReview))
        XCTAssertEqual(StageRules.forward(withdrawn), .failure(.withdrawnRestoreFirst))
    }

    func testRecoveryIsAtMostWhatWasPaid() {
        var s = snapshot(stage: .paid)
        s.netPaidCents = 1_000_00
        XCTAssertNil(StageRules.recoveryProblem(amount: 1_000_00, reason: "Käyttämättä", s))
        XCTAssertEqual(StageRules.recoveryProblem(amount: 1_000_01, reason: "Käyttämättä", s),
                       .recoveryOverPaid(excess: 1, paid: 1_000_00, alreadyRecovered: 0))
        XCTAssertEqual(StageRules.recoveryProblem(amount: 10_00, reason: " ", s), .recoveryReasonMissing)
    }
}
