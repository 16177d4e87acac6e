import XCTest
@testable import Kumppani

/// The query table of issue 16: each query must find its association on the first page (the
/// first 20 rows), whatever the form typed. The fixture holds decoys that share words.
final class DirectoryFinnishSearchTests: XCTestCase {
    private func fixture() throws -> DirectoryFixture {
        let f = try DirectoryFixture()
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"
        d.municipality = "Heinola"
        d.street = "Kauppakatu 14 B"
        d.postalCode = "18100"
        d.city = "Heinola"
        d.email = "toimisto@heinolanomaishoitajat.fi"
        d.phone = "044 512 3456"
        d.description = "Vertaistukea ja virkistystä omaishoitajille."
        d.targetGroups = ["family_carers"]
        guard case .saved = try f.directory.save(d) else { XCTFail("not saved"); return f }
        try f.add("Lahden Martat ry", municipality: "Lahti", description: "Kotitalousneuvontaa ja ruokakursseja.")
        try f.add("Vierumäen Urheiluseura ry", municipality: "Heinola", description: "Liikuntaa kaikenikäisille.")
        try f.add("Kirkonkylän Kylätoimikunta", municipality: "Hollola", description: "Kylätalon ylläpito.")
        try f.add("Hollolan Eläkeläiset ry", municipality: "Hollola", description: "Tuolijumppaa ja retkiä.")
        let carer = try f.add("Päijät-Hämeen Vertaistuki ry", municipality: "Lahti", description: "Ryhmiä.")
        try f.person("Pirjo Lehtinen", in: carer, kind: "contact")
        // Decoys: share letters or places, but not the words searched for.
        try f.add("Heinolan Shakkikerho ry", municipality: "Heinola", description: "Shakkia.")
        try f.add("Orimattilan Nuoret ry", municipality: "Orimattila", description: "Nuorisotyötä.")
        return f
    }

    /// (query, association that must be on the first page, why)
    static let table: [(String, String, String)] = [
        ("omaishoitajat", "Heinolan Omaishoitajat ry", "base form"),
        ("omaishoitajan", "Heinolan Omaishoitajat ry", "genitive"),
        ("omaishoitajien", "Heinolan Omaishoitajat ry", "plural genitive"),
        ("omaishoitajille", "Heinolan Omaishoitajat ry", "plural allative"),
        ("Heinolassa", "Heinolan Omaishoitajat ry", "inessive of a place"),
        ("Lahdessa", "Lahden Martat ry", "inessive with consonant gradation ht:hd"),
        ("marttojen", "Lahden Martat ry", "plural genitive with o-plural"),
        ("eläkeläisille", "Hollolan Eläkeläiset ry", "plural allative"),
        ("Lehtisen", "Päijät-Hämeen Vertaistuki ry", "a contact person's surname, genitive"),
        ("hoitajat", "Heinolan Omaishoitajat ry", "later part of a compound"),
        ("seura", "Vierumäen Urheiluseura ry", "later part of a compound"),
        ("toimikunta", "Kirkonkylän Kylätoimikunta", "later part of a compound"),
        ("omaishoitjat", "Heinolan Omaishoitajat ry", "typo: a letter missing"),
        ("Heinloa", "Heinolan Omaishoitajat ry", "typo: two letters swapped"),
        ("kauppakatu 14", "Heinolan Omaishoitajat ry", "street address"),
        ("18100", "Heinolan Omaishoitajat ry", "postcode"),
        ("0445123456", "Heinolan Omaishoitajat ry", "phone as digits"),
        ("+358 44 512 3456", "Heinolan Omaishoitajat ry", "phone in international form"),
        ("toimisto@heinolanomaishoitajat.fi", "Heinolan Omaishoitajat ry", "e-mail"),
        ("Närståendevårdare", "Heinolan Omaishoitajat ry", "Swedish target group"),
        ("Lahtis", "Lahden Martat ry", "Swedish municipality name"),
    ]

    func testQueryTableFindsEachAssociationOnTheFirstPage() throws {
        let f = try fixture()
        for (query, expected, why) in Self.table {
            let page = try f.directory.rows(DirectoryQuery(search: query), offset: 0, limit: 20).map(\.name)
            XCTAssertTrue(page.contains(expected), "\(query) (\(why)) found \(page)")
        }
    }

