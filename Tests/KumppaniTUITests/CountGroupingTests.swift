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
}
