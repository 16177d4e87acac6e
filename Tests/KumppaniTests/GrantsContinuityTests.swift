import XCTest
@testable import Kumppani

final class GrantsContinuityTests: XCTestCase {
    func testWarningsOnAnApplicationAndLapsedPartnersOfTheYear() throws {
        let f = try GrantsFixture()
        let body = try f.body()
        let last = try f.round(year: 2025, body: body, reportDue: "2026-03-31", name: "Yleisavustukset 2025")
        let now = try f.round(year: 2026, body: body)
        let late = try f.association("Myöhäinen ry")
        let missing = try f.association("Puuttuva ry", status: "dormant", lahella: false)
        let lapsed = try f.association("Katkennut ry")
        let fine = try f.association("Hyvä ry")

        for (assoc, received) in [(late, "2026-05-02"), (missing, nil), (lapsed, "2026-03-01"), (fine, "2026-03-30")] as [(Int64, String?)] {
            let app = try f.application(round: last, association: assoc, requested: 1_000_00)
            try f.decide(app, 1_000_00, body: body, requested: 1_000_00, on: "2025-05-20")   // last year's grants
            try f.grants.addPayment(applicationID: app, paidOn: CivilDate(iso: "2025-06-01")!, amountCents: 1_000_00,
                                    reference: GrantsFixture.reference, iban: GrantsFixture.iban)
            if let received {
                try f.grants.saveReport(GrantReport(applicationID: app, receivedOn: CivilDate(iso: received), outcome: .approved))
            }
        }
        let lateApp = try f.application(round: now, association: late, requested: 100_00)
        let missingApp = try f.application(round: now, association: missing, requested: 100_00)
        let fineApp = try f.application(round: now, association: fine, requested: 100_00)
        let check = ContinuityCheck(store: f.store)

        XCTAssertEqual(try check.warnings(applicationID: lateApp, today: f.today).map { $0.message(.fi) },
                       ["Edellisen avustuksen (Yleisavustukset 2025) käyttöselvitys myöhästyi: eräpäivä 31.3.2026, saapui 2.5.2026."])
        // Serious warnings first (they mark the board), the note about Lähellä.fi last.
        let kinds = try check.warnings(applicationID: missingApp, today: f.today).map(\.kind)
        XCTAssertEqual(kinds, [.dormant, .previousReportMissing(roundName: "Yleisavustukset 2025", dueOn: CivilDate(iso: "2026-03-31")!), .notOnLahella])
        XCTAssertEqual(kinds.map(\.isSerious), [true, true, false])
        XCTAssertEqual(try check.warnings(applicationID: fineApp, today: f.today), [])
        let lapsedList = try check.lapsedPartners(year: 2026)
        XCTAssertEqual(lapsedList.map(\.associationID), [lapsed])
        XCTAssertEqual(lapsedList.first?.message(.fi), "Sai avustusta vuonna 2025 (1 000,00 €), mutta ei ole hakenut tänä vuonna.")
        let roundWarnings = try check.warnings(roundID: now, today: f.today)
        XCTAssertEqual(roundWarnings.filter { $0.applicationID == nil }.map(\.associationName), ["Katkennut ry"])
        XCTAssertEqual(roundWarnings.count, 5)
    }

    func testADissolvedApplicantIsFlagged() throws {
        let f = try GrantsFixture()
        let round = try f.round()
        let app = try f.application(round: round, association: try f.association("Purettu ry", status: "dissolved"), requested: 1_00)
        XCTAssertEqual(try ContinuityCheck(store: f.store).warnings(applicationID: app, today: f.today).map { $0.message(.en) },
                       ["The association is dissolved."])
    }

    func testDueAndOverdueAcrossRounds() throws {
        let f = try GrantsFixture()
        let body = try f.body()
        let old = try f.round(year: 2025, body: body, reportDue: "2026-10-31", name: "Vanha")
        let soon = try f.round(year: 2026, body: body, reportDue: "2026-12-10", name: "Uusi")
        let overdueApp = try f.application(round: old, association: try f.association("Myöhässä ry"), requested: 1_000_00)
        let soonApp = try f.application(round: soon, association: try f.association("Pian ry"), requested: 1_000_00)
        let unpaidApp = try f.application(round: soon, association: try f.association("Maksamaton ry"), requested: 1_000_00)
        for app in [overdueApp, soonApp, unpaidApp] { try f.decide(app, 1_000_00, body: body, requested: 1_000_00) }
        for app in [overdueApp, soonApp] {
            try f.grants.addPayment(applicationID: app, paidOn: f.today, amountCents: 1_000_00, reference: GrantsFixture.reference, iban: GrantsFixture.iban)
        }
        let items = try DueList.items(store: f.store, today: f.today)
        XCTAssertEqual(items.map { "\($0.associationName): \($0.message(.fi))" }, [
            "Myöhässä ry: Käyttöselvitys myöhässä: eräpäivä 31.10.2026 (23 pv sitten)",
            "Maksamaton ry: Käyttöselvitys erääntyy 10.12.2026 (17 pv)",
            "Pian ry: Käyttöselvitys erääntyy 10.12.2026 (17 pv)",
            "Maksamaton ry: Myönnetty 1 000,00 €, maksamatta 1 000,00 €",
        ])
    }
}
