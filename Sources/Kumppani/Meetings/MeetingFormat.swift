import Foundation

/// The Finnish forms the minutes use: 23.11.2026, klo 14.05, times in Europe/Helsinki.
/// Kept here (not in Finnish/) so the meetings code does not wait for the shared helpers.
public enum MeetingFormat {
    static let helsinki = TimeZone(identifier: "Europe/Helsinki") ?? TimeZone(secondsFromGMT: 7200)!

    /// `2026-11-23` → `23.11.2026`; anything else is shown as it is.
    public static func date(_ iso: String?) -> String {
        guard let iso, let (y, m, d) = isoParts(iso) else { return iso ?? "" }
        return "\(d).\(m).\(y)"
    }

    static func isoParts(_ iso: String) -> (Int, Int, Int)? {
        let p = iso.split(separator: "-")
        guard p.count == 3, p[0].count == 4, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return (y, m, d)
    }

    /// Whether an ISO date names a real calendar day.
    public static func isValidDate(_ iso: String) -> Bool {
        guard let (y, m, d) = isoParts(iso), iso.count == 10 else { return false }
        var c = Calendar(identifier: .gregorian)
        c.timeZone = helsinki
        guard let date = c.date(from: DateComponents(year: y, month: m, day: d)) else { return false }
        let back = c.dateComponents([.year, .month, .day], from: date)
        return back.year == y && back.month == m && back.day == d
    }

    /// `14:05` → `14.05`.
    public static func time(_ hhmm: String?) -> String {
        (hhmm ?? "").replacingOccurrences(of: ":", with: ".")
    }

    /// Accepts `14.05`, `14:05`, `1405`, `9` and gives `HH:MM`, or nil.
    public static func parseTime(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".", with: ":")
        var h: Int?, m: Int?
        if t.contains(":") {
            let p = t.split(separator: ":", omittingEmptySubsequences: false)
            guard p.count == 2 else { return nil }
            h = Int(p[0]); m = Int(p[1])
        } else if t.count == 4 {
            h = Int(t.prefix(2)); m = Int(t.suffix(2))
        } else if t.count <= 2 {
            h = Int(t); m = 0
        }
        guard let h, let m, (0...23).contains(h), (0...59).contains(m) else { return nil }
        return String(format: "%02d:%02d", h, m)
    }

    /// Reads a date as the forms do (`CivilDate.parse`): `23.11.2026`, `1.12.`, `2026-11-23`,
    /// `+14`, `tänään`/`today`, `huomenna`…; gives the ISO date, or nil.
    public static func parseDate(_ text: String, today: CivilDate) -> String? {
        guard case .success(let day) = CivilDate.parse(text, today: today) else { return nil }
        return day.iso
    }

    static func utcFormatter() -> DateFormatter {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'"
        return f
    }

    /// A stored UTC instant back as a Date.
    public static func instant(_ iso: String?) -> Date? {
        guard let iso else { return nil }
        return UTCTimestamp.parse(iso)   // a DateFormatter per call cost ~0.5 ms on every live-minutes frame
    }

    /// Helsinki wall-clock `HH:MM` of an instant.
    public static func helsinkiHHMM(_ date: Date) -> String {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = helsinki
        let x = c.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", x.hour ?? 0, x.minute ?? 0)
    }

    /// Helsinki calendar date (ISO) of an instant.
    public static func helsinkiDate(_ date: Date) -> String {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = helsinki
        let x = c.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", x.year ?? 2000, x.month ?? 1, x.day ?? 1)
    }

    /// `klo 14.05`, the form a secretary types into the notes.
    public static func clockStamp(_ date: Date, language: Language) -> String {
        L(language)["meetings.clock_stamp", time(helsinkiHHMM(date))]
    }

    /// Helsinki wall-clock `14.05` of a stored UTC instant, or empty.
    public static func localTime(ofInstant iso: String?) -> String {
        guard let d = instant(iso) else { return "" }
        return time(helsinkiHHMM(d))
    }

    /// The UTC instant of a Helsinki wall-clock date and time (for iCalendar and sorting).
    public static func helsinkiInstant(date iso: String, time hhmm: String) -> Date? {
        guard let (y, m, d) = isoParts(iso) else { return nil }
        let hm = hhmm.split(separator: ":")
        guard hm.count == 2, let h = Int(hm[0]), let mi = Int(hm[1]) else { return nil }
        var c = Calendar(identifier: .gregorian)
        c.timeZone = helsinki
        return c.date(from: DateComponents(year: y, month: m, day: d, hour: h, minute: mi))
    }
}
