import XCTest
@testable import Kumppani

final class DemoGeneratorTests: XCTestCase {
    let today = DemoDay(year: 2026, month: 5, day: 20)
    var todayDate: Date { Date(timeIntervalSince1970: Double(today.number) * 86400 + 43200) }

    func makeStore() throws -> Store {
        try Store.inMemory(clock: FixedClock(todayDate))
    }

    func csvExport(_ store: Store) throws -> String {
        let path = NSTemporaryDirectory() + "demo-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try ExportSink.file(path)
        try AssociationExport.write(.csv, from: store.database, to: sink)
        try sink.commit()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    func testSameSeedGivesSameDataAndOtherSeedDiffers() throws {
        let a = try makeStore(), b = try makeStore(), c = try makeStore()
        try DemoGenerator.generate(into: a, associations: 120, seed: 7)
        try DemoGenerator.generate(into: b, associations: 120, seed: 7)
        try DemoGenerator.generate(into: c, associations: 120, seed: 8)
        let exportA = try csvExport(a)
        XCTAssertEqual(exportA, try csvExport(b))
        XCTAssertNotEqual(exportA, try csvExport(c))
        XCTAssertEqual(try a.database.scalarInt("SELECT count(*) FROM associations"), 120)
    }

    func testEveryStagePresentAndAppropriationsRespected() throws {
        let store = try makeStore()
        let summary = try DemoGenerator.generate(into: store, associations: 600, seed: 1)
        let db = store.database
        let stages = Set(try db.query("SELECT DISTINCT stage FROM grant_applications").compactMap { $0.string("stage") })
        XCTAssertEqual(stages, ["received", "in_review", "proposed", "decided", "paid", "reported", "closed", "withdrawn", "recovery"])
        XCTAssertEqual(summary.grantRounds, 12)   // three years × four grant types
        // Proposed (not yet decided) plus granted stays within each round's appropriation.
        let over = try db.query("""
            SELECT r.name, r.appropriation_cents,
              (SELECT coalesce(sum(a.proposed_cents), 0) FROM grant_applications a WHERE a.round_id = r.id AND a.stage = 'proposed') +
              (SELECT coalesce(sum(d.granted_cents), 0) FROM grant_decisions d JOIN grant_applications a ON a.id = d.application_id
                WHERE a.round_id = r.id) AS used
            FROM grant_rounds r WHERE used > r.appropriation_cents
            """)
        XCTAssertEqual(over.count, 0, "\(over)")
        // Stage-consistent rows: every paid application has a decision and a payment; reports only after payment.
        XCTAssertEqual(try db.scalarInt("""
            SELECT count(*) FROM grant_applications a WHERE a.stage IN ('paid', 'reported', 'recovery')
              AND (NOT EXISTS (SELECT 1 FROM grant_payments p WHERE p.application_id = a.id)
                   OR NOT EXISTS (SELECT 1 FROM grant_decisions d WHERE d.application_id = a.id AND d.granted_cents > 0))
            """), 0)
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM grant_decisions d JOIN grant_applications a ON a.id = d.application_id WHERE a.stage IN ('received', 'in_review', 'proposed', 'withdrawn')"), 0)
        XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM grant_recoveries") ?? 0, 0)
        XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM report_figures") ?? 0, 0)
        XCTAssertEqual(try db.query("PRAGMA foreign_key_check").count, 0)
        // History is in order: each application's moves numbered 1, 2, 3… like the store numbers them.
        XCTAssertEqual(try db.scalarInt("""
            SELECT count(*) FROM (SELECT application_id, count(*) AS n, min(seq) AS lo, max(seq) AS hi, count(DISTINCT seq) AS d
              FROM stage_history GROUP BY application_id) WHERE lo != 1 OR hi != n OR d != n
            """), 0)
        XCTAssertEqual(SearchIndex.integrityProblems(on: db), [])
    }

    func testDirectoryAndMeetingsLookReal() throws {
        let store = try makeStore()
        try DemoGenerator.generate(into: store, associations: 600, seed: 1)
        let db = store.database
        // Names unique, Y-tunnus unique and valid.
        XCTAssertEqual(try db.scalarInt("SELECT count(*) - count(DISTINCT name) FROM associations"), 0)
        for row in try db.query("SELECT business_id FROM associations WHERE business_id IS NOT NULL") {
            let id = try XCTUnwrap(row.string("business_id"))
            XCTAssertEqual(BusinessIDFormat.parse(id), id)
        }
        // Lahti is the largest municipality, and all ten are present.
        let counts = try db.query("SELECT municipality_code AS c, count(*) AS n FROM associations GROUP BY 1 ORDER BY n DESC")
        XCTAssertEqual(counts.first?.string("c"), "398")
        XCTAssertEqual(counts.count, 10)
        // Both bodies and the bilingual partnership table (issue 17); a coming planned meeting each;
        // approved minutes starting with the standard items.
        let kinds = Set(try db.query("SELECT kind FROM bodies").compactMap { $0.string("kind") })
        XCTAssertEqual(kinds, ["hyte_committee", "ngo_advisory_board", "partnership_table"])
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM bodies WHERE document_language = 'fi+sv'"), 1)
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM meetings WHERE status = 'planned' AND held_on > '2026-05-20' AND kind <> 'annual_negotiation'"), 3)
        // One annual negotiation per year; 2026's is still to come on 20.5.2026: planned in December.
        XCTAssertEqual(try db.query("SELECT year FROM meetings WHERE kind = 'annual_negotiation' ORDER BY year").compactMap { $0.int("year") }, [2024, 2025, 2026])
        XCTAssertEqual(try db.query("SELECT status FROM meetings WHERE kind = 'annual_negotiation' AND year = 2026 AND held_on LIKE '2026-12-%'").compactMap { $0.string("status") }, ["planned"])
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM meetings WHERE status = 'approved' AND updated_at > '2026-05-21'"), 0,
                       "no minutes approved after today")
        XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM negotiation_goals") ?? 0, 0)
        let first = try XCTUnwrap(db.queryOne("SELECT id FROM meetings WHERE status = 'approved' ORDER BY held_on LIMIT 1")?.int64("id"))
        let titles = try db.query("SELECT title FROM agenda_items WHERE meeting_id = ? ORDER BY position", first).compactMap { $0.string("title") }
        XCTAssertEqual(Array(titles.prefix(4)), ["Kokouksen avaus", "Laillisuus ja päätösvaltaisuus", "Pöytäkirjantarkastajien valinta", "Esityslistan hyväksyminen"])
        XCTAssertEqual(Array(titles.suffix(3)), ["Muut asiat", "Seuraava kokous", "Kokouksen päättäminen"])
        // Every meeting follows up earlier actions in its fifth item, as a new meeting's template does.
        XCTAssertEqual(try db.scalarInt("""
            SELECT count(*) FROM meetings m WHERE NOT EXISTS (SELECT 1 FROM agenda_items i
              WHERE i.meeting_id = m.id AND i.position = 5 AND i.template_key = 'follow_up')
            """), 0)
        // § numbers run per body and year without gaps or repeats.
        let gaps = try db.query("""
            SELECT m.body_id, m.year, count(*) AS n, max(i.section_number) AS top, count(DISTINCT i.section_number) AS distinct_n
            FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id GROUP BY 1, 2 HAVING n != top OR n != distinct_n
            """)
        XCTAssertEqual(gaps.count, 0)
        XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM actions WHERE done_on IS NULL") ?? 0, 0)
        XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM actions WHERE done_on IS NOT NULL") ?? 0, 0)
        XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM contact_log WHERE follow_up_on IS NOT NULL AND follow_up_done_on IS NULL") ?? 0, 0)
        // The search index knows the demo data.
        XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM association_fts WHERE association_fts MATCH '\"lahden\"*'") ?? 0, 0)
    }
}
