import XCTest
@testable import Kumppani

/// Issue 14, point 8: the demo data follows the rules it demonstrates.
final class DemoFollowsTheRulesTests: XCTestCase {
    func demo(today: DemoDay) throws -> Store {
        let store = try Store.inMemory(clock: FixedClock(Date(timeIntervalSince1970: Double(today.number) * 86400 + 43200)))
        try DemoGenerator.generate(into: store, associations: 200, seed: 11)
        return store
    }

    func testTheDemoBreaksNoRuleThatCheckReports() throws {
        for today in [DemoDay(year: 2026, month: 5, day: 20), DemoDay(year: 2026, month: 12, day: 5)] {
            let store = try demo(today: today)
            XCTAssertEqual(try RecordRules.violations(in: store.database, language: .en).map(\.text), [], "\(today.iso)")
            // Every decision is made in the deciding body's § "Avustusten myöntäminen" of the round.
            let mismatched = try store.database.scalarInt("""
                SELECT count(*) FROM grant_decisions d JOIN grant_applications a ON a.id = d.application_id
                JOIN grant_rounds r ON r.id = a.round_id
                WHERE d.body_id IS NOT r.deciding_body_id OR NOT EXISTS (
                  SELECT 1 FROM agenda_items i WHERE i.meeting_id = d.meeting_id AND i.section_number = d.section_number
                    AND i.round_id = a.round_id AND i.case_number = d.case_number AND d.case_number <> '')
                """)
            XCTAssertEqual(mismatched, 0)
            XCTAssertGreaterThan(try store.database.scalarInt("SELECT count(*) FROM grant_decisions") ?? 0, 20)
        }
    }

    func testSectionThreeNamesTheMeetingsOwnCheckers() throws {
        let store = try demo(today: DemoDay(year: 2026, month: 12, day: 5))
        let meetings = MeetingStore(store: store)
        var checked = 0
        for m in try meetings.meetings() where m.status == .approved {
            let names = try [m.checker1PersonID, m.checker2PersonID].compactMap { try meetings.personName($0) }
            let third = try XCTUnwrap(meetings.items(meetingID: m.id).first { $0.title == "Pöytäkirjantarkastajien valinta" })
            XCTAssertEqual(third.decision, "Pöytäkirjantarkastajiksi valittiin \(names.joined(separator: " ja ")).")
            XCTAssertEqual(m.checkedBy, names.joined(separator: " ja "))
            checked += 1
        }
        XCTAssertGreaterThan(checked, 10)
    }

    func testReasoningsDifferBetweenApplicationsOfARound() throws {
        let store = try demo(today: DemoDay(year: 2026, month: 12, day: 5))
        for row in try store.database.query("""
            SELECT round_id, count(*) AS n, count(DISTINCT reasoning) AS distinct_n FROM grant_applications
            WHERE reasoning <> '' GROUP BY round_id
            """) {
            let n = row.int("n") ?? 0, distinct = row.int("distinct_n") ?? 0
            XCTAssertGreaterThanOrEqual(Double(distinct), Double(n) * 0.8, "round \(row.int64("round_id") ?? 0): \(distinct) of \(n)")
        }
    }
}
