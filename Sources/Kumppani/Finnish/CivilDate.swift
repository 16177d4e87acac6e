import Foundation

/// A calendar date without a time or a time zone: a deadline, a meeting day, a founding date.
/// Stored as ISO text (`2026-11-23`), shown as `23.11.2026` in Finnish.
///
/// Day arithmetic is plain integer arithmetic on the proleptic Gregorian calendar, so it is
/// independent of the machine's time zone and locale.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Years that parsing accepts. Wide enough for the oldest associations (1800s) and far-off
    /// deadlines, narrow enough that a mistyped `0226` is caught.
    public static let supportedYears = 1800...2199

    /// Nil unless the date exists (30 February does not; 29 February only in leap years).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads exactly `YYYY-MM-DD`, the stored form. For typed input use `parse(_:today:)`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy(FinnishInput.isAllDigits),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        case 1...12: return 31
        default: return 0
        }
    }

    /// `2026-11-23`: the stored form, which also sorts correctly as text.
    public var iso: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + Self.two(month) + "-" + Self.two(day)
    }

    /// `23.11.2026` in Finnish. English also gets the ISO form `2026-11-23`: it is unambiguous
    /// to British and American readers alike (unlike 11/23 vs 23/11), needs no month names, and
    /// has the same width (10 columns) as the Finnish form, so table columns do not shift when
    /// the language changes.
    public func formatted(_ language: Language) -> String {
        switch language {
        case .fi, .sv: return "\(day).\(month).\(year)"
        case .en: return iso
        }
    }

    public var description: String { iso }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    // MARK: Arithmetic

    /// Days since 1970-01-01 (negative before). The algorithm is Howard Hinnant's
    /// `days_from_civil`, exact for every Gregorian date.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01 (Hinnant's `civil_from_days`).
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Days from this date to `other`: positive when `other` is later.
    public func days(until other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// The same day `months` months later, clamped to the month's last day (31.1. + 1 → 28.2.).
    public func adding(months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        let m = index - y * 12 + 1
        let d = min(day, Self.daysIn(month: m, year: y))
        return CivilDate(year: y, month: m, day: d) ?? self
    }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO 4).
        let iso = ((dayNumber % 7) + 7 + 3) % 7 + 1
        return Weekday(rawValue: iso) ?? .monday
    }

    /// The ISO week number (1–53), as Finnish calendars show it.
    public var isoWeek: Int {
        let thursday = adding(days: 4 - weekday.rawValue)
        let jan1 = CivilDate(year: thursday.year, month: 1, day: 1) ?? thursday
        return jan1.days(until: thursday) / 7 + 1
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}

/// Days of the week, numbered as ISO 8601 and Finnish calendars do: Monday is 1.
public enum Weekday: Int, CaseIterable, Sendable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `maanantai` / `Monday`.
    public func name(_ language: Language) -> String { L(language)["finnish.weekday.\(rawValue)"] }
    /// `ma` / `Mon`.
    public func shortName(_ language: Language) -> String { L(language)["finnish.weekday.short.\(rawValue)"] }
}

extension CivilDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .text(iso) }
}

/// In JSON a date is its ISO text, like in the database.
extension CivilDate: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO date: \(text)")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
