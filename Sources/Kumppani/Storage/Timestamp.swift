import Foundation

/// UTC instants as stored: `2026-11-23T12:05:00.000Z` (see `UTCTimestamp`).
public enum Timestamp {
    public static func iso(_ date: Date) -> String { UTCTimestamp.format(date) }

    /// `20261123-120500`, for file names.
    public static func compact(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd-HHmmss"
        return f.string(from: date)
    }
}
