import XCTest
@testable import Kumppani

final class FinnishTimeTests: XCTestCase {
    func testClockTimeParsing() {
        let cases: [(String, Int, Int)] = [
            ("14.05", 14, 5), ("14:05", 14, 5), ("9", 9, 0), ("09", 9, 0), ("klo 14.05", 14, 5), ("klo. 9.30", 9, 30),
            ("kello 9", 9, 0), ("KLO 14", 14, 0), ("1405", 14, 5), (" 0.00 ", 0, 0), ("23.59", 23, 59), ("at 9:30", 9, 30),
        ]
        for (text, h, m) in cases {
            let t = ClockTime.parse(text).value()
            XCTAssertEqual(t?.hour, h, text)
            XCTAssertEqual(t?.minute, m, text)
        }
    }

    func testClockTimeRefusals() {
        XCTAssertEqual(ClockTime.parse("").problem, .empty)
        XCTAssertEqual(ClockTime.parse("klo").problem, .empty)
        XCTAssertEqual(ClockTime.parse("24.00").problem, .outOfRange)
        XCTAssertEqual(ClockTime.parse("14.60").problem, .outOfRange)
        XCTAssertEqual(ClockTime.parse("25").problem, .outOfRange)
        for bad in ["9.5", "14.005", "140", "14h", "abc", "１４.００", "14.05.", "-1"] {
            XCTAssertEqual(ClockTime.parse(bad).problem, .wrongShape, bad)
        }
        for p in [ClockTimeProblem.empty, .wrongShape, .outOfRange] { assertMessages(p.message(.fi), p.message(.en)) }
    }

    func testClockTimeFormatting() {
        XCTAssertEqual(ClockTime(hour: 14, minute: 5)?.formatted, "14.05")
        XCTAssertEqual(ClockTime(hour: 9, minute: 5)?.formatted(.fi), "9.05")
        XCTAssertEqual(ClockTime(hour: 9, minute: 5)?.formatted(.en), "09:05")
        XCTAssertEqual(ClockTime(hour: 9, minute: 5)?.iso, "09:05")
        XCTAssertNil(ClockTime(hour: 24, minute: 0))
        XCTAssertLessThan(ClockTime(hour: 9, minute: 59)!, ClockTime(hour: 10, minute: 0)!)
    }

    func testUTCTimestampsRoundTrip() {
        let date = Date(timeIntervalSince1970: 1_795_435_500.123)
        let text = UTCTimestamp.format(date)
        XCTAssertEqual(text, "2026-11-23T12:05:00.123Z")
        XCTAssertEqual(UTCTimestamp.parse(text)?.timeIntervalSince1970 ?? 0, date.timeIntervalSince1970, accuracy: 0.0005)
        XCTAssertEqual(UTCTimestamp.format(Date(timeIntervalSince1970: 0)), "1970-01-01T00:00:00.000Z")
        XCTAssertEqual(UTCTimestamp.format(Date(timeIntervalSince1970: -0.5)), "1969-12-31T23:59:59.500Z")
        XCTAssertEqual(UTCTimestamp.parse("2026-11-23T12:05:00Z")?.timeIntervalSince1970, 1_795_435_500)
        XCTAssertEqual(UTCTimestamp.parse("2026-11-23T12:05:00.5Z").map(UTCTimestamp.format), "2026-11-23T12:05:00.500Z")
        for bad in ["", "2026-11-23", "2026-11-23T12:05:00", "2026-11-23T12:05:00+02:00", "2026-02-30T00:00:00Z",
                    "2026-11-23T24:00:00Z", "2026-11-23T12:05:00.1234Z", "2026-11-23 12:05:00Z"] {
            XCTAssertNil(UTCTimestamp.parse(bad), bad)
        }
    }

    func testTimestampTextAgreesWithISO8601Formatter() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        for seconds in stride(from: -2_000_000_000.0, through: 4_000_000_000.0, by: 123_456_789.25) {
            let date = Date(timeIntervalSince1970: seconds)
            XCTAssertEqual(UTCTimestamp.format(date), formatter.string(from: date))
        }
    }

    func testHelsinkiCivilDateAndTime() {
        // 2026-11-23 22:30 UTC is already the 24th in Finland (UTC+2 in winter).
        guard let late = UTCTimestamp.parse("2026-11-23T22:30:00.000Z"),
              let summer = UTCTimestamp.parse("2026-06-15T12:00:00.000Z") else { return XCTFail() }
        XCTAssertEqual(HelsinkiTime.civilDate(of: late).iso, "2026-11-24")
        XCTAssertEqual(HelsinkiTime.clockTime(of: late).formatted, "0.30")
        XCTAssertEqual(HelsinkiTime.clockTime(of: summer).formatted, "15.00", "UTC+3 in summer")
        XCTAssertEqual(FixedClock(late).today().iso, "2026-11-24")
    }

    func testHelsinkiWallClockToInstant() {
        let day = CivilDate(year: 2026, month: 11, day: 23)!
        let meeting = HelsinkiTime.date(day, ClockTime(hour: 14, minute: 5)!)
        XCTAssertEqual(UTCTimestamp.format(meeting), "2026-11-23T12:05:00.000Z")
        let summer = HelsinkiTime.date(CivilDate(year: 2026, month: 6, day: 15)!, ClockTime(hour: 14, minute: 5)!)
        XCTAssertEqual(UTCTimestamp.format(summer), "2026-06-15T11:05:00.000Z")
        // Round trip every quarter hour across both DST changes of 2026 (29.3. and 25.10.).
        for day in [CivilDate(year: 2026, month: 3, day: 29)!, CivilDate(year: 2026, month: 10, day: 25)!] {
            for minutes in stride(from: 0, to: 24 * 60, by: 15) {
                let time = ClockTime(hour: minutes / 60, minute: minutes % 60)!
                let instant = HelsinkiTime.date(day, time)
                let back = HelsinkiTime.localParts(of: instant)
                if day.month == 3 && time.hour == 3 {
                    // 03.00–03.59 does not exist that night: read as winter time, it lands an hour later.
                    XCTAssertEqual(back.time.hour, 4)
                    XCTAssertEqual(back.time.minute, time.minute)
                } else {
                    XCTAssertEqual(back.date, day)
                    XCTAssertEqual(back.time, time)
                }
            }
        }
        // 03.30 happens twice on 25.10.2026; the first (summer time, UTC+3) is chosen.
        let twice = HelsinkiTime.date(CivilDate(year: 2026, month: 10, day: 25)!, ClockTime(hour: 3, minute: 30)!)
        XCTAssertEqual(UTCTimestamp.format(twice), "2026-10-25T00:30:00.000Z")
    }

    func testClocks() {
        let fixed = FixedClock(Date(timeIntervalSince1970: 1_000))
        XCTAssertEqual(fixed.now(), Date(timeIntervalSince1970: 1_000))
        let clocks: [any Kumppani.Clock] = [fixed, SystemClock()]
        XCTAssertGreaterThan(clocks[1].now(), clocks[0].now())
    }
}
