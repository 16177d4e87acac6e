import XCTest
import Kumppani
@testable import KumppaniTUI

/// Pane 4 driven by keys: the week view of a room (a weekly series and its exception), the
/// next room, and the benefit report with its chart, a missing report shown as missing.
final class PremisesPaneTests: XCTestCase {
    private func makeWorld(language: Language = .fi) throws -> App {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // Monday 2026-11-23
        let store = try Store.inMemory(clock: clock)
        let db = store.database
        let carers = Store.newID(), youth = Store.newID()
        try db.write {
            try db.run("INSERT INTO associations(id, name, name_key, created_at, updated_at) VALUES (?, 'Lahden Omaishoitajat ry', 'lahden', 'x', 'x')", carers)
            try db.run("INSERT INTO associations(id, name, name_key, created_at, updated_at) VALUES (?, 'Nuorisoseura ry', 'nuoriso', 'x', 'x')", youth)
        }
        let premises = PremisesStore(store: store)
        let room = try premises.save(Premises(name: "Kerhohuone 2", address: "Kirkkokatu 1, Lahti", capacity: 20))
        try premises.save(Premises(name: "Sali", priceCentsPerHour: 15_00))
        try premises.save(Booking(premisesID: room, associationID: carers, title: "Vertaisryhmä", startsOn: CivilDate(iso: "2026-09-01")!,
                                  endsOn: CivilDate(iso: "2026-12-15")!, weekday: .tuesday, start: ClockTime(hour: 13, minute: 0)!,
                                  end: ClockTime(hour: 15, minute: 0)!, exceptions: [CivilDate(iso: "2026-12-01")!]))
        try premises.save(Booking(premisesID: room, associationID: youth, startsOn: CivilDate(iso: "2026-11-26")!,
                                  start: ClockTime(hour: 18, minute: 0)!, end: ClockTime(hour: 20, minute: 0)!))
        // A grant paid without a report: the benefit report must say it is missing.
        let grants = GrantStore(store: store, osUser: "koordinaattori")
        let round = try grants.createRound(GrantRound(name: "Yleisavustukset 2026", year: 2026, grantTypeCode: "general", appropriationCents: 10_000_00))
        let app = try grants.createApplication(GrantApplication(roundID: round, associationID: youth, requestedCents: 1_000_00, targetGroups: ["youth"]))
        try db.write {
            try db.run("INSERT INTO grant_payments(id, application_id, paid_on, amount_cents, created_at, created_by) VALUES (?, ?, '2026-06-01', 100000, 'x', 'x')", Store.newID(), app)
        }
        return App(store: store, services: FakeServices(), panes: [PremisesPane()], language: language, clock: clock)
    }

    func testTheWeekViewShowsTheSeriesAndTheOneOffAndSkipsTheException() throws {
        let app = try makeWorld()
        app.press(.char("4"))
        var text = app.screen(100, 30).text
        XCTAssertTrue(text.contains("4 Tilat"), text)
        XCTAssertTrue(text.contains("Kerhohuone 2 – viikko 48 (23.11.2026–29.11.2026)"), text)
        XCTAssertTrue(text.contains("ti 24.11.  13.00–15.00 Lahden Omaishoitajat ry – Vertaisryhmä ↻"), text)
        XCTAssertTrue(text.contains("to 26.11.  18.00–20.00 Nuorisoseura ry"), text)
        app.press(.char("]"))
        text = app.screen().text
        XCTAssertTrue(text.contains("viikko 49"), text)
        XCTAssertFalse(text.contains("13.00–15.00 Lahden Omaishoitajat ry – Vertaisryhmä ↻"), "1.12. is the series' exception:\n\(text)")
        text = app.screen(140, 30).text
        XCTAssertTrue(text.contains("ti 1.12.   13.00–15.00 (ei varausta – jätetty pois) Lahden Omaishoitajat ry – Vertaisryhmä\n"), text)
        app.press(.char("]"))
        XCTAssertTrue(app.screen().text.contains("ti 8.12.   13.00–15.00 Lahden Omaishoitajat ry"), app.screen().text)
        app.press(.char("t"), .down)
        text = app.screen().text
        XCTAssertTrue(text.contains("Sali – viikko 48"), text)
        XCTAssertTrue(text.contains("15 €/h"), text)
    }

