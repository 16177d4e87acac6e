import XCTest
import Kumppani

/// `kumppani export decisions` and `kumppani export grants` through the real binary.
final class GrantsCommandLineTests: XCTestCase {
    var temp: URL!
    var db: String { temp.appendingPathComponent("k.sqlite").path }
    var roundID: Int64 = 0

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-grants-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        // A round with three applicants whose names test the Finnish order and HTML escaping.
        let store = try Store.open(path: db)
        let grants = GrantStore(store: store, osUser: "e2e")
        roundID = try grants.createRound(GrantRound(name: "Kohdeavustukset 2026", year: 2026, grantTypeCode: "project", appropriationCents: 50_000_00))
        for (name, purpose) in [("Örön <Kylä> ry", "Kyläjuhla & retki"), ("Zeta ry", "Kerho"), ("Ahtialan ry", "Leiri")] {
            let id = Store.newID()
            try store.database.write {
                try store.database.run("INSERT INTO associations(id, name, name_key, created_at, updated_at) VALUES (?,?,?,'x','x')",
                                       id, name, FinnishCollation.sortKey(name))
            }
            try grants.createApplication(GrantApplication(roundID: roundID, associationID: id, purpose: purpose, requestedCents: 1_000_00))
        }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    struct Outcome { let code: Int32; let out: String; let err: String }

    func run(_ args: [String]) throws -> Outcome {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var exe = Bundle.main.bundleURL
        var found: URL?
        for _ in 0..<4 {
            if FileManager.default.isExecutableFile(atPath: exe.appendingPathComponent("kumppani").path) { found = exe.appendingPathComponent("kumppani"); break }
            exe = exe.deletingLastPathComponent()
        }
        let binary = try XCTUnwrap(found ?? Optional(root.appendingPathComponent(".build/debug/kumppani")))
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.environment = ["LANG": "C", "HOME": temp.path, "PATH": "/usr/bin:/bin"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Outcome(code: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    func testDecisionListAsCSVIsInFinnishOrderWithBOMAndSemicolons() throws {
        let r = try run(["export", "decisions", "--db", db, "--round", String(roundID), "--format", "csv", "--lang", "fi"])
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.hasPrefix("\u{FEFF}Hakija;Y-tunnus;Käyttötarkoitus;Haettu;Esitys;Perustelut;Esteelliset\r\n"))
        let names = r.out.components(separatedBy: "\r\n").dropFirst().compactMap { $0.split(separator: ";").first.map(String.init) }
        XCTAssertEqual(names, ["Ahtialan ry", "Zeta ry", "Örön <Kylä> ry", "Yhteensä"])
    }

    func testDecisionListAsHTMLToAFileByRoundNameIsEscaped() throws {
        let file = temp.appendingPathComponent("paatos.html").path
        let r = try run(["export", "decisions", "--db", db, "--round", "kohdeavustukset 2026", "--format", "html", "--output", file, "--lang", "fi"])
        XCTAssertEqual(r.code, 0, r.err)
        let html = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(html.contains("<td>Örön &lt;Kylä&gt; ry</td>"))
        XCTAssertTrue(html.contains("Kyläjuhla &amp; retki"))
        XCTAssertFalse(html.contains("<Kylä>"))
    }

    func testUnknownRoundAndBadFormatAreExplained() throws {
        let missing = try run(["export", "decisions", "--db", db, "--round", "ei ole", "--lang", "fi"])
        XCTAssertEqual(missing.code, 1)
        XCTAssertTrue(missing.err.contains("Avustushakua ”ei ole” ei löydy"), missing.err)
        let noRound = try run(["export", "decisions", "--db", db])
        XCTAssertEqual(noRound.code, 2)
        XCTAssertTrue(noRound.err.contains("--round"))
        let badFormat = try run(["export", "grants", "--db", db, "--format", "xlsx"])
        XCTAssertEqual(badFormat.code, 2)
        XCTAssertTrue(badFormat.err.contains("xlsx"))
    }

    func testAllApplicationsAsJSON() throws {
        let r = try run(["export", "grants", "--db", db, "--format", "json"])
        XCTAssertEqual(r.code, 0, r.err)
        let object = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any]
        let apps = try XCTUnwrap(object?["applications"] as? [[String: Any]])
        XCTAssertEqual(apps.map { $0["applicant"] as? String }, ["Ahtialan ry", "Zeta ry", "Örön <Kylä> ry"])
        XCTAssertEqual(Set(apps.compactMap { $0["stage"] as? String }), ["received"])
    }
}
