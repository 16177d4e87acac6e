import Foundation

/// A payment reference: either a Finnish *viitenumero* (4–20 digits, the last one a 7-3-1 check
/// digit) or an international RF creditor reference (ISO 11649, `RF18 5390 0754 7034`).
public struct ReferenceNumber: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable { case finnish, creditor }

    /// The electronic form without spaces: `12345672` or `RF18539007547034`. Store this.
    public let electronic: String
    public let kind: Kind

    /// Printed form: Finnish references in groups of five from the right (`123 45672`), RF
    /// references in groups of four from the left (`RF18 5390 0754 7034`), as on bank forms.
    public var formatted: String {
        switch kind {
        case .finnish: return FinnishInput.groupedFromRight(electronic, size: 5)
        case .creditor: return FinnishInput.groupedFromLeft(electronic, size: 4)
        }
    }
    public var description: String { formatted }

    static let finnishLength = 4...20
    static let baseLength = 3...19
    static let creditorLength = 5...25

    /// The 7-3-1 check digit for a base of 3–19 ASCII digits; nil for anything else.
    /// Weights 7, 3, 1 repeat from the rightmost digit of the base.
    public static func checkDigit(forBase base: String) -> Int? {
        guard baseLength.contains(base.count), let digits = FinnishInput.digitValues(base) else { return nil }
        let weights = [7, 3, 1]
        var sum = 0
        for (i, d) in digits.reversed().enumerated() { sum += d * weights[i % 3] }
        return (10 - sum % 10) % 10
    }

    /// A Finnish reference built from a base (an invoice or customer number) with the check digit
    /// appended. Spaces in the base are ignored; leading zeros are dropped (banks drop them too).
    public static func make(base text: String) -> Result<ReferenceNumber, ReferenceNumberProblem> {
        let spaced = FinnishInput.withoutSpaces(FinnishInput.trimmed(text))
        if spaced.isEmpty { return .failure(.empty) }
        guard FinnishInput.isAllDigits(spaced) else { return .failure(.badCharacters) }
        let base = String(spaced.drop { $0 == "0" })
        guard baseLength.contains(base.count), let digit = checkDigit(forBase: base) else {
            return .failure(.wrongLength(minimum: baseLength.lowerBound, maximum: baseLength.upperBound))
        }
        return .success(ReferenceNumber(electronic: base + String(digit), kind: .finnish))
    }

    /// Reads a Finnish or RF reference, or says what is wrong with the text. Spaces are allowed
    /// anywhere; leading zeros of a Finnish reference are not significant and are dropped.
    public static func parse(_ text: String) -> Result<ReferenceNumber, ReferenceNumberProblem> {
        let s = FinnishInput.withoutSpaces(FinnishInput.trimmed(text)).uppercased()
        if s.isEmpty { return .failure(.empty) }
        if s.hasPrefix("RF") { return parseCreditor(s) }
        guard FinnishInput.isAllDigits(s) else { return .failure(.badCharacters) }
        let digits = String(s.drop { $0 == "0" })
        guard finnishLength.contains(digits.count) else {
            return .failure(.wrongLength(minimum: finnishLength.lowerBound, maximum: finnishLength.upperBound))
        }
        let base = String(digits.dropLast())
        guard let expected = checkDigit(forBase: base), let given = digits.last?.wholeNumberValue else {
            return .failure(.badCharacters)
        }
        guard given == expected else { return .failure(.wrongCheckDigit(expected: expected)) }
        return .success(ReferenceNumber(electronic: digits, kind: .finnish))
    }

    /// The RF creditor reference that carries this Finnish reference (`RF` + check digits + the
    /// digits), for invoices to foreign payers. An RF reference returns itself.
    public var creditorReference: ReferenceNumber {
        guard kind == .finnish else { return self }
        let remainder = FinnishInput.mod97(electronic + "RF00") ?? 0
        let check = 98 - remainder
        let digits = check < 10 ? "0\(check)" : String(check)
        return ReferenceNumber(electronic: "RF" + digits + electronic, kind: .creditor)
    }

    private static func parseCreditor(_ s: String) -> Result<ReferenceNumber, ReferenceNumberProblem> {
        guard s.allSatisfy({ $0.isASCII && ($0.isNumber || ("A"..."Z").contains($0)) }) else {
            return .failure(.badCharacters)
        }
        guard creditorLength.contains(s.count) else {
            return .failure(.wrongLength(minimum: creditorLength.lowerBound, maximum: creditorLength.upperBound))
        }
        let check = s.dropFirst(2).prefix(2)
        guard FinnishInput.isAllDigits(check) else { return .failure(.badCharacters) }
        let rearranged = String(s.dropFirst(4)) + String(s.prefix(4))
        guard let remainder = FinnishInput.mod97(rearranged), remainder == 1,
              let value = Int(check), (2...98).contains(value) else {
            return .failure(.wrongCreditorCheckDigits)
        }
        return .success(ReferenceNumber(electronic: s, kind: .creditor))
    }

    private init(electronic: String, kind: Kind) {
        self.electronic = electronic
        self.kind = kind
    }
}

/// Why a text is not a payment reference.
public enum ReferenceNumberProblem: Error, Equatable, Sendable {
    case empty
    /// Something other than digits and spaces (or, for RF references, letters A–Z).
    case badCharacters
    /// Too short or too long; the bounds are for the kind of number being read.
    case wrongLength(minimum: Int, maximum: Int)
    /// The last digit does not match the 7-3-1 check; `expected` is the digit that would.
    case wrongCheckDigit(expected: Int)
    /// The two digits after `RF` do not match the rest.
    case wrongCreditorCheckDigits

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .empty: return l["finnish.reference.empty"]
        case .badCharacters: return l["finnish.reference.bad_characters"]
        case .wrongLength(let minimum, let maximum): return l["finnish.reference.wrong_length", minimum, maximum]
        case .wrongCheckDigit(let expected): return l["finnish.reference.wrong_check_digit", expected]
        case .wrongCreditorCheckDigits: return l["finnish.reference.wrong_creditor_check_digits"]
        }
    }
}
