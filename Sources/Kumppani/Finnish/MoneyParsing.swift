import Foundation

extension Money {
    /// Reads an amount as people type it: `1 234,56 €`, `1234,5`, `1234.50`, `1 234`, `€ 12`,
    /// `12,-`, `12 EUR`, `1.234,56`, `1,234.56`, and `-5,00` when `allowNegative` is true.
    ///
    /// Thousands may be grouped with spaces (also no-break and narrow no-break spaces). A single
    /// `,` or `.` is the decimal mark; when both appear, the last one is. More than two decimals
    /// is refused rather than guessed: `1.234` is not silently read as 1 234 euros.
    ///
    /// With `language: .en` a comma is always a thousands separator (English never writes a
    /// decimal comma), so `€1,000` is one thousand euros; without it, `1,000` is refused as
    /// three decimals.
    public static func parse(_ text: String, allowNegative: Bool = false, language: Language? = nil) -> Result<Money, MoneyProblem> {
        var s = FinnishInput.trimmed(text)
        if s.isEmpty { return .failure(.empty) }

        var negative = false
        s = stripCurrency(s)
        if let first = s.first, first == "-" || first == "−" || first == "+" {
            negative = first != "+"
            s = stripCurrency(String(s.dropFirst()))
        }
        if s.isEmpty { return .failure(.notANumber) }
        if negative && !allowNegative { return .failure(.negativeNotAllowed) }

        // `12,-` is the Finnish way to write whole euros.
        if s.hasSuffix(",-") || s.hasSuffix(".-") { s = String(s.dropLast(2)) }

        guard let (integerGroups, fraction) = split(s, commaGroups: language.map { !$0.usesNordicFormats } ?? false) else { return .failure(.notANumber) }
        guard fraction.count <= 2 else { return .failure(.tooManyDecimals) }

        var euros: Int64 = 0
        for c in integerGroups.joined() {
            guard let d = c.wholeNumberValue else { return .failure(.notANumber) }
            let (times10, o1) = euros.multipliedReportingOverflow(by: 10)
            let (next, o2) = times10.addingReportingOverflow(Int64(d))
            if o1 || o2 { return .failure(.tooLarge) }
            euros = next
        }
        var centsPart = Int64(fraction.compactMap(\.wholeNumberValue).reduce(0) { $0 * 10 + $1 })
        if fraction.count == 1 { centsPart *= 10 }

        let (hundreds, o1) = euros.multipliedReportingOverflow(by: 100)
        let (total, o2) = hundreds.addingReportingOverflow(centsPart)
        if o1 || o2 { return .failure(.tooLarge) }
        return .success(Money(cents: negative ? -total : total))
    }

    /// Removes a leading or trailing currency mark (`€`, `EUR`, `e`) and the spaces next to it.
    private static func stripCurrency(_ text: String) -> String {
        var s = FinnishInput.trimmed(text)
        if s.hasPrefix("€") { s.removeFirst() }
        else if s.uppercased().hasPrefix("EUR") { s.removeFirst(3) }
        s = FinnishInput.trimmed(s)
        if s.hasSuffix("€") { s.removeLast() }
        else if s.uppercased().hasSuffix("EUR") { s.removeLast(3) }
        else if s.count > 1, s.last == "e", let before = s.dropLast().last,
                FinnishInput.isDigit(before) || FinnishInput.spaces.contains(before) || before == "-" {
            s.removeLast()
        }
        return FinnishInput.trimmed(s)
    }

    /// Splits into validated groups of integer digits and the decimal digits; nil when the text
    /// is not a well-formed number (letters, stray marks, badly grouped thousands).
    private static func split(_ s: String, commaGroups: Bool) -> ([String], String)? {
        guard s.allSatisfy({ FinnishInput.isDigit($0) || $0 == "," || $0 == "." || FinnishInput.spaces.contains($0) }) else {
            return nil
        }
        let commas = s.filter { $0 == "," }.count
        let dots = s.filter { $0 == "." }.count
        var decimalMark: Character?
        var groupMark: Character?
        if commaGroups && commas > 0 {
            guard dots <= 1 else { return nil }
            decimalMark = dots == 1 ? "." : nil
            groupMark = ","
            if let dot = s.firstIndex(of: "."), s[dot...].contains(",") { return nil }
        } else if commas > 0 && dots > 0 {
            guard let last = s.last(where: { $0 == "," || $0 == "." }) else { return nil }
            decimalMark = last
            groupMark = last == "," ? "." : ","
            guard (last == "," ? commas : dots) == 1 else { return nil }
        } else if commas == 1 || dots == 1 {
            decimalMark = commas == 1 ? "," : "."
        } else if commas > 1 || dots > 1 {
            groupMark = commas > 1 ? "," : "."
        }

        var integerText = s
        var fraction = ""
        if let mark = decimalMark, let index = s.lastIndex(of: mark) {
            integerText = String(s[..<index])
            fraction = String(s[s.index(after: index)...])
            guard FinnishInput.isAllDigits(fraction) || fraction.isEmpty else { return nil }
        }
        let groups = integerText.split(omittingEmptySubsequences: false) {
            FinnishInput.spaces.contains($0) || $0 == groupMark
        }.map(String.init)
        if groups.count == 1 {
            // `,50` means 50 cents; a lone mark with no digits at all is not a number.
            if groups[0].isEmpty && fraction.isEmpty { return nil }
            return (groups, fraction)
        }
        // Grouped thousands: 1-3 digits first, then exactly three in every group.
        guard let first = groups.first, (1...3).contains(first.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return (groups, fraction)
    }
}
