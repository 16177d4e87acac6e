import XCTest
@testable import Kumppani

/// Issue 14, point 3: dates and states of a grant agree with each other.
final class GrantsCoherenceTests: XCTestCase {
    /// A grant of 3 000 € decided on 20.11.2026.
    func decided() throws -> (GrantsFixture, Int64) {
        let f = try GrantsFixture()
        let body = try f.body()
        let round = try f.round(body: body)
        let app = try f.application(round: round, association: try f.association("Kylän Yhdistys ry"), requested: 3_000_00)
        try f.decide(app, 3_000_00, body: body, requested: 3_000_00)
        return (f, app)
    }

    func pay(_ f: GrantsFixture, _ app: Int64, _ date: String, _ cents: Int64) throws {
        try f.grants.addPayment(applicationID: app, paidOn: CivilDate(iso: date)!, amountCents: cents,
                                reference: GrantsFixture.reference, iban: GrantsFixture.iban)
    }

    func testPaymentsNeverPrecedeTheDecisionNorExceedTheGrant() throws {
        let (f, app) = try decided()
        assertProblem(.paymentBeforeDecision(paid: CivilDate(iso: "2026-11-19")!, decided: CivilDate(iso: "2026-11-20")!)) {
            try pay(f, app, "2026-11-19", 1_000_00)
        }
        XCTAssertEqual(GrantProblem.paymentBeforeDecision(paid: CivilDate(iso: "2026-11-19")!, decided: CivilDate(iso: "2026-11-20")!).message(.fi),
                       "Maksupäivä 19.11.2026 on ennen päätöspäivää 20.11.2026.")
        try pay(f, app, "2026-11-20", 1_000_00)
        assertProblem(.paymentOverGrant(excess: 1, granted: 3_000_00, paid: 1_000_00)) { try pay(f, app, "2026-11-21", 2_000_01) }
        let early = try f.db.scalarInt("""
            SELECT count(*) FROM grant_payments p JOIN grant_decisions d ON d.application_id = p.application_id WHERE p.paid_on < d.decided_on
            """)
        XCTAssertEqual(early, 0)
        XCTAssertEqual(try f.db.scalarInt("SELECT count(*) FROM grant_payments"), 1)
    }

    func testAReportComesAfterTheFirstPaymentAndItsUnspentAmountOffersARecovery() throws {
        let (f, app) = try decided()
        assertProblem(.reportBeforePayment) { try f.grants.saveReport(GrantReport(applicationID: app, receivedOn: f.today)) }
        try pay(f, app, "2026-11-21", 3_000_00)
        assertProblem(.reportBeforePayment) {
            try f.grants.saveReport(GrantReport(applicationID: app, receivedOn: CivilDate(iso: "2026-11-20")))
        }
        try f.grants.saveReport(GrantReport(applicationID: app, receivedOn: f.today, usedCents: 2_500_00))
        XCTAssertEqual(try f.grants.report(applicationID: app)?.unspentCents, 500_00)
        XCTAssertEqual(try f.db.scalarInt("SELECT unspent_cents FROM grant_reports WHERE application_id = ?", app), 500_00)
        XCTAssertEqual(try f.grants.suggestedRecoveryCents(applicationID: app), 500_00)
        // Reclaimed, then repaid in two parts: settled when the parts reach the amount.
        let recovery = try f.grants.addRecovery(applicationID: app, amountCents: 500_00, reason: "Käyttämättä jäänyt osuus",
                                                decidedOn: CivilDate(iso: "2026-11-23"))
        XCTAssertNil(try f.grants.suggestedRecoveryCents(applicationID: app))
        try f.grants.addRepayment(recoveryID: recovery, paidOn: CivilDate(iso: "2026-12-01")!, amountCents: 200_00)
        XCTAssertNil(try f.grants.recoveries(applicationID: app).first?.settledOn)
        assertProblem(.repaymentOverRecovery(excess: 1)) {
            try f.grants.addRepayment(recoveryID: recovery, paidOn: CivilDate(iso: "2026-12-02")!, amountCents: 300_01)
        }
        try f.grants.addRepayment(recoveryID: recovery, paidOn: CivilDate(iso: "2026-12-15")!, amountCents: 300_00)
        XCTAssertEqual(try f.grants.recoveries(applicationID: app).first?.settledOn?.iso, "2026-12-15")
    }

    func testARecoveryComesAfterAPaymentAndNeverExceedsIt() throws {
        let (f, app) = try decided()
        assertProblem(.recoveryBeforePayment) { try f.grants.addRecovery(applicationID: app, amountCents: 1_00, reason: "r") }
        try pay(f, app, "2026-11-21", 1_000_00)
        assertProblem(.recoveryBeforePayment) {
            try f.grants.addRecovery(applicationID: app, amountCents: 1_00, reason: "r", decidedOn: CivilDate(iso: "2026-11-20"))
        }
        assertProblem(.recoveryOverPaid(excess: 1, paid: 1_000_00, alreadyRecovered: 0)) {
            try f.grants.addRecovery(applicationID: app, amountCents: 1_000_01, reason: "r")
        }
    }

