import XCTest
@testable import Kumppani

/// A large import commits its rows and the word indexes, and leaves the derived indexes to the
/// backlog (`SearchIndex+Backlog`): meanwhile the search answers from the words; completed in
/// chunks or at once, the indexes and the answers are those of an import that made them at once.
final class SearchBacklogTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))

    static let csv: Data = {
        var lines = ["nimi;kunta;lahiosoite;postinumero;puhelin;sahkoposti;kuvaus"]
        for i in 0..<1_500 {   // ≥ 1,000 rows into an empty directory: the bulk path
            let place = ["Heinola", "Lahti", "Hollola", "Orimattila"][i % 4]
            let words = ["Vertaistukea omaishoitajille", "Kotitalousneuvontaa marttojen tapaan", "Tuolijumppaa eläkeläisille",
                         "Kylätoimikunnan talkoot", "Urheiluseuran vuorot"][i % 5]
            lines.append("\(place)n \(["Omaishoitajat", "Martat", "Eläkeläiset", "Kylätoimikunta", "Urheiluseura"][i % 5]) \(i) ry;"
                         + "\(place);Kauppakatu \(i % 40);\(18100 + i % 7);044 512 \(3000 + i);info\(i)@example.fi;\(words) \(i)")
        }
        return Data(lines.joined(separator: "\n").utf8)
    }()

    func imported(deferring: Bool) throws -> Store {
        let store = try Store.inMemory(clock: clock)
        store.defersDerivedSearchIndexes = deferring
        let summary = try AssociationImport.run(data: Self.csv, store: store)
        XCTAssertEqual(summary.inserted, 1_500)
        return store
    }

    /// Every derived index row and the term list, in key order.
    func derived(_ db: Database) throws -> [String] {
        try db.query("""
            SELECT 'names ' || rowid || ' ' || name AS r FROM association_name_fts
            UNION ALL SELECT 'folded ' || rowid || ' ' || name || ' | ' || body FROM association_fts_folded
            UNION ALL SELECT 'stem ' || rowid || ' ' || name || ' | ' || body FROM association_stem
            UNION ALL SELECT 'contact ' || rowid || ' ' || contact FROM association_contact_fts
            UNION ALL SELECT 'trigram ' || rowid || ' ' || name FROM association_trigram
            UNION ALL SELECT 'vocabulary ' || stem FROM search_vocabulary
            UNION ALL SELECT 'term ' || kind || ' ' || term FROM search_terms
            ORDER BY 1
            """).compactMap { $0.string("r") }
    }

    func answers(_ store: Store) throws -> [String] {
        let directory = DirectoryStore(store: store)
        return try ["omaishoitajat", "omaishoitajien", "Heinolassa", "hoitajat", "omaishoitjat", "kauppakatu 14", "18100",
                    "512 3007", "info12@example.fi", "hollolan m", "laht"].map { search in
            let listing = try directory.listing(DirectoryQuery(search: search))
            let rows = try directory.rows(listing, offset: 0, limit: listing.count)
            return search + ": " + rows.map { "\($0.id)\($0.matchTier)" }.joined(separator: ",")
        }
    }

    func testALargeImportLeavesTheDerivedIndexesToTheBacklogAndTheWordsAnswerMeanwhile() throws {
        let store = try imported(deferring: true)
        let db = store.database
        XCTAssertEqual(try SearchIndex.backlogCount(on: db), 1_500)
        XCTAssertFalse(try SearchIndex.derivedIndexesComplete(on: db))
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM association_stem"), 0, "nothing derived before the commit")
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM association_fts_folded"), 0)
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM association_fts"), 1_500, "the words are there")
        let directory = DirectoryStore(store: store)
        let words = try directory.rows(DirectoryQuery(search: "Heinolan omaishoitajat"), offset: 0, limit: 500)
        XCTAssertEqual(words.count, 75)   // i % 20 == 0: Heinola and Omaishoitajat
        XCTAssertTrue(words.allSatisfy { $0.name.hasPrefix("Heinolan Omaishoitajat") })
        XCTAssertEqual(try directory.rows(DirectoryQuery(search: "hollolan m"), offset: 0, limit: 500).count, 75,
                       "a short word is tested row by row until the names index is made")
    }

    /// The backlog completed, compared with a full rebuild of the same file (two imports differ in
    /// their new keys): the same index rows, terms and answers.
    func assertSameAsARebuild(_ store: Store, file: StaticString = #filePath, line: UInt = #line) throws {
        let db = store.database
        let completed = try derived(db)
        let completedAnswers = try answers(store)
        XCTAssertGreaterThan(completed.count, 6_000, file: file, line: line)
        try db.write { try SearchIndex.rebuild(on: db) }
        XCTAssertEqual(completed, try derived(db), file: file, line: line)
        XCTAssertEqual(completedAnswers, try answers(store), file: file, line: line)
        XCTAssertEqual(SearchIndex.integrityProblems(on: db), [], file: file, line: line)
    }

    func testCompletedInChunksTheIndexesAndAnswersAreThoseOfAFullRebuild() throws {
        let deferred = try imported(deferring: true)
        var left = try SearchIndex.backlogCount(on: deferred.database)
        var chunks = 0
        while left > 0 {
            let next = try SearchIndex.completeBacklog(on: deferred.database, chunk: 400)
            XCTAssertLessThan(next, left)
            left = next
            chunks += 1
        }
        XCTAssertEqual(chunks, 4)
        XCTAssertTrue(try SearchIndex.derivedIndexesComplete(on: deferred.database))
        try assertSameAsARebuild(deferred)
    }

    func testCompletedAtOnceTheIndexesAreThoseOfAFullRebuild() throws {
        let deferred = try imported(deferring: true)
        XCTAssertEqual(try SearchIndex.completeBacklog(on: deferred.database), 0)
        XCTAssertEqual(try SearchIndex.backlogCount(on: deferred.database), 0)
        try assertSameAsARebuild(deferred)
    }

    func testAnImmediateImportLeavesNoBacklog() throws {
        let immediate = try imported(deferring: false)
        XCTAssertEqual(try SearchIndex.backlogCount(on: immediate.database), 0)
        XCTAssertTrue(try SearchIndex.derivedIndexesComplete(on: immediate.database))
        XCTAssertGreaterThan(try immediate.database.scalarInt("SELECT count(*) FROM association_stem") ?? 0, 1_499)
    }

    func testAChangeDuringTheBacklogIsIndexedAndStaysSoAfterTheCompletion() throws {
        let deferred = try imported(deferring: true)
        let db = deferred.database
        let id = try XCTUnwrap(db.scalarInt("SELECT min(id) FROM associations"))
        try db.write { try db.run("UPDATE associations SET name = 'Qwzrtyläisten Ystävät ry' WHERE id = ?", id) }
        try SearchIndex.completeBacklog(on: db, chunk: 1_000)
        try SearchIndex.completeBacklog(on: db, chunk: 1_000)
        XCTAssertEqual(try SearchIndex.backlogCount(on: db), 0)
        let rows = try DirectoryStore(store: deferred).rows(DirectoryQuery(search: "qwzrtyläisiä"), offset: 0, limit: 10)
        XCTAssertEqual(rows.map(\.name), ["Qwzrtyläisten Ystävät ry"], "found by its stem once the backlog is done")
    }
}
