import XCTest
@testable import Kumppani

final class FinnishCivilDateTests: XCTestCase {
    let today = CivilDate(year: 2026, month: 11, day: 23)!

    func testParsesFinnishAndISOForms() {
        let expected = CivilDate(year: 2026, month: 11, day: 23)
        for text in ["23.11.2026", " 23.11.2026 ", "2026-11-23", "23.11.", "23.11", "23. 11. 2026"] {
            XCTAssertEqual(CivilDate.parse(text, today: today).value(), expected, text)
        }
        XCTAssertEqual(CivilDate.parse("1.2.2027", today: today).value()?.iso, "2027-02-01")
        XCTAssertEqual(CivilDate.parse("01.02.2027", today: today).value()?.iso, "2027-02-01")
        XCTAssertEqual(CivilDate.parse("5.1.", today: today).value()?.iso, "2026-01-05", "day and month mean this year")
        XCTAssertEqual(CivilDate.parse("12.6.1897", today: today).value()?.iso, "1897-06-12", "old associations")
    }

    func testRelativeWords() {
        XCTAssertEqual(CivilDate.parse("tänään", today: today).value(), today)
        XCTAssertEqual(CivilDate.parse("Today", today: today).value(), today)
        XCTAssertEqual(CivilDate.parse("huomenna", today: today).value()?.iso, "2026-11-24")
        XCTAssertEqual(CivilDate.parse("tomorrow", today: today).value()?.iso, "2026-11-24")
        XCTAssertEqual(CivilDate.parse("eilen", today: today).value()?.iso, "2026-11-22")
        XCTAssertEqual(CivilDate.parse("yesterday", today: today).value()?.iso, "2026-11-22")
        XCTAssertEqual(CivilDate.parse("+7", today: today).value()?.iso, "2026-11-30")
        XCTAssertEqual(CivilDate.parse("+ 10", today: today).value()?.iso, "2026-12-03")
        XCTAssertEqual(CivilDate.parse("-30", today: today).value()?.iso, "2026-10-24")
        XCTAssertEqual(CivilDate.parse("+40", today: today).value()?.iso, "2027-01-02", "crosses the year")
    }

    func testRefusals() {
        XCTAssertEqual(CivilDate.parse("", today: today).problem, .empty)
        XCTAssertEqual(CivilDate.parse("23.11.26", today: today).problem, .twoDigitYear)
        XCTAssertEqual(CivilDate.parse("30.2.2026", today: today).problem, .noSuchDate(day: 30, month: 2, year: 2026))
        XCTAssertEqual(CivilDate.parse("29.2.2026", today: today).problem, .noSuchDate(day: 29, month: 2, year: 2026))
        XCTAssertEqual(CivilDate.parse("31.4.", today: today).problem, .noSuchDate(day: 31, month: 4, year: 2026))
        XCTAssertEqual(CivilDate.parse("1.13.2026", today: today).problem, .noSuchDate(day: 1, month: 13, year: 2026))
        XCTAssertEqual(CivilDate.parse("0.1.2026", today: today).problem, .noSuchDate(day: 0, month: 1, year: 2026))
        XCTAssertEqual(CivilDate.parse("23.11.0226", today: today).problem, .yearOutOfRange(minimum: 1800, maximum: 2199))
        XCTAssertEqual(CivilDate.parse("+99999", today: today).problem, .offsetTooLarge(maximum: CivilDate.maximumOffset))
        for bad in ["23/11/2026", "23.11.202", "huomisaamuna", "23.11.2026.", "2026-11", "１２.１.２０２６", "+", "+7a", "11-23-2026", "23..2026"] {
            XCTAssertEqual(CivilDate.parse(bad, today: today).problem, .wrongShape, bad)
        }
    }

    func testLeapYears() {
        XCTAssertTrue(CivilDate.isLeapYear(2024))
        XCTAssertTrue(CivilDate.isLeapYear(2000))
        XCTAssertFalse(CivilDate.isLeapYear(1900))
        XCTAssertFalse(CivilDate.isLeapYear(2026))
        XCTAssertEqual(CivilDate.parse("29.2.2028", today: today).value()?.iso, "2028-02-29")
        XCTAssertEqual(CivilDate.parse("29.2.2000", today: today).value()?.iso, "2000-02-29")
        XCTAssertEqual(CivilDate.parse("29.2.1900", today: today).problem, .noSuchDate(day: 29, month: 2, year: 1900))
        XCTAssertEqual(CivilDate(year: 2028, month: 2, day: 28)?.adding(days: 1).iso, "2028-02-29")
        XCTAssertEqual(CivilDate(year: 2026, month: 2, day: 28)?.adding(days: 1).iso, "2026-03-01")
    }