    func testTheBenefitReportShowsTheChartAndTheMissingReportInEnglishToo() throws {
        let app = try makeWorld(language: .en)
        app.press(.char("4"), .char("h"))
        let text = app.screen(120, 40).text
        XCTAssertTrue(text.contains("Inputs and benefits by target group 2026 (compared with 2025)"), text)
        XCTAssertTrue(text.contains("Youth"), text)
        XCTAssertTrue(text.contains("█"), text)
        XCTAssertTrue(text.contains("€1,000 · report missing · reports 0/1"), text)
        XCTAssertTrue(text.contains("No target group"), "the one-off booking has no activity:\n\(text)")
        // Tuesdays 1.9.–15.12.2026 are 16, less the exception: 15 × 2 h, and Thursday's 2 h.
        XCTAssertTrue(text.contains("No target group\n  2026                          €0 · 32.0 h premises (€0)"), text)
        app.press(.down)
        XCTAssertTrue(app.screen(120, 40).text.contains("↑ 1 groups above"), app.screen(120, 40).text)
        try StrategyStore(store: app.store).save(StrategyGoal(code: "H2", title: "Young people thrive"))
        app.press(.char("g"))
        let goals = app.screen(120, 40).text
        XCTAssertTrue(goals.contains("Inputs and benefits by strategy goal"), goals)
        XCTAssertTrue(goals.contains("H2 Young people thrive\n  Served by 0 associations, 0 activities, 0 applications"), goals)
    }

    func testANewBookingThroughTheFormAndAClashShownInTheForm() throws {
        let app = try makeWorld()
        app.press(.char("4"), .char("b"))
        XCTAssertTrue(app.screen().text.contains("Uusi varaus: Kerhohuone 2"), app.screen().text)
        // Thursday 26.11. 17–19 meets Nuorisoseura's 18–20: refused, the form stays with the clash named.
        app.type("nuoriso"); app.press(.tab, .tab); app.type("Kokous"); app.press(.tab)
        app.press(.ctrl("u")); app.type("26.11.2026"); app.press(.tab, .tab); app.type("17"); app.press(.tab); app.type("19")
        app.press(.ctrl("s"))
        var text = app.screen().text
        XCTAssertTrue(text.contains("Päällekkäinen varaus 26.11.2026 klo 18.00–20.00: Nuorisoseura ry."), text)
        XCTAssertEqual(try PremisesStore(store: app.store).bookings().count, 2, "nothing saved")
        // 16–18 is free: saved, the form closes and the week shows it.
        app.press(.backTab); app.press(.ctrl("u")); app.type("16"); app.press(.tab); app.press(.ctrl("u")); app.type("18")
        app.press(.ctrl("s"))
        text = app.screen(100, 30).text
        XCTAssertFalse(text.contains("Uusi varaus: Kerhohuone 2"), "the form closed:\n\(text)")
        XCTAssertTrue(text.contains("to 26.11.  16.00–18.00 Nuorisoseura ry – Kokous"), text)
        XCTAssertEqual(try PremisesStore(store: app.store).bookings().count, 3)
    }

    func testTheBookingFormsExampleTimesAreWrittenAsTheWeekViewWritesThem() throws {
        for (language, example, other) in [(Language.en, "13:00", "13.00"), (.fi, "13.00", "13:00")] {
            let app = try makeWorld(language: language)
            app.press(.char("4"), .char("b"))
            let text = app.screen(100, 30).text
            XCTAssertTrue(text.contains(example) && !text.contains(other), "\(language): \(text)")
        }
    }

    func testANewRoomThroughTheFormWithPriceAndValue() throws {
        let app = try makeWorld()
        app.press(.char("4"), .char("n"))
        app.press(.ctrl("s"))
        XCTAssertTrue(app.screen().text.contains("Tilalla pitää olla nimi."), app.screen().text)
        app.type("Auditorio"); app.press(.tab, .tab, .tab); app.type("kaksikymmentä")
        app.press(.ctrl("s"))
        XCTAssertTrue(app.screen().text.contains("Henkilömäärä on kokonaisluku"), app.screen().text)
        app.press(.ctrl("u")); app.type("120"); app.press(.tab, .tab, .tab, .tab); app.type("12,50"); app.press(.tab); app.type("40")
        app.press(.ctrl("s"))
        XCTAssertTrue(app.screen().text.contains("Auditorio – viikko 48"), app.screen().text)
        XCTAssertTrue(app.screen().text.contains("120 henkeä · 12,50 €/h"), app.screen().text)
        let saved = try XCTUnwrap(try PremisesStore(store: app.store).premises().first { $0.name == "Auditorio" })
        XCTAssertEqual(saved.priceCentsPerHour, 12_50)
        XCTAssertEqual(saved.hourlyValueCents, 40_00)
    }
}
