import Foundation

/// An amount of euros as integer cents, so sums never drift the way binary floating point does.
/// Arithmetic refuses overflow with `MoneyProblem.tooLarge` instead of trapping.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let cents: Int64

    public init(cents: Int64) { self.cents = cents }

    public static let zero = Money(cents: 0)

    /// Whole euros; nil when the amount does not fit.
    public init?(euros: Int64) {
        let (value, overflow) = euros.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        self.cents = value
    }

    public var isNegative: Bool { cents < 0 }
    public var isWholeEuros: Bool { cents % 100 == 0 }
    public var description: String { formatted(.fi) }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    // MARK: Arithmetic

    public func adding(_ other: Money) throws(MoneyProblem) -> Money {
        let (value, overflow) = cents.addingReportingOverflow(other.cents)
        if overflow { throw .tooLarge }
        return Money(cents: value)
    }

    public func subtracting(_ other: Money) throws(MoneyProblem) -> Money {
        let (value, overflow) = cents.subtractingReportingOverflow(other.cents)
        if overflow { throw .tooLarge }
        return Money(cents: value)
    }

    public func multiplied(by factor: Int64) throws(MoneyProblem) -> Money {
        let (value, overflow) = cents.multipliedReportingOverflow(by: factor)
        if overflow { throw .tooLarge }
        return Money(cents: value)
    }

    public func negated() throws(MoneyProblem) -> Money {
        try Money.zero.subtracting(self)
    }

    /// The total of several amounts, or `.tooLarge` when it does not fit.
    public static func sum<S: Sequence>(_ amounts: S) throws(MoneyProblem) -> Money where S.Element == Money {
        var total = Money.zero
        for amount in amounts { total = try total.adding(amount) }
        return total
    }

    // MARK: Formatting

    /// `1 234,56 €` in Finnish, `€1,234.56` in English.
    ///
    /// The Finnish thousands separator is a plain space (U+0020), not the typographically
    /// preferred no-break space: every terminal and the display-width function treat U+0020 as
    /// exactly one column, while U+202F and even U+00A0 are drawn inconsistently by terminal
    /// fonts and break column alignment. The UI never wraps inside an amount, so the no-break
    /// property is not needed. Parsing accepts all of them.
    public func formatted(_ language: Language) -> String {
        format(language, decimals: true)
    }

    /// Like `formatted`, but without decimals when the amount is whole euros (`1 234 €`).
    public func formattedShort(_ language: Language) -> String {
        format(language, decimals: !isWholeEuros)
    }

    /// The amount for editing: `1234,56` (fi) or `1234.56` (en), no grouping, no currency.
    public func editable(_ language: Language) -> String {
        let magnitude = cents.magnitude
        let sign = cents < 0 ? "-" : ""
        let fraction = magnitude % 100
        let separator = language.usesNordicFormats ? "," : "."
        return "\(sign)\(magnitude / 100)\(separator)\(fraction < 10 ? "0" : "")\(fraction)"
    }

    private func format(_ language: Language, decimals: Bool) -> String {
        // magnitude is UInt64, so Int64.min formats without overflow.
        let magnitude = cents.magnitude
        let euros = String(magnitude / 100)
        let fraction = magnitude % 100
        let sign = cents < 0 ? "-" : ""
        let fractionText = (fraction < 10 ? "0" : "") + String(fraction)
        switch language {
        case .fi, .sv:
            let whole = FinnishInput.groupedFromRight(euros, size: 3, separator: " ")
            return sign + whole + (decimals ? "," + fractionText : "") + " €"
        case .en:
            let whole = FinnishInput.groupedFromRight(euros, size: 3, separator: ",")
            return sign + "€" + whole + (decimals ? "." + fractionText : "")
        }
    }
}

/// Why a text is not an amount of money, or why arithmetic failed.
public enum MoneyProblem: Error, Equatable, Sendable {
    case empty
    /// Not a number the program understands.
    case notANumber
    /// More than two decimals (cents are the smallest unit).
    case tooManyDecimals
    /// A minus sign where only amounts of zero or more make sense.
    case negativeNotAllowed
    /// Beyond what can be stored (about 92 million billion euros).
    case tooLarge

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .empty: return l["finnish.money.empty"]
        case .notANumber: return l["finnish.money.not_a_number"]
        case .tooManyDecimals: return l["finnish.money.too_many_decimals"]
        case .negativeNotAllowed: return l["finnish.money.negative_not_allowed"]
        case .tooLarge: return l["finnish.money.too_large"]
        }
    }
}
