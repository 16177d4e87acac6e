import XCTest
import Kumppani

/// `kumppani import ytj`: the sample's counts, dry run, region filter, review entries, and a
/// generated bulk file read in bounded memory.
final class YTJImportCommandLineTests: XCTestCase {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/ytj-sample.json").standardized.path
    var temp: URL!

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-ytj-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    func db() -> String { temp.appendingPathComponent("ytj.sqlite").path }

    func testDryRunRegionAndReviewEntries() throws {
        let dry = try KumppaniProcess.run(["import", "ytj", Self.sample, "--region", "Päijät-Häme", "--dry-run", "--db", db(), "--lang", "en"])
        XCTAssertEqual(dry.status, 0, dry.err)
        XCTAssertTrue(dry.out.contains("Dry run, nothing saved. Read 8 records; would add 5 new associations"), dry.out)
        XCTAssertTrue(dry.out.contains("  + Päijät-Hämeen Järjestösäätiö sr"), dry.out)
        XCTAssertFalse(dry.out.contains("Tampereen"), "outside the region")
        XCTAssertFalse(dry.out.contains("Kotiapu Oy"), "a company is not kept")

        let real = try KumppaniProcess.run(["import", "ytj", Self.sample, "--county", "Pirkanmaan hyvinvointialue", "--db", db(), "--lang", "fi"])
        XCTAssertEqual(real.status, 0, real.err)
        XCTAssertTrue(real.out.contains("lisätty 1 uutta yhdistystä"), real.out)
        let export = try KumppaniProcess.run(["export", "associations", "--db", db()])
        XCTAssertTrue(export.out.contains("Tampereen Liikuntaseura ry"), export.out)
        XCTAssertFalse(export.out.contains("Heinolan"), export.out)

        // Known by Y-tunnus with a name of the coordinator's own: the register's differences wait for review.
        let csv = temp.appendingPathComponent("own.csv")
        try "name;business_id;municipality\nTampereen liikkujat;3059002-1;Tampere\n".write(to: csv, atomically: true, encoding: .utf8)
        XCTAssertEqual(try KumppaniProcess.run(["import", "associations", csv.path, "--db", db()]).status, 0)
        let again = try KumppaniProcess.run(["import", "ytj", Self.sample, "--db", db(), "--region", "Pirkanmaa", "--lang", "en"])
        XCTAssertTrue(again.out.contains("added 0 new associations; 1 changes (1 associations) wait for review"), again.out)
        let after = try KumppaniProcess.run(["export", "associations", "--db", db()])
        XCTAssertTrue(after.out.contains("Tampereen liikkujat"), "the coordinator's name is kept until accepted")

        let unknown = try KumppaniProcess.run(["import", "ytj", Self.sample, "--region", "Atlantis", "--db", db(), "--lang", "en"])
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.err.contains("Unknown region: Atlantis"), unknown.err)
    }

    /// 50,000 companies (about 30 MB) are read in bounded memory: the peak RSS of the whole
    /// process stays under 100 MB, far below what holding the parsed file would take.
    func testABulkFileStreamsInBoundedMemory() throws {
        let file = temp.appendingPathComponent("bulk.json")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        let out = try FileHandle(forWritingTo: file)
        var chunk = "["
        var next = 1_000_000
        for i in 0..<50_000 {
            // Bases whose check digit would be 10 have no valid Y-tunnus: the next one is taken.
            var check = BusinessID.checkDigit(forBase: String(next))
            while check == nil { next += 1; check = BusinessID.checkDigit(forBase: String(next)) }
            let id = "\(next)-\(check ?? 0)"
            next += 1
            let code = i % 10 == 0 ? "111" : "837"
            chunk += (i == 0 ? "" : ",\n") + """
                {"businessId":{"value":"\(id)","registrationDate":"2001-01-01"},"names":[{"name":"Yhdistys \(i) ry","type":"1","endDate":null,"version":1},{"name":"Vanha nimi \(i) ry","type":"1","endDate":"2010-01-01","version":2}],"companyForms":[{"type":"16","descriptions":[{"languageCode":"1","description":"Aatteellinen yhdistys"},{"languageCode":"3","description":"Non-profit association"}],"endDate":null}],"addresses":[{"type":2,"street":"Katu \(i)","postCode":"18100","postOffices":[{"city":"KAUPUNKI","languageCode":"1","municipalityCode":"\(code)"}]}],"status":"2","registrationDate":"2001-01-01","endDate":null,"lastModified":"2026-01-01 00:00:00"}
                """
            if chunk.utf8.count > 1 << 20 { out.write(Data(chunk.utf8)); chunk = "" }
        }
        out.write(Data((chunk + "]\n").utf8))
        try out.close()
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber).intValue
        XCTAssertGreaterThan(size, 25_000_000)

        let (status, peakKB, output) = try runMeasured(["import", "ytj", file.path, "--region", "Päijät-Häme", "--db", db(), "--lang", "en"])
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.contains("read 50000 records; added 5000 new associations"), output)
        XCTAssertTrue(output.contains("45000 outside the region"), output)
        XCTAssertGreaterThan(peakKB, 1024, "the peak was read")
        XCTAssertLessThan(peakKB, 100 * 1024, "peak RSS \(peakKB) kB")
    }

    /// Runs the binary and returns its exit status, peak RSS in kB and its output. The peak is the
    /// child's own `VmHWM` from /proc, read while it runs: `wait4`'s `ru_maxrss` also counts the test
    /// process's memory, which a spawned child inherits as its high-water mark until it execs.
    func runMeasured(_ args: [String]) throws -> (Int32, Int, String) {
        let exe = try XCTUnwrap(CommandLineTests.binary, "kumppani binary not found; run swift build first")
        let log = temp.appendingPathComponent("out.txt")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        let p = Process()
        p.executableURL = exe
        p.arguments = args
        p.environment = ["HOME": temp.path, "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        p.standardOutput = output
        p.standardError = output
        try p.run()
        var peak = 0
        let status = "/proc/\(p.processIdentifier)/status"
        while p.isRunning {
            if let text = try? String(contentsOfFile: status, encoding: .utf8),
               let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kB = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "") {
                peak = max(peak, kB)
            }
            usleep(20_000)
        }
        p.waitUntilExit()
        try output.close()
        if peak == 0 && !FileManager.default.fileExists(atPath: "/proc/self/status") { throw XCTSkip("no /proc to read the peak from") }
        return (p.terminationStatus, peak, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}
