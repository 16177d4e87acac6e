import Foundation
import XCTest

/// Kills a 100,000-row `kumppani import` with SIGKILL at several moments of its work and checks
/// that the database is exactly as before and `kumppani check` calls it healthy: the import is one
/// transaction, so a crash at any point leaves nothing half-written.
final class ImportKillTests: XCTestCase {
    static let rows = 100_000
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-importkill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let dir { try? FileManager.default.removeItem(at: dir) }
    }

    /// When to kill: a description for messages and a condition on the WAL file's size.
    struct Moment {
        let name: String
        let isDue: (_ walBytes: Int, _ seconds: TimeInterval) -> Bool
    }

    func testKillDuringLargeImportLeavesDatabaseUnchangedAndHealthy() throws {
        let db = dir.appendingPathComponent("d.sqlite")
        let demo = try KumppaniProcess.run(["demo", "--db", db.path, "--associations", "200", "--seed", "7"])
        XCTAssertEqual(demo.status, 0, demo.err)
        let csv = dir.appendingPathComponent("big.csv")
        try writeCSV(rows: Self.rows, to: csv)
        let before = try exportAll(db)
        XCTAssertTrue(before.contains("\"associations\""), "the export holds the associations")

        // The import reads and checks the whole file first (nothing on disk), then writes in one
        // transaction: the WAL stays empty until SQLite spills pages, then grows to ~75 MB before the
        // commit. Each moment runs against the file as the previous kill left it.
        let moments = [
            Moment(name: "while the file is read and checked (after 1 s)") { wal, seconds in wal == 0 && seconds >= 1 },
            Moment(name: "when the first pages reach the WAL") { wal, _ in wal > 0 },
            Moment(name: "with 24 MB in the WAL") { wal, _ in wal >= 24 << 20 },
        ]
        for moment in moments {
            let killed = try importAndKill(csv: csv, db: db, at: moment)
            XCTAssertTrue(killed, "the import ended before the kill \(moment.name): the test proved nothing")
            let check = try KumppaniProcess.run(["check", "--db", db.path, "--lang", "fi"])
            XCTAssertEqual(check.status, 0, "check after a kill \(moment.name):\n\(check.out)\n\(check.err)")
            XCTAssertTrue(check.out.contains("integrity_check: ok"), check.out)
            let after = try exportAll(db)
            XCTAssertTrue(after == before, "the database changed after a kill \(moment.name)")
        }
    }

    /// Starts the import, polls the WAL's size and sends SIGKILL once `moment` is due.
    /// Returns false when the import finished by itself first.
    func importAndKill(csv: URL, db: URL, at moment: Moment) throws -> Bool {
        let process = Process()
        process.executableURL = try KumppaniBinary.url()
        process.arguments = ["import", "associations", csv.path, "--db", db.path]
        process.environment = ["LC_ALL": "C.UTF-8", "HOME": dir.path, "PATH": "/usr/bin:/bin"]
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        let wal = db.path + "-wal"
        let started = Date()
        try process.run()
        while process.isRunning {
            let size = ((try? FileManager.default.attributesOfItem(atPath: wal))?[.size] as? Int) ?? 0
            if moment.isDue(size, Date().timeIntervalSince(started)) {
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(2_000)
        }
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    }

    func exportAll(_ db: URL) throws -> String {
        let export = try KumppaniProcess.run(["export", "all", "--db", db.path])
        XCTAssertEqual(export.status, 0, export.err)
        return export.out
    }

    /// Valid rows only (names, municipality, e-mail, description), so the import goes all the way to writing.
    func writeCSV(rows: Int, to url: URL) throws {
        var text = "nimi,kunta,postitoimipaikka,sahkoposti,kuvaus\n"
        text.reserveCapacity(rows * 90)
        for i in 0..<rows {
            text += "Tuontiyhdistys \(i) ry,Lahti,Lahti,tuonti\(i)@example.fi,Rivi \(i): kerhotoimintaa ja vertaistukea\n"
        }
        try Data(text.utf8).write(to: url)
    }
}
