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
}
