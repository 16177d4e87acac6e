import XCTest
@testable import Kumppani

/// The large-file path: checked on a second thread while written, loaded without triggers, search
/// index rebuilt once; into an empty table only rows that repeat an earlier row are looked up.
final class AssociationImportBulkTests: XCTestCase {
    func makeStore() throws -> Store {
        try Store.inMemory(clock: FixedClock(Date(timeIntervalSince1970: 1_780_000_000)))
    }

    /// `count` rows; row i has a unique name and, every third row, a phone typed the Finnish way.
    func bigFile(_ count: Int, extra: String = "") -> String {
        var lines = ["nimi;kunta;puhelin;sahkoposti;kuvaus"]
        for i in 0..<count {
            let phone = i % 3 == 0 ? "040 \(100 + i % 900) \(1000 + i % 9000)" : ""
            lines.append("Yhdistys numero \(i) ry;Lahti;\(phone);Info\(i)@Example.FI;Kävelyryhmä \(i)")
        }
        return lines.joined(separator: "\r\n") + extra
    }

    func testLargeFileIsWrittenWithNormalisedValuesAndBothSearchIndexes() throws {
        let store = try makeStore()
        var calls: [(Int, Int)] = []
        let summary = try AssociationImport.run(data: Data(bigFile(1_500).utf8), store: store) { calls.append(($0, $1)) }
        XCTAssertEqual(summary.inserted, 1_500)
        let db = store.database
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM associations"), 1_500)
        let row = try XCTUnwrap(db.queryOne("SELECT phone, email, municipality_code FROM associations WHERE name = 'Yhdistys numero 3 ry'"))
        XCTAssertEqual(row.string("phone"), "+358 40 1031003")
        XCTAssertEqual(row.string("email"), "Info3@example.fi")
        XCTAssertEqual(row.string("municipality_code"), "398")
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM association_fts WHERE association_fts MATCH '\"kävelyryhmä\"*'"), 1_500)
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM association_fts_folded WHERE association_fts_folded MATCH '\"kavelyryhma\"*'"), 1_500)
        XCTAssertEqual(SearchIndex.integrityProblems(on: db), [])
        XCTAssertEqual(calls.last?.0, 1_500)
        XCTAssertEqual(calls.last?.1, 1_500)
        // The triggers are back: a later edit reaches the index.
        try db.write { try db.run("UPDATE associations SET description = 'Sählyvuoro' WHERE name = 'Yhdistys numero 7 ry'") }
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM association_fts WHERE association_fts MATCH '\"sählyvuoro\"*'"), 1)
    }

    func testAProblemOnTheLastRowOfALargeFileWritesNothing() throws {
        let store = try makeStore()
        let file = bigFile(1_200, extra: "\r\nViimeinen ry;Ei-kunta;;;")
        XCTAssertThrowsError(try AssociationImport.run(data: Data(file.utf8), store: store)) { error in
            guard case .invalid(let problems)? = error as? ImportFailure else { return XCTFail("\(error)") }
            XCTAssertEqual(problems.map(\.line), [1_202])
            XCTAssertTrue(problems[0].message(.fi).contains("Ei-kunta"))
        }
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM associations"), 0)
    }

    func testRowsRepeatingAnEarlierRowOfTheSameFileUpdateItInAnEmptyDatabase() throws {
        let store = try makeStore()
        let file = bigFile(1_200, extra: "\r\nYhdistys numero 5 ry;Lahti;;uusi@example.fi;Uusi kuvaus"
                                        + "\r\nYhdistys numero 9 ry;Heinola;;heinola@example.fi;Toinen kunta")
        let trial = try AssociationImport.run(data: Data(file.utf8), store: store, dryRun: true)
        let summary = try AssociationImport.run(data: Data(file.utf8), store: store)
        XCTAssertEqual([trial.inserted, trial.updated], [summary.inserted, summary.updated], "the trial counts what the import does")
        XCTAssertEqual(summary.inserted, 1_201, "the same name in another municipality is another association")
        XCTAssertEqual(summary.updated, 1)
        let rows = try store.database.query("SELECT email, description FROM associations WHERE name = 'Yhdistys numero 5 ry'")
        XCTAssertEqual(rows.map { $0.string("email") }, ["uusi@example.fi"])
        XCTAssertEqual(rows.map { $0.string("description") }, ["Uusi kuvaus"])
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM association_fts WHERE association_fts MATCH '\"uusi\"*'"), 1)
    }

    func testAYTunnusGivenLaterInTheSameFileIsAddedToTheRowMatchedByName() throws {
        let store = try makeStore()
        let file = "nimi;y_tunnus;kunta\nSysmän Kyläyhdistys ry;;Sysmä\nSysmän Kyläyhdistys ry;1572860-0;Sysmä\nToinen ry;;Sysmä\n"
        let summary = try AssociationImport.run(data: Data(file.utf8), store: store)
        XCTAssertEqual(summary.inserted, 2)
        XCTAssertEqual(summary.updated, 1)
        XCTAssertEqual(try store.database.scalarString("SELECT business_id FROM associations WHERE name = 'Sysmän Kyläyhdistys ry'"), "1572860-0")
    }

    func testAnotherWindowSavingMeanwhileIsSaidPlainlyAndTheImportRunsLater() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-busy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("k.sqlite").path
        let clock = FixedClock(Date(timeIntervalSince1970: 1_780_000_000))
        let mine = try Store.open(path: path, options: Store.Options(autoBackup: false), clock: clock)
        let other = try Store.open(path: path, options: Store.Options(autoBackup: false), clock: clock)
        mine.database.setBusyTimeout(milliseconds: 50)
        try other.database.execute("BEGIN IMMEDIATE")
        XCTAssertThrowsError(try AssociationImport.run(data: Data(bigFile(1_100).utf8), store: mine)) { error in
            XCTAssertEqual(error as? ImportFailure, .busy)
            XCTAssertTrue((error as? ImportFailure)?.message(.fi).contains("toinen Kumppani-ikkuna") == true)
        }
        try other.database.execute("COMMIT")
        XCTAssertEqual(try mine.database.scalarInt("SELECT count(*) FROM associations"), 0)
        XCTAssertEqual(try AssociationImport.run(data: Data(bigFile(1_100).utf8), store: mine).inserted, 1_100)
    }

    func testBrokenEncodingAfterGoodRowsIsReportedAndNothingWritten() throws {
        let store = try makeStore()
        var data = Data(bigFile(50).utf8)
        data.append(contentsOf: [0x0D, 0x0A, 0x4B, 0xE4, 0x72, 0x6B, 0xF6, 0x6C, 0xE4, 0x3B, 0x3B, 0x3B, 0x3B])   // Latin-1 "Kärkölä"
        XCTAssertThrowsError(try AssociationImport.run(data: data, store: store)) { error in
            XCTAssertEqual(error as? ImportFailure, .unreadable(.invalidUTF8(line: 52)))
        }
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM associations"), 0)
    }

    func testReaderHandsOverRecordsOneAtATimeWithTheirLines() throws {
        var seen: [(Int, [String])] = []
        let delimiter = try CSVReader.forEachRecord(data: Data("a;b\r\n\r\n\"x\r\ny\";\"say \"\"hi\"\"\"\r\nz;2".utf8)) {
            seen.append(($0.line, $0.fields))
        }
        XCTAssertEqual(delimiter, ";")
        XCTAssertEqual(seen.map(\.0), [1, 3, 5])
        XCTAssertEqual(seen.map(\.1), [["a", "b"], ["x\r\ny", "say \"hi\""], ["z", "2"]])
    }
}
