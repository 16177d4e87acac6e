import Foundation

/// Why a CSV file could not be read at all.
public enum CSVError: Error, Equatable, Sendable {
    case invalidUTF8(line: Int)
    case utf16
    case unterminatedQuote(line: Int)
    case empty

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .invalidUTF8(let line): return l["csv.invalid_utf8", line]
        case .utf16: return l["csv.utf16"]
        case .unterminatedQuote(let line): return l["csv.unterminated_quote", line]
        case .empty: return l["csv.empty"]
        }
    }
}

/// One parsed record with the physical line it started on (for `line N` messages).
public struct CSVRecord: Equatable, Sendable {
    public let line: Int
    public let fields: [String]
}

/// RFC 4180 reader: quoted fields, `""` inside quotes, newlines inside quoted fields, CRLF or LF.
/// The delimiter (`;` or `,`) is detected from the header line. UTF-8 only, with or without BOM.
public enum CSVReader {
    public static func read(data: Data) throws -> (delimiter: Character, records: [CSVRecord]) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw CSVError.utf16 }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CSVError.invalidUTF8(line: firstInvalidLine(bytes))
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw CSVError.empty }
        let delimiter = detectDelimiter(text)
        return (delimiter, try parse(text, delimiter: delimiter))
    }

    /// `;` when the header line (outside quotes) has more semicolons than commas.
    static func detectDelimiter(_ text: String) -> Character {
        var semicolons = 0, commas = 0, quoted = false
        for ch in text {
            if ch == "\"" { quoted.toggle() }
            if quoted { continue }
            if ch == "\n" || ch == "\r\n" || ch == "\r" { break }
            if ch == ";" { semicolons += 1 }
            if ch == "," { commas += 1 }
        }
        return semicolons >= commas && semicolons > 0 ? ";" : ","
    }

    public static func parse(_ text: String, delimiter: Character) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        var chars = Array(text.unicodeScalars)
        chars.append("\n")   // flushes a last line without a line end
        let delim = delimiter.unicodeScalars.first ?? ","
        var i = 0
        func endRecord() {
            fields.append(field)
            field = ""
            // A blank line (one empty field) is not a record.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields = []
        }
        while i < chars.count {
            let ch = chars[i]
            if quoted {
                if ch == "\"" {
                    if i + 1 < chars.count - 1, chars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 }
                    else { quoted = false; afterQuote = true }
                } else {
                    if ch == "\n" { line += 1 }
                    if ch == "\r", i + 1 < chars.count, chars[i + 1] == "\n" { i += 1; field.unicodeScalars.append("\r"); line += 1; field.unicodeScalars.append("\n"); i += 1; continue }
                    field.unicodeScalars.append(ch)
                }
            } else if ch == "\"" && field.isEmpty && !afterQuote {
                quoted = true
            } else if ch == delim {
                fields.append(field); field = ""; afterQuote = false
            } else if ch == "\n" || ch == "\r" {
                if ch == "\r", i + 1 < chars.count, chars[i + 1] == "\n" { i += 1 }
                endRecord()
                afterQuote = false
                line += 1
                recordLine = line
            } else {
                // Text after a closing quote is kept as written (lenient, like spreadsheet programs).
                field.unicodeScalars.append(ch)
            }
            i += 1
        }
        if quoted { throw CSVError.unterminatedQuote(line: recordLine) }
        return records
    }

    static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1
            start = i + 1
        }
        return line
    }
}

/// RFC 4180 writer: quotes a field when it holds the delimiter, a quote, CR or LF.
public struct CSVWriter {
    public let delimiter: Character
    public let lineEnd: String

    public init(delimiter: Character = ";", lineEnd: String = "\r\n") {
        self.delimiter = delimiter
        self.lineEnd = lineEnd
    }

    public func field(_ value: String) -> String {
        let needsQuotes = value.contains(delimiter) || value.contains("\"") || value.contains("\n") || value.contains("\r")
            || value.hasPrefix(" ") || value.hasSuffix(" ")
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: String(delimiter)) + lineEnd
    }
}
