import XCTest
@testable import Kumppani

/// Schema 17 (issue 16's search p99): a prefix asked as its terms from `search_terms`, and the name
/// matches from the names-only index, find exactly what the prefix merge and the row-by-row test
/// of short words found; the term list holds every term of the indexes after a rebuild and after
/// a change; a phone number is found by its last seven digits.
final class SearchTermsTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))

    override func tearDown() {
        DirectoryStore.asksPrefixesByTerms = true
        SearchIndex.rebuildAbove = 10_000
        super.tearDown()
    }

    func demoStore() throws -> Store {
        let store = try Store.inMemory(clock: clock)
        _ = try DemoGenerator.generate(into: store, associations: 1_200, seed: 7, today: clock.now(), progress: { _ in })
        return store
    }

    /// Terms FTS5 itself holds in one of the indexes that are not in the list.
    func missingTerms(_ db: Database) throws -> [String] {
        var missing: [String] = []
        for (kind, table) in SearchIndex.termTables {
            try db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.check_\(table) USING fts5vocab(main, \(table), 'row')")
            missing += try db.query("""
                SELECT term FROM temp.check_\(table) WHERE term NOT IN (SELECT term FROM search_terms WHERE kind = ?)
                """, kind).compactMap { row in row.string("term").map { "\(kind) \($0)" } }
        }
        return missing
    }

    func testTheTermListHoldsEveryTermOfTheIndexesAfterARebuildAndAfterChanges() throws {
        let store = try demoStore()
        let db = store.database
        XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM search_terms WHERE kind = 'word'") ?? 0, 1_000)
        XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM search_terms WHERE kind = 'stem'") ?? 0, 300)
        // Stems only: the contact details (e-mails `info.…@…`) have a table of their own.
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM search_terms WHERE kind = 'stem' AND term = 'info'"), 0)
        XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM association_contact_fts WHERE association_contact_fts MATCH '\"info\"'") ?? 0, 100)
        XCTAssertEqual(try missingTerms(db), [])
        // A change goes through `flush`: the new words of a name, a description and a phone.
        let id = try XCTUnwrap(db.scalarInt("SELECT min(id) FROM associations"))
        try db.write {
            try db.run("UPDATE associations SET name = 'Qwzrtyläisten Ystävät ry', description = 'Xyloplankkujen ääressä', phone = '040 987 6543' WHERE id = ?", id)
        }
        XCTAssertEqual(try missingTerms(db), [])
        let words = try db.query("SELECT kind || ' ' || term AS t FROM search_terms WHERE term LIKE 'qwzrty%' OR term LIKE 'xyloplank%'")
            .compactMap { $0.string("t") }
        XCTAssertTrue(words.contains("word qwzrtyläisten"), "\(words)")
        XCTAssertTrue(words.contains { $0.hasPrefix("stem xyloplank") }, "\(words)")
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM association_contact_fts WHERE association_contact_fts MATCH '\"9876543\"'"), 1)
        // Nothing of the changed rows stays in the scratch table.
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM temp.search_terms_scratch"), 0)
    }

    func testAPrefixAskedAsItsTermsIsAListOfTermsWithoutTheStar() throws {
        let store = try demoStore()
        let directory = DirectoryStore(store: store)
        let asked = try directory.askedByTerms(FullTextPlan(["laht"], folded: false))
        XCTAssertTrue(asked.match.contains("\"lahti\""), asked.match)
        XCTAssertFalse(asked.match.contains("*"), asked.match)
        // A short word with few terms becomes an FTS term too; the names come from the names index.
        let narrowed = FullTextPlan(["hollolan", "ma"], folded: false)
        XCTAssertEqual(try directory.askedByTerms(narrowed).shortLeft, [])
        XCTAssertEqual(try directory.namesIndexMatch(narrowed), "\"hollolan\"* AND \"ma\"*")
        XCTAssertNil(try directory.namesIndexMatch(FullTextPlan(["hollolan"], folded: true)))
    }

    /// The query table of the bench's tail and of the tiers: the same rows, in the same order,
    /// credited to the same tier, whichever way the prefixes are asked.
    func testBothWaysOfAskingFindTheSameRowsInTheSameOrder() throws {
        let store = try demoStore()
        let directory = DirectoryStore(store: store)
        let queries = ["laht", "lahti", "lahtis", "lahden se", "lahden seud", "hollolan m", "hollolan ma", "heinolan ma",
                       "heinolan maa", "lahdessa", "omaishoitajien", "omaishoitajat", "vap", "vapaaehto", "kylä", "marttojen",
                       "eläkeläisille", "talkoot", "urheilu", "hoitajat", "omaishoitjat", "heinloa", "kauppakatu", "18100",
                       "aanekoski", "närståendevårdare", "a-k", "4h", "ry", "spr k", "lahti e", "x", "qqq"]
        var compared = 0
        for search in queries {
            DirectoryStore.asksPrefixesByTerms = true
            let byTerms = try directory.listing(DirectoryQuery(search: search))
            let byTermsRows = try directory.rows(byTerms, offset: 0, limit: byTerms.count).map { "\($0.id) \($0.matchTier)" }
            DirectoryStore.asksPrefixesByTerms = false
            let byPrefix = try directory.listing(DirectoryQuery(search: search))
            let byPrefixRows = try directory.rows(byPrefix, offset: 0, limit: byPrefix.count).map { "\($0.id) \($0.matchTier)" }
            XCTAssertEqual(byTerms.count, byPrefix.count, search)
            XCTAssertEqual(byTerms.isCapped, byPrefix.isCapped, search)
            XCTAssertEqual(byTermsRows, byPrefixRows, search)
            compared += byTermsRows.count
        }
        XCTAssertGreaterThan(compared, 2_000, "the table must find rows to compare")
    }

    func testAPhoneIsFoundByItsLastSevenDigits() throws {
        let store = try Store.inMemory(clock: clock)
        let csv = """
            nimi;kunta;puhelin
            Heinolan Omaishoitajat ry;Heinola;044 512 3456
            Lahden Martat ry;Lahti;+358 40 765 4321
            """
        _ = try AssociationImport.run(data: Data(csv.utf8), store: store)
        let directory = DirectoryStore(store: store)
        for (search, name) in [("512 3456", "Heinolan Omaishoitajat ry"), ("5123456", "Heinolan Omaishoitajat ry"),
                               ("044 512 3456", "Heinolan Omaishoitajat ry"), ("765 4321", "Lahden Martat ry"),
                               ("040 765 4321", "Lahden Martat ry"), ("+358 40 765 4321", "Lahden Martat ry")] {
            let rows = try directory.rows(DirectoryQuery(search: search), offset: 0, limit: 10)
            XCTAssertEqual(rows.map(\.name), [name], search)
        }
        XCTAssertEqual(try directory.rows(DirectoryQuery(search: "123 4567"), offset: 0, limit: 10).map(\.name), [])
    }

    func testAFlushOfTheWholeDirectoryRebuildsTheIndexesAsTheyWereRowByRow() throws {
        try checkFlushOfTheWholeDirectory(rebuildAbove: 10_000)
    }

    func testAFlushOfTheWholeDirectoryRebuildsTheIndexesAsTheyWereInOnePass() throws {
        try checkFlushOfTheWholeDirectory(rebuildAbove: 100)
    }

    func checkFlushOfTheWholeDirectory(rebuildAbove: Int) throws {
        SearchIndex.rebuildAbove = rebuildAbove
        let store = try demoStore()
        let db = store.database
        func snapshot() throws -> [String] {
            try db.query("SELECT 'fts ' || rowid || ' ' || name || ' ' || body AS r FROM association_fts UNION ALL SELECT 'names ' || rowid || ' ' || name FROM association_name_fts UNION ALL SELECT 'stem ' || rowid || ' ' || body FROM association_stem ORDER BY 1")
                .compactMap { $0.string("r") }
        }
        let before = try snapshot()
        let terms = try db.scalarInt("SELECT count(*) FROM search_terms")
        XCTAssertGreaterThan(before.count, 3_600)
        try db.write {
            try db.execute("DELETE FROM association_fts; DELETE FROM association_name_fts; DELETE FROM association_stem; DELETE FROM search_terms;")
            try db.run("INSERT OR IGNORE INTO search_dirty(association_id) SELECT id FROM associations")
        }
        XCTAssertGreaterThan(try db.scalarInt("SELECT count(*) FROM associations") ?? 0, 1_200 - 1)
        XCTAssertEqual(try snapshot(), before)
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM search_terms"), terms)
        XCTAssertEqual(SearchIndex.integrityProblems(on: db), [])
    }
}
