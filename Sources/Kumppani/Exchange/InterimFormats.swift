import Foundation

// Interim checks used by import and the demo data until the shared `Finnish/` types
// (BusinessID, ContactFormats) land on main; then these forward to them.

enum PhoneFormat {
    /// Finnish numbers in one stored form, `+358401234567`; nil when it is not a phone number.
    static func normalise(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return "" }
        var digits = trimmed.filter { $0.isASCII && $0.isNumber }
        guard trimmed.allSatisfy({ ($0.isASCII && $0.isNumber) || " -()+/".contains($0) }) else { return nil }
        if trimmed.hasPrefix("+") {
            guard digits.count >= 7, digits.count <= 15 else { return nil }
            return "+" + digits
        }
        if digits.hasPrefix("00") { digits.removeFirst(2); return digits.count >= 7 ? "+" + digits : nil }
        guard digits.hasPrefix("0"), digits.count >= 6, digits.count <= 12 else { return nil }
        return "+358" + digits.dropFirst()
    }
}

enum EmailFormat {
    /// local@domain.tld, no spaces, one @.
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: { $0.isWhitespace }) else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".") && !domain.contains("..")
    }
}

enum BusinessIDFormat {
    /// `1234567-8` with a valid check digit (a missing leading zero is accepted): the formatted ID, or nil.
    static func parse(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 1, (6...7).contains(parts[0].count),
              parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(parts[0]),
              let check = Int(parts[1]), let expected = DemoIdentifiers.businessIDCheckDigit(number), expected == check
        else { return nil }
        return DemoIdentifiers.businessID(number)
    }
}
