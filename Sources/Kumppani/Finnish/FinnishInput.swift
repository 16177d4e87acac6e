import Foundation

/// Small helpers shared by the Finnish parsers. Only ASCII digits count as digits: a value typed
/// with full-width or Arabic-Indic digits ("１２３") would look right on screen but is not what a
/// bank or register expects, so it is refused instead of silently converted.
enum FinnishInput {
    /// Space-like characters people paste inside numbers: space, no-break space, narrow no-break
    /// space, thin space, figure space, tab.
    static let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}", "\u{2007}", "\t"]

    static func isDigit(_ c: Character) -> Bool {
        c.isASCII && c.isNumber
    }

    static func isAllDigits<S: StringProtocol>(_ text: S) -> Bool {
        !text.isEmpty && text.allSatisfy(isDigit)
    }

    /// Leading and trailing whitespace (including no-break spaces) removed.
    static func trimmed(_ text: String) -> String {
        // Foundation's trimming bridges through NSString (tens of µs a call, most of a 100,000-row
        // import's validation); most values have nothing to trim, so only those that might go there.
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              mayTrim(first) || mayTrim(last) else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// False only for scalars that `.whitespacesAndNewlines` surely does not hold.
    private static func mayTrim(_ s: Unicode.Scalar) -> Bool {
        if s.value > 0x20 && s.value < 0x7F { return false }
        if s.value < 0x80 { return true }
        switch s.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control: return true
        default: return s.properties.isWhitespace
        }
    }

    /// The text without any of `spaces`.
    static func withoutSpaces(_ text: String) -> String {
        String(text.filter { !spaces.contains($0) })
    }

    /// The numeric value of ASCII digits; nil for anything else.
    static func digitValues<S: StringProtocol>(_ text: S) -> [Int]? {
        var values: [Int] = []
        values.reserveCapacity(text.count)
        for c in text {
            guard isDigit(c), let v = c.wholeNumberValue else { return nil }
            values.append(v)
        }
        return values
    }

    /// ISO 7064 mod 97-10 remainder of an alphanumeric string, letters counted as A=10 ... Z=35.
    /// Works digit by digit so any length fits in an Int. Nil when a character is not 0-9 or A-Z.
    static func mod97(_ text: String) -> Int? {
        var remainder = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 48...57:
                remainder = (remainder * 10 + Int(scalar.value - 48)) % 97
            case 65...90:
                remainder = (remainder * 100 + Int(scalar.value - 55)) % 97
            default:
                return nil
            }
        }
        return remainder
    }

    /// Groups `text` into chunks of `size` counted from the left.
    static func groupedFromLeft(_ text: String, size: Int) -> String {
        var out = ""
        for (i, c) in text.enumerated() {
            if i > 0 && i % size == 0 { out.append(" ") }
            out.append(c)
        }
        return out
    }

    /// Groups `text` into chunks of `size` counted from the right (`1234561` → `12 34561`).
    static func groupedFromRight(_ text: String, size: Int, separator: String = " ") -> String {
        let chars = Array(text)
        var out = ""
        for (i, c) in chars.enumerated() {
            let fromRight = chars.count - i
            if i > 0 && fromRight % size == 0 { out += separator }
            out.append(c)
        }
        return out
    }
}
