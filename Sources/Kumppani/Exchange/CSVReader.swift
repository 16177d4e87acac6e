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
///
/// It works on the file's bytes and hands over one record at a time (`forEachRecord`), so a
/// 100,000-row import never holds the whole file as text, nor all its records, at once.
public enum CSVReader {
    public static func read(data: Data) throws -> (delimiter: Character, records: [CSVRecord]) {
        var records: [CSVRecord] = []
        let delimiter = try forEachRecord(data: data) { records.append($0) }
        return (delimiter, records)
    }

    /// Calls `body` with each record in file order; returns the detected delimiter. Throws
    /// `CSVError` for a file that is not UTF-8 CSV (records before the fault were already handed over).
    /// `passed` is told the address reached after each record (`MappedFile.releaser`: the pages
    /// already read go back to the system).
    @discardableResult
    public static func forEachRecord(data: Data, passed: ((UnsafeRawPointer) -> Void)? = nil,
                                     _ body: (CSVRecord) throws -> Void) throws -> Character {
        try data.withUnsafeBytes { raw in
            var bytes = UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count)[...]
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw CSVError.utf16 }
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            if isBlank(bytes) { throw CSVError.empty }
            let delimiter = detectDelimiter(bytes)
            try parse(bytes, delimiter: delimiter == ";" ? 0x3B : 0x2C, passed: passed, body)
            return delimiter
        }
    }

    /// At least the number of data records, read without parsing: the lines (CR, LF or CRLF)
    /// with something other than spaces on them, less the header's. An import sizes its batch of
    /// new keys and its progress by it; counting blank lines too made 50 MiB of them a request
    /// for millions of keys (1.7 GB).
    public static func recordEstimate(_ data: Data, passed: ((UnsafeRawPointer) -> Void)? = nil) -> Int {
        data.withUnsafeBytes { raw in
            var lines = 0
            var hasText = false
            for (offset, byte) in raw.enumerated() {
                if offset & 0xFFFFF == 0, let passed, let base = raw.baseAddress { passed(base + offset) }
                if byte == 0x0A || byte == 0x0D {
                    if hasText { lines += 1 }
                    hasText = false
                } else if byte != 0x20 && byte != 0x09 {
                    hasText = true
                }
            }
            return lines   // a last line without a line end makes up for the header
        }
    }

    /// Only whitespace (or nothing). Non-ASCII text is checked as a String (no-break spaces count).
    static func isBlank<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        guard let first = bytes.first(where: { !isASCIISpace($0) }) else { return true }
        guard first >= 0x80 else { return false }
        return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }

    /// `;` when the header line (outside quotes) has more semicolons than commas.
    static func detectDelimiter(_ text: String) -> Character {
        detectDelimiter(Array(text.utf8)[...])
    }

    static func detectDelimiter<C: Collection>(_ bytes: C) -> Character where C.Element == UInt8 {
        var semicolons = 0, commas = 0, quoted = false
        for b in bytes {
            if b == 0x22 { quoted.toggle() }
            if quoted { continue }
            if b == 0x0A || b == 0x0D { break }
            if b == 0x3B { semicolons += 1 }
            if b == 0x2C { commas += 1 }
        }
        return semicolons >= commas && semicolons > 0 ? ";" : ","
    }

    public static func parse(_ text: String, delimiter: Character) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            try parse(buffer[...], delimiter: delimiter.asciiValue ?? 0x2C) { records.append($0) }
        }
        return records
    }

    /// The state machine over bytes. Delimiters, quotes and line ends are ASCII, so they never
    /// occur inside a multi-byte UTF-8 sequence; each field is checked as UTF-8 when it ends.
    static func parse(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, delimiter delim: UInt8,
                      passed: ((UnsafeRawPointer) -> Void)? = nil, _ body: (CSVRecord) throws -> Void) throws {
        let quote: UInt8 = 0x22, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        var fields: [String] = []
        var field: [UInt8] = []
        field.reserveCapacity(256)
        var quoted = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        func text() throws -> String {
            guard let s = String(validating: field, as: UTF8.self) else {
                throw CSVError.invalidUTF8(line: firstInvalidLine(bytes))
            }
            field.removeAll(keepingCapacity: true)
            return s
        }
        func endRecord() throws {
            fields.append(try text())
            // A blank line (one empty field) is not a record.
            if !(fields.count == 1 && fields[0].isEmpty) { try body(CSVRecord(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
            if let passed, let base = bytes.base.baseAddress { passed(base + i) }
        }
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if quoted {
                if b == quote {
                    if i + 1 < end, bytes[i + 1] == quote { field.append(quote); i += 1 }
                    else { quoted = false; afterQuote = true }
                } else {
                    if b == cr, i + 1 < end, bytes[i + 1] == lf { field.append(cr); field.append(lf); line += 1; i += 2; continue }
                    if b == lf || b == cr { line += 1 }   // a CR alone ends a line too (old Mac files)
                    field.append(b)
                }
            } else if b == quote && field.isEmpty && !afterQuote {
                quoted = true
            } else if b == delim {
                fields.append(try text()); afterQuote = false
            } else if b == lf || b == cr {
                if b == cr, i + 1 < end, bytes[i + 1] == lf { i += 1 }
                // A blank line is no record: skip it without making a field (50 MiB of them).
                if fields.isEmpty && field.isEmpty { afterQuote = false; line += 1; recordLine = line; i += 1; continue }
                try endRecord()
                afterQuote = false
                line += 1
                recordLine = line
            } else {
                // Text after a closing quote is kept as written (lenient, like spreadsheet programs).
                field.append(b)
            }
            i += 1
        }
        if quoted {
            _ = try text()   // a broken encoding is reported before the open quote
            throw CSVError.unterminatedQuote(line: recordLine)
        }
        if !field.isEmpty || !fields.isEmpty { try endRecord() }   // a last line without a line end
    }

    /// The line (counting CR, LF and CRLF line ends alike) of the first invalid UTF-8.
    /// On the bytes where they are (a copy of a 1 GB file was 1 GB more).
    static func firstInvalidLine<C: RandomAccessCollection>(_ bytes: C) -> Int where C.Element == UInt8, C.Index == Int {
        var line = 1
        var start = bytes.startIndex
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
                if b == 0x0D, i + 1 < bytes.endIndex, bytes[i + 1] == 0x0A { i += 1 }
                line += 1
                start = i + 1
            }
            i += 1
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
        // On the UTF-8 bytes: `String.contains("…")` went through Foundation (NSString) per field.
        let d = delimiter.asciiValue ?? 0x3B
        let needsQuotes = value.utf8.contains { $0 == d || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || value.utf8.first == 0x20 || value.utf8.last == 0x20
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: String(delimiter)) + lineEnd
    }
}
