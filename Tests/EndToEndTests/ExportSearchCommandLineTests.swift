import Foundation
import XCTest

/// `kumppani export associations --search TEXT`: only what the directory's search finds, formulas guarded.
final class ExportSearchCommandLineTests: XCTestCase {
    var directory: URL!
    var db: String { directory.appendingPathComponent("k.sqlite").path }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("export-search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let csv = directory.appendingPathComponent("a.csv")
        try """
            nimi;kunta;puhelin
            Heinolan Omaishoitajat ry;Heinola;040 123 4567
            Lahden Omaishoitajat ry;Lahti;
            Lahden Partiolaiset ry;Lahti;
            "=HYPERLINK(""http://x.example"") Omaishoitajat";Lahti;
            """.write(to: csv, atomically: true, encoding: .utf8)
        XCTAssertEqual(try KumppaniProcess.run(["init", "--db", db]).status, 0)
        let imported = try KumppaniProcess.run(["import", "associations", csv.path, "--db", db])
        XCTAssertEqual(imported.status, 0, imported.err)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func testSearchNarrowsTheExportAndAnInflectedFormFindsTheSameOnes() throws {
        let result = try KumppaniProcess.run(["export", "associations", "--db", db, "--search", "omaishoitajat"])
        XCTAssertEqual(result.status, 0, result.err)
        let lines = result.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertTrue(lines[0].hasSuffix("toimintamuodot;asiointikieli;tila;yhteyshenkilo;toimintoja;tunnisteet"), lines[0])
        XCTAssertEqual(lines.count, 4, result.out)
        XCTAssertFalse(result.out.contains("Partiolaiset"))
        XCTAssertTrue(result.out.contains("\"'=HYPERLINK(\"\"http://x.example\"\") Omaishoitajat\""), "guarded: \(result.out)")
        XCTAssertTrue(result.out.contains("Heinolan Omaishoitajat ry;;Heinola;;;;;'+358 40 1234567;"), result.out)

        let inflected = try KumppaniProcess.run(["export", "associations", "--db", db, "--search", "omaishoitajien"])
        XCTAssertEqual(inflected.out, result.out, "the search's tiers decide, whatever the inflection")

        let all = try KumppaniProcess.run(["export", "associations", "--db", db])
        XCTAssertEqual(all.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 5)
    }
}
