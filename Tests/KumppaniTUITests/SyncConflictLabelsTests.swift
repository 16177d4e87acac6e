import XCTest
import Kumppani
@testable import KumppaniTUI

/// The sync conflict dialog names what conflicted in words: for every table a copy exchanges
/// and every column of it the sync can report (not the key, not the bookkeeping columns), the
/// label shown is a catalog text in each language, never the raw table or column name.
final class SyncConflictLabelsTests: XCTestCase {
    func testEveryReportableColumnAndTableHasALabelInEveryLanguage() throws {
        let db = try Store.inMemory().database
        let tables = try db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .compactMap { $0.string("name") }.filter(SyncTables.isExchanged)
        XCTAssertGreaterThan(tables.count, 40, "the schema's exchanged tables were read")
        var raw: [String] = []
        for language in Language.allCases {
            let l = L(language)
            for table in tables {
                let shown = SyncConflictLabels.table(table, l: l)
                if shown == table || shown.contains("_") { raw.append("\(language) table \(table): \(shown)") }
                let columns = try db.query("SELECT name, pk FROM pragma_table_info(?)", table)
                    .filter { ($0.int64("pk") ?? 0) == 0 }.compactMap { $0.string("name") }
                    .filter { !SyncTables.isBookkeeping($0) }
                for column in columns {
                    let label = SyncConflictLabels.field(table: table, column: column, kind: "field", l: l)
                    if label == column || label.contains("_") || label.isEmpty { raw.append("\(language) \(table).\(column): \(label)") }
                }
            }
        }
        XCTAssertEqual(raw, [], "raw names shown in the conflict dialog")
    }

    func testAnAssociationFieldReadsAsItsFormLabelAndAnotherTablesColumnByItsOwn() {
        let fi = L(.fi)
        XCTAssertEqual(SyncConflictLabels.field(table: "associations", column: "phone", kind: "field", l: fi), fi["directory.field.phone"])
        XCTAssertEqual(SyncConflictLabels.field(table: "bodies", column: "quorum_rule", kind: "field", l: fi), "Päätösvaltaisuus")
        XCTAssertEqual(SyncConflictLabels.field(table: "members", column: "term_end_on", kind: "field", l: L(.sv)), "Mandatperioden slutar")
        XCTAssertEqual(SyncConflictLabels.table("grant_payments", l: L(.en)), "Grant payment")
        XCTAssertEqual(SyncConflictLabels.field(table: "future_table", column: "new_column", kind: "field", l: fi), "new_column",
                       "a column this version does not know shows as it is rather than a wrong name")
    }
}
