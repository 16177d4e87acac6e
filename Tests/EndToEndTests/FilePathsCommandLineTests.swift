import Foundation
import XCTest
import Kumppani

/// Issue 15 with the real binary: any legal name works (one character, non-ASCII, relative),
/// `-` and `/dev/fd/1` are standard output, a FIFO or device is written into and a link is never
/// replaced, another program's SQLite file keeps every byte, `init` takes only an empty file, a
/// lock is "busy" rather than damage, and a full disk on standard output is not called "no partial file".
final class FilePathsCommandLineTests: XCTestCase {
    var dir: URL!
    static let demo = DemoDatabase.make(associations: 30, seed: 15)

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let dir { try? FileManager.default.removeItem(at: dir) }
    }

    func run(_ arguments: [String], in directory: URL? = nil) throws -> KumppaniProcess.Outcome {
        try KumppaniProcess.runProgram(try KumppaniBinary.url(), arguments, directory: directory ?? dir)
    }

    func shell(_ script: String) throws -> KumppaniProcess.Outcome {
        try KumppaniProcess.runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", script],
                                       environment: ["K": try KumppaniBinary.url().path], directory: dir)
    }

    func bytes(_ name: String) -> [UInt8]? {
        (try? Data(contentsOf: dir.appendingPathComponent(name))).map(Array.init)
    }

    func testOneCharacterNonASCIIAndRelativeNamesWorkForEveryCommand() throws {
        _ = try Self.demo.get().copy(into: dir, name: "f")
        XCTAssertEqual(try run(["export", "all", "--db", "f", "--output", "a"]).status, 0)
        XCTAssertEqual(try run(["export", "associations", "--db", "f", "--output", "ä"]).status, 0)
        XCTAssertEqual(try run(["backup", "c", "--db", "f"]).status, 0)
        XCTAssertEqual(try run(["check", "--db", "c"]).status, 0, "the one-character backup is a healthy database")
        XCTAssertEqual(try run(["demo", "--db", "z", "--associations", "3"]).status, 0)
        XCTAssertEqual(try run(["check", "--db", "z"]).status, 0)
        XCTAssertTrue(String(decoding: bytes("a") ?? [], as: UTF8.self).hasPrefix("{"), "export all wrote JSON to a")
        XCTAssertTrue(String(decoding: bytes("ä") ?? [], as: UTF8.self).contains("nimi;"), "the CSV is in ä")
    }

    func testATrailingSlashSaysAFolderWasGiven() throws {
        _ = try Self.demo.get().copy(into: dir, name: "f")
        let outcome = try run(["export", "all", "--db", "f", "--output", "x/", "--lang", "en"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.err, "kumppani: x/ is a folder, not a file. Give a file name, for example x/kumppani.txt.\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("x").path))
    }

    func testDashAndDevFdOneAreStandardOutput() throws {
        _ = try Self.demo.get().copy(into: dir, name: "f")
        for output in ["-", "/dev/fd/1", "/dev/stdout"] {
            let outcome = try run(["export", "associations", "--db", "f", "--output", output])
            XCTAssertEqual(outcome.status, 0, "\(output): \(outcome.err)")
            XCTAssertTrue(outcome.out.contains("nimi;y_tunnus"), "\(output) wrote the CSV to standard output")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("-").path))
    }

    func testAFIFOIsWrittenIntoAndALinkIsNeverReplaced() throws {
        _ = try Self.demo.get().copy(into: dir, name: "f")
        XCTAssertEqual(mkfifo(dir.appendingPathComponent("putki").path, 0o600), 0)
        let fifo = try shell("cat putki > saatu & \"$K\" export associations --db f --output putki; s=$?; wait; exit $s")
        XCTAssertEqual(fifo.status, 0, fifo.err)
        XCTAssertTrue(String(decoding: bytes("saatu") ?? [], as: UTF8.self).contains("nimi;y_tunnus"))
        var info = stat()
        XCTAssertEqual(lstat(dir.appendingPathComponent("putki").path, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "still a FIFO")

        try Data("kohde\n".utf8).write(to: dir.appendingPathComponent("kohde.txt"))
        symlink("kohde.txt", dir.appendingPathComponent("linkki").path)
        let link = try run(["export", "associations", "--db", "f", "--output", "linkki", "--lang", "en"])
        XCTAssertEqual(link.status, 1)
        XCTAssertTrue(link.err.contains("linkki is a symbolic link; Kumppani does not replace it"), link.err)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: dir.appendingPathComponent("linkki").path), "kohde.txt")
        XCTAssertEqual(bytes("kohde.txt"), Array("kohde\n".utf8))

        symlink("/dev/null", dir.appendingPathComponent("tyhjä").path)
        let keys = dir.appendingPathComponent("keys.txt")
        try Data("<Dump>".utf8).write(to: keys)
        let dump = try run(["--db", "f", "--replay", keys.path, "--size", "80x24", "--screen-dump", "tyhjä"])
        XCTAssertEqual(dump.status, 0, dump.err)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: dir.appendingPathComponent("tyhjä").path), "/dev/null",
                       "--screen-dump wrote through the link to /dev/null, not over the link")
    }

    /// Another program's files, in both journal modes, and empty SQLite databases: every command
    /// refuses them with its own message and not one byte changes (bytes 18–19 were switched to WAL).
    func testForeignAndEmptySQLiteFilesKeepEveryByte() throws {
        let files: [(String, String)] = [
            ("muu.sqlite", "PRAGMA journal_mode=DELETE; CREATE TABLE t(x); INSERT INTO t VALUES (1);"),
            ("muuwal.sqlite", "PRAGMA journal_mode=WAL; CREATE TABLE t(x); INSERT INTO t VALUES (1);"),
            ("tyhja.sqlite", "PRAGMA journal_mode=DELETE; VACUUM;"),
            ("tyhjawal.sqlite", "PRAGMA journal_mode=WAL; VACUUM;"),
        ]
        let keys = dir.appendingPathComponent("keys.txt")
        try Data("<Dump>".utf8).write(to: keys)
        try Data("nimi\nUusi ry\n".utf8).write(to: dir.appendingPathComponent("uusi.csv"))
        for (name, sql) in files {
            let path = dir.appendingPathComponent(name).path
            do { try Database(path: path).execute(sql) }
            let before = bytes(name)
            for command in [["check"], ["export", "all"], ["backup", "kopio-\(name)"], ["import", "associations", "uusi.csv"],
                            ["person", "export", "Aino"], ["--replay", keys.path, "--size", "80x24"]] {
                let outcome = try run(command + ["--db", name, "--lang", "en"])
                if command.first == "--replay" {
                    // The UI shows what the file is and offers a new database instead (ForeignFileScreenReplayTests).
                    XCTAssertEqual(outcome.status, 0, "\(command) on \(name): \(outcome.err)")
                    let screen = outcome.out.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
                    let expected = name.hasPrefix("tyhja") ? "is an empty SQLite database that was not created for Kumppani"
                        : "is another program's SQLite file. Kumppani did not open it for writing and did not change a single byte of it."
                    XCTAssertTrue(screen.contains(expected), "\(command) on \(name): \(outcome.out)")
                } else {
                    XCTAssertEqual(outcome.status, 1, "\(command) on \(name)")
                    let expected = name.hasPrefix("tyhja") ? "is an empty SQLite database made by something other than Kumppani; it was not touched"
                        : "is another program's SQLite file, not Kumppani's. The file was not touched."
                    XCTAssertTrue(outcome.err.contains(expected), "\(command) on \(name): \(outcome.err)")
                }
                XCTAssertEqual(bytes(name), before, "\(command) left \(name) byte for byte")
                XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"), "no WAL beside \(name)")
            }
        }
    }

    func testInitTakesANewOrEmptyFileAndNothingElse() throws {
        FileManager.default.createFile(atPath: dir.appendingPathComponent("nolla").path, contents: nil)
        let refused = try run(["check", "--db", "nolla", "--lang", "en"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(bytes("nolla"), [], "a zero-length file is not initialised by check")
        XCTAssertEqual(try run(["init", "--db", "nolla"]).status, 0)
        XCTAssertEqual(try run(["check", "--db", "nolla"]).status, 0, "init made it a healthy Kumppani database")
        XCTAssertEqual(try run(["init", "--db", "uusi"]).status, 0)
        XCTAssertEqual(try run(["check", "--db", "uusi"]).status, 0)
        let again = try run(["init", "--db", "uusi", "--lang", "en"])
        XCTAssertEqual(again.status, 0)
        XCTAssertEqual(again.out, "uusi is already a Kumppani database; it was not touched.\n")
        try Data("muuta\n".utf8).write(to: dir.appendingPathComponent("teksti"))
        XCTAssertEqual(try run(["init", "--db", "teksti"]).status, 1)
        XCTAssertEqual(bytes("teksti"), Array("muuta\n".utf8))
    }

    /// `check` on a healthy file that another process holds locked says so at once, not "fts".
    func testCheckOnALockedHealthyFileSaysAnotherProgramIsWriting() throws {
        let db = try Self.demo.get().copy(into: dir, name: "lukittu.sqlite")
        let locker = Process()
        locker.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        locker.arguments = ["-c", """
            import sqlite3, time, sys
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute('BEGIN IMMEDIATE')
            open(sys.argv[1] + '.locked', 'w').close()
            time.sleep(60)
            """, db.path]
        try locker.run()
        defer { locker.terminate(); locker.waitUntilExit() }
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: db.path + ".locked"), Date() < deadline { usleep(50_000) }
        let started = Date()
        let outcome = try run(["check", "--db", db.path, "--lang", "en"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.err.contains("Another program is writing the file"), outcome.err)
        XCTAssertFalse(outcome.err.contains("fts"), "a lock is not damage: \(outcome.err)")
        XCTAssertLessThan(Date().timeIntervalSince(started), 8, "no long wait")
    }

    func testAFullDiskOnStandardOutputSaysTheOutputIsIncomplete() throws {
        _ = try Self.demo.get().copy(into: dir, name: "f")
        for script in ["\"$K\" export all --db f --lang en > /dev/full", "\"$K\" export all --db f --lang en --output /dev/full"] {
            let outcome = try shell(script)
            XCTAssertEqual(outcome.status, 1, script)
            XCTAssertTrue(outcome.err.contains("could not be written to the end, and what was already written is incomplete"), outcome.err)
            XCTAssertFalse(outcome.err.contains("no partial file"), outcome.err)
        }
    }

    /// On a terminal, data's escape sequences are shown, not obeyed; to a file the bytes are the data.
    func testExportsOnATerminalPrintNoEscapeFromHostileNames() throws {
        let db = try Self.demo.get().copy(into: dir, name: "h.sqlite")
        let hostile = "Paha\u{1B}]52;c;aGk=\u{07}ry\u{1B}[2J"
        let meeting: Int64
        do {
            let database = try Database(path: db.path)
            try database.run("UPDATE associations SET name = ? WHERE id = (SELECT min(id) FROM associations)", hostile)
            meeting = try XCTUnwrap(database.scalarInt("""
                SELECT a.meeting_id FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
                WHERE m.status <> 'approved' ORDER BY a.meeting_id LIMIT 1
                """))
            try database.run("UPDATE agenda_items SET title = ? WHERE meeting_id = ?", hostile, meeting)
        }
        let commands = [["export", "associations"]] + ["txt", "md", "html"].map { ["export", "agenda", "--meeting", "\(meeting)", "--format", $0] }
        for command in commands {
            let terminal = try inPseudoTerminal(command + ["--db", db.path])
            XCTAssertFalse(terminal.contains(0x1B), "\(command) sent ESC to the terminal")
            XCTAssertFalse(terminal.contains(0x07), "\(command) sent BEL to the terminal")
            let file = try run(command + ["--db", db.path])
            XCTAssertEqual(file.status, 0)
            // Markdown and HTML escape controls themselves; CSV and plain text carry the data as it is.
            if command[1] == "associations" || command.last == "txt" {
                XCTAssertTrue(String(decoding: terminal, as: UTF8.self).contains("Paha\u{241B}]52"), "\(command): shown as ␛")
                XCTAssertTrue(file.out.contains(hostile), "\(command): to a file the bytes are the data")
            }
        }
    }

    /// Runs the binary with standard output and error on a pseudo-terminal (python3's `pty`).
    func inPseudoTerminal(_ arguments: [String]) throws -> [UInt8] {
        let script = """
            import os, pty, sys
            pid, fd = pty.fork()
            if pid == 0:
                os.execv(sys.argv[1], sys.argv[1:])
            out = b''
            while True:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
            os.waitpid(pid, 0)
            sys.stdout.buffer.write(out)
            """
        let outcome = try KumppaniProcess.runProgram(URL(fileURLWithPath: "/usr/bin/python3"),
                                                     ["-c", script, try KumppaniBinary.url().path] + arguments, directory: dir)
        XCTAssertEqual(outcome.status, 0, outcome.err)
        return Array(outcome.out.utf8)
    }
}
