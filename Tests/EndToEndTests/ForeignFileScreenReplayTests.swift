import Foundation
import XCTest
import Kumppani

/// Issue 15: `--db` on another program's SQLite file (or an empty SQLite database) opens a screen
/// that says the file is not Kumppani's and was not touched, and offers a path for a new database.
/// Driven by a replay of the real binary; the foreign file keeps every byte (sha256).
final class ForeignFileScreenReplayTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("foreign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: dir) }

    /// An SQLite file made by python3's sqlite3 (rollback journal): with a table, or empty.
    func sqliteFile(_ name: String, withTable: Bool) throws -> URL {
        let file = dir.appendingPathComponent(name)
        let script = withTable
            ? "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('CREATE TABLE muistiinpanot(x)'); c.execute(\"INSERT INTO muistiinpanot VALUES ('toinen ohjelma')\"); c.commit(); c.close()"
            : "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('VACUUM'); c.close()"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, file.path]
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0, FileManager.default.fileExists(atPath: file.path) else { throw XCTSkip("python3 sqlite3 not available") }
        return file
    }

    /// The screen's words in one line (wrapped sentences joined again).
    static func flowed(_ screen: String) -> String {
        screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    func sha256(_ file: URL) throws -> String {
        let p = Process()
        let out = Pipe()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sha256sum", file.path]
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
    }

    func testAnotherProgramsFileIsUntouchedAndANewDatabaseCanBeTypedIn() throws {
        let foreign = try sqliteFile("muistio.db", withTable: true)
        let before = try sha256(foreign)
        let fresh = dir.appendingPathComponent("uusi.sqlite")
        let keys = "<Dump>\(foreign.path)<Enter><Dump><C-u>\(fresh.path)<Enter><Dump>"
        let replay = try Replay.run(keys, db: foreign, in: dir, size: "100x30")
        XCTAssertEqual(replay.outcome.status, 0, replay.outcome.err)
        let screens = replay.screens
        XCTAssertEqual(screens.count, 4, replay.dump)
        let first = Self.flowed(screens[0])
        XCTAssertTrue(screens[0].contains("Tiedosto ei ole Kumppanin tietokanta"), screens[0])
        XCTAssertTrue(first.contains("toisen ohjelman SQLite-tiedosto"), screens[0])
        XCTAssertTrue(first.contains("eikä muuttanut siitä yhtään tavua"), screens[0])
        XCTAssertTrue(screens[0].contains("Uusi tietokanta:"), screens[0])
        XCTAssertTrue(screens[1].contains("Tämä on sama tiedosto"), replay.dump)
        XCTAssertTrue(screens[2].contains("Tervetuloa") || screens[2].contains("1 Yhdistykset"), "the app runs on the new file:\n\(screens[2])")
        XCTAssertEqual(try sha256(foreign), before, "the foreign file keeps every byte")
        XCTAssertFalse(FileManager.default.fileExists(atPath: foreign.path + "-wal"))
        XCTAssertEqual(Store.identity(ofExisting: fresh.path), .ours)
    }

    func testAnEmptySQLiteFileIsNamedAsSuchAndEscQuitsWithoutWriting() throws {
        let empty = try sqliteFile("tyhja.sqlite", withTable: false)
        let before = try sha256(empty)
        let replay = try Replay.run("<Dump><Esc>", db: empty, in: dir, size: "80x24", language: "en")
        XCTAssertEqual(replay.outcome.status, 0, replay.outcome.err)
        let first = Self.flowed(replay.screens[0])
        XCTAssertTrue(first.contains("is an empty SQLite database that was not created for Kumppani"), replay.screens[0])
        XCTAssertTrue(first.contains("kumppani init --db"), replay.screens[0])
        XCTAssertEqual(try sha256(empty), before)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasPrefix("keys-") && !$0.hasPrefix("dump-") }
        XCTAssertEqual(names.filter { !$0.hasPrefix(".") }.sorted(), ["tyhja.sqlite"], "nothing else was made beside it")
    }
}
