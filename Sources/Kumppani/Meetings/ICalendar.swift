import Foundation

/// A minimal RFC 5545 writer: CRLF line ends, lines folded at 75 octets without splitting a
/// UTF-8 sequence, TEXT values escaped, Europe/Helsinki times with their VTIMEZONE.
public enum ICalendar {
    public enum When: Sendable, Equatable {
        /// Helsinki wall-clock date `2026-11-23` and times `HH:MM` (end optional).
        case local(date: String, start: String, end: String?)
        /// An all-day entry on an ISO date.
        case day(String)
    }

    public struct Event: Sendable, Equatable {
        public var uid: String
        /// Last change, a stored UTC instant (keeps the output stable between runs).
        public var stamp: String
        public var when: When
        public var summary: String
        public var location: String
        public var description: String
        public var url: String
        /// Recurrence lines written as they are after the times (`RRULE:…`, `EXDATE;…`).
        public var recurrence: [String] = []
        public init(uid: String, stamp: String, when: When, summary: String, location: String = "", description: String = "", url: String = "") {
            self.uid = uid; self.stamp = stamp; self.when = when; self.summary = summary
            self.location = location; self.description = description; self.url = url
        }
    }

    /// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default:
                // Other control characters are not allowed in TEXT.
                if scalar.value < 0x20 && scalar != "\t" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Folds a content line: at most 75 octets per physical line, continuation lines start with
    /// a space, and a line is only broken between whole Unicode scalars.
    public static func fold(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            let limit = lines.isEmpty ? 75 : 74   // the leading space counts
            if octets + size > limit {
                lines.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n ")
    }

    static let timezone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Helsinki",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300", "TZNAME:EEST",
        "DTSTART:19810329T030000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "TZNAME:EET",
        "DTSTART:19961027T040000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    static func basicDate(_ iso: String) -> String { iso.replacingOccurrences(of: "-", with: "") }

    static func basicLocal(_ iso: String, _ hhmm: String) -> String {
        basicDate(iso) + "T" + hhmm.replacingOccurrences(of: ":", with: "") + "00"
    }

    /// `2026-11-23T12:05:00.000Z` → `20261123T120500Z`.
    static func basicUTC(_ instant: String) -> String {
        guard let d = MeetingFormat.instant(instant) else { return "19700101T000000Z" }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return f.string(from: d)
    }

    static func nextDay(_ iso: String) -> String {
        guard let (y, m, d) = MeetingFormat.isoParts(iso) else { return iso }
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC") ?? c.timeZone
        guard let date = c.date(from: DateComponents(year: y, month: m, day: d)),
              let next = c.date(byAdding: .day, value: 1, to: date) else { return iso }
        let x = c.dateComponents([.year, .month, .day], from: next)
        return String(format: "%04d%02d%02d", x.year ?? y, x.month ?? m, x.day ?? d)
    }

    public static func write(_ events: [Event], calendarName: String = "Kumppani") -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kumppani//Kumppani 1.0//FI", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(calendarName), "X-WR-TIMEZONE:Europe/Helsinki"]
        lines += timezone
        for e in events {
            lines += ["BEGIN:VEVENT", "UID:" + escape(e.uid), "DTSTAMP:" + basicUTC(e.stamp)]
            switch e.when {
            case .local(let date, let start, let end):
                lines.append("DTSTART;TZID=Europe/Helsinki:" + basicLocal(date, start))
                if let end, end > start { lines.append("DTEND;TZID=Europe/Helsinki:" + basicLocal(date, end)) }
            case .day(let date):
                lines += ["DTSTART;VALUE=DATE:" + basicDate(date), "DTEND;VALUE=DATE:" + nextDay(date), "TRANSP:TRANSPARENT"]
            }
            lines += e.recurrence
            lines.append("SUMMARY:" + escape(e.summary))
            if !e.location.isEmpty { lines.append("LOCATION:" + escape(e.location)) }
            if !e.description.isEmpty { lines.append("DESCRIPTION:" + escape(e.description)) }
            if e.url.hasPrefix("http://") || e.url.hasPrefix("https://") { lines.append("URL:" + e.url.filter { !$0.isWhitespace }) }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }
}
