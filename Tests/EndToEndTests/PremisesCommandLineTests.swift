import Foundation
import XCTest

/// `kumppani export premises|bookings`, `kumppani report benefits` and the bookings in the
/// calendar, on a demo file; the CSV read back with Python's csv module.
final class PremisesCommandLineTests: XCTestCase {
    private var folder: URL!
    private var db: String { folder.appendingPathComponent("demo.sqlite").path }
    private let now = ["KUMPPANI_NOW": "2026-11-23"]

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("premises-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let demo = try KumppaniProcess.run(["demo", "--db", db, "--associations", "40", "--seed", "5"], environment: now)
        XCTAssertEqual(demo.status, 0, demo.err)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    /// Rows of a CSV file as Python's csv module reads them (the way a spreadsheet script would).
    private func pythonCSV(_ text: String) throws -> [[String]] {
        let file = folder.appendingPathComponent("in-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: file)
        let script = "import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n    print(json.dumps(list(csv.reader(f, delimiter=';'))))"
        let r = try KumppaniProcess.runProgram(URL(fileURLWithPath: "/usr/bin/python3"), ["-c", script, file.path])
        XCTAssertEqual(r.status, 0, r.err)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String]])
    }

    func testBookingsAndPremisesExportAsCSVAndJSON() throws {
        let csv = try KumppaniProcess.run(["export", "bookings", "--db", db, "--lang", "fi"])
        XCTAssertEqual(csv.status, 0, csv.err)
        let rows = try pythonCSV(csv.out)
        XCTAssertEqual(rows.first?.prefix(4), ["tila", "yhdistys", "toiminta", "otsikko"])
        let json = try KumppaniProcess.run(["export", "bookings", "--db", db, "--format", "json"])
        XCTAssertEqual(json.status, 0, json.err)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: [[String: Any]]])
        let bookings = try XCTUnwrap(object["bookings"])
        XCTAssertEqual(rows.count - 1, bookings.count)
        XCTAssertTrue(rows.dropFirst().allSatisfy { $0.count == 15 && !$0[9].isEmpty }, "every demo series has its holiday exception")
        let premises = try KumppaniProcess.run(["export", "premises", "--db", db, "--format", "json"])
        let rooms = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(premises.out.utf8)) as? [String: [[String: Any]]])?["premises"])
        XCTAssertEqual(rooms.count, 5)
        XCTAssertNotNil(rooms.first?["hourly_value_cents"] as? Int)
    }

    func testTheBenefitReportByGoalParsesAndBadUsageIsExplained() throws {
        let r = try KumppaniProcess.run(["report", "benefits", "--db", db, "--year", "2026", "--by", "goal", "--format", "csv", "--lang", "en"])
        XCTAssertEqual(r.status, 0, r.err)
        let rows = try pythonCSV(r.out)
        XCTAssertEqual(rows.first, ["Goal", "Year", "Grants paid", "Premises hours", "Premises value", "Volunteer hours", "Activities",
                                    "People reached", "Reports in", "Cost per person"])
        XCTAssertEqual(rows.count, 1 + 4 * 2)
        XCTAssertEqual(rows.dropFirst().map { $0[1] }, Array(repeating: ["2026", "2025"], count: 4).flatMap { $0 })
        let md = try KumppaniProcess.run(["report", "benefits", "--db", db, "--year", "2026", "--lang", "fi"])
        XCTAssertTrue(md.out.hasPrefix("# Panokset ja hyödyt kohderyhmittäin 2026 (vertailuvuosi 2025)"), md.out)
        let bad = try KumppaniProcess.run(["report", "benefits", "--db", db, "--year", "next"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.err.contains("--year"), bad.err)
        let missing = try KumppaniProcess.run(["report", "benefits", "--db", db])
        XCTAssertEqual(missing.status, 2)
    }

    func testWeeklyBookingsAreInTheCalendarAsSeriesWithExceptions() throws {
        let r = try KumppaniProcess.run(["export", "calendar", "--db", db])
        XCTAssertEqual(r.status, 0, r.err)
        let unfolded = r.out.replacingOccurrences(of: "\r\n ", with: "")
        let events = unfolded.components(separatedBy: "BEGIN:VEVENT").filter { $0.contains("UID:booking-") }
        XCTAssertGreaterThan(events.count, 40)
        for e in events {
            XCTAssertTrue(e.contains("DTSTART;TZID=Europe/Helsinki:"), e)
            XCTAssertTrue(e.contains("RRULE:FREQ=WEEKLY;COUNT="), e)
            XCTAssertTrue(e.contains("EXDATE;TZID=Europe/Helsinki:"), e)
        }
    }
}
