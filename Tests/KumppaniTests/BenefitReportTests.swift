import XCTest
@testable import Kumppani

/// The benefit report's figures come from the rows: grants paid split between target groups,
/// report figures, premises hours and value; a missing report is missing, never zero.
final class BenefitReportTests: XCTestCase {
    private var f: GrantsFixture!
    private var activity: Int64 = 0
    private var round2026: Int64 = 0

    private func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @discardableResult
    private func paid(_ round: Int64, _ association: Int64, _ cents: Int64, groups: [String], body: Int64, report: [ReportFigure]?) throws -> Int64 {
        let app = try f.application(round: round, association: association, requested: cents, groups: groups)
        try f.decide(app, cents, body: body, requested: cents)
        try f.grants.addPayment(applicationID: app, paidOn: d("2026-11-21"), amountCents: cents, reference: GrantsFixture.reference, iban: GrantsFixture.iban)
        if let report {
            try f.grants.saveReport(GrantReport(applicationID: app, receivedOn: d("2026-11-22"), figures: report))
        }
        return app
    }

    override func setUpWithError() throws {
        f = try GrantsFixture()
        let body = try f.body()
        let carers = try f.association("Lahden Omaishoitajat ry"), youth = try f.association("Nuorisoseura ry")
        round2026 = try f.round(year: 2026)
        let round2025 = try f.round(year: 2025, name: "Yleisavustukset 2025")
        try paid(round2026, carers, 3000_00, groups: ["family_carers", "older_people"], body: body,
                 report: [ReportFigure(targetGroupCode: "family_carers", peopleReached: 40, volunteerHours: 100),
                          ReportFigure(targetGroupCode: "older_people", peopleReached: 20, volunteerHours: 10)])
        try paid(round2026, youth, 1001_00, groups: ["youth"], body: body, report: nil)
        try paid(round2025, carers, 500_00, groups: ["family_carers"], body: body,
                 report: [ReportFigure(targetGroupCode: "family_carers", peopleReached: 10, volunteerHours: 5)])
        activity = Store.newID()
        try f.db.write {
            try f.db.run("INSERT INTO activities(id, association_id, title, created_at, updated_at) VALUES (?, ?, 'Vertaisryhmä', 'x', 'x')", activity, carers)
            try f.db.run("INSERT INTO activity_target_groups(activity_id, code) VALUES (?, 'family_carers')", activity)
        }
        let premises = PremisesStore(store: f.store)
        let room = try premises.save(Premises(name: "Kerhohuone", hourlyValueCents: 25_00))
        // Tuesdays 6.1.–27.1.2026: four times two hours.
        try premises.save(Booking(premisesID: room, associationID: carers, activityID: activity, startsOn: d("2026-01-06"), endsOn: d("2026-01-27"),
                                  weekday: .tuesday, start: ClockTime(hour: 13, minute: 0)!, end: ClockTime(hour: 15, minute: 0)!))
    }

    func testByTargetGroupTheFiguresAreTheRowsSplitAndTheMissingReportIsMissing() throws {
        let report = try BenefitReport.build(store: f.store, year: 2026, by: .targetGroup, language: .fi)
        let byLabel = Dictionary(uniqueKeysWithValues: report.lines.map { ($0.label, $0) })
        let carers = try XCTUnwrap(byLabel["Omaishoitajat"]), older = try XCTUnwrap(byLabel["Ikääntyneet"]), youth = try XCTUnwrap(byLabel["Nuoret"])
        XCTAssertEqual(carers.current.paidCents, 1500_00)
        XCTAssertEqual(carers.current.peopleReached, 40)
        XCTAssertEqual(carers.current.volunteerHours, 100)
        XCTAssertEqual(carers.current.premisesMinutes, 8 * 60)
        XCTAssertEqual(carers.current.premisesValueCents, 200_00)
        XCTAssertEqual(carers.current.activities, 1)
        XCTAssertEqual(carers.current.costPerPersonCents, 37_50)
        XCTAssertEqual(carers.previous.paidCents, 500_00)
        XCTAssertEqual(carers.previous.costPerPersonCents, 50_00)
        XCTAssertEqual(older.current.costPerPersonCents, 75_00)
        XCTAssertNil(youth.current.peopleReached, "no report in: unknown, not zero")
        XCTAssertNil(youth.current.costPerPersonCents)
        XCTAssertEqual(youth.current.reportsMissing, 1)

        // The paid column adds up to the payment rows of the year's rounds.
        let rows = try f.db.scalarInt("SELECT sum(amount_cents) FROM grant_payments p JOIN grant_applications a ON a.id = p.application_id JOIN grant_rounds r ON r.id = a.round_id WHERE r.year = 2026")
        XCTAssertEqual(report.lines.map(\.current.paidCents).reduce(0, +), rows)

        let md = report.markdown(.fi)
        XCTAssertTrue(md.contains("| Nuoret | 2026 | 1 001 € | 0,0 | 0 € | puuttuu | 0 | puuttuu | 0/1 | puuttuu |"), md)
        XCTAssertTrue(md.contains("| Omaishoitajat | 2026 | 1 500 € | 8,0 | 200 € | 100 | 1 | 40 | 1/1 | 37,50 € |"), md)
    }

