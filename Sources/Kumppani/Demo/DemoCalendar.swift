import Foundation

/// Civil dates as day numbers since 1970-01-01, so the generator can add days to dates and
/// format them as ISO text without a DateFormatter per row (100,000 rows must stay fast).
struct DemoDay: Comparable, Hashable, Sendable {
    let number: Int

    init(number: Int) { self.number = number }

    init(year: Int, month: Int, day: Int) {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        number = era * 146097 + doe - 719468
    }

    init(_ date: Date) {
        number = Int((date.timeIntervalSince1970 / 86400).rounded(.down))
    }

    var parts: (year: Int, month: Int, day: Int) {
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    var year: Int { parts.year }

    /// 0 = Monday ... 6 = Sunday.
    var weekday: Int { ((number % 7) + 7 + 3) % 7 }

    var iso: String {
        let p = parts
        return DemoIdentifiers.padded(p.year, 4) + "-" + DemoIdentifiers.padded(p.month, 2) + "-" + DemoIdentifiers.padded(p.day, 2)
    }

    /// 23.11.2026, for texts inside the demo data.
    var finnish: String {
        let p = parts
        return "\(p.day).\(p.month).\(p.year)"
    }

    /// A UTC instant on this day, in the stored timestamp format.
    func instant(hour: Int, minute: Int = 0) -> String {
        iso + "T" + DemoIdentifiers.padded(hour, 2) + ":" + DemoIdentifiers.padded(minute, 2) + ":00.000Z"
    }

    static func + (day: DemoDay, days: Int) -> DemoDay { DemoDay(number: day.number + days) }
    static func - (day: DemoDay, days: Int) -> DemoDay { DemoDay(number: day.number - days) }
    static func < (a: DemoDay, b: DemoDay) -> Bool { a.number < b.number }
}
