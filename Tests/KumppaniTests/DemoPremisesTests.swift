import XCTest
@testable import Kumppani

/// The demo's premises, bookings, strategy goals and negotiation parties follow the rules.
final class DemoPremisesTests: XCTestCase {
    func testTheDemoBookingsNeverClashAndTheGoalsAndPartiesAreThere() throws {
        let noon = ISO8601DateFormatter().date(from: "2026-11-23T10:00:00Z")!
        let store = try Store.inMemory(clock: FixedClock(noon))
        try DemoGenerator.generate(into: store, associations: 80, seed: 3)
        let premises = PremisesStore(store: store)
        XCTAssertEqual(try premises.premises().count, 5)
        let bookings = try premises.bookings()
        XCTAssertGreaterThan(bookings.count, 40)
        for b in bookings { XCTAssertEqual(try premises.clashes(for: b), [], "booking \(b.id)") }
        XCTAssertTrue(bookings.allSatisfy { $0.isRecurring && $0.exceptions.count == 1 })
        XCTAssertGreaterThan(try premises.usage(year: 2026).count, 5)

        XCTAssertEqual(try StrategyStore(store: store).goals().map(\.code), ["H1", "H2", "H3", "H4"])
        // In Swedish too (issue 17): the Swedish UI and report name them in Swedish.
        XCTAssertEqual(try StrategyStore(store: store).goals().first { $0.code == "H3" }?.title(in: .sv), "Äldre bor tryggt hemma längre")
        XCTAssertTrue(try StrategyStore(store: store).goals().allSatisfy { !$0.titleSV.isEmpty && !$0.descriptionSV.isEmpty })
        let negotiations = try store.database.scalarInt("SELECT count(*) FROM meetings WHERE kind = 'annual_negotiation'") ?? 0
        XCTAssertGreaterThan(negotiations, 0)
        XCTAssertEqual(try store.database.scalarInt("SELECT count(DISTINCT meeting_id) FROM negotiation_parties"), negotiations)
        let report = try BenefitReport.build(store: store, year: 2026, by: .goal, language: .fi)
        XCTAssertEqual(report.lines.count, 4)
        XCTAssertTrue(report.lines.contains { $0.current.premisesMinutes > 0 }, "\(report.lines)")
    }

    func testTheSameSeedGivesTheSameBookings() throws {
        func bookings() throws -> [String] {
            let store = try Store.inMemory(clock: FixedClock(ISO8601DateFormatter().date(from: "2026-11-23T10:00:00Z")!))
            try DemoGenerator.generate(into: store, associations: 40, seed: 9)
            return try store.database.query("SELECT id, premises_id, starts_on, start_time FROM bookings ORDER BY id").map { "\($0.values)" }
        }
        XCTAssertEqual(try bookings(), try bookings())
    }

    /// One negotiation a year with its parties and its own goals, each year's goals linked to the
    /// strategy, and a goal still in progress carried from each negotiation to the next.
    func testOneAnnualNegotiationPerYearWithPartiesLinkedGoalsAndCarryOver() throws {
        let store = try Store.inMemory(clock: FixedClock(ISO8601DateFormatter().date(from: "2026-11-23T10:00:00Z")!))
        try DemoGenerator.generate(into: store, associations: 80, seed: 3)
        let db = store.database
        let meetings = MeetingStore(store: store)
        let negotiations = try db.query("SELECT id, year, held_on, status FROM meetings WHERE kind = 'annual_negotiation' ORDER BY year")
        XCTAssertEqual(negotiations.compactMap { $0.int("year") }, [2024, 2025, 2026])
        XCTAssertTrue(negotiations.dropLast().allSatisfy { $0.string("status") == "approved" && ($0.string("held_on") ?? "") <= "2026-11-23" })
        // This year's is still to come: planned in December, after today.
        XCTAssertEqual(negotiations.last?.string("status"), "planned")
        XCTAssertTrue((negotiations.last?.string("held_on") ?? "").hasPrefix("2026-12-"), "\(String(describing: negotiations.last?.values))")
        var previous: [NegotiationItem] = []
        for n in negotiations {
            let id = try XCTUnwrap(n.int64("id"))
            let parties = try meetings.parties(meetingID: id)
            XCTAssertEqual(parties.first?.kind, .county)
            XCTAssertTrue(parties.contains { $0.kind == .municipality } && parties.contains { $0.kind == .association }, "\(parties)")
            let items = try meetings.negotiationItems(meetingID: id)
            XCTAssertGreaterThanOrEqual(items.count, 3)
            XCTAssertTrue(items.contains { !$0.strategyGoalIDs.isEmpty }, "goals linked to the strategy")
            if !previous.isEmpty {
                let carried = items.filter { item in previous.contains { $0.goal.id == item.goal.carriedFromID } }
                XCTAssertFalse(carried.isEmpty, "a goal carried from the year before")
                XCTAssertTrue(carried.allSatisfy { c in previous.first { $0.goal.id == c.goal.carriedFromID }?.goal.status.carriesOver == true })
            }
            previous = items
        }
        // § numbers still run per body and year without gaps or repeats.
        XCTAssertEqual(try db.query("""
            SELECT m.body_id, m.year, count(*) AS n, max(i.section_number) AS top, count(DISTINCT i.section_number) AS d
            FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id GROUP BY 1, 2 HAVING n != top OR n != d
            """).count, 0)
    }
}
