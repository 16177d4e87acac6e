import Foundation

/// A wall-clock time of day to the minute (a meeting starts at 14.05), without a date or zone.
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    /// Nil outside 0.00–23.59.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    public static let midnight = ClockTime(checked: 0, 0)

    private init(checked hour: Int, _ minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    public var minutesSinceMidnight: Int { hour * 60 + minute }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutesSinceMidnight < rhs.minutesSinceMidnight }

    /// `14.05`, `9.05` in Finnish (the Finnish style has no leading zero on the hour);
    /// `14:05`, `09:05` in English (24-hour clock, which needs no am/pm translation).
    public func formatted(_ language: Language) -> String {
        switch language {
        case .fi, .sv: return "\(hour).\(CivilDate.two(minute))"
        case .en: return "\(CivilDate.two(hour)):\(CivilDate.two(minute))"
        }
    }

    /// The Finnish form `14.05`.
    public var formatted: String { formatted(.fi) }
    /// `14:05`, the stored form; sorts correctly as text.
    public var iso: String { "\(CivilDate.two(hour)):\(CivilDate.two(minute))" }
    public var description: String { iso }

    /// Reads `14.05`, `14:05`, `9`, `14`, `1405`, `klo 14.05`, `kello 9`, `at 9:30`.
    public static func parse(_ text: String) -> Result<ClockTime, ClockTimeProblem> {
        var s = FinnishInput.trimmed(text).lowercased()
        for prefix in ["kello", "klo", "at"] where s.hasPrefix(prefix) {
            s = String(s.dropFirst(prefix.count))
            if s.hasPrefix(".") { s.removeFirst() }
            break
        }
        s = FinnishInput.withoutSpaces(s)
        if s.isEmpty { return .failure(.empty) }

        let hourText: Substring
        let minuteText: Substring
        if let mark = s.firstIndex(where: { $0 == "." || $0 == ":" }) {
            hourText = s[..<mark]
            minuteText = s[s.index(after: mark)...]
            guard minuteText.count == 2 else { return .failure(.wrongShape) }
        } else if s.count <= 2 {
            hourText = Substring(s)
            minuteText = "00"
        } else if s.count == 4 {
            hourText = s.prefix(2)
            minuteText = s.suffix(2)
        } else {
            return .failure(.wrongShape)
        }
        guard (1...2).contains(hourText.count), FinnishInput.isAllDigits(hourText), FinnishInput.isAllDigits(minuteText),
              let h = Int(hourText), let m = Int(minuteText) else {
            return .failure(.wrongShape)
        }
        guard let time = ClockTime(hour: h, minute: m) else { return .failure(.outOfRange) }
        return .success(time)
    }
}

/// Why a text is not a time of day.
public enum ClockTimeProblem: Error, Equatable, Sendable {
    case empty
    case wrongShape
    /// Hours past 23 or minutes past 59.
    case outOfRange

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .empty: return l["finnish.time.empty"]
        case .wrongShape: return l["finnish.time.wrong_shape"]
        case .outOfRange: return l["finnish.time.out_of_range"]
        }
    }
}