    func testFormattingAndISO() {
        XCTAssertEqual(today.formatted(.fi), "23.11.2026")
        XCTAssertEqual(today.formatted(.en), "2026-11-23")
        XCTAssertEqual(CivilDate(year: 2027, month: 1, day: 5)?.formatted(.fi), "5.1.2027")
        XCTAssertEqual(CivilDate(year: 2027, month: 1, day: 5)?.iso, "2027-01-05")
        XCTAssertEqual(CivilDate(iso: "2026-11-23"), today)
        XCTAssertNil(CivilDate(iso: "2026-02-30"))
        XCTAssertNil(CivilDate(iso: "2026-1-5"), "the stored form is exact")
        XCTAssertEqual(today.databaseValue, .text("2026-11-23"))
    }

    func testJSONUsesISOText() throws {
        let data = try JSONEncoder().encode([today])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "[\"2026-11-23\"]")
        XCTAssertEqual(try JSONDecoder().decode([CivilDate].self, from: data), [today])
        XCTAssertThrowsError(try JSONDecoder().decode([CivilDate].self, from: Data("[\"2026-02-30\"]".utf8)))
    }

    func testDayArithmeticAgreesWithFoundationCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard let epoch = CivilDate(year: 1970, month: 1, day: 1) else { return XCTFail() }
        for offset in stride(from: -60_000, through: 80_000, by: 997) {
            let date = epoch.adding(days: offset)
            let reference = calendar.dateComponents([.year, .month, .day, .weekday],
                                                    from: Date(timeIntervalSince1970: TimeInterval(offset) * 86_400))
            XCTAssertEqual([date.year, date.month, date.day], [reference.year, reference.month, reference.day])
            // Foundation numbers Sunday 1 ... Saturday 7; ISO numbers Monday 1 ... Sunday 7.
            XCTAssertEqual(date.weekday.rawValue, ((reference.weekday ?? 0) + 5) % 7 + 1)
            XCTAssertEqual(epoch.days(until: date), offset)
            XCTAssertEqual(CivilDate(dayNumber: date.dayNumber), date)
        }
    }

    func testWeekdaysComparisonAndMonths() {
        XCTAssertEqual(today.weekday, .monday)
        XCTAssertEqual(today.weekday.name(.fi), "maanantai")
        XCTAssertEqual(today.adding(days: 4).weekday.shortName(.fi), "pe")
        XCTAssertEqual(today.adding(days: 6).weekday.name(.en), "Sunday")
        XCTAssertEqual(today.isoWeek, 48)
        XCTAssertEqual(CivilDate(year: 2027, month: 1, day: 1)?.isoWeek, 53, "1.1.2027 is a Friday of week 53")
        XCTAssertLessThan(today, today.adding(days: 1))
        XCTAssertEqual([today.adding(days: 3), today, today.adding(days: -3)].sorted().map(\.iso),
                       ["2026-11-20", "2026-11-23", "2026-11-26"])
        XCTAssertEqual(CivilDate(year: 2026, month: 1, day: 31)?.adding(months: 1).iso, "2026-02-28")
        XCTAssertEqual(CivilDate(year: 2026, month: 11, day: 30)?.adding(months: 3).iso, "2027-02-28")
        XCTAssertEqual(CivilDate(year: 2026, month: 3, day: 15)?.adding(months: -3).iso, "2025-12-15")
    }

    func testMessages() {
        let problems: [CivilDateProblem] = [.empty, .wrongShape, .twoDigitYear, .noSuchDate(day: 30, month: 2, year: 2026),
                                            .noSuchDate(day: 1, month: 13, year: 2026),
                                            .yearOutOfRange(minimum: 1800, maximum: 2199), .offsetTooLarge(maximum: 1100)]
        for p in problems { assertMessages(p.message(.fi), p.message(.en)) }
        XCTAssertEqual(CivilDateProblem.noSuchDate(day: 30, month: 2, year: 2026).message(.fi),
                       "Päivää 30.2.2026 ei ole: kuussa on 28 päivää.")
    }
}
