import Foundation

/// An international bank account number, checked against its country's length and the
/// ISO 7064 mod-97 check digits. Finnish accounts are `FI` + 16 digits.
public struct IBAN: Hashable, Sendable, CustomStringConvertible {
    /// The electronic form without spaces, upper case: `FI2112345600000785`. Store this.
    public let electronic: String

    public var countryCode: String { String(electronic.prefix(2)) }
    public var checkDigits: String { String(electronic.dropFirst(2).prefix(2)) }
    /// The account part after country code and check digits.
    public var bban: String { String(electronic.dropFirst(4)) }
    public var isFinnish: Bool { countryCode == "FI" }

    /// The printed form in groups of four: `FI21 1234 5600 0007 85`.
    public var formatted: String { FinnishInput.groupedFromLeft(electronic, size: 4) }
    public var description: String { formatted }

    /// The IBAN length for a country code, or nil when the country does not use IBANs.
    public static func length(forCountry code: String) -> Int? {
        IBANCountries.lengths[code.uppercased()]
    }

    /// Every country code this program knows an IBAN length for.
    public static var countryCodes: [String] { IBANCountries.lengths.keys.sorted() }

    /// Removes spaces (also no-break spaces), hyphens and a leading `IBAN` label, and upper-cases.
    public static func normalise(_ text: String) -> String {
        var s = FinnishInput.withoutSpaces(FinnishInput.trimmed(text)).uppercased()
        s.removeAll { $0 == "-" }
        if s.hasPrefix("IBAN") && s.count > 4 { s.removeFirst(4) }
        if s.hasPrefix(":") { s.removeFirst() }
        return s
    }

    /// Reads an IBAN, or says what is wrong with the text.
    public static func parse(_ text: String) -> Result<IBAN, IBANProblem> {
        let s = normalise(text)
        if s.isEmpty { return .failure(.empty) }
        guard s.allSatisfy({ $0.isASCII && ($0.isNumber || ("A"..."Z").contains($0)) }) else {
            return .failure(.badCharacters)
        }
        let chars = Array(s)
        guard chars.count >= 4, chars[0].isLetter, chars[1].isLetter,
              chars[2].isNumber, chars[3].isNumber else {
            return .failure(.wrongShape)
        }
        let country = String(chars[0...1])
        guard let expected = IBANCountries.lengths[country] else {
            return .failure(.unknownCountry(country))
        }
        guard chars.count == expected else {
            return .failure(.wrongLength(country: country, expected: expected, actual: chars.count))
        }
        // 00, 01 and 99 can never be computed check digits, even when mod 97 happens to work out.
        let check = Int(String(chars[2...3])) ?? 0
        guard (2...98).contains(check), mod97(of: s) == 1 else {
            return .failure(.wrongCheckDigits)
        }
        return .success(IBAN(electronic: s))
    }

    /// The check digits an IBAN with this country and account part must have.
    public static func checkDigits(country: String, bban: String) -> String? {
        let country = country.uppercased()
        guard let remainder = mod97(of: country + "00" + bban.uppercased()) else { return nil }
        let value = 98 - remainder
        return value < 10 ? "0\(value)" : String(value)
    }

    private init(electronic: String) { self.electronic = electronic }

    /// Mod 97 of the IBAN with its first four characters moved to the end.
    private static func mod97(of iban: String) -> Int? {
        FinnishInput.mod97(String(iban.dropFirst(4)) + String(iban.prefix(4)))
    }
}

/// Why a text is not an IBAN.
public enum IBANProblem: Error, Equatable, Sendable {
    case empty
    /// Something other than letters A–Z, digits and spaces.
    case badCharacters
    /// Does not start with two letters and two digits.
    case wrongShape
    /// The first two letters are not a country that uses IBANs.
    case unknownCountry(String)
    case wrongLength(country: String, expected: Int, actual: Int)
    /// The mod-97 check fails: a digit is mistyped or two are swapped.
    case wrongCheckDigits

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .empty: return l["finnish.iban.empty"]
        case .badCharacters: return l["finnish.iban.bad_characters"]
        case .wrongShape: return l["finnish.iban.wrong_shape"]
        case .unknownCountry(let code): return l["finnish.iban.unknown_country", code]
        case .wrongLength(let country, let expected, let actual):
            return l["finnish.iban.wrong_length", country, expected, actual]
        case .wrongCheckDigits: return l["finnish.iban.wrong_check_digits"]
        }
    }
}
