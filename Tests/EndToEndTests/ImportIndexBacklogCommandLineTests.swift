import XCTest
import Kumppani

/// `kumppani import` of a large file prints its summary once the rows are committed, then makes the
/// derived search indexes before it exits (`SearchIndex+Backlog`): nothing is left for later.
final class ImportIndexBacklogCommandLineTests: XCTestCase {
    func testALargeImportCompletesItsSearchIndexBeforeExiting() throws {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-backlog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temp) }
        var lines = ["nimi;kunta;puhelin;kuvaus"]
        for i in 0..<1_200 { lines.append("Heinolan Omaishoitajat \(i) ry;Heinola;044 512 \(3000 + i);Vertaistukea omaishoitajille") }
        let csv = temp.appendingPathComponent("big.csv")
        try lines.joined(separator: "\n").write(to: csv, atomically: true, encoding: .utf8)
        let db = temp.appendingPathComponent("k.sqlite").path

        let run = try KumppaniProcess.run(["import", "associations", csv.path, "--db", db, "--lang", "fi"])
        XCTAssertEqual(run.status, 0, run.err)
        let out = run.out.split(whereSeparator: \.isNewline).map(String.init)
        XCTAssertTrue(out.first?.contains("1200") == true || out.first?.contains("1 200") == true, run.out)
        XCTAssertEqual(out.last, "Hakuindeksi viimeistelty (1 200 yhdistystä).", run.out)

        let store = try Store.open(path: db, options: Store.Options(create: false, autoBackup: false))
        XCTAssertEqual(try SearchIndex.backlogCount(on: store.database), 0)
        let rows = try DirectoryStore(store: store).rows(DirectoryQuery(search: "512 3007"), offset: 0, limit: 5)
        XCTAssertEqual(rows.map(\.name), ["Heinolan Omaishoitajat 7 ry"], "the contact index is made")
    }

    /// A backlog left behind (an import stopped after its commit): `check` reports it without
    /// touching it; the next command that opens the file makes the indexes first, on stderr, so
    /// an export on stdout stays clean and its search answers whole.
    func testALeftBacklogIsReportedByCheckAndMadeByTheNextCommand() throws {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-backlog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temp) }
        let db = temp.appendingPathComponent("k.sqlite").path
        do {
            let store = try Store.open(path: db, options: Store.Options(autoBackup: false))
            store.defersDerivedSearchIndexes = true
            var lines = ["nimi;kunta;puhelin"]
            for i in 0..<1_200 { lines.append("Lahden Martat \(i) ry;Lahti;040 765 \(4000 + i)") }
            _ = try AssociationImport.run(data: Data(lines.joined(separator: "\n").utf8), store: store)
            XCTAssertEqual(try SearchIndex.backlogCount(on: store.database), 1_200)
        }
        let check = try KumppaniProcess.run(["check", "--db", db, "--lang", "fi"])
        XCTAssertEqual(check.status, 0, check.out + check.err)
        XCTAssertTrue(check.out.contains("hakuindeksi: 1 200 yhdistystä odottaa"), check.out)

        let export = try KumppaniProcess.run(["export", "associations", "--db", db, "--search", "765 4007", "--lang", "fi"])
        XCTAssertEqual(export.status, 0, export.err)
        XCTAssertTrue(export.err.contains("Hakuindeksi viimeistelty (1 200 yhdistystä)."), export.err)
        let rows = export.out.split(whereSeparator: \.isNewline).dropFirst()
        XCTAssertEqual(rows.count, 1, export.out)
        XCTAssertTrue(rows.first?.contains("Lahden Martat 7 ry") == true, export.out)
        let store = try Store.open(path: db, options: Store.Options(create: false, autoBackup: false))
        XCTAssertEqual(try SearchIndex.backlogCount(on: store.database), 0)
    }
}
