import Foundation

/// A parser for Apple `.strings` files, the format translators' tools open:
/// `"key" = "value";` lines, `/* block */` and `// line` comments, and the escapes
/// `\"`, `\\`, `\n`, `\t`, `\r`. Written here because Foundation's property-list reader
/// on Linux gives no line number for a mistake.
public enum StringsFile {
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public let line: Int
        public let reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    public static func parse(_ text: String) throws -> [String: String] {
        var reader = Reader(Array(text.unicodeScalars))
        var table: [String: String] = [:]
        while true {
            try reader.skipSpaceAndComments()
            if reader.atEnd { return table }
            let key = try reader.quoted()
            try reader.skipSpaceAndComments()
            try reader.expect("=")
            try reader.skipSpaceAndComments()
            let value = try reader.quoted()
            try reader.skipSpaceAndComments()
            try reader.expect(";")
            if table[key] != nil { throw ParseError(line: reader.line, reason: "key \"\(key)\" appears twice") }
            table[key] = value
        }
    }

    /// Writes one entry as a line that `parse` reads back unchanged.
    public static func line(key: String, value: String) -> String {
        "\"\(escape(key))\" = \"\(escape(value))\";"
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    private struct Reader {
        let chars: [Unicode.Scalar]
        var at = 0
        var line = 1
        init(_ chars: [Unicode.Scalar]) { self.chars = chars }

        var atEnd: Bool { at >= chars.count }

        mutating func next() -> Unicode.Scalar? {
            guard at < chars.count else { return nil }
            let c = chars[at]; at += 1
            if c == "\n" { line += 1 }
            return c
        }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? { at + offset < chars.count ? chars[at + offset] : nil }

        mutating func skipSpaceAndComments() throws {
            while let c = peek() {
                if c.properties.isWhitespace || c == "\u{FEFF}" { _ = next(); continue }
                if c == "/" && peek(1) == "*" {
                    let start = line
                    at += 2
                    while !(peek() == "*" && peek(1) == "/") {
                        if next() == nil { throw ParseError(line: start, reason: "comment not closed") }
                    }
                    at += 2
                    continue
                }
                if c == "/" && peek(1) == "/" {
                    while let d = peek(), d != "\n" { _ = next() }
                    continue
                }
                return
            }
        }

        mutating func expect(_ c: Unicode.Scalar) throws {
            guard peek() == c else { throw ParseError(line: line, reason: "expected \(c)") }
            _ = next()
        }

        mutating func quoted() throws -> String {
            try expect("\"")
            let start = line
            var out = String.UnicodeScalarView()
            while true {
                guard let c = next() else { throw ParseError(line: start, reason: "text not closed with \"") }
                if c == "\"" { return String(out) }
                if c != "\\" { out.append(c); continue }
                switch next() {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case let other: throw ParseError(line: line, reason: "unknown escape \\\(other.map { String($0) } ?? "")")
                }
            }
        }
    }
}