    /// Swedish: the target groups by their Swedish names, hours with a decimal comma, `lang="sv"`.
    func testInSwedishTheGroupsAreSwedishAndTheHoursUseADecimalComma() throws {
        let report = try BenefitReport.build(store: f.store, year: 2026, by: .targetGroup, language: .sv)
        let md = report.markdown(.sv)
        XCTAssertTrue(md.contains("| Närståendevårdare | 2026 | 1 500 € | 8,0 | 200 € |"), md)
        XCTAssertTrue(report.rendered(.html, .sv).contains("<html lang=\"sv\">"))
    }

    func testTheCSVParsesWithAColumnPerFigureAndMissingLeftEmpty() throws {
        let csv = try BenefitReport.build(store: f.store, year: 2026, by: .targetGroup, language: .en).csv(.en)
        let records = try CSVReader.read(data: Data(csv.utf8)).records
        let header = try XCTUnwrap(records.first?.fields)
        XCTAssertEqual(header.first, "Target group")
        XCTAssertEqual(header.count, 10)
        let youth2026 = try XCTUnwrap(records.first { $0.fields.first == "Youth" && $0.fields[1] == "2026" }?.fields)
        XCTAssertEqual(youth2026[2], "1001.00")
        XCTAssertEqual(youth2026[7], "", "people reached: missing, not 0")
        XCTAssertEqual(youth2026[8], "0/1")
    }

    func testByGoalARoundLinkedAsCriterionBringsItsApplicationsAndAnActivityItsBookings() throws {
        let strategy = StrategyStore(store: f.store)
        let inclusion = try strategy.save(StrategyGoal(code: "T1", title: "Osallisuus vahvistuu"))
        let carers = try strategy.save(StrategyGoal(code: "T2", title: "Omaishoitajat jaksavat"))
        try strategy.link(goalID: inclusion, .round, round2026)
        try strategy.link(goalID: carers, .activity, activity)
        let report = try BenefitReport.build(store: f.store, year: 2026, by: .goal, language: .fi)
        XCTAssertEqual(report.lines.map(\.label), ["T1 Osallisuus vahvistuu", "T2 Omaishoitajat jaksavat"])
        let t1 = report.lines[0].current, t2 = report.lines[1].current
        XCTAssertEqual(t1.paidCents, 4001_00)
        XCTAssertEqual(t1.peopleReached, 60)
        XCTAssertEqual(t1.reportsReceived, 1)
        XCTAssertEqual(t1.reportsExpected, 2)
        XCTAssertEqual(t1.costPerPersonCents, 50_00, "only the grant whose report is in: 3000 € / 60")
        XCTAssertEqual(t2.premisesMinutes, 480)
        XCTAssertEqual(t2.activities, 1)
        XCTAssertEqual(t2.paidCents, 0)
        XCTAssertEqual(report.lines[0].previous.paidCents, 0)

        // The goal's view: what serves it.
        let servingT1 = try strategy.serving(goalID: inclusion, language: .fi)
        XCTAssertEqual(servingT1.associations, ["Lahden Omaishoitajat ry", "Nuorisoseura ry"])
        XCTAssertEqual(servingT1.targetGroups, ["Ikääntyneet", "Nuoret", "Omaishoitajat"])
        XCTAssertEqual(servingT1.applications, 2)
        let servingT2 = try strategy.serving(goalID: carers, language: .fi)
        XCTAssertEqual(servingT2.activities, ["Vertaisryhmä"])
        XCTAssertEqual(servingT2.associations, ["Lahden Omaishoitajat ry"])
    }
}
