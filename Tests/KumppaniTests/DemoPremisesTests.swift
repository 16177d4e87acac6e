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
}
