import XCTest
import Kumppani

/// Runs the real `kumppani` binary from the build products folder.
final class CommandLineTests: XCTestCase {
    var temp: URL!

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        chmod(temp.path, 0o755)
        try? FileManager.default.removeItem(at: temp)
    }

    /// `.build/<config>/kumppani`, beside the test bundle.
    static var binary: URL? {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("kumppani")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let debug = root.appendingPathComponent(".build/debug/kumppani")
        return FileManager.default.isExecutableFile(atPath: debug.path) ? debug : nil
    }

    struct Outcome { let code: Int32; let out: String; let err: String; let outData: Data }

    func run(_ args: [String], env: [String: String] = [:]) throws -> Outcome {
        let exe = try XCTUnwrap(Self.binary, "kumppani binary not found; run swift build first")
        let p = Process()
        p.executableURL = exe
        p.arguments = args
        var environment = ["LANG": "C", "HOME": temp.path, "PATH": "/usr/bin:/bin"]
        environment.merge(env) { _, new in new }
        p.environment = environment
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Outcome(code: p.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                       err: String(decoding: errData, as: UTF8.self), outData: outData)
    }

    func path(_ name: String) -> String { temp.appendingPathComponent(name).path }

    func makeDemo(_ name: String = "demo.sqlite", count: Int = 40) throws -> String {
        let db = path(name)
        let r = try run(["demo", "--db", db, "--associations", "\(count)", "--seed", "2"])
        XCTAssertEqual(r.code, 0, r.err)
        return db
    }

    func testHelpListsEveryCommandInBothLanguages() throws {
        let en = try run(["--help"])
        XCTAssertEqual(en.code, 0)
        for text in ["--demo", "demo --db PATH", "import associations", "export associations", "export all", "check", "backup DEST", "--version"] {
            XCTAssertTrue(en.out.contains(text), text)
        }
        let fi = try run(["--help"], env: ["LANG": "fi_FI.UTF-8"])
        XCTAssertTrue(fi.out.contains("Käyttö:"))
        XCTAssertTrue(try run(["--help", "--lang", "en"], env: ["LANG": "fi_FI.UTF-8"]).out.contains("Usage:"))
    }

    func testVersionAndUsageErrors() throws {
        let version = try run(["--version"])
        XCTAssertEqual(version.code, 0)
        XCTAssertTrue(version.out.hasPrefix("kumppani "))
        let unknown = try run(["--frobnicate"])
        XCTAssertEqual(unknown.code, 2)
        XCTAssertTrue(unknown.err.contains("unknown option --frobnicate"))
        XCTAssertTrue(unknown.err.contains("kumppani --help"))
        XCTAssertEqual(try run(["export"]).code, 2)
        XCTAssertEqual(try run(["demo"]).code, 2)
        let fi = try run(["launch"], env: ["LC_ALL": "fi_FI.UTF-8"])
        XCTAssertEqual(fi.code, 2)
        XCTAssertTrue(fi.err.contains("tuntematon komento \"launch\""))
    }

    func testDemoThenCheckHealthyAndRefusesToOverwrite() throws {
        let db = try makeDemo()
        let check = try run(["check", "--db", db])
        XCTAssertEqual(check.code, 0, check.out + check.err)
        XCTAssertTrue(check.out.contains("Schema version: \(Migrations.latestVersion)"))
        XCTAssertTrue(check.out.contains("associations         40"))
        XCTAssertTrue(check.out.contains("Healthy."))
        let again = try run(["demo", "--db", db])
        XCTAssertEqual(again.code, 1)
        XCTAssertTrue(again.err.contains("already holds data"))
    }

    func testCheckOnATextFileFailsClearly() throws {
        let file = path("notes.txt")
        try "muistiinpanoja\n".write(toFile: file, atomically: true, encoding: .utf8)
        let r = try run(["check", "--db", file])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.err.contains("is not a Kumppani database"), r.err)
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "muistiinpanoja\n")
    }

    func testImportMissingFileAndDryRun() throws {
        let db = try makeDemo()
        let missing = try run(["import", "associations", path("nope.csv"), "--db", db])
        XCTAssertEqual(missing.code, 1)
        XCTAssertTrue(missing.err.contains("no such file"))
        let csv = path("new.csv")
        try "name;business_id;municipality\nKärkölän Kyläyhdistys ry;1572860-0;316\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let dry = try run(["import", "associations", csv, "--db", db, "--dry-run"])
        XCTAssertEqual(dry.code, 0, dry.err)
        XCTAssertTrue(dry.out.contains("Dry run, nothing was saved: 1 new"))
        XCTAssertFalse(try run(["export", "associations", "--db", db]).out.contains("Kärkölän Kyläyhdistys ry;1572860-0"))
        XCTAssertEqual(try run(["import", "associations", csv, "--db", db]).code, 0)
        XCTAssertTrue(try run(["export", "associations", "--db", db]).out.contains("Kärkölän Kyläyhdistys ry;1572860-0;Kärkölä"))
        let bad = path("bad.csv")
        try "nimi;kunta\n;Atlantis\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let failed = try run(["import", "associations", bad, "--db", db, "--lang", "fi"])
        XCTAssertEqual(failed.code, 1)
        XCTAssertTrue(failed.err.contains("rivi 2, sarake nimi: nimi puuttuu"), failed.err)
        XCTAssertTrue(failed.err.contains("rivi 2, sarake kunta: kuntaa \"Atlantis\" ei ole"), failed.err)
    }

    func testExportToStdoutAndToFile() throws {
        let db = try makeDemo()
        let stdout = try run(["export", "associations", "--db", db])
        XCTAssertEqual(stdout.code, 0)
        XCTAssertEqual(Array(stdout.outData.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(stdout.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 41)
        let file = path("out.csv")
        XCTAssertEqual(try run(["export", "associations", "--db", db, "--output", file]).code, 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), stdout.outData)
        let json = try run(["export", "associations", "--db", db, "--format", "json"])
        let list = try XCTUnwrap(JSONSerialization.jsonObject(with: json.outData) as? [[String: Any]])
        XCTAssertEqual(list.count, 40)
    }

    func testExportAllParsesAsJSONWithEveryKey() throws {
        let db = try makeDemo()
        let r = try run(["export", "all", "--db", db])
        XCTAssertEqual(r.code, 0, r.err)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: r.outData) as? [String: Any])
        for key in ["municipalities", "associations", "activities", "people", "affiliations", "contact_log", "grant_rounds",
                    "grant_applications", "grant_payments", "bodies", "members", "meetings", "agenda_items", "actions"] {
            XCTAssertNotNil(json[key] as? [Any], key)
        }
    }

    func testBackupThenCheckTheCopy() throws {
        let db = try makeDemo()
        let copy = path("copy.sqlite")
        let r = try run(["backup", copy, "--db", db])
        XCTAssertEqual(r.code, 0, r.err)
        let check = try run(["check", "--db", copy])
        XCTAssertEqual(check.code, 0, check.out + check.err)
        XCTAssertTrue(check.out.contains("associations         40"))
        XCTAssertEqual(try run(["backup", copy, "--db", db]).code, 1)   // never overwrites
    }

    func testReadOnlyDirectoryGivesAClearError() throws {
        let db = try makeDemo()
        let locked = temp.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(locked.path, 0o555)
        defer { chmod(locked.path, 0o755) }
        // Root ignores the mode bits; a folder path that runs through a regular file is unwritable for everyone.
        let target: URL
        if access(locked.path, W_OK) == 0 {
            let file = temp.appendingPathComponent("plain.txt")
            try "x".write(to: file, atomically: true, encoding: .utf8)
            target = file
        } else {
            target = locked
        }
        let backup = try run(["backup", target.appendingPathComponent("b.sqlite").path, "--db", db])
        XCTAssertEqual(backup.code, 1)
        XCTAssertTrue(backup.err.contains("Could not write the backup"), backup.err)
        let demo = try run(["demo", "--db", target.appendingPathComponent("d.sqlite").path])
        XCTAssertEqual(demo.code, 1)
        XCTAssertTrue(demo.err.contains("Check the permissions"), demo.err)
        let export = try run(["export", "all", "--db", db, "--output", target.appendingPathComponent("x.json").path])
        XCTAssertEqual(export.code, 1)
        XCTAssertTrue(export.err.contains("Could not write"), export.err)
    }
}
