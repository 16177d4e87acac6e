import Foundation
import XCTest

/// `kumppani sync` with real processes: two copies exchanging through one folder (also at the
/// same moment), `kill -9` while a file is applied or written, and a damaged file refused.
final class SyncCommandLineTests: XCTestCase {
    var dir: URL!
    var folder: String { dir.appendingPathComponent("exchange").path }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-sync-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: dir.appendingPathComponent("exchange").path, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let dir { try? FileManager.default.removeItem(at: dir) }
    }

    private func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    @discardableResult
    private func kumppani(_ args: [String], expect status: Int32 = 0, file: StaticString = #filePath, line: UInt = #line) throws -> KumppaniProcess.Outcome {
        let outcome = try KumppaniProcess.run(args + ["--lang", "en"])
        XCTAssertEqual(outcome.status, status, "\(args.joined(separator: " ")):\n\(outcome.out)\n\(outcome.err)", file: file, line: line)
        return outcome
    }

    /// Two copies of one demo record: a with an identity, b a backup of a with its own.
    private func twoCopies(associations: Int = 40) throws -> (String, String) {
        let a = path("a.sqlite"), b = path("b.sqlite")
        try kumppani(["demo", "--db", a, "--associations", "\(associations)", "--seed", "3"])
        XCTAssertTrue(try kumppani(["sync", "init", "--db", a]).out.contains("original copy"))
        try kumppani(["backup", b, "--db", a])
        XCTAssertTrue(try kumppani(["sync", "init", "--db", b]).out.contains("This is a copy of copy"))
        return (a, b)
    }

    private func importRows(_ db: String, prefix: String, rows: Int) throws {
        var text = "nimi,kunta,postitoimipaikka,sahkoposti,kuvaus\n"
        for i in 0..<rows { text += "\(prefix) \(i) ry,Lahti,Lahti,\(prefix.lowercased())\(i)@example.fi,Rivi \(i)\n" }
        let csv = path("\(prefix).csv")
        try Data(text.utf8).write(to: URL(fileURLWithPath: csv))
        try kumppani(["import", "associations", csv, "--db", db])
    }

    /// `export all` without the audit trail (each copy keeps its own), collections sorted.
    private func record(_ db: String) throws -> [String: [String]] {
        let out = try kumppani(["export", "all", "--db", db]).out
        guard let json = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: [[String: Any]]] else { return [:] }
        var result: [String: [String]] = [:]
        for (name, rows) in json where name != "audit_log" {
            result[name] = rows.map { row in row.keys.sorted().map { "\($0)=\(row[$0] ?? "nil")" }.joined(separator: ",") }.sorted()
        }
        return result
    }

    func testTwoProcessesExchangeThroughOneFolderEvenAtTheSameTime() throws {
        let (a, b) = try twoCopies()
        try importRows(a, prefix: "Alfa", rows: 30)
        try importRows(b, prefix: "Beeta", rows: 20)
        XCTAssertTrue(try kumppani(["sync", "status", "--db", a]).out.contains("Waiting to go out: 1 changes"))

        // Both at once: each writes its own file; whatever the other has not written yet waits.
        let binary = try KumppaniBinary.url()
        let processes = [a, b].map { db -> Process in
            let p = Process()
            p.executableURL = binary
            p.arguments = ["sync", "--db", db, "--folder", folder]
            p.environment = ["LC_ALL": "C.UTF-8", "HOME": dir.path, "PATH": "/usr/bin:/bin"]
            p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
            p.standardError = FileHandle(forWritingAtPath: "/dev/null")
            return p
        }
        for p in processes { try p.run() }
        for p in processes { p.waitUntilExit(); XCTAssertEqual(p.terminationStatus, 0) }
        try kumppani(["sync", "--db", a, "--folder", folder])
        try kumppani(["sync", "--db", b, "--folder", folder])

        let recordA = try record(a), recordB = try record(b)
        XCTAssertEqual(recordA, recordB)
        XCTAssertEqual(recordA["associations"]?.filter { $0.contains("Alfa ") || $0.contains("Beeta ") }.count, 50)
        let status = try kumppani(["sync", "status", "--db", b]).out
        XCTAssertTrue(status.contains("Waiting to go out: 0 changes"), status)
        XCTAssertTrue(status.contains("Last exchanged"), status)
        XCTAssertTrue(try kumppani(["sync", "conflicts", "--db", b]).out.contains("No open conflicts."))
        XCTAssertTrue(try kumppani(["check", "--db", b]).out.contains("integrity_check: ok"))
        XCTAssertTrue(try kumppani(["sync", "--db", b, "--folder", folder]).out.contains("No new changes either way."))
    }

    func testKillDuringAnExchangeLeavesBothTheFileAndTheFolderUsable() throws {
        let (a, b) = try twoCopies(associations: 20)
        try importRows(a, prefix: "Iso", rows: 5_000)
        try kumppani(["sync", "--db", a, "--folder", folder])
        let before = try record(b), after = try record(a)
        var killedMidway = 0
        for delay in [150_000, 600_000, 1_500_000] as [useconds_t] {
            let p = Process()
            p.executableURL = try KumppaniBinary.url()
            p.arguments = ["sync", "--db", b, "--folder", folder]
            p.environment = ["LC_ALL": "C.UTF-8", "HOME": dir.path, "PATH": "/usr/bin:/bin"]
            p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
            p.standardError = FileHandle(forWritingAtPath: "/dev/null")
            try p.run()
            usleep(delay)
            if p.isRunning { kill(p.processIdentifier, SIGKILL); killedMidway += 1 }
            p.waitUntilExit()
            let check = try kumppani(["check", "--db", b])
            XCTAssertTrue(check.out.contains("integrity_check: ok"), check.out)
            let now = try record(b)
            XCTAssertTrue(now == before || now == after, "a killed exchange applied part of a file")
        }
        XCTAssertGreaterThan(killedMidway, 0, "every exchange ended before its kill: the test proved nothing")
        // The writer killed too: a half-written file never appears under its real name.
        try importRows(a, prefix: "Toinen", rows: 5_000)
        let writer = Process()
        writer.executableURL = try KumppaniBinary.url()
        writer.arguments = ["sync", "--db", a, "--folder", folder]
        writer.environment = ["LC_ALL": "C.UTF-8", "HOME": dir.path, "PATH": "/usr/bin:/bin"]
        writer.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        writer.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try writer.run()
        usleep(60_000)
        if writer.isRunning { kill(writer.processIdentifier, SIGKILL) }
        writer.waitUntilExit()

        try kumppani(["sync", "--db", a, "--folder", folder])
        try kumppani(["sync", "--db", b, "--folder", folder])
        XCTAssertEqual(try record(a), try record(b))
        XCTAssertEqual(try record(b)["associations"]?.filter { $0.contains("Iso ") || $0.contains("Toinen ") }.count, 10_000)
    }

    func testADamagedFileIsRefusedWithAMessageAndNotApplied() throws {
        let (a, b) = try twoCopies(associations: 20)
        try importRows(a, prefix: "Alfa", rows: 5)
        let written = try kumppani(["sync", "--db", a, "--folder", folder]).out
        XCTAssertTrue(written.contains(".kumppani-sync"), written)
        let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".kumppani-sync") })
        let file = folder + "/" + name
        var bytes = try XCTUnwrap(FileManager.default.contents(atPath: file))
        bytes[bytes.count / 2] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: file))
        let before = try record(b)
        let refused = try kumppani(["sync", "--db", b, "--folder", folder], expect: 1)
        XCTAssertTrue(refused.err.contains("Refused: The file \(name) is damaged or incomplete and was not applied."), refused.err)
        XCTAssertEqual(try record(b), before)
        // The sender writes it again after it is removed: the next exchange applies it.
        try FileManager.default.removeItem(atPath: file)
        try kumppani(["sync", "--db", a, "--folder", folder])
        try kumppani(["sync", "--db", b, "--folder", folder])
        XCTAssertEqual(try record(a), try record(b))
    }

    /// `person erase` on one copy says where the erasure goes; the next exchanges erase the
    /// person on the other copy too, and no file in the folder holds the name any more.
    func testAPersonErasedOnOneCopyIsErasedOnTheOtherAfterTheExchange() throws {
        let (a, b) = try twoCopies(associations: 12)
        try kumppani(["sync", "--db", a, "--folder", folder])   // the folder becomes known to a
        let people = try XCTUnwrap(try record(b)["people"])
        let row = try XCTUnwrap(people.sorted().first)
        func field(_ key: String, before next: String) -> String? {
            row.components(separatedBy: ",\(key)=").dropFirst().first?.components(separatedBy: ",\(next)=").first
        }
        let name = try XCTUnwrap(field("name", before: "name_key")), id = try XCTUnwrap(field("id", before: "name"))
        XCTAssertFalse(name.isEmpty)
        let erase = try kumppani(["person", "erase", "id:\(id)", "--yes", "--db", a])
        XCTAssertTrue(erase.out.contains("The erasure goes to the other copies with the next exchange"), erase.out)
        XCTAssertTrue(erase.out.contains("rewritten without the name"), erase.out)
        XCTAssertTrue(erase.err.contains("files other copies already wrote"), erase.err)
        try kumppani(["sync", "--db", a, "--folder", folder])
        let onB = try kumppani(["sync", "--db", b, "--folder", folder])
        XCTAssertTrue(onB.out.contains("People erased on another copy, erased on this copy too: 1"), onB.out)
        XCTAssertEqual(try record(a), try record(b))
        XCTAssertFalse(try record(b)["people"]?.contains { $0.contains("name=\(name),") } ?? true)
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
            XCTAssertNil(data.range(of: Data(name.utf8)), file)
        }
    }
}
