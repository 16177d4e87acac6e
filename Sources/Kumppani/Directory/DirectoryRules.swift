import Foundation

/// The Finnish rules the directory relies on, in one place.
///
/// Written against the shared Finnish rules (`FinnishCollation`, `SearchFolding`, `BusinessID`,
/// `ContactFormats`); until those land on main the bodies below are local stand-ins with the
/// same behaviour, so switching is a one-file change.
enum DirectoryRules {
    /// The binary-ordered key stored in `name_key`: a prefix of a name gives a prefix of its key.
    static func sortKey(_ text: String) -> String {
        var out = ""
        for ch in text.lowercased() {
            switch ch {
            case "å": out.append("\u{7B}")
            case "ä", "æ": out.append("\u{7C}")
            case "ö", "ø": out.append("\u{7D}")
            case "w": out.append("v")
            default:
                let folded = String(ch).folding(options: [.diacriticInsensitive], locale: nil)
                out.append(folded)
            }
        }
        return out
    }

    /// Folds ä→a, ö→o, å→a and other marks, lowercased: the fallback search form.
    static func foldAll(_ text: String) -> String {
        text.lowercased().folding(options: [.diacriticInsensitive], locale: nil)
    }

    /// Y-tunnus: `1234567-8`, the check digit is mod 11 with weights 7 9 10 5 8 4 2.
    /// Returns the canonical form or the catalog key of the problem.
    static func businessID(_ text: String) -> Result<String, BusinessIDIssue> {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.count == 8, t.allSatisfy(\.isNumber) { t.insert("-", at: t.index(t.startIndex, offsetBy: 7)) }
        // Old six-digit forms are written with a leading zero.
        if t.count == 8, t.firstIndex(of: "-") == t.index(t.startIndex, offsetBy: 6) { t = "0" + t }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 7, parts[1].count == 1,
              (parts[0] + parts[1]).allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.shape) }
        let digits = parts[0].compactMap { $0.wholeNumberValue }
        let weights = [7, 9, 10, 5, 8, 4, 2]
        let remainder = zip(digits, weights).map(*).reduce(0, +) % 11
        if remainder == 1 { return .failure(.impossible) }
        let check = remainder == 0 ? 0 : 11 - remainder
        guard parts[1].first?.wholeNumberValue == check else { return .failure(.checkDigit) }
        return .success(t)
    }

    enum BusinessIDIssue: Error, Equatable { case shape, checkDigit, impossible }

    /// A plausible e-mail address: one @, something before it, a dotted domain after it, no spaces.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }

    /// Normalises a Finnish phone number to `+358 40 1234567` form; nil when it cannot be one.
    static func normalizePhone(_ text: String) -> String? {
        let kept = text.filter { !" -()/".contains($0) }
        guard !kept.isEmpty else { return nil }
        var digits = kept
        if digits.hasPrefix("+") { digits.removeFirst() }
        else if digits.hasPrefix("00") { digits.removeFirst(2) }
        else if digits.hasPrefix("0") { digits = "358" + digits.dropFirst() }
        else { return nil }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), (8...15).contains(digits.count) else { return nil }
        if digits.hasPrefix("358") {
            let national = digits.dropFirst(3)
            // Mobile prefixes (04x, 050) and two-digit area codes (013, 014...) take two digits.
            let oneDigitAreas: Set<Character> = ["2", "3", "5", "6", "8", "9"]
            let mobile = national.hasPrefix("4") || national.hasPrefix("50")
            let area = !mobile && national.first.map { oneDigitAreas.contains($0) } == true ? 1 : 2
            return "+358 \(national.prefix(area)) \(national.dropFirst(area))"
        }
        return "+" + digits
    }

    /// Today's civil date in Helsinki as `YYYY-MM-DD`.
    static func isoToday(_ clock: Clock) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Helsinki") ?? .current
        let c = calendar.dateComponents([.year, .month, .day], from: clock.now())
        return String(format: "%04d-%02d-%02d", c.year ?? 2000, c.month ?? 1, c.day ?? 1)
    }

    /// `2026-11-23` → `23.11.2026`; other text unchanged.
    static func finnishDate(_ iso: String) -> String {
        let p = iso.split(separator: "-")
        guard p.count == 3, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]) else { return iso }
        return "\(d).\(m).\(y)"
    }

    /// `1234567` cents → `12 345,67 €`.
    static func money(_ cents: Int64) -> String {
        let negative = cents < 0
        let absolute = cents.magnitude
        var euros = String(absolute / 100)
        var grouped = ""
        while euros.count > 3 {
            grouped = "\u{00A0}" + euros.suffix(3) + grouped
            euros = String(euros.dropLast(3))
        }
        grouped = euros + grouped
        return (negative ? "−" : "") + grouped + "," + String(format: "%02d", Int(absolute % 100)) + "\u{00A0}€"
    }
}
