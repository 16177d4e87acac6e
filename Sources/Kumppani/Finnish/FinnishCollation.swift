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
        let byKey = streamedCompare(a, b) ?? compareBytes(keyBytes(a), keyBytes(b))
        return byKey != .orderedSame ? byKey : compareBytes(Array(a.utf8), Array(b.utf8))
    }

    /// Compares the keys of two strings without building them (SQLite calls this for every
    /// comparison of an ORDER BY). Nil when either string needs the Unicode path.
    private static func streamedCompare(_ a: String, _ b: String) -> ComparisonResult? {
        // Checked up front: a combining mark later in the string changes the letter before it
        // (`a` + U+0308 is `ä`), so the stream may not start comparing before it knows.
        guard isFastPathOnly(a), isFastPathOnly(b) else { return nil }
        var x = KeyStream(a)
        var y = KeyStream(b)
        while true {
            guard let p = x.next(), let q = y.next() else { return nil }
            switch (p, q) {
            case (.end, .end): return .orderedSame
            case (.end, _): return .orderedAscending
            case (_, .end): return .orderedDescending
            case let (.byte(i), .byte(j)):
                if i != j { return i < j ? .orderedAscending : .orderedDescending }
            }
        }
    }

    /// ASCII and the Latin-1 letters only: text that NFC leaves as it is and the tables cover.
    private static func isFastPathOnly(_ text: String) -> Bool {
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte < 0x80 { continue }
            guard byte == 0xC3, let second = iterator.next(), second >= 0x80, second <= 0xBF,
                  latin1Key[Int(second - 0x80)] != nil else { return false }
        }
        return true
    }

    private enum KeyByte { case byte(UInt8), end }

    /// The key bytes of the fast path, one at a time; `next()` is nil where the fast path ends.
    private struct KeyStream {
        var iterator: String.UTF8View.Iterator
        var pending: UInt8?
        init(_ text: String) { iterator = text.utf8.makeIterator() }

        mutating func next() -> KeyByte? {
            if let p = pending {
                pending = nil
                return .byte(p)
            }
            guard let byte = iterator.next() else { return .end }
            if byte < 0x80 { return .byte(asciiKey[Int(byte)]) }
            guard byte == 0xC3, let second = iterator.next(), second >= 0x80, second <= 0xBF,
                  let mapped = latin1Key[Int(second - 0x80)], let first = mapped.first else { return nil }
            if mapped.count > 1 { pending = mapped[1] }
            return .byte(first)
        }
    }

    /// For `sorted(by:)`.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        compare(a, b) == .orderedAscending
    }

    /// The folded key. Letters a–z lowercased; å, ä, ö become `{`, `|`, `}` (the three bytes
    /// after `z`); the ASCII marks that really are `{|}~` become `~`, after ö; digits, spaces and
    /// punctuation keep their bytes, which all lie below the letters.
    public static func sortKey(_ text: String) -> String {
        String(decoding: keyBytes(text), as: UTF8.self)
    }

    /// The key as UTF-8 bytes. Names are mostly ASCII plus the Latin-1 letters (ä, ö, å, é, ü),
    /// so those are mapped straight from the bytes; anything else (combining marks, other
    /// scripts, symbols) takes the Unicode path. Both paths give the same key; a test checks it.
    static func keyBytes(_ text: String) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte < 0x80 {
                key.append(asciiKey[Int(byte)])
            } else if byte == 0xC3, let next = iterator.next(), next >= 0x80, next <= 0xBF,
                      let mapped = latin1Key[Int(next - 0x80)] {
                key.append(contentsOf: mapped)
            } else {
                return Array(slowSortKey(text).utf8)
            }
        }
        return key
    }

    private static let asciiKey: [UInt8] = (0..<128).map { b -> UInt8 in
        switch b {
        case 0x41...0x5A: return UInt8(b + 0x20)
        case 0x7B...0x7F: return 0x7E
        default: return UInt8(b)
        }
    }

    /// Keys for U+00C0...U+00FF (UTF-8 `C3 80`...`C3 BF`); nil sends the text to the slow path.
    private static let latin1Key: [[UInt8]?] = {
        let letters: [String?] = [
            "a", "a", "a", "a", "|", "{", "|", "c", "e", "e", "e", "e", "i", "i", "i", "i",
            "d", "n", "o", "o", "o", "o", "}", nil, "}", "u", "u", "u", "y", "y", "th", "ss",
        ]
        let upper = letters.map { $0.map { Array($0.utf8) } }
        var lower = upper
        lower[0x1F] = Array("y".utf8)  // the upper row ends with ß (U+00DF), the lower one with ÿ (U+00FF)
        return upper + lower
    }()

    /// The key through full Unicode processing (composition, decomposition, case mapping).
    static func slowSortKey(_ text: String) -> String {
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

    private static func compareBytes(_ a: [UInt8], _ b: [UInt8]) -> ComparisonResult {
        let common = min(a.count, b.count)
        var i = 0
        while i < common {
            if a[i] != b[i] { return a[i] < b[i] ? .orderedAscending : .orderedDescending }
            i += 1
        }
        return a.count == b.count ? .orderedSame : (a.count < b.count ? .orderedAscending : .orderedDescending)
    }
}
