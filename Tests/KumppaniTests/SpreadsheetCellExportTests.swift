import XCTest
@testable import Kumppani

/// The association CSV is safe to open in Excel (no cell evaluated as a formula) and still round-trips.
final class SpreadsheetCellExportTests: XCTestCase {
    func makeStore() throws -> Store {
        try Store.inMemory(clock: FixedClock(Date(timeIntervalSince1970: 1_780_000_000)))
    }

    func exportCSV(_ store: Store) throws -> String {
        let path = NSTemporaryDirectory() + "export-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try ExportSink.file(path)
        try AssociationExport.write(.csv, from: store.database, to: sink)
        try sink.commit()
        return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)).dropFirst(3), as: UTF8.self)
    }

    func testGuardAndUnguardAreExactInverses() {
        for text in ["=1+1", "+358", "-x", "@SUM(1)", "\tx", "\rx", "'=x", "''-x", "'plain", "plain", "", "'", "a=b"] {
            XCTAssertEqual(SpreadsheetCell.unguarded(SpreadsheetCell.guarded(text)), text, text)
        }
        XCTAssertEqual(SpreadsheetCell.guarded("=HYPERLINK(1)"), "'=HYPERLINK(1)")
        XCTAssertEqual(SpreadsheetCell.guarded("'=x"), "''=x")
        XCTAssertEqual(SpreadsheetCell.guarded("'plain"), "'plain")
        XCTAssertEqual(SpreadsheetCell.unguarded("'plain"), "'plain", "an apostrophe that guards nothing stays")
    }

    func testFormulaLikeCellsAreExportedAsTextAndImportingTheExportChangesNothing() throws {
        let store = try makeStore()
        let file = """
            nimi;kunta;kuvaus
            "=HYPERLINK(""http://evil.example"";""klikkaa"")";Lahti;
            @SUM(1+1) ry;Heinola;+ tärkeä kuvaus
            -Miinus ry;Lahti;-1
            ''=Lainaus ry;Lahti;
            'Heittomerkki ry;Lahti;
            """
        XCTAssertEqual(try AssociationImport.run(data: Data(file.utf8), store: store).inserted, 5)
        let stored = Set(try store.database.query("SELECT name FROM associations").compactMap { $0.string("name") })
        XCTAssertEqual(stored, ["=HYPERLINK(\"http://evil.example\";\"klikkaa\")", "@SUM(1+1) ry", "-Miinus ry",
                                "'=Lainaus ry", "'Heittomerkki ry"])
        let before = try store.database.query("SELECT * FROM associations ORDER BY id").map(\.values)

        let export = try exportCSV(store)
        XCTAssertTrue(export.contains("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"klikkaa\"\")\""), export)
        XCTAssertTrue(export.contains("\r\n'@SUM(1+1) ry;"), export)
        XCTAssertTrue(export.contains("\r\n'-Miinus ry;"), export)
        XCTAssertTrue(export.contains(";'+ tärkeä kuvaus;"), export)
        XCTAssertTrue(export.contains(";'-1;"), export)
        XCTAssertTrue(export.contains("\r\n''=Lainaus ry;"), export)
        XCTAssertTrue(export.contains("\r\n'Heittomerkki ry;"), export)
        // No cell of any line starts with a formula character once the CSV is split.
        for line in export.split(separator: "\r\n") {
            for cell in line.split(separator: ";", omittingEmptySubsequences: false) {
                let unquoted = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                XCTAssertFalse(["=", "+", "-", "@", "\t"].contains(unquoted.first.map(String.init) ?? ""), String(line))
            }
        }

        let summary = try AssociationImport.run(data: Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array(export.utf8)), store: store)
        XCTAssertEqual(summary.inserted, 0)
        XCTAssertEqual(summary.updated, 0)
        XCTAssertEqual(summary.unchanged, 5)
        XCTAssertEqual(try store.database.query("SELECT * FROM associations ORDER BY id").map(\.values), before)
        XCTAssertEqual(try exportCSV(store), export)
    }
}
