import Foundation

/// Instants as stored: UTC ISO 8601 with milliseconds, `2026-11-23T12:05:00.000Z`. Fixed width,
/// so the text sorts in time order. Written by hand rather than with `ISO8601DateFormatter`,
/// which is neither `Sendable` nor cheap to create per call.
public enum UTCTimestamp {
    public static func format(_ date: Date) -> String {
        let totalMilliseconds = Int((date.timeIntervalSince1970 * 1000).rounded())
        let (days, ms) = HelsinkiTime.floorDivide(totalMilliseconds, 86_400_000)
        let day = CivilDate(dayNumber: days)
        let hours = ms / 3_600_000
        let minutes = (ms / 60_000) % 60
        let seconds = (ms / 1000) % 60
        let millis = ms % 1000
        let millisText = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : String(millis)
        return "\(day.iso)T\(CivilDate.two(hours)):\(CivilDate.two(minutes)):\(CivilDate.two(seconds)).\(millisText)Z"
    }

    /// Reads `YYYY-MM-DDTHH:MM:SS.sssZ`; the fraction (1–3 digits) may be left out. Other zones
    /// are refused: everything this program writes is UTC, so anything else is not ours.
    public static func parse(_ text: String) -> Date? {
        let s = FinnishInput.trimmed(text)
        guard s.hasSuffix("Z") || s.hasSuffix("z") else { return nil }
        let body = s.dropLast()
        let halves = body.split(separator: "T", omittingEmptySubsequences: false)
        guard halves.count == 2, let day = CivilDate(iso: String(halves[0])) else { return nil }
        let timeAndFraction = halves[1].split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(timeAndFraction.count) else { return nil }
        let hms = timeAndFraction[0].split(separator: ":", omittingEmptySubsequences: false)
        guard hms.count == 3, hms.allSatisfy({ $0.count == 2 && FinnishInput.isAllDigits($0) }),
              let h = Int(hms[0]), let m = Int(hms[1]), let sec = Int(hms[2]),
              h < 24, m < 60, sec < 60 else { return nil }
        var millis = 0
        if timeAndFraction.count == 2 {
            let fraction = timeAndFraction[1]
            guard (1...3).contains(fraction.count), FinnishInput.isAllDigits(fraction),
                  let value = Int(fraction) else { return nil }
            millis = value * [100, 10, 1][fraction.count - 1]
        }
        let seconds = day.dayNumber * 86_400 + h * 3600 + m * 60 + sec
        return Date(timeIntervalSince1970: TimeInterval(seconds) + TimeInterval(millis) / 1000)
    }
}
