import XCTest
import Kumppani
@testable import KumppaniTUI

/// The premises pane's screens as values: the week is the home and stays under the report and
/// the goals, and the report's year and grouping are the pane's, so what the user chose is
/// still there after a visit to another screen.
final class PremisesScreensTests: XCTestCase {
    private func makeApp() throws -> App {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // Monday 2026-11-23
        let store = try Store.inMemory(clock: clock)
        try PremisesStore(store: store).save(Premises(name: "Kerhohuone 2", address: "Kirkkokatu 1, Lahti", capacity: 20))
        try StrategyStore(store: store).save(StrategyGoal(code: "H2", title: "Young people thrive"))
        return App(store: store, services: FakeServices(), panes: [PremisesPane()], language: .en, clock: clock)
    }

    func testTheWeekAndTheYearChosenSurviveAVisitToTheOtherScreens() throws {
        let app = try makeApp()
        app.press(.char("4"), .char("]"))
        XCTAssertTrue(app.screen(120, 40).text.contains("Kerhohuone 2 – week 49"), app.screen(120, 40).text)

        app.press(.char("h"), .char("["), .char("g"))
        var text = app.screen(120, 40).text
        XCTAssertTrue(text.contains("Inputs and benefits by strategy goal 2025 (compared with 2024)"), text)

        app.press(.char("v"))
        text = app.screen(120, 40).text
        XCTAssertTrue(text.contains("Kerhohuone 2 – week 49"), "the week chosen before the report:\n\(text)")
        XCTAssertFalse(text.contains("by strategy goal"), text)

        app.press(.char("h"))
        text = app.screen(120, 40).text
        XCTAssertTrue(text.contains("Inputs and benefits by strategy goal 2025 (compared with 2024)"), "year and grouping kept:\n\(text)")

        app.press(.char("s"))
        text = app.screen(120, 40).text
        XCTAssertTrue(text.contains("H2 Young people thrive"), text)
        XCTAssertTrue(text.contains("Inputs and benefits 2025"), "the goal's figures are for the year chosen in the report:\n\(text)")

        app.press(.char("v"))
        XCTAssertTrue(app.screen(120, 40).text.contains("Kerhohuone 2 – week 49"), app.screen(120, 40).text)
    }

    func testTheGoalChosenIsStillChosenAfterAVisitToTheWeek() throws {
        let app = try makeApp()
        try StrategyStore(store: app.store).save(StrategyGoal(code: "H3", title: "Older people stay active"))
        app.press(.char("4"), .char("s"), .down)
        let chosen = app.screen(120, 40).text
        XCTAssertEqual(Self.detailHeading(chosen), "H3 Older people stay active", chosen)
        app.press(.char("v"), .char("s"))
        let back = app.screen(120, 40).text
        // The detail on the right names the chosen goal: the second one, as before the visit.
        XCTAssertEqual(Self.detailHeading(back), Self.detailHeading(chosen), back)
        app.press(.up, .char("v"), .char("s"))
        XCTAssertNotEqual(Self.detailHeading(app.screen(120, 40).text), Self.detailHeading(chosen))
    }

    /// The heading of the chosen goal on the right-hand side (the second line of the screen).
    static func detailHeading(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 1 ? String(lines[1].dropFirst(30)).trimmingCharacters(in: .whitespaces) : ""
    }
}
