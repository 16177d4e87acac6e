import XCTest
@testable import Kumppani

/// The export's read-only columns (status, contact person, activity count) and exporting a subset.
final class AssociationExportColumnsTests: XCTestCase {
    var store: Store!
    var directory: DirectoryStore!
    var carers: Int64 = 0
    var scouts: Int64 = 0

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: FixedClock(Date(timeIntervalSince1970: 1_795_435_200)))   // 2026-11-23
        directory = DirectoryStore(store: store)
        func add(_ name: String, _ municipality: String) throws -> Int64 {
            var d = AssociationDraft()
            d.name = name; d.municipality = municipality
            guard case .saved(let id, _) = try directory.save(d) else { throw XCTSkip("fixture not saved") }
            return id
        }
        carers = try add("Heinolan Omaishoitajat ry", "Heinola")
        scouts = try add("Lahden Partiolaiset ry", "Lahti")
        _ = try add("Asikkalan Eläkkeensaajat ry", "Asikkala")
        var chair = PersonRoleDraft()
        chair.name = "Pekka Puheenjohtaja"; chair.kind = "board_chair"
        _ = try directory.saveRole(chair, association: carers)
        var contact = PersonRoleDraft()
        contact.name = "Liisa Lehtinen"; contact.email = "liisa@omaiset.example"; contact.phone = "040 123 4567"
        _ = try directory.saveRole(contact, association: carers)
        var ended = PersonRoleDraft()
        ended.name = "Entinen Yhteyshenkilö"; ended.startOn = "2020-01-01"; ended.endOn = "2025-12-31"
        _ = try directory.saveRole(ended, association: scouts)
        var chairOnly = PersonRoleDraft()
        chairOnly.name = "Paula Partio"; chairOnly.kind = "board_chair"
        _ = try directory.saveRole(chairOnly, association: scouts)
        for title in ["Vertaisryhmä", "Virkistyspäivä"] {
            var a = ActivityDraft(); a.title = title
            _ = try directory.saveActivity(a, association: carers)
        }
        try store.database.write { try store.database.run("UPDATE associations SET status = 'dormant' WHERE id = ?", scouts) }
    }

    func export(ids: [Int64]? = nil) throws -> [String] {
        let path = NSTemporaryDirectory() + "export-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try ExportSink.file(path)
        try AssociationExport.write(.csv, from: store.database, to: sink, ids: ids, today: "2026-11-23")
        try sink.commit()
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    func testStatusContactPersonAndActivityCountColumns() throws {
        let lines = try export()
        XCTAssertTrue(lines[0].hasSuffix(";kohderyhmat;toimintamuodot;asiointikieli;tila;yhteyshenkilo;toimintoja;tunnisteet"), lines[0])
        XCTAssertEqual(lines.count, 4)
        XCTAssertTrue(lines[1].hasPrefix("Asikkalan Eläkkeensaajat ry;") && lines[1].hasSuffix(";toiminnassa;;0;"), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("Heinolan Omaishoitajat ry;"), lines[2])
        XCTAssertTrue(lines[2].hasSuffix(";toiminnassa;Liisa Lehtinen, liisa@omaiset.example, +358 40 1234567;2;"),
                      "the contact role wins over the chair: \(lines[2])")
        XCTAssertTrue(lines[3].hasSuffix(";lepäävä;Paula Partio;0;"),
                      "an ended contact role is not current, the chair is: \(lines[3])")
        XCTAssertFalse(lines[3].contains("Entinen"), lines[3])
    }

    func testOnlyTheGivenIDsAreExportedAndTheImportIgnoresTheReadOnlyColumns() throws {
        let lines = try export(ids: [scouts, carers])
        XCTAssertEqual(lines.count, 3, lines.joined(separator: "\n"))
        XCTAssertTrue(lines[1].hasPrefix("Heinolan Omaishoitajat ry;") && lines[2].hasPrefix("Lahden Partiolaiset ry;"), "name order")
        XCTAssertEqual(try export(ids: []).count, 1, "an empty selection gives the header only")

        let before = try store.database.query("SELECT * FROM associations ORDER BY id").map(\.values)
        let file = Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array((lines.joined(separator: "\r\n") + "\r\n").utf8))
        let summary = try AssociationImport.run(data: file, store: store)
        XCTAssertEqual(summary.unchanged, 2)
        XCTAssertEqual(summary.inserted + summary.updated, 0)
        XCTAssertEqual(try store.database.query("SELECT * FROM associations ORDER BY id").map(\.values), before,
                       "status in the file does not change the association")
    }
}
