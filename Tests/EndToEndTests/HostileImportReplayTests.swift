import Foundation
import XCTest
import Kumppani

/// The real binary: a CSV whose names and descriptions hold ESC/CSI/OSC sequences, C1 controls,
/// bidi overrides and NUL is refused by `kumppani import` (C0 controls, issue 15) with escaped
/// messages; the same data put in with SQL (as another tool could) is shown by a replay. Neither
/// the screen dump nor the command's messages contain a control character from the data.
final class HostileImportReplayTests: XCTestCase {
    static func controls(in text: String) -> [String] {
        text.unicodeScalars.filter { s in
            let v = s.value
            return (v < 0x20 && s != "\n") || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }.map { "U+" + String($0.value, radix: 16) }
    }

    func testImportedControlSequencesNeverReachTheScreenDump() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("k.db"), csv = dir.appendingPathComponent("evil.csv")
        let rows = "nimi;kunta;kuvaus\n"
            + "\"Aaa \u{1B}[2J\u{1B}]52;c;cm0gLXJmIH4=\u{07} ry\";Lahti;\"Kuvaus \u{9B}31m \u{202E}käännetty \u{0}nolla \u{1B}]0;otsikko\u{07}\"\n"
        try Data(rows.utf8).write(to: csv)
        let imported = try KumppaniProcess.run(["import", "associations", csv.path, "--db", db.path, "--lang", "fi"])
        XCTAssertEqual(imported.status, 1, "C0 controls are refused")
        XCTAssertEqual(Self.controls(in: imported.err.replacingOccurrences(of: "\n", with: " ")), [], imported.err)
        try Data("nimi;kunta;kuvaus\nAaa ry;Lahti;Kuvaus\n".utf8).write(to: csv)
        XCTAssertEqual(try KumppaniProcess.run(["import", "associations", csv.path, "--db", db.path]).status, 0)
        do {
            let database = try Database(path: db.path)
            let name = "Aaa \u{1B}[2J\u{1B}]52;c;cm0gLXJmIH4=\u{07} ry"
            try database.run("UPDATE associations SET name = ?, name_key = ?, description = ?", name, FinnishCollation.sortKey(name),
                             "Kuvaus \u{9B}31m \u{202E}käännetty \u{0}nolla \u{1B}]0;otsikko\u{07}")
        }

        let replay = try Replay.run("<Dump><Tab><Dump><Esc>", db: db, in: dir, size: "80x24")
        XCTAssertFalse(replay.screens.isEmpty, replay.outcome.err)
        XCTAssertTrue(replay.dump.contains("Aaa ␛[2J␛]52;c;cm0gLXJmIH4=␇ ry"), replay.dump)
        XCTAssertTrue(replay.dump.contains("Kuvaus"), replay.dump)
        XCTAssertEqual(Self.controls(in: replay.dump), [], replay.dump)

        // A rejected value is echoed in the error message escaped, not raw.
        let bad = dir.appendingPathComponent("bad.csv")
        // (C0 controls are refused before the value is checked, so the echo is shown with C1 and bidi.)
        try Data("nimi,sahkoposti\nX ry,\u{202E}]52;c;eA==@\u{9B}\nY ry,\u{1B}]52@x.fi\n".utf8).write(to: bad)
        let refused = try KumppaniProcess.run(["import", "associations", bad.path, "--db", db.path, "--lang", "en"])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.err.contains("U+202E]52;c;eA==@U+009B"), refused.err)
        XCTAssertTrue(refused.err.contains("line 3, column email: the control character U+001B"), refused.err)
        XCTAssertEqual(Self.controls(in: refused.err.replacingOccurrences(of: "\n", with: " ")), [], refused.err)
    }
}
