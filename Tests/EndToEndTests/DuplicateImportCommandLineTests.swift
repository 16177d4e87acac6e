import XCTest

/// A CSV row without a Y-tunnus that has the name of an association of the same municipality:
/// the dry run lists it, the import skips it, `--allow-duplicates` imports it.
final class DuplicateImportCommandLineTests: XCTestCase {
    var temp: URL!

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-dup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    func csv(_ name: String, _ text: String) throws -> String {
        let url = temp.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func count(_ db: String, _ name: String) throws -> Int {
        let out = try KumppaniProcess.run(["export", "associations", "--db", db]).out
        return out.split(whereSeparator: \.isNewline).filter { $0.hasPrefix(name + ";") }.count
    }

    func testARowWithoutBusinessIDMatchingANameInTheSameMunicipalityIsListedAndSkipped() throws {
        let db = temp.appendingPathComponent("dup.sqlite").path
        let first = try csv("first.csv", "name;business_id;municipality\nHeinolan Omaishoitajat ry;1499625-9;Heinola\nLahden Partio ry;;Lahti\n")
        XCTAssertEqual(try KumppaniProcess.run(["import", "associations", first, "--db", db]).status, 0)
        let again = try csv("again.csv", "name;municipality\nHeinolan Omaishoitajat ry;Heinola\nHeinolan Omaishoitajat ry;Lahti\nUusi ry;Heinola\n")

        let dry = try KumppaniProcess.run(["import", "associations", again, "--dry-run", "--db", db, "--lang", "en"])
        XCTAssertEqual(dry.status, 0, dry.err)
        XCTAssertTrue(dry.out.contains("Would skip 1 likely duplicates"), dry.out)
        XCTAssertTrue(dry.out.contains("line 2: Heinolan Omaishoitajat ry – already in the directory as Heinolan Omaishoitajat ry"), dry.out)
        XCTAssertFalse(dry.out.contains("line 3"), "another municipality is not a duplicate")

        let real = try KumppaniProcess.run(["import", "associations", again, "--db", db, "--lang", "fi"])
        XCTAssertEqual(real.status, 0, real.err)
        XCTAssertTrue(real.out.contains("Ohitettu 1 todennäköistä kaksoiskappaletta"), real.out)
        XCTAssertEqual(try count(db, "Heinolan Omaishoitajat ry"), 2, "Heinola's one and the new one in Lahti")

        let allowed = try KumppaniProcess.run(["import", "associations", again, "--allow-duplicates", "--db", db])
        XCTAssertEqual(allowed.status, 0, allowed.err)
        XCTAssertEqual(try count(db, "Heinolan Omaishoitajat ry"), 3)
    }
}
