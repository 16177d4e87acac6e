import XCTest
@testable import Kumppani

/// Shipped migrations are frozen SQL: a file created today and one created by version 1 and
/// migrated since must end with the same schema and the same seed rows.
final class MigrationFreezeTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("freeze-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func testAFreshFileAndOneMigratedFromVersion1HaveTheSameSchemaAndSeeds() throws {
        let freshPath = folder.appendingPathComponent("fresh.sqlite").path
        let oldPath = folder.appendingPathComponent("old.sqlite").path
        _ = try Store.open(path: freshPath, options: .init(autoBackup: false))

        // A file as version 1 left it, holding a row of user data, then opened by today's program.
        do {
            let db = try Database(path: oldPath)
            try db.execute("PRAGMA application_id = \(Store.applicationID)")
            try db.execute("BEGIN")
            try Migrations.all[0].apply(db)
            try db.execute("PRAGMA user_version = 1")
            try db.execute("INSERT INTO associations(id, name, name_key, municipality_code, created_at, updated_at) VALUES (42, 'Vanha yhdistys ry', 'vanha yhdistys ry', '398', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')")
            try db.execute("COMMIT")
        }
        let migrated = try Store.open(path: oldPath, options: .init(autoBackup: false))
        XCTAssertEqual(try migrated.database.scalarInt("PRAGMA user_version"), Int64(Migrations.latestVersion))
        XCTAssertEqual(try migrated.database.scalarString("SELECT name FROM associations WHERE id = 42"), "Vanha yhdistys ry")

        let fresh = try Database(path: freshPath, readOnly: true)
        let old = try Database(path: oldPath, readOnly: true)
        XCTAssertEqual(try schema(of: old), try schema(of: fresh))
        XCTAssertFalse(try schema(of: fresh).isEmpty)
        for table in ["municipalities", "categories"] {
            let freshRows = try dump(table, fresh), oldRows = try dump(table, old)
            XCTAssertEqual(oldRows, freshRows, table)
            XCTAssertFalse(freshRows.isEmpty, table)
        }
        XCTAssertEqual(try fresh.scalarInt("SELECT count(*) FROM municipalities"), 308)
    }

    /// The seed rows a fresh file gets are the ones the live code knows today (the frozen SQL was
    /// written out from them); a change to the live lists needs a migration, and this test says so.
    func testTheFrozenSeedsMatchTheLiveLists() throws {
        let store = try Store.inMemory()
        let rows = try store.database.query("SELECT code, name_fi, name_sv FROM municipalities ORDER BY code")
        let live = Municipality.all.sorted { $0.code < $1.code }
        XCTAssertEqual(rows.map { $0.string("code") ?? "" }, live.map(\.code))
        XCTAssertEqual(rows.map { $0.string("name_sv") ?? "" }, live.map(\.nameSV))
        let kinds = try store.database.query("SELECT code FROM categories WHERE list = 'target_group' ORDER BY sort")
        XCTAssertEqual(kinds.map { $0.string("code") ?? "" }, ClassificationSeed.targetGroups.map(\.code))
    }

    /// A shipped migration's text never changes: its hash is written here when it ships.
    func testShippedMigrationsAreUnchanged() {
        let shipped: [Int: String] = [
            1: "7c5aebfadebf03ec", 2: "879815b452111dc4", 3: "bd7c4335e25edbba", 4: "eb456a2e9aa17413",
            5: "c385c411c0808fb0", 6: "a5f49729b9355613", 7: "cc41a866d229bb9a",
            8: "404be34721d68787", 9: "43fe89a5c8d51818", 10: "29bb5ea4419b9823", 11: "e6f737f06f1d42cf",
            12: "45bedd1868a68738",
            13: "1325cd96c9468c86",
            14: "da636ec3081ca13",
            15: "746678e76715812b",
            16: "f9f4c6b5a2e40971",
            17: "11d640d0f0134d51",
        ]
        for migration in Migrations.all {
            guard let expected = shipped[migration.version] else {
                XCTFail("migration \(migration.version) has no hash here: add \(migration.version): \"\(Self.fnv1a(migration.sql))\" when it ships"); continue
            }
            let hash = Self.fnv1a(migration.sql)
            XCTAssertEqual(hash, expected, "migration \(migration.version) (\(migration.name)) was edited; add a new migration instead")
        }
    }

    /// FNV-1a, 64 bits: enough to notice an edit (Foundation has no SHA-256 on Linux).
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }

    private func schema(of db: Database) throws -> [String] {
        try db.query("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
            .map { "\($0.string("type") ?? "") \($0.string("name") ?? "") \($0.string("tbl_name") ?? "") \($0.string("sql") ?? "")" }
    }

    private func dump(_ table: String, _ db: Database) throws -> [String] {
        try db.query("SELECT * FROM \(table) ORDER BY 1, 2").map { row in
            row.values.map { "\($0)" }.joined(separator: "|")
        }
    }
}
