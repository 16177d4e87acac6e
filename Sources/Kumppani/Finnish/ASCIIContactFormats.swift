import Foundation

/// The same checks as `ContactFormats` and `BusinessID.parse`, on the bytes of plain-ASCII text.
///
/// Walking `Character`s (grapheme breaking for every letter, `"<>()…".contains($0)` per letter)
/// made the email check ~110,000 instructions a value: most of a 100,000-row import's time.
/// For ASCII a byte is a character, so the rules can be applied to bytes with the same result.
/// Each function returns nil for text that is not all ASCII: the caller then runs the general code.
enum ASCIIContactFormats {
    static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }

    /// Character.isWhitespace for ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
    static func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
    static func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
    static func lower(_ b: UInt8) -> UInt8 { (0x41...0x5A).contains(b) ? b + 0x20 : b }

    /// A host label: letters, digits and `-` (the general rule is `isLetter || isNumber || "-"`).
    static func isLabelByte(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) || b == 0x2D }

    static let mailto = Array("mailto:".utf8)
    static let forbiddenInLocal = Set("<>()[],;:\"\\".utf8)

    /// `text` is already trimmed.
    static func email(_ text: String) -> Result<String, ContactProblem>? {
        guard isASCII(text) else { return nil }
        var b = Array(text.utf8)[...]
        if b.count >= mailto.count, zip(b, mailto).allSatisfy({ lower($0) == $1 }) { b = b.dropFirst(mailto.count) }
        if b.isEmpty { return .failure(.empty) }
        guard !b.contains(where: isSpace) else { return .failure(.emailHasSpaces) }
        let ats = b.filter { $0 == 0x40 }.count
        guard ats == 1, let at = b.firstIndex(of: 0x40) else { return .failure(ats < 1 ? .emailMissingAt : .emailTooManyAts) }
        let local = b[..<at]
        let domain = b[(at + 1)...].map(lower)
        guard !local.isEmpty, local.count <= 64, local.first != 0x2E, local.last != 0x2E,
              !zip(local, local.dropFirst()).contains(where: { $0 == 0x2E && $1 == 0x2E }),
              !local.contains(where: { forbiddenInLocal.contains($0) }) else {
            return .failure(.emailBadLocalPart)
        }
        let labels = domain.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard labels.count >= 2, domain.count <= 253,
              labels.allSatisfy({ !$0.isEmpty && $0.first != 0x2D && $0.last != 0x2D && $0.allSatisfy(isLabelByte) }),
              let tld = labels.last, tld.count >= 2, tld.allSatisfy(isLetter) else {
            return .failure(.emailBadDomain)
        }
        return .success(String(decoding: local, as: UTF8.self) + "@" + String(decoding: domain, as: UTF8.self))
    }

    /// `text` is already trimmed.
    static func website(_ text: String) -> Result<String, ContactProblem>? {
        guard isASCII(text) else { return nil }
        let s = Array(text.utf8)
        if s.isEmpty { return .failure(.empty) }
        guard !s.contains(where: isSpace) else { return .failure(.websiteHasSpaces) }
        var scheme = Array("https://".utf8)
        var rest = s[...]
        if let start = firstRange(of: [0x3A, 0x2F, 0x2F], in: s) {
            let given = s[..<start].map(lower)
            guard given == Array("http".utf8) || given == Array("https".utf8) else { return .failure(.websiteBadScheme) }
            scheme = given + Array("://".utf8)
            rest = s[(start + 3)...]
        } else if let colon = s.firstIndex(of: 0x3A), s[..<colon].allSatisfy(isLetter) {
            let after = s[(colon + 1)...]
            if !after.starts(with: [0x2F, 0x2F]), !(after.first.map(isDigit) ?? false) {
                // `mailto:x`, `javascript:x` — a scheme that is not the web (a port like `:8080` is fine).
                return .failure(.websiteBadScheme)
            }
        }
        let hostEnd = rest.firstIndex(where: { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 }) ?? rest.endIndex
        let hostAndPort = rest[..<hostEnd].map(lower)
        let host = hostAndPort.split(separator: 0x3A, omittingEmptySubsequences: false).first ?? []
        let labels = host.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isLabelByte) }) else {
            return .failure(.websiteBadHost)
        }
        return .success(String(decoding: scheme + hostAndPort + rest[hostEnd...], as: UTF8.self))
    }

    static func firstRange(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }

    /// The canonical `1234567-8` as typed (what an export writes): its base and check digit.
    /// Any other form is left to the general parser.
    static func canonicalBusinessID(_ text: String) -> (base: String, check: Int)? {
        let b = Array(text.utf8)
        guard b.count == 9, b[7] == 0x2D, b[0..<7].allSatisfy(isDigit), isDigit(b[8]) else { return nil }
        return (String(decoding: b[0..<7], as: UTF8.self), Int(b[8] - 0x30))
    }
}
