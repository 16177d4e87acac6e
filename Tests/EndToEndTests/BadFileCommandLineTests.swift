import Foundation
import Kumppani
import XCTest

/// The real binary given bad database files: one line on stderr that says what to do, a
/// non-zero exit, and the file's bytes unchanged. Also a full disk (`ulimit -f`) and `restore`.
final class BadFileCommandLineTests: XCTestCase {
    nonisolated(unsafe) static var demo: Result<DemoDatabase, Error>?
    var dir: URL!

    override class func setUp() { demo = DemoDatabase.make() }
    override class func tearDown() { try? demo?.get().remove() }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-badfile-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        chmod(dir.path, 0o700)
        try? FileManager.default.removeItem(at: dir)
    }

    private func demoDatabase() throws -> DemoDatabase { try XCTUnwrap(Self.demo).get() }

    private func listing(_ url: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    private func assertOneLine(_ outcome: KumppaniProcess.Outcome, mentions text: String, _ context: String,
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNotEqual(outcome.status, 0, context, file: file, line: line)
        let lines = outcome.err.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(lines.count, 1, "\(context): exactly one line: \(outcome.err)", file: file, line: line)
        XCTAssertTrue(outcome.err.contains(text), "\(context): \(outcome.err)", file: file, line: line)
        XCTAssertFalse(outcome.err.contains("Fatal error") || outcome.err.contains("Stack dump"), context, file: file, line: line)
    }

    func testEachBadFileGivesOneLineANonZeroExitAndIsNotTouched() throws {
        let demo = try demoDatabase()
        let source = try Data(contentsOf: demo.file)
        var cases: [(String, URL, String)] = []
        let text = dir.appendingPathComponent("muistio.txt")
        try Data("Kokousmuistio 23.11.2026\n".utf8).write(to: text)
        cases.append(("text file", text, "not a Kumppani database"))
        let truncated = dir.appendingPathComponent("truncated.sqlite")
        try source.prefix(source.count / 3).write(to: truncated)
        cases.append(("truncated", truncated, "is damaged"))
        var garbage = source
        garbage.replaceSubrange(4096 * 2..<4096 * 4, with: Data(repeating: 0xA5, count: 4096 * 2))
        let corrupted = dir.appendingPathComponent("corrupted.sqlite")
        try garbage.write(to: corrupted)
        cases.append(("corrupted page", corrupted, "is damaged"))
        let empty = dir.appendingPathComponent("empty.sqlite")
        try Data().write(to: empty)
        cases.append(("empty file", empty, "is an empty file (0 bytes)"))
        let folder = dir.appendingPathComponent("folder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        cases.append(("directory", folder, "is a folder, not a database file"))

        for (name, file, message) in cases {
            let before = try? Data(contentsOf: file)
            let files = try listing(dir)
            for command in [[], ["check"], ["export", "all"], ["backup", dir.appendingPathComponent("b.sqlite").path]] {
                let outcome = try KumppaniProcess.run(command + ["--db", file.path, "--lang", "en"], home: dir)
                let context = "\(name), kumppani \(command.first ?? "(UI)")"
                assertOneLine(outcome, mentions: message, context)
                XCTAssertEqual(outcome.status, 1, "\(context): the file is the problem, reported before the terminal")
                XCTAssertTrue(outcome.out.isEmpty, context)
                XCTAssertEqual(try? Data(contentsOf: file), before, "\(context): the file's bytes are unchanged")
                XCTAssertEqual(try listing(dir), files, "\(context): nothing created beside it")
            }
        }
    }

    /// Runs the binary as the file's owner without root's override of permissions (as root,
    /// through setpriv dropping CAP_DAC_OVERRIDE), so that read-only really is read-only.
    private func runWithoutOverride(_ arguments: [String]) throws -> KumppaniProcess.Outcome {
        guard getuid() == 0 else { return try KumppaniProcess.run(arguments, home: dir) }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { throw XCTSkip("root without setpriv") }
        let caps = "-dac_override,-dac_read_search,-fowner"
        return try KumppaniProcess.runProgram(URL(fileURLWithPath: "/usr/bin/setpriv"),
                                              ["--bounding-set=\(caps)", "--inh-caps=\(caps)", try KumppaniBinary.url().path] + arguments,
                                              home: dir)
    }

    func testAReadOnlyFileIsRefusedByTheUIButCheckedAndExported() throws {
        let demo = try demoDatabase()
        let file = try demo.copy(into: dir)
        chmod(file.path, 0o400)
        let before = try Data(contentsOf: file)
        let files = try listing(dir)
        let ui = try runWithoutOverride(["--db", file.path, "--lang", "en"])
        assertOneLine(ui, mentions: "chmod u+w \(file.path)", "read-only file, UI")
        let check = try runWithoutOverride(["check", "--db", file.path, "--lang", "en"])
        XCTAssertEqual(check.status, 0, check.out + check.err)
        XCTAssertTrue(check.out.contains("Search index: not checked (the file is read-only)"), check.out)
        let export = try runWithoutOverride(["export", "all", "--db", file.path])
        XCTAssertEqual(export.status, 0, export.err)
        XCTAssertEqual(Data(export.out.utf8), demo.exportAll)
        XCTAssertEqual(try Data(contentsOf: file), before)
        XCTAssertEqual(try listing(dir), files, "no -wal, -shm or backup folder beside a read-only file")
    }

    func testAReadOnlyFolderIsNamedAndTheFileCanStillBeRead() throws {
        let demo = try demoDatabase()
        let sub = dir.appendingPathComponent("lukittu")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let file = try demo.copy(into: sub)
        chmod(sub.path, 0o500)
        defer { chmod(sub.path, 0o700) }
        let before = try Data(contentsOf: file)
        let ui = try runWithoutOverride(["--db", file.path, "--lang", "en"])
        assertOneLine(ui, mentions: "The folder \(sub.path) is read-only", "read-only folder, UI")
        let csv = dir.appendingPathComponent("uudet.csv")
        try Data("nimi,kunta\nLukijat ry,Heinola\n".utf8).write(to: csv)
        let importing = try runWithoutOverride(["import", "associations", csv.path, "--db", file.path, "--lang", "en"])
        assertOneLine(importing, mentions: "chmod u+w \(sub.path)", "read-only folder, import")
        let export = try runWithoutOverride(["export", "all", "--db", file.path])
        XCTAssertEqual(export.status, 0, export.err)
        XCTAssertEqual(Data(export.out.utf8), demo.exportAll)
        XCTAssertEqual(try Data(contentsOf: file), before)
        XCTAssertEqual(try listing(sub), ["kumppani.sqlite"])
    }

    /// `ulimit -f 64` (in 512-byte blocks for /bin/sh): writes beyond 32 KiB fail with EFBIG.
    private func withFileLimit(_ arguments: [String]) throws -> KumppaniProcess.Outcome {
        try KumppaniProcess.runProgram(URL(fileURLWithPath: "/bin/sh"),
                                       ["-c", "ulimit -f 64; exec \"$0\" \"$@\"", try KumppaniBinary.url().path] + arguments + ["--lang", "en"],
                                       home: dir)
    }

    func testAFullDiskIsNamedAndLeavesNoHalfWrittenFile() throws {
        let fresh = dir.appendingPathComponent("uusi.sqlite")
        assertOneLine(try withFileLimit(["demo", "--db", fresh.path]), mentions: "The disk is full", "demo on a full disk")

        let demo = try demoDatabase()
        let file = try demo.copy(into: dir)
        // Today's automatic copy is made by a first open without the limit (a later open would
        // otherwise add its own warning line about the copy).
        XCTAssertEqual(try KumppaniProcess.run(["check", "--db", file.path], home: dir).status, 0)
        let before = try Data(contentsOf: file)
        let files = try listing(dir)
        let output = dir.appendingPathComponent("kaikki.json")
        assertOneLine(try withFileLimit(["export", "all", "--db", file.path, "--output", output.path]),
                      mentions: "The disk is full: \(output.path) could not be written", "export on a full disk")
        let copy = dir.appendingPathComponent("kopio.sqlite")
        assertOneLine(try withFileLimit(["backup", copy.path, "--db", file.path]),
                      mentions: "The disk is full: \(copy.path) could not be written", "backup on a full disk")
        XCTAssertEqual(try listing(dir), files, "no export, copy or temporary file is left")
        XCTAssertEqual(try Data(contentsOf: file), before, "the database is intact")
        let check = try KumppaniProcess.run(["check", "--db", file.path, "--lang", "en"], home: dir)
        XCTAssertEqual(check.status, 0, check.out)
    }

    func testRestoreChecksTheBackupKeepsTheReplacedFileAndPutsTheBackupInPlace() throws {
        let demo = try demoDatabase()
        let file = try demo.copy(into: dir)
        let env = ["KUMPPANI_NOW": "2026-11-23T08:00:00.000Z"]
        XCTAssertEqual(try KumppaniProcess.run(["check", "--db", file.path], environment: env, home: dir).status, 0)
        let backup = AutoBackup.directory(for: file.path) + "/kumppani-2026-11-23.sqlite"
        XCTAssertTrue(FileManager.default.fileExists(atPath: backup), ((try? listing(dir)) ?? []).joined(separator: ", "))
        do {   // the day's work after the copy
            let store = try Store.open(path: file.path, options: .init(autoBackup: false))
            try store.database.write { try store.database.run("DELETE FROM contact_log") }
        }
        let notes = dir.appendingPathComponent("notes.txt")
        try Data("ei varmuuskopio".utf8).write(to: notes)
        let modified = try Data(contentsOf: file)
        let refused = try KumppaniProcess.run(["restore", notes.path, "--db", file.path, "--lang", "en"], environment: env, home: dir)
        assertOneLine(refused, mentions: "is not a Kumppani backup; nothing was changed", "restore of a text file")
        XCTAssertEqual(try Data(contentsOf: file), modified)

        let restored = try KumppaniProcess.run(["restore", backup, "--db", file.path, "--lang", "en"], environment: env, home: dir)
        XCTAssertEqual(restored.status, 0, restored.err)
        let kept = file.path + ".replaced-20261123-080000"
        XCTAssertTrue(restored.out.contains("The replaced file was kept: \(kept)"), restored.out)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        let export = try KumppaniProcess.run(["export", "all", "--db", file.path], environment: env, home: dir)
        XCTAssertEqual(Data(export.out.utf8), demo.exportAll, "the restored database holds the backup's content")
        let keptStore = try Store.open(path: kept, options: .init(readOnly: true, autoBackup: false))
        XCTAssertEqual(try keptStore.database.scalarInt("SELECT count(*) FROM contact_log"), 0, "the replaced file keeps the day's work")
    }
}
