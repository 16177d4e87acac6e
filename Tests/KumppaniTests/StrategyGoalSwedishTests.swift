import XCTest
@testable import Kumppani

/// A strategy goal's Swedish title and description (issue 17): saved with the goal, kept by a
/// change made through the goal, and used by the benefit report in Swedish (the Finnish title
/// where no Swedish one is written).
final class StrategyGoalSwedishTests: XCTestCase {
    private func store() throws -> Store {
        try Store.inMemory(clock: FixedClock(ISO8601DateFormatter().date(from: "2026-11-23T10:00:00Z")!))
    }

    func testTheSwedishTextsAreSavedWithTheGoalAndKeptByAChange() throws {
        let s = try store()
        let strategy = StrategyStore(store: s)
        let id = try strategy.save(StrategyGoal(code: "H3", title: "Ikääntyneet asuvat kotona", description: "Toimintakyky säilyy.",
                                                titleSV: " Äldre bor hemma ", descriptionSV: "Funktionsförmågan bevaras."))
        XCTAssertEqual(try strategy.swedish(goalID: id)?.title, "Äldre bor hemma", "trimmed like the Finnish")
        var goal = try XCTUnwrap(strategy.goal(id: id))
        XCTAssertEqual(goal.descriptionSV, "Funktionsförmågan bevaras.")
        let opened = goal
        goal.periodFrom = 2026
        try strategy.save(goal, expecting: opened)
        XCTAssertEqual(try strategy.swedish(goalID: id)?.title, "Äldre bor hemma", "a change of another field keeps the Swedish")
        XCTAssertEqual(goal.title(in: .sv), "Äldre bor hemma")
        XCTAssertEqual(goal.title(in: .fi), "Ikääntyneet asuvat kotona")
        XCTAssertEqual(goal.title(in: .en), "Ikääntyneet asuvat kotona")
        XCTAssertEqual(StrategyGoal(code: "H1", title: "Osallisuus").title(in: .sv), "Osallisuus", "no Swedish: the Finnish")
        // Another window's change of the Swedish title is noticed like any other field.
        var theirs = goal
        theirs.titleSV = "Äldre bor längre hemma"
        try strategy.save(theirs, expecting: goal)
        var mine = goal
        mine.descriptionSV = "Annat"
        XCTAssertThrowsError(try strategy.save(mine, expecting: goal))
        XCTAssertEqual(try strategy.swedish(goalID: id)?.title, "Äldre bor längre hemma")
    }

    func testTheBenefitReportByGoalNamesTheGoalsInTheReportsLanguage() throws {
        let s = try store()
        let strategy = StrategyStore(store: s)
        try strategy.save(StrategyGoal(code: "H1", title: "Osallisuus vahvistuu"))
        try strategy.save(StrategyGoal(code: "H3", title: "Ikääntyneet asuvat kotona", titleSV: "Äldre bor hemma"))
        let sv = try BenefitReport.build(store: s, year: 2026, by: .goal, language: .sv)
        XCTAssertEqual(sv.lines.map(\.label), ["H1 Osallisuus vahvistuu", "H3 Äldre bor hemma"])
        XCTAssertTrue(sv.lines.allSatisfy { $0.goalID != nil }, "each line still leads to its goal")
        let md = sv.rendered(.md, .sv)
        XCTAssertTrue(md.contains("H3 Äldre bor hemma"), md)
        let fi = try BenefitReport.build(store: s, year: 2026, by: .goal, language: .fi).rendered(.csv, .fi)
        XCTAssertTrue(fi.contains("H3 Ikääntyneet asuvat kotona"), fi)
        XCTAssertFalse(fi.contains("Äldre"), fi)
    }
}
