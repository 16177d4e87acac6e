import XCTest
@testable import Kumppani

/// The full rebuild reads the index text through `SearchIndex.bulkSearchSourceSQL` and
/// `bulkStemSourceSQL` (no UNION per association without activities); `flush` reads the frozen
/// views. Both must give every association the same text, or an association's index would
/// depend on whether it came in by import or by an edit.
final class SearchSourceEquivalenceTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))

    /// Every column of every row of a query, keyed by id, as text.
    func rows(_ db: Database, _ sql: String, _ columns: [String]) throws -> [Int64: [String]] {
        var out: [Int64: [String]] = [:]
        for row in try db.query(sql) {
            guard let id = row.int64("id") else { continue }
            out[id] = columns.map { row.string($0) ?? "<null>" }
        }
        return out
    }

    func assertSameText(_ db: Database, file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let search = ["name", "body"]
        let bulkSearch = try rows(db, SearchIndex.bulkSearchSourceSQL, search)
        let viewSearch = try rows(db, "SELECT id, name, body FROM association_search_source", search)
        XCTAssertEqual(bulkSearch.count, viewSearch.count, file: file, line: line)
        for (id, text) in viewSearch where bulkSearch[id] != text {
            XCTFail("search text of \(id):\n view \(text)\n bulk \(bulkSearch[id] ?? [])", file: file, line: line)
            break
        }
        let stem = ["name", "own", "others", "contact"]
        let bulkStem = try rows(db, SearchIndex.bulkStemSourceSQL, stem)
        let viewStem = try rows(db, "SELECT id, name, own, others, contact FROM association_stem_source", stem)
        XCTAssertEqual(bulkStem.count, viewStem.count, file: file, line: line)
        for (id, text) in viewStem where bulkStem[id] != text {
            XCTFail("stem text of \(id):\n view \(text)\n bulk \(bulkStem[id] ?? [])", file: file, line: line)
            break
        }
        return viewSearch.count
    }

    func testTheBulkTextIsTheViewsTextOnTheDemoDirectory() throws {
        let store = try Store.inMemory(clock: clock)
        _ = try DemoGenerator.generate(into: store, associations: 800, seed: 11, today: clock.now(), progress: { _ in })
        let db = store.database
        // Tags and former names too (the demo has none): words the views add after the categories.
        let ids = try db.query("SELECT id FROM associations ORDER BY id LIMIT 40").compactMap { $0.int64("id") }
        _ = try DirectoryStore(store: store).addTag("Kumppanuuspöytä", to: Array(ids.prefix(20)))
        try db.write {
            for id in ids.suffix(20) {
                try db.run("INSERT INTO association_former_names(association_id, name) VALUES (?, 'Vanha Nimi ry')", id)
            }
            // The demo gives nearly every association activities; an import gives none.
            try db.run("""
                DELETE FROM activities WHERE association_id IN (
                    SELECT association_id FROM association_categories GROUP BY association_id ORDER BY association_id LIMIT 100 OFFSET 10)
                """)
        }
        // Both kinds of association must be there: with activities (the UNION) and without.
        let withActivities = try db.scalarInt("SELECT count(DISTINCT association_id) FROM activities") ?? 0
        let total = try db.scalarInt("SELECT count(*) FROM associations") ?? 0
        XCTAssertGreaterThan(withActivities, 100)
        XCTAssertGreaterThan(total - withActivities, 50)
        let withBoth = try db.scalarInt("""
            SELECT count(*) FROM associations a WHERE EXISTS (SELECT 1 FROM activities t WHERE t.association_id = a.id)
            AND EXISTS (SELECT 1 FROM association_categories c WHERE c.association_id = a.id)
            """) ?? 0
        XCTAssertGreaterThan(withBoth, 10)
        XCTAssertEqual(try assertSameText(db), Int(total))
    }

    /// An imported file (every row without activities, categories from the file) gives the same
    /// text both ways, and its index answers as the one `flush` builds row by row.
    func testAnImportedFileHasTheViewsTextAndTheSameIndexAsTheSlowPath() throws {
        let store = try Store.inMemory(clock: clock)
        func labels(_ list: String) throws -> [String] {
            try store.database.query("SELECT label_fi FROM categories WHERE list = ? ORDER BY sort DESC LIMIT 3", list)
                .compactMap { $0.string("label_fi") }
        }
        let groups = try labels("target_group"), kinds = try labels("activity_kind")
        XCTAssertEqual(groups.count + kinds.count, 6)
        var lines = ["nimi;kunta;lahiosoite;postinumero;puhelin;sahkoposti;kuvaus;kohderyhmat;toimintamuodot"]
        for i in 0..<1_200 {   // ≥ 1,000 rows: the bulk path
            let group = i % 4 == 0 ? "" : [groups[i % 3], groups[(i + 1) % 3]].joined(separator: "|")
            lines.append("Yhdistys \(i) ry;\(["Heinola", "Lahti", "Hollola"][i % 3]);Kauppakatu \(i % 30);18100;044 512 \(3000 + i);"
                         + "info\(i)@example.fi;Vertaistukea omaishoitajille \(i);\(group);\(kinds[i % 3])")
        }
        let summary = try AssociationImport.run(data: Data(lines.joined(separator: "\n").utf8), store: store)
        XCTAssertEqual(summary.inserted, 1_200)
        let db = store.database
        XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM association_categories") ?? 0, 1_200)
        XCTAssertEqual(try assertSameText(db), 1_200)

        func index() throws -> [String] {
            try db.query("SELECT rowid, name, body FROM association_fts ORDER BY rowid").map {
                "fts \($0.int64("rowid") ?? 0) [\($0.string("name") ?? "")] [\($0.string("body") ?? "")]"
            } + db.query("SELECT rowid, name, body FROM association_fts_folded ORDER BY rowid").map {
                "folded \($0.int64("rowid") ?? 0) [\($0.string("name") ?? "")] [\($0.string("body") ?? "")]"
            } + db.query("SELECT rowid, name, body FROM association_stem ORDER BY rowid").map {
                "stem \($0.int64("rowid") ?? 0) [\($0.string("name") ?? "")] [\($0.string("body") ?? "")]"
            }
        }
        let bulk = try index()
        XCTAssertEqual(bulk.count, 3 * 1_200)
        XCTAssertTrue(bulk.contains { $0.hasPrefix("fts ") && $0.contains("Heinola") && $0.contains("Vertaistukea") })
        // The slow path: every association queued and reindexed from the views by `flush`.
        try db.write {
            try db.execute("DELETE FROM association_fts; DELETE FROM association_fts_folded; DELETE FROM association_stem;")
            try db.run("INSERT OR IGNORE INTO search_dirty(association_id) SELECT id FROM associations")
        }
        XCTAssertEqual(try index(), bulk)
        XCTAssertEqual(SearchIndex.integrityProblems(on: db), [])
    }
}
