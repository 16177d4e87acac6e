import Foundation

/// Civil dates as day numbers since 1970-01-01 (over `CivilDate`'s arithmetic), so the generator
/// can add days and format ISO text without a DateFormatter per row (100,000 rows must stay fast).
struct DemoDay: Comparable, Hashable, Sendable {
    let number: Int

    init(number: Int) { self.number = number }

    init(year: Int, month: Int, day: Int) {
        number = CivilDate(year: year, month: month, day: day)?.dayNumber ?? 0
    }

    init(_ date: Date) {
        number = Int((date.timeIntervalSince1970 / 86400).rounded(.down))
    }

    var civil: CivilDate { CivilDate(dayNumber: number) }
    var parts: (year: Int, month: Int, day: Int) { let c = civil; return (c.year, c.month, c.day) }
    var year: Int { civil.year }

    /// 0 = Monday ... 6 = Sunday.
    var weekday: Int { ((number % 7) + 7 + 3) % 7 }

    var iso: String { civil.iso }

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
