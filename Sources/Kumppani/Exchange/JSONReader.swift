import Foundation

/// A parsed JSON value with where it started (for `record N (line L)` messages).
public struct JSONNode: Equatable, Sendable {
    public let line: Int
    public let column: Int
    public let value: JSONValue
}

public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// The number as written (so nothing is lost to Double rounding) and its value.
    case number(String, Double)
    case string(String)
    case array([JSONNode])
    /// Members in file order; duplicate keys are rejected by the reader.
    case object([(key: String, node: JSONNode)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case let (.bool(x), .bool(y)): x == y
        case let (.number(x, _), .number(y, _)): x == y
        case let (.string(x), .string(y)): x == y
        case let (.array(x), .array(y)): x == y
        case let (.object(x), .object(y)): x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.node == $1.node }
        default: false
        }
    }
}

/// Why a JSON text could not be read, with the line and column (counted in characters) of the fault.
public struct JSONError: Error, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case empty
        case tooLarge(limit: Int)
        case tooDeep(limit: Int)
        case unexpectedEnd
        /// An unexpected character, shown as `U+XXXX` when it is not printable.
        case unexpected(String)
        case expected(String)
        case invalidUTF8
        case controlInString
        case badEscape
        case badUnicodeEscape
        case loneSurrogate
        case badNumber
        case duplicateKey(String)
        case trailingText
    }
    public let line: Int
    public let column: Int
    public let reason: Reason

    public func message(_ language: Language) -> String {
        let l = L(language)
        let why: String
        switch reason {
        case .empty: why = l["json.empty"]
        case .tooLarge(let limit): why = l["json.too_large", limit / 1_048_576]
        case .tooDeep(let limit): why = l["json.too_deep", limit]
        case .unexpectedEnd: why = l["json.unexpected_end"]
        case .unexpected(let what): why = l["json.unexpected", what]
        case .expected(let what): why = l["json.expected", what]
        case .invalidUTF8: why = l["json.invalid_utf8"]
        case .controlInString: why = l["json.control_in_string"]
        case .badEscape: why = l["json.bad_escape"]
        case .badUnicodeEscape: why = l["json.bad_unicode_escape"]
        case .loneSurrogate: why = l["json.lone_surrogate"]
        case .badNumber: why = l["json.bad_number"]
        case .duplicateKey(let key): why = l["json.duplicate_key", PrintableText.quoted(key)]
        case .trailingText: why = l["json.trailing_text"]
        }
        return l["json.at", line, column, why]
    }
}

/// A small strict JSON reader (RFC 8259): UTF-8 validated, nesting and size limited, surrogate
/// pairs joined, duplicate keys rejected. Written here because `JSONSerialization` gives no
/// positions in its errors and recurses without a limit on deep nesting.
public struct JSONReader {
    public static let defaultMaxBytes = 256 * 1_048_576
    public static let defaultMaxDepth = 64

    private let bytes: [UInt8]
    private let maxDepth: Int
    private var i = 0
    private var line = 1
    private var lineStart = 0
    /// The column is counted lazily and cached, since `i` only moves forward (linear, not quadratic, on one long line).
    private var cachedAt = 0
    private var cachedColumn = 1

    public static func parse(_ data: Data, maxBytes: Int = defaultMaxBytes, maxDepth: Int = defaultMaxDepth) throws(JSONError) -> JSONNode {
        guard data.count <= maxBytes else { throw JSONError(line: 1, column: 1, reason: .tooLarge(limit: maxBytes)) }
        var reader = JSONReader(bytes: [UInt8](data), maxDepth: maxDepth)
        return try reader.document()
    }

    private init(bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    private mutating func document() throws(JSONError) -> JSONNode {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3; lineStart = 3 }   // a BOM from Windows tools
        skipSpace()
        guard i < bytes.count else { throw fail(.empty) }
        let node = try value(depth: 0)
        skipSpace()
        guard i == bytes.count else { throw fail(.trailingText) }
        return node
    }

    // MARK: Positions

