import XCTest
@testable import Kumppani
@testable import KumppaniTUI

/// Counts of people are grouped as the language writes numbers, like the money beside them
/// (the Swedish benefit line read "7707 pers." next to "92 383,40 €").
final class CountGroupingTests: XCTestCase {
    func testCountsAreGroupedPerLanguage() {
        XCTAssertEqual(Language.fi.count(7707), "7 707")
        XCTAssertEqual(Language.sv.count(1_234_567), "1 234 567")
        XCTAssertEqual(Language.en.count(7707), "7,707")
        XCTAssertEqual(Language.fi.count(999), "999")
        XCTAssertEqual(Language.fi.count(-1200), "-1 200")
    }

    func testTheBenefitLineGroupsPeopleReached() {
        var figures = BenefitReport.Figures()
        figures.paidCents = 9_238_340
        figures.peopleReached = 7707
        figures.reportsExpected = 1
        figures.reportsReceived = 1
        XCTAssertTrue(BenefitsScreen.summary(figures, .sv).contains("7 707 pers."), BenefitsScreen.summary(figures, .sv))
        XCTAssertTrue(BenefitsScreen.summary(figures, .en).contains("7,707"), BenefitsScreen.summary(figures, .en))
    }

    func testTheWorklistTitleGroupsItsCount() throws {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
        let store = try Store.inMemory(clock: clock)
        var d = AssociationDraft(); d.name = "Lahden Omaishoitajat ry"; d.municipality = "Lahti"
        guard case .saved(let id, _) = try DirectoryStore(store: store).save(d) else { throw XCTSkip("fixture") }
        try store.database.write {
            for i in 0..<1_234 {
                try store.database.run("""
                    INSERT INTO contact_log(id, association_id, contacted_on, kind, note, follow_up_on, created_at)
                    VALUES (?, ?, '2026-11-01', 'call', '', '2026-11-20', '')
                    """, Int64(10_000 + i), id)
            }
        }
        for (language, expected) in [(Language.en, "1,234 open"), (.fi, "1 234")] {
            let app = App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: language, clock: clock)
            app.press(.char("w"))
            XCTAssertTrue(app.screen(120, 40).text.contains(expected), app.screen(120, 40).text)
        }
    }
}
