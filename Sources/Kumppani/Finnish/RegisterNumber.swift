import Foundation

/// An entry number in the Finnish Register of Associations (*yhdistysrekisterin numero*):
/// 1 to 6 digits, written with a thousands dot (`123.456`, `1.234`, `87`).
public struct RegisterNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: Int

    public static let range = 1...999_999

    /// Nil outside 1...999 999.
    public init?(_ value: Int) {
        guard Self.range.contains(value) else { return nil }
        self.value = value
    }

    /// The register's own notation: `123.456`.
    public var formatted: String { FinnishInput.groupedFromRight(String(value), size: 3, separator: ".") }
    public var description: String { formatted }

    public static func < (lhs: RegisterNumber, rhs: RegisterNumber) -> Bool { lhs.value < rhs.value }

    /// Reads `123456`, `123.456` or `123 456` (also with a no-break space), or says what is wrong.
    public static func parse(_ text: String) -> Result<RegisterNumber, RegisterNumberProblem> {
        let s = FinnishInput.trimmed(text)
        if s.isEmpty { return .failure(.empty) }
        var groups: [Substring] = [""]
        for c in s {
            if c == "." || FinnishInput.spaces.contains(c) {
                groups.append("")
            } else if FinnishInput.isDigit(c) {
                groups[groups.count - 1].append(c)
            } else {
                return .failure(.badCharacters)
            }
        }
        let digits = groups.joined()
        guard digits.count <= 6 else { return .failure(.tooLong) }
        // A separator is only allowed as the thousands mark: one, with three digits after it.
        if groups.count > 2 || (groups.count == 2 && (groups[0].isEmpty || groups[1].count != 3)) {
            return .failure(.misplacedSeparator)
        }
        guard let value = Int(digits), let number = RegisterNumber(value) else {
            return .failure(digits.isEmpty ? .badCharacters : .zero)
        }
        return .success(number)
    }
}

/// Why a text is not a register number.
public enum RegisterNumberProblem: Error, Equatable, Sendable {
    case empty
    /// Something other than digits, a dot or a space.
    case badCharacters
    /// More than six digits.
    case tooLong
    /// A dot or space anywhere but before the last three digits.
    case misplacedSeparator
    /// Register numbers start at 1.
    case zero

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .empty: return l["finnish.register.empty"]
        case .badCharacters: return l["finnish.register.bad_characters"]
        case .tooLong: return l["finnish.register.too_long"]
        case .misplacedSeparator: return l["finnish.register.misplaced_separator"]
        case .zero: return l["finnish.register.zero"]
        }
    }
}