    func testALateAppealIsKeptAndFlaggedAndAPendingOneKeepsTheCaseOpen() throws {
        let f = try GrantsFixture()
        let body = try f.body()
        let round = try f.round(body: body)
        let app = try f.application(round: round, association: try f.association("Hylätty ry"), requested: 1_000_00)
        try f.propose(app, 0, reasoning: "Ei hyvinvointialueen tehtäviä")
        try f.grants.recordDecision(applicationID: app, f.decision(.rejected, 0, body: body))
        assertProblem(.datesInWrongOrder) {
            try f.grants.saveAppeal(applicationID: app, filedOn: CivilDate(iso: "2026-11-19")!, outcome: nil, decidedOn: nil, notes: "")
        }
        // Notified 27.11. (seven days after the letter): 11.12. is the last day; 12.12. is late.
        let onTime = try f.grants.saveAppeal(applicationID: app, filedOn: CivilDate(iso: "2026-12-11")!, outcome: nil, decidedOn: nil, notes: "")
        let late = try f.grants.saveAppeal(applicationID: app, filedOn: CivilDate(iso: "2026-12-12")!, outcome: .rejected,
                                           decidedOn: CivilDate(iso: "2026-12-20"), notes: "")
        XCTAssertEqual(try f.grants.lateAppealIDs(applicationID: app), [late])
        XCTAssertEqual(try f.grants.appeals(applicationID: app).count, 2, "a late appeal is kept")
        assertProblem(.closeBlocked(["appeal"])) { try f.grants.moveForward(applicationID: app) }
        XCTAssertEqual(GrantProblem.closeBlocked(["appeal"]).message(.fi), "Asiaa ei voi sulkea: oikaisuvaatimus on käsittelemättä.")
        try f.grants.saveAppeal(applicationID: app, id: onTime, filedOn: CivilDate(iso: "2026-12-11")!, outcome: .rejected,
                                decidedOn: CivilDate(iso: "2026-12-20"), notes: "")
        XCTAssertEqual(try f.grants.moveForward(applicationID: app), .closed)

        // Reopening is explicit, needs a reason and enters the trail; `<` alone is refused.
        assertProblem(.closedUseReopen) { try f.grants.moveBackward(applicationID: app) }
        assertProblem(.reopenReasonMissing) { try f.grants.reopen(applicationID: app, reason: " ") }
        XCTAssertEqual(try f.grants.reopen(applicationID: app, reason: "Hallinto-oikeuden päätös"), .decided)
        let entry = try XCTUnwrap(AuditLog.entries(in: f.db, applicationID: app).last)
        XCTAssertEqual(AuditFormat.what(entry, .fi), "Suljettu asia avattu uudelleen: Hylätty ry, Yleisavustukset 2026")
        XCTAssertEqual(entry.osUser, "koordinaattori")
        XCTAssertEqual(try f.grants.history(applicationID: app).last?.note, "Hallinto-oikeuden päätös")
    }

    func testLateAndDoubleApplicationsAreKeptAndFlagged() throws {
        let f = try GrantsFixture()
        let round = try f.grants.createRound(GrantRound(name: "Kohdeavustukset 2027", year: 2027, grantTypeCode: "general", appropriationCents: 1_000_00,
                                                        opensOn: CivilDate(iso: "2027-01-01"), closesOn: CivilDate(iso: "2027-01-31")))
        let assoc = try f.association("Kahdesti ry")
        XCTAssertNil(try f.grants.secondApplicationWarning(roundID: round, associationID: assoc, language: .fi))
        let first = try f.grants.createApplication(GrantApplication(roundID: round, associationID: assoc, requestedCents: 100_00,
                                                                    receivedOn: CivilDate(iso: "2027-01-31")))
        let second = try f.grants.createApplication(GrantApplication(roundID: round, associationID: assoc, requestedCents: 100_00,
                                                                     receivedOn: CivilDate(iso: "2027-02-01")))
        XCTAssertEqual(try f.grants.secondApplicationWarning(roundID: round, associationID: assoc, excluding: second, language: .fi),
                       "Kahdesti ry on jo hakenut tästä hausta.")
        XCTAssertFalse(try f.grants.receivedOutsideCall(applicationID: first))
        XCTAssertTrue(try f.grants.receivedOutsideCall(applicationID: second), "a late application is flagged")
        XCTAssertEqual(try f.grants.application(id: second).stage, .received, "and kept")
    }
}
