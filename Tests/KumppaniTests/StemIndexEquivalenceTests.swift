import XCTest
@testable import Kumppani

/// The threaded rebuild of the stem index (`StemPipeline`, issue 16's import speed) writes the same
/// rows and vocabulary as the one-row-at-a-time path that `flush` uses, and an imported file
/// answers inflected, compound, typo and address queries the same either way.
final class StemIndexEquivalenceTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))

    /// Every row of the three version-6 tables, in key order.
    func dump(_ db: Database) throws -> [String] {
        var out: [String] = []
        for row in try db.query("SELECT rowid, name, body FROM association_stem ORDER BY rowid") {
            out.append("stem \(row.int64("rowid") ?? 0) [\(row.string("name") ?? "")] [\(row.string("body") ?? "")]")
        }
        for row in try db.query("SELECT rowid, contact FROM association_contact_fts ORDER BY rowid") {
            out.append("contact \(row.int64("rowid") ?? 0) [\(row.string("contact") ?? "")]")
        }
        for row in try db.query("SELECT rowid, name FROM association_trigram ORDER BY rowid") {
            out.append("trigram \(row.int64("rowid") ?? 0) [\(row.string("name") ?? "")]")
        }
        for row in try db.query("SELECT stem, length FROM search_vocabulary ORDER BY stem") {
            out.append("word \(row.string("stem") ?? "") \(row.int64("length") ?? 0)")
        }
        return out
    }

    /// The slow path over every association: queue them all and flush.
    func slowRebuild(_ db: Database) throws {
        try db.write {
            try db.execute("DELETE FROM association_stem; DELETE FROM association_contact_fts; DELETE FROM association_trigram; DELETE FROM search_vocabulary;")
            try db.run("INSERT OR IGNORE INTO search_dirty(association_id) SELECT id FROM associations")
        }
    }

    func testTheThreadedRebuildWritesWhatTheSlowPathWritesOnTheDemoDirectory() throws {
        let store = try Store.inMemory(clock: clock)
        _ = try DemoGenerator.generate(into: store, associations: 1_200, seed: 7, today: clock.now(), progress: { _ in })
        let db = store.database
        try db.write { try SearchIndex.rebuildFinnish(on: db) }
        let threaded = try dump(db)
        XCTAssertGreaterThan(threaded.filter { $0.hasPrefix("stem ") }.count, 1_200 - 1)   // demo also has the bilingual ones
        XCTAssertGreaterThan(threaded.filter { $0.hasPrefix("word ") }.count, 100)
        try slowRebuild(db)
        let slow = try dump(db)
        XCTAssertEqual(threaded.count, slow.count)
        for (a, b) in zip(threaded, slow) where a != b { XCTFail("threaded \(a)\nslow     \(b)"); break }
    }

    func testAnImportedFileAnswersTheQueryTableTheSameAsTheSlowPath() throws {
        let store = try Store.inMemory(clock: clock)
        var lines = ["nimi;kunta;lahiosoite;postinumero;puhelin;sahkoposti;kuvaus"]
        for i in 0..<1_500 {   // ≥ 1,000 rows: the bulk path, which rebuilds with the pipeline
            let place = ["Heinola", "Lahti", "Hollola", "Orimattila"][i % 4]
            let words = ["Vertaistukea omaishoitajille", "Kotitalousneuvontaa marttojen tapaan", "Tuolijumppaa eläkeläisille",
                         "Kylätoimikunnan talkoot", "Urheiluseuran vuorot"][i % 5]
            lines.append("\(place)n \(["Omaishoitajat", "Martat", "Eläkeläiset", "Kylätoimikunta", "Urheiluseura"][i % 5]) \(i) ry;"
                         + "\(place);Kauppakatu \(i % 40);\(18100 + i % 7);044 512 \(3000 + i);info\(i)@example.fi;\(words) \(i)")
        }
        lines.append("Heinolan Omaishoitajat ry;Heinola;Kauppakatu 14 B;18100;044 512 3456;toimisto@heinolanomaishoitajat.fi;Vertaistukea.")
        let summary = try AssociationImport.run(data: Data(lines.joined(separator: "\n").utf8), store: store)
        XCTAssertEqual(summary.inserted, 1_501)
        let directory = DirectoryStore(store: store)
        let queries = ["omaishoitajien", "omaishoitajille", "Heinolassa", "Lahdessa", "marttojen", "eläkeläisille", "hoitajat",
                       "seura", "toimikunta", "omaishoitjat", "Heinloa", "kauppakatu 14", "18100", "0445123456",
                       "toimisto@heinolanomaishoitajat.fi", "Närståendevårdare"]
        func answers() throws -> [String: [String]] {
            var out: [String: [String]] = [:]
            for q in queries { out[q] = try directory.rows(DirectoryQuery(search: q), offset: 0, limit: 50).map(\.name) }
            return out
        }
        let fast = try answers()
        XCTAssertEqual(fast["toimisto@heinolanomaishoitajat.fi"], ["Heinolan Omaishoitajat ry"])
        XCTAssertEqual(fast["omaishoitajien"]?.count, 50, "the stem tier finds the plural genitive")
        XCTAssertEqual(fast["omaishoitjat"]?.first, "Heinolan Omaishoitajat 0 ry", "the typo tier finds the misspelt word")
        let threaded = try dump(store.database)
        try slowRebuild(store.database)
        XCTAssertEqual(try dump(store.database), threaded)
        XCTAssertEqual(try answers(), fast)
    }
}