    func testInflectionsGiveTheSameSet() throws {
        let f = try fixture()
        let forms = ["omaishoitajat", "omaishoitajan", "omaishoitajien", "omaishoitajille", "omaishoitajia"]
        let sets = try forms.map { Set(try f.names(search: $0)) }
        for (form, set) in zip(forms, sets) {
            XCTAssertEqual(set, sets[0], form)
        }
        XCTAssertEqual(Set(try f.names(search: "Heinolassa")), Set(try f.names(search: "Heinolan")))
    }

    func testRowsSayWhichTierFoundThem() throws {
        let f = try fixture()
        func tiers(_ query: String) throws -> [String: SearchTier] {
            let rows = try f.directory.rows(DirectoryQuery(search: query), offset: 0, limit: 50)
            return Dictionary(rows.map { ($0.name, $0.matchTier) }, uniquingKeysWith: { a, _ in a })
        }
        XCTAssertEqual(try tiers("omaishoitajat")["Heinolan Omaishoitajat ry"], .exact)
        XCTAssertEqual(try tiers("omaishoitajien")["Heinolan Omaishoitajat ry"], .stem)
        XCTAssertEqual(try tiers("hoitajat")["Heinolan Omaishoitajat ry"], .part)
        XCTAssertEqual(try tiers("omaishoitjat")["Heinolan Omaishoitajat ry"], .typo)
        XCTAssertEqual(try tiers("heinola").values.filter { $0 != .exact }.count, 0, "exact words need no tiers")
    }

    func testExactMatchesStillComeFirstAndDecoysStayOut() throws {
        let f = try fixture()
        XCTAssertEqual(try f.names(search: "omaishoitajille").first, "Heinolan Omaishoitajat ry")
        XCTAssertFalse(try f.names(search: "omaishoitjat").contains("Heinolan Shakkikerho ry"))
        XCTAssertEqual(try f.names(search: "qwerty"), [])
        XCTAssertEqual(try f.names(search: "lahden tampere"), [], "every word must still match")
    }

    func testIndexesFollowEditsAndMigrationBackfills() throws {
        let f = try fixture()
        let id = try f.add("Sysmän Kyläseura ry", municipality: "Sysmä")
        XCTAssertTrue(try f.names(search: "kyläseuroille").contains("Sysmän Kyläseura ry"))
        try f.db.write { try f.db.run("UPDATE associations SET name = 'Sysmän Nuorisoyhdistys ry' WHERE id = ?", id) }
        XCTAssertFalse(try f.names(search: "kyläseuroille").contains("Sysmän Nuorisoyhdistys ry"))
        XCTAssertTrue(try f.names(search: "nuorisoyhdistyksille").contains("Sysmän Nuorisoyhdistys ry"))
        // The migration's backfill is the rebuild: emptied and rebuilt, the search is the same.
        try f.db.write { try f.db.execute("DELETE FROM association_stem; DELETE FROM association_trigram; DELETE FROM search_vocabulary") }
        XCTAssertFalse(try f.names(search: "hoitajat").contains("Heinolan Omaishoitajat ry"))
        try f.db.write { try SearchIndex.rebuildFinnish(on: f.db) }
        XCTAssertTrue(try f.names(search: "hoitajat").contains("Heinolan Omaishoitajat ry"))
        XCTAssertTrue(SearchIndex.integrityProblems(on: f.db).isEmpty)
    }

    func testAVersion5FileIsBackfilledByMigration6() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("v5.sqlite").path
        do {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
            let db = try Database(path: path)
            try Store.configure(db, readOnly: false)
            try db.execute("PRAGMA application_id = \(Store.applicationID)")
            try FinnishCollation.register(on: db)
            db.beforeCommit = { [unowned db] in try SearchIndex.flush(on: db) }
            for migration in Migrations.all where migration.version <= 5 {
                try db.write { try migration.apply(db); try db.execute("PRAGMA user_version = \(migration.version)") }
            }
            try db.write {
                try db.run("""
                    INSERT INTO associations(id, name, name_key, municipality_code, postal_code, created_at, updated_at)
                    VALUES (?, 'Heinolan Omaishoitajat ry', 'heinolan omaishoitajat ry', '111', '18100', 'x', 'x')
                    """, Store.newID())
            }
        }
        let store = try Store.open(path: path, options: .init(autoBackup: false))
        XCTAssertGreaterThanOrEqual(store.schemaVersion, 6)
        let f = DirectoryStore(store: store)
        for query in ["omaishoitajille", "hoitajat", "18100", "Heinolassa"] {
            XCTAssertEqual(try f.rows(DirectoryQuery(search: query), offset: 0, limit: 5).map(\.name), ["Heinolan Omaishoitajat ry"], query)
        }
    }
}
