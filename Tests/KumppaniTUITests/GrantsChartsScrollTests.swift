import XCTest
import Kumppani
@testable import KumppaniTUI

/// The charts at 80×24 hold more rows than the screen: they scroll as a whole, and the title
/// says which rows are shown.
final class GrantsChartsScrollTests: XCTestCase {
    func testTheChartsScrollToTheirLastRowAtEightyByTwentyFour() throws {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
        let store = try Store.inMemory(clock: clock)
        try DemoGenerator.generate(into: store, associations: 300, seed: 1, today: clock.now())
        let charts = try GrantCharts.build(store: store, year: 2026, language: .fi)
        let lastGroup = try XCTUnwrap(charts.benefits.last?.targetGroup)
        let rows = GrantChartsView.contentHeight(charts)
        XCTAssertGreaterThan(rows, 19, "the demo's charts are longer than an 80×24 screen")

        let app = App(store: store, services: FakeServices(), panes: [GrantsPane()], language: .fi, clock: clock)
        app.press(.char("2"), .char("g"))
        let first = app.screen(80, 24)
        XCTAssertTrue(first.line(1).contains("Avustukset vuonna 2026"), first.text)
        XCTAssertTrue(first.line(1).contains("↑↓ 1–19/\(rows)"), first.line(1))
        XCTAssertTrue(first.line(3).contains("Kunnittain"), first.text)
        // The group is in the bar chart and in the table's last row: only the chart is in view.
        XCTAssertLessThanOrEqual(first.text.components(separatedBy: lastGroup).count - 1, 1, first.text)

        app.press(.end)
        let last = app.screen(80, 24)
        XCTAssertTrue(last.line(1).contains("↑↓ \(rows - 18)–\(rows)/\(rows)"), last.line(1))
        XCTAssertTrue(last.line(21).hasPrefix(" " + lastGroup), last.text)
        XCTAssertFalse(last.text.contains("Kunnittain"), "scrolled past the first chart")

        // Up from the end moves at once: the keys stop where the last page is full.
        app.press(.up)
        XCTAssertTrue(app.screen(80, 24).line(1).contains("↑↓ \(rows - 19)–\(rows - 1)/\(rows)"), app.screen(80, 24).line(1))
    }
}

/// The key bar offers only what works in the view on screen.
final class GrantsKeyBarTests: XCTestCase {
    func testEachViewShowsItsOwnKeys() throws {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))
        let store = try Store.inMemory(clock: clock)
        try DemoGenerator.generate(into: store, associations: 60, seed: 1, today: clock.now())
        let app = App(store: store, services: FakeServices(), panes: [GrantsPane()], language: .fi, clock: clock)
        app.press(.char("2"))
        let rounds = app.screen(120, 30).line(29)
        XCTAssertTrue(rounds.contains("Enter Avaa") && rounds.contains("n Uusi haku / hakemus"), rounds)
        XCTAssertFalse(rounds.contains("Seuraava vaihe"), "no stage moves on the list of rounds: \(rounds)")
        app.press(.enter)
        let board = app.screen(120, 30).line(29)
        XCTAssertTrue(board.contains("> Seuraava vaihe") && board.contains("Esc Takaisin"), board)
        app.press(.char("g"))
        let charts = app.screen(120, 30).line(29)
        XCTAssertTrue(charts.contains("[ Kaaviot: edellinen vuosi"), charts)
        XCTAssertFalse(charts.contains("Seuraava vaihe"), charts)
    }
}
