import Foundation

/// Finnish alphabetical order: case-insensitive, `… x y z å ä ö`, digits before letters.
/// `ü` sorts as `y`, `æ` as `ä`, `ø` as `ö`; other accents are ignored (`é` as `e`).
/// `w` is its own letter after `v`, as in current Finnish dictionaries and CLDR.
///
/// The order is defined by `sortKey`: its bytes compare (memcmp, as SQLite's BINARY collation
/// does) in the collation's primary order, so a column holding `finnish_key(name)` can carry an
/// index for instant alphabetical paging. `compare` breaks ties between different strings with
/// the same key by their bytes, so the order is total and sorting is stable across runs.
public enum FinnishCollation {
    /// The SQLite collation name: `ORDER BY name COLLATE FINNISH`.
    public static let collationName = "FINNISH"
    /// The SQLite function name: `finnish_key(name)`.
    public static let keyFunctionName = "finnish_key"

    public static func compare(_ a: String, _ b: String) -> ComparisonResult {
        let byKey = compareBytes(sortKey(a), sortKey(b))
        return byKey != .orderedSame ? byKey : compareBytes(a, b)
    }

    /// For `sorted(by:)`.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        compare(a, b) == .orderedAscending
    }

    /// The folded key. Letters a–z lowercased; å, ä, ö become `{`, `|`, `}` (the three bytes
    /// after `z`); the ASCII marks that really are `{|}~` become `~`, after ö; digits, spaces and
    /// punctuation keep their bytes, which all lie below the letters.
    public static func sortKey(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        let scalars = text.unicodeScalars.allSatisfy(\.isASCII)
            ? text.unicodeScalars
            : text.precomposedStringWithCanonicalMapping.unicodeScalars
        for scalar in scalars {
            appendKey(of: scalar, to: &key)
        }
        return String(key)
    }

    /// Registers the `FINNISH` collation and the `finnish_key(text)` function on a connection.
    /// Every connection that reads or writes such columns must do this before using them.
    public static func register(on db: Database) throws {
        try db.registerCollation(collationName, compare)
        try db.registerFunction(keyFunctionName, sortKey)
    }

    // MARK: Folding

    private static let aRing: Unicode.Scalar = "{"
    private static let aUmlaut: Unicode.Scalar = "|"
    private static let oUmlaut: Unicode.Scalar = "}"
    private static let afterAll: Unicode.Scalar = "~"

    private static let special: [Unicode.Scalar: String] = [
        "å": "{", "Å": "{", "ä": "|", "Ä": "|", "ö": "}", "Ö": "}",
        "æ": "|", "Æ": "|", "ø": "}", "Ø": "}", "ü": "y", "Ü": "y", "ű": "y", "Ű": "y",
        "ß": "ss", "ẞ": "ss", "œ": "oe", "Œ": "oe", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ı": "i",
    ]

    private static func appendKey(of scalar: Unicode.Scalar, to key: inout String.UnicodeScalarView) {
        let v = scalar.value
        if v < 0x80 {
            switch v {
            case 0x41...0x5A: key.append(Unicode.Scalar(v + 0x20) ?? scalar)
            case 0x7B...0x7F: key.append(afterAll)
            default: key.append(scalar)
            }
            return
        }
        // No-break and other Unicode spaces sort as a plain space.
        if scalar.properties.isWhitespace {
            key.append(" ")
            return
        }
        if let mapped = special[scalar] {
            key.append(contentsOf: mapped.unicodeScalars)
            return
        }
        // Combining marks left over after composition carry no letter of their own.
        if scalar.properties.generalCategory == .nonspacingMark { return }
        // Accented letters: take the base letter(s) of the canonical decomposition.
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        for part in decomposed where part.properties.generalCategory != .nonspacingMark {
            if part.isASCII {
                appendKey(of: part, to: &key)
            } else {
                key.append(contentsOf: part.properties.lowercaseMapping.unicodeScalars)
            }
        }
    }

    private static func compareBytes(_ a: String, _ b: String) -> ComparisonResult {
        var i = a.utf8.makeIterator()
        var j = b.utf8.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return .orderedSame
            case (nil, _): return .orderedAscending
            case (_, nil): return .orderedDescending
            case let (x?, y?):
                if x < y { return .orderedAscending }
                if x > y { return .orderedDescending }
            }
        }
    }
}
