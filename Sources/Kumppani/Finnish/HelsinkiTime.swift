import Foundation

/// Conversions between instants (`Date`, stored as UTC) and the civil date and wall-clock time
/// in Finland. Meetings are planned in local time; the conversion happens here, never in SQL.
public enum HelsinkiTime {
    /// Europe/Helsinki; falls back to a fixed UTC+2 only if the system has no zone database.
    public static let timeZone: TimeZone =
        TimeZone(identifier: "Europe/Helsinki") ?? TimeZone(secondsFromGMT: 7200) ?? .current

    /// The date in Finland at that instant.
    public static func civilDate(of date: Date) -> CivilDate {
        localParts(of: date).date
    }

    /// The wall-clock time in Finland at that instant (seconds dropped).
    public static func clockTime(of date: Date) -> ClockTime {
        localParts(of: date).time
    }

    public static func localParts(of date: Date) -> (date: CivilDate, time: ClockTime) {
        let local = Int(floor(date.timeIntervalSince1970)) + timeZone.secondsFromGMT(for: date)
        let (days, seconds) = floorDivide(local, 86_400)
        let time = ClockTime(hour: seconds / 3600, minute: (seconds % 3600) / 60) ?? ClockTime.midnight
        return (CivilDate(dayNumber: days), time)
    }

    /// The instant of a wall-clock time in Finland.
    ///
    /// Daylight saving makes two cases special. When clocks jump forward (last Sunday of March,
    /// 03.00 → 04.00) a time in the gap such as 03.30 is read with the winter offset, so it lands
    /// at 04.30 summer time, the time the meeting would actually start. When clocks fall back (last
    /// Sunday of October) a time such as 03.30 happens twice; the first one is chosen.
    public static func date(_ day: CivilDate, _ time: ClockTime) -> Date {
        let local = day.dayNumber * 86_400 + time.minutesSinceMidnight * 60
        let before = offset(atUTC: local - 86_400)
        let after = offset(atUTC: local + 86_400)
        // Candidates in order of preference: the earlier instant first (larger offset).
        let candidates = before >= after ? [before, after] : [after, before]
        for candidate in candidates where offset(atUTC: local - candidate) == candidate {
            return Date(timeIntervalSince1970: TimeInterval(local - candidate))
        }
        return Date(timeIntervalSince1970: TimeInterval(local - before))
    }

    private static func offset(atUTC seconds: Int) -> Int {
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    static func floorDivide(_ a: Int, _ b: Int) -> (quotient: Int, remainder: Int) {
        let q = a >= 0 ? a / b : -((-a + b - 1) / b)
        return (q, a - q * b)
    }
}