    /// Counts UTF-8 lead bytes only, so the column is in characters as an editor shows it.
    private mutating func column() -> Int {
        if cachedAt < lineStart || cachedAt > i { cachedAt = lineStart; cachedColumn = 1 }
        var k = cachedAt
        let end = min(i, bytes.count)
        while k < end { if bytes[k] & 0xC0 != 0x80 { cachedColumn += 1 }; k += 1 }
        cachedAt = end
        return cachedColumn
    }

    private mutating func fail(_ reason: JSONError.Reason) -> JSONError { JSONError(line: line, column: column(), reason: reason) }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A: i += 1; line += 1; lineStart = i
            default: return
            }
        }
    }

    // MARK: Values

    private mutating func value(depth: Int) throws(JSONError) -> JSONNode {
        guard i < bytes.count else { throw fail(.unexpectedEnd) }
        let startLine = line, startColumn = column()
        let v: JSONValue
        switch bytes[i] {
        case UInt8(ascii: "{"): v = try object(depth: depth + 1)
        case UInt8(ascii: "["): v = try array(depth: depth + 1)
        case UInt8(ascii: "\""): v = .string(try string())
        case UInt8(ascii: "t"): try literal("true"); v = .bool(true)
        case UInt8(ascii: "f"): try literal("false"); v = .bool(false)
        case UInt8(ascii: "n"): try literal("null"); v = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): v = try number()
        default: throw unexpectedHere()
        }
        return JSONNode(line: startLine, column: startColumn, value: v)
    }

    private mutating func object(depth: Int) throws(JSONError) -> JSONValue {
        guard depth <= maxDepth else { throw fail(.tooDeep(limit: maxDepth)) }
        i += 1
        var members: [(key: String, node: JSONNode)] = []
        var seen = Set<String>()
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
        while true {
            skipSpace()
            guard i < bytes.count else { throw fail(.unexpectedEnd) }
            guard bytes[i] == UInt8(ascii: "\"") else { throw fail(.expected("\"")) }
            let keyLine = line, keyStart = lineStart, keyAt = i
            let key = try string()
            guard seen.insert(key).inserted else {
                throw JSONError(line: keyLine, column: Self.columnOf(bytes, from: keyStart, to: keyAt), reason: .duplicateKey(key))
            }
            skipSpace()
            try expect(":")
            skipSpace()
            members.append((key, try value(depth: depth)))
            skipSpace()
            guard i < bytes.count else { throw fail(.unexpectedEnd) }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            throw fail(.expected(", }"))
        }
    }

    private mutating func array(depth: Int) throws(JSONError) -> JSONValue {
        guard depth <= maxDepth else { throw fail(.tooDeep(limit: maxDepth)) }
        i += 1
        var items: [JSONNode] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value(depth: depth))
            skipSpace()
            guard i < bytes.count else { throw fail(.unexpectedEnd) }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            throw fail(.expected(", ]"))
        }
    }

    private mutating func expect(_ ch: Character) throws(JSONError) {
        guard i < bytes.count else { throw fail(.unexpectedEnd) }
        guard bytes[i] == ch.asciiValue else { throw fail(.expected(String(ch))) }
        i += 1
    }

    private mutating func literal(_ word: String) throws(JSONError) {
        for b in word.utf8 {
            guard i < bytes.count else { throw fail(.unexpectedEnd) }
            guard bytes[i] == b else { throw unexpectedHere() }
            i += 1
        }
    }

    private mutating func number() throws(JSONError) -> JSONValue {
        let start = i
        func digits() -> Int { let s = i; while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }; return i - s }
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count, (0x30...0x39).contains(bytes[i]) else { throw fail(.badNumber) }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if i < bytes.count, (0x30...0x39).contains(bytes[i]) { throw fail(.badNumber) }   // no leading zeros
        } else {
            _ = digits()
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { throw fail(.badNumber) }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { throw fail(.badNumber) }
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        return .number(text, Double(text) ?? .nan)
    }

    /// A string body: escapes decoded, UTF-8 checked byte by byte (no overlong forms, no surrogates).
    private mutating func string() throws(JSONError) -> String {
        i += 1   // opening quote
        var out: [UInt8] = []
        while true {
            guard i < bytes.count else { throw fail(.unexpectedEnd) }
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                i += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape(into: &out)
            case 0x00..<0x20:
                throw fail(.controlInString)
            case 0x20..<0x80:
                out.append(b); i += 1
            default:
                let n = Self.validUTF8Length(bytes, at: i)
                guard n > 0 else { throw fail(.invalidUTF8) }
                out.append(contentsOf: bytes[i..<(i + n)])
                i += n
            }
        }
    }

    private mutating func escape(into out: inout [UInt8]) throws(JSONError) {
        i += 1
        guard i < bytes.count else { throw fail(.unexpectedEnd) }
        let c = bytes[i]
        let simple: [UInt8: UInt8] = [0x22: 0x22, 0x5C: 0x5C, 0x2F: 0x2F, 0x62: 0x08, 0x66: 0x0C, 0x6E: 0x0A, 0x72: 0x0D, 0x74: 0x09]
        if let byte = simple[c] { out.append(byte); i += 1; return }
        guard c == UInt8(ascii: "u") else { i -= 1; throw fail(.badEscape) }
        let escapeStart = i - 1
        var scalar = try hex4()
        if (0xD800...0xDBFF).contains(scalar) {
            // A high surrogate must be followed by `\uDC00`–`\uDFFF`.
            guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == UInt8(ascii: "u") else { i = escapeStart; throw fail(.loneSurrogate) }
            i += 1
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { i = escapeStart; throw fail(.loneSurrogate) }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalar) {
            i = escapeStart
            throw fail(.loneSurrogate)
        }
        guard let u = Unicode.Scalar(scalar) else { i = escapeStart; throw fail(.badUnicodeEscape) }
        out.append(contentsOf: Array(String(Character(u)).utf8))
    }

    /// Reads `uXXXX` (with `i` on the `u`); returns the code unit.
    private mutating func hex4() throws(JSONError) -> UInt32 {
        i += 1
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard i < bytes.count else { throw fail(.unexpectedEnd) }
            let b = bytes[i]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: throw fail(.badUnicodeEscape)
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    /// The length of the well-formed UTF-8 sequence at `k` (Unicode table 3-7), or 0.
    static func validUTF8Length(_ b: [UInt8], at k: Int) -> Int {
        func cont(_ j: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool { j < b.count && range.contains(b[j]) }
        switch b[k] {
        case 0xC2...0xDF: return cont(k + 1) ? 2 : 0
        case 0xE0: return cont(k + 1, 0xA0...0xBF) && cont(k + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(k + 1) && cont(k + 2) ? 3 : 0
        case 0xED: return cont(k + 1, 0x80...0x9F) && cont(k + 2) ? 3 : 0
        case 0xF0: return cont(k + 1, 0x90...0xBF) && cont(k + 2) && cont(k + 3) ? 4 : 0
        case 0xF1...0xF3: return cont(k + 1) && cont(k + 2) && cont(k + 3) ? 4 : 0
        case 0xF4: return cont(k + 1, 0x80...0x8F) && cont(k + 2) && cont(k + 3) ? 4 : 0
        default: return 0
        }
    }

    private mutating func unexpectedHere() -> JSONError {
        guard i < bytes.count else { return fail(.unexpectedEnd) }
        let b = bytes[i]
        if b >= 0x80 {
            let n = Self.validUTF8Length(bytes, at: i)
            guard n > 0 else { return fail(.invalidUTF8) }
            return fail(.unexpected(PrintableText.quoted(String(decoding: bytes[i..<(i + n)], as: UTF8.self))))
        }
        return fail(.unexpected(PrintableText.quoted(String(UnicodeScalar(b)))))
    }

    static func columnOf(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var n = 1
        for k in start..<min(end, bytes.count) where bytes[k] & 0xC0 != 0x80 { n += 1 }
        return n
    }
}

/// Text from a file made safe to echo in a message on a terminal: control, C1 and bidi
/// characters are shown as `U+XXXX`, so data can never drive the terminal through an error.
public enum PrintableText {
    public static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let control = v < 0x20 || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
            if control { out += "U+" + String(format: "%04X", v) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// `"text"`, escaped, and cut at 80 characters so a huge field does not flood the message.
    public static func quoted(_ text: String) -> String {
        let short = text.count > 80 ? String(text.prefix(80)) + "…" : text
        return "\"" + escaped(short) + "\""
    }
}
