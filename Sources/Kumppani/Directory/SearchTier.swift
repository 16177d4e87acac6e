import Foundation

/// Which part of the search found a row. Rows come in this order: what the user typed (words
/// starting so, as before), then other inflections of the same words, then words that contain
/// them (compound parts, addresses, postcodes, phones, e-mails), then words one or two letters
/// away (typos), the last only when nothing else was found.
public enum SearchTier: Int, Comparable, Sendable, CaseIterable {
    case exact, stem, part, typo

    public static func < (a: SearchTier, b: SearchTier) -> Bool { a.rawValue < b.rawValue }

    /// The mark before a row's name in the list (none for exact matches); the help explains them.
    public var marker: String {
        switch self {
        case .exact: return ""
        case .stem: return "~"
        case .part: return "+"
        case .typo: return "?"
        }
    }
}
