import Foundation
import XCTest

/// `kumppani audit [--since DATE]` through the real binary, on a demo database whose decisions,
/// payments, recoveries and approved minutes were written through the audit triggers.
final class AuditCommandLineTests: XCTestCase {
    static let demo = DemoDatabase.make(associations: 60, seed: 11)

    func demoFile() throws -> String { try Self.demo.get().file.path }

    /// How many audited records the demo holds, read from its `export all`.
    func auditedRecordCount() throws -> Int {
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: try Self.demo.get().exportAll) as? [String: Any])
        func rows(_ name: String) -> [[String: Any]] { json[name] as? [[String: Any]] ?? [] }
        let approved = rows("meetings").filter { $0["status"] as? String == "approved" }.count
        return rows("grant_decisions").count + rows("grant_payments").count + rows("grant_recoveries").count + approved
    }

    func audit(_ extra: [String]) throws -> KumppaniProcess.Outcome {
        try KumppaniProcess.run(["audit", "--db", try demoFile(), "--lang", "fi"] + extra)
    }

    /// The local date at the start of a line `23.11.2026 14.05  …`.
    func day(of line: String) -> (Int, Int, Int)? {
        let parts = line.prefix { $0 != " " }.split(separator: ".").compactMap { Int($0) }
        return parts.count == 3 ? (parts[2], parts[1], parts[0]) : nil
    }

    func testEveryAuditedDemoRecordIsOneLineWithTimeUserAndWhat() throws {
        let result = try audit([])
        XCTAssertEqual(result.status, 0, result.err)
        let lines = result.out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, try auditedRecordCount())
        let shape = try NSRegularExpression(pattern: #"^\d{1,2}\.\d{1,2}\.\d{4} \d{1,2}\.\d{2}  demo  \S"#)
        for line in lines {
            XCTAssertNotNil(shape.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)), line)
        }
        XCTAssertTrue(lines.contains { $0.contains("  Päätös kirjattu: ") && $0.contains("tulos: ") }, result.out)
        XCTAssertTrue(lines.contains { $0.contains("  Maksu kirjattu: ") && $0.contains(" €") }, result.out)
        XCTAssertTrue(lines.contains { $0.contains("  Pöytäkirja hyväksytty: ") }, result.out)
        let days = lines.compactMap(day(of:))
        XCTAssertEqual(days.count, lines.count)
        XCTAssertEqual(days.map { $0.0 * 10_000 + $0.1 * 100 + $0.2 }, days.map { $0.0 * 10_000 + $0.1 * 100 + $0.2 }.sorted(),
                       "oldest first")
    }

    func testSinceKeepsTheEntriesFromThatDayOnInEitherDateForm() throws {
        let all = try audit([]).out.split(separator: "\n").map(String.init)
        let days = all.compactMap(day(of:)).map { $0.0 * 10_000 + $0.1 * 100 + $0.2 }
        let distinct = Array(Set(days)).sorted()
        XCTAssertGreaterThan(distinct.count, 2, "the demo's history spans several days")
        let pivot = distinct[distinct.count / 2]
        let (y, m, d) = (pivot / 10_000, pivot / 100 % 100, pivot % 100)
        let expected = zip(all, days).filter { $0.1 >= pivot }.map(\.0)
        let finnish = try audit(["--since", "\(d).\(m).\(y)"])
        XCTAssertEqual(finnish.status, 0, finnish.err)
        XCTAssertEqual(finnish.out.split(separator: "\n").map(String.init), expected)
        let iso = try audit(["--since=" + String(format: "%04d-%02d-%02d", y, m, d)])
        XCTAssertEqual(iso.out, finnish.out)
        XCTAssertLessThan(expected.count, all.count)
    }

    func testNothingSinceADaySaysSoAndSucceeds() throws {
        let result = try audit(["--since", "1.1.2100"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out, "Muutoshistoriassa ei ole merkintöjä 1.1.2100 alkaen.\n")
    }

    func testABadDateIsExplainedWithUsageExitCode() throws {
        for bad in ["31.2.2026", "eilispäivänä", "1.11.26"] {
            let result = try audit(["--since", bad])
            XCTAssertEqual(result.status, 2, bad)
            XCTAssertEqual(result.out, "", bad)
            XCTAssertTrue(result.err.hasPrefix("kumppani: Valitsimen --since päivämäärä ”\(bad)” ei kelpaa."), result.err)
        }
        let english = try KumppaniProcess.run(["audit", "--db", try demoFile(), "--since", "2026-13-01", "--lang", "en"])
        XCTAssertEqual(english.status, 2)
        XCTAssertTrue(english.err.contains("The date “2026-13-01” given to --since is not valid."), english.err)
    }

    func testSinceBelongsToAuditOnly() throws {
        let result = try KumppaniProcess.run(["check", "--db", try demoFile(), "--since", "1.1.2026"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.err.contains("--since"), result.err)
    }
}
