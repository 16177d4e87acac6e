import Foundation

/// A Finnish business ID (*Y-tunnus*), such as `0112038-9`: seven digits and a check digit.
///
/// Parsing accepts what people paste: `1234567-8`, `12345678`, the VAT form `FI12345678`, and the
/// old six-digit form `123456-7`, which is the same ID with its leading zero dropped.
public struct BusinessID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The seven digits before the dash.
    public let base: String
    /// The check digit after the dash.
    public let checkDigit: Int

    /// The ID as written officially: `1234567-8`. Also the form to store.
    public var formatted: String { "\(base)-\(checkDigit)" }
    /// The EU VAT number derived from the ID: `FI12345678`.
    public var vatNumber: String { "FI\(base)\(checkDigit)" }
    public var description: String { formatted }

    public static func < (lhs: BusinessID, rhs: BusinessID) -> Bool { lhs.formatted < rhs.formatted }

    /// Weights of the seven digits, left to right.
    static let weights = [7, 9, 10, 5, 8, 4, 2]

    /// The check digit for seven digits, or nil when `base` is not seven ASCII digits or when no
    /// check digit exists for it (the weighted sum leaves remainder 1 modulo 11; such numbers are
    /// never issued).
    public static func checkDigit(forBase base: String) -> Int? {
        guard base.count == 7, let digits = FinnishInput.digitValues(base) else { return nil }
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        switch sum % 11 {
        case 0: return 0
        case 1: return nil
        case let r: return 11 - r
        }
    }

    /// A business ID from seven digits with the check digit computed, or nil (see `checkDigit`).
    public init?(base: String) {
        guard let digit = Self.checkDigit(forBase: base) else { return nil }
        self.base = base
        self.checkDigit = digit
    }

    /// Reads a business ID, or says what is wrong with the text.
    public static func parse(_ text: String) -> Result<BusinessID, BusinessIDProblem> {
        var s = FinnishInput.trimmed(text)
        if s.isEmpty { return .failure(.empty) }
        // The canonical form (what exports hold) skips the per-character clean-up below.
        if let (base, given) = ASCIIContactFormats.canonicalBusinessID(s) { return verified(base: base, given: given) }
        s = FinnishInput.withoutSpaces(s)
        // Dash look-alikes from word processors count as the dash.
        s = String(s.map { "‐‑‒–—−".contains($0) ? "-" : $0 })
        let vatForm = s.uppercased().hasPrefix("FI")
        if vatForm { s = String(s.dropFirst(2)) }

        let base: String
        let check: Character
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts[1].count == 1,
           (parts[0].count == 7 || parts[0].count == 6),
           FinnishInput.isAllDigits(parts[0]), FinnishInput.isAllDigits(parts[1]),
           let last = parts[1].first {
            base = parts[0].count == 6 ? "0" + parts[0] : String(parts[0])
            check = last
        } else if parts.count == 1, s.count == 8, FinnishInput.isAllDigits(s), let last = s.last {
            base = String(s.prefix(7))
            check = last
        } else {
            return .failure(.wrongShape)
        }
        guard let given = check.wholeNumberValue else { return .failure(.wrongShape) }
        return verified(base: base, given: given)
    }

    private static func verified(base: String, given: Int) -> Result<BusinessID, BusinessIDProblem> {
        guard let expected = checkDigit(forBase: base) else { return .failure(.noValidCheckDigit) }
        guard given == expected else { return .failure(.wrongCheckDigit(expected: expected)) }
        return .success(BusinessID(uncheckedBase: base, checkDigit: expected))
    }

    private init(uncheckedBase: String, checkDigit: Int) {
        self.base = uncheckedBase
        self.checkDigit = checkDigit
    }
}

/// Why a text is not a business ID.
public enum BusinessIDProblem: Error, Equatable, Sendable {
    case empty
    /// Not seven digits, a dash and a digit (nor one of the accepted variants).
    case wrongShape
    /// The last digit does not match the first seven; `expected` is the digit that would.
    case wrongCheckDigit(expected: Int)
    /// The first seven digits can have no check digit at all, so the ID cannot exist.
    case noValidCheckDigit

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .empty: return l["finnish.business_id.empty"]
        case .wrongShape: return l["finnish.business_id.wrong_shape"]
        case .wrongCheckDigit(let expected): return l["finnish.business_id.wrong_check_digit", expected]
        case .noValidCheckDigit: return l["finnish.business_id.no_valid_check_digit"]
        }
    }
}
