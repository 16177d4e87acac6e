import Foundation

/// Splits a YTJ open data file into its company objects without reading the whole file: the bulk
/// file is hundreds of megabytes, so it is read in chunks and only one company's bytes are held at
/// a time. Accepts the three layouts of YTJ open data v3: one company object, a search page
/// `{"totalResults": N, "companies": [...]}`, or the bulk list `[...]`. Each company's bytes are
/// then parsed strictly by `JSONReader`; this splitter only follows strings and brackets.
struct YTJStreamReader {
    /// What is kept of a top-level object outside its `companies` list (a single company, or a
    /// page's `totalResults`): bounded, so a huge single object cannot exhaust memory.
    static let maxOutsideBytes = 16 * 1_048_576
    static let maxCompanyBytes = 16 * 1_048_576
    static let chunkSize = 1 << 20

    /// Calls `body` with each company's bytes and the line it starts on; `progress` with bytes read.
    static func forEachCompany(in handle: FileHandle, progress: ((Int) -> Void)? = nil,
                               _ body: ([UInt8], Int) throws -> Void) throws {
        var splitter = YTJStreamReader()
        var read = 0
        while true {
            let chunk = try handle.read(upToCount: chunkSize) ?? Data()
            if chunk.isEmpty { break }
            read += chunk.count
            try chunk.withUnsafeBytes { raw in
                try splitter.feed(raw.bindMemory(to: UInt8.self), body)
            }
            progress?(read)
        }
        try splitter.finish(body)
    }

    static func forEachCompany(in data: Data, _ body: ([UInt8], Int) throws -> Void) throws {
        var splitter = YTJStreamReader()
        try data.withUnsafeBytes { raw in try splitter.feed(raw.bindMemory(to: UInt8.self), body) }
        try splitter.finish(body)
    }

    private enum Top { case unknown, object, array, done }
    private var top = Top.unknown
    private var stack: [UInt8] = []
    private var inString = false
    private var escaped = false
    private var line = 1
    private var column = 0
    private var bomChecked = 0
    /// The stack depth of the company list's elements (1: the bulk list, 2: a page's `companies`).
    private var listDepth: Int?
    private var capture: [UInt8]?
    private var captureLine = 0
    private var outside: [UInt8] = []
    private var key: [UInt8] = []
    private var lastString: [UInt8] = []
    private var pendingKey: [UInt8]?
    private var sawCompanies = false
    private static let companiesKey = Array("companies".utf8)

    private func fail(_ reason: JSONError.Reason) -> JSONError { JSONError(line: line, column: max(column, 1), reason: reason) }

    private mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ body: ([UInt8], Int) throws -> Void) throws {
        for b in bytes {
            if b == 0x0A { line += 1; column = 0 } else if b & 0xC0 != 0x80 { column += 1 }
            // A BOM from Windows tools, before anything else.
            if top == .unknown && stack.isEmpty && bomChecked < 3 && [0xEF, 0xBB, 0xBF][bomChecked] == b { bomChecked += 1; continue }
            if capture != nil {
                capture!.append(b)
                if capture!.count > Self.maxCompanyBytes { throw fail(.tooLarge(limit: Self.maxCompanyBytes)) }
                if inString {
                    if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                    continue
                }
                switch b {
                case 0x22: inString = true
                case 0x7B, 0x5B: stack.append(b)
                case 0x7D, 0x5D:
                    stack.removeLast()
                    if stack.count == listDepth {
                        let company = capture!
                        capture = nil
                        try body(company, captureLine)
                    }
                default: break
                }
                continue
            }
            if inString {
                if top == .object { try keepOutside(b) }
                if escaped { escaped = false }
                else if b == 0x5C { escaped = true }
                else if b == 0x22 { inString = false; lastString = key }
                else if stack.count == 1 && key.count < 64 { key.append(b) }
                continue
            }
            let isSpace = b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
            if let depth = listDepth, stack.count == depth {
                // Directly inside the company list: only objects, commas and the closing bracket.
                switch b {
                case _ where isSpace, 0x2C: continue
                case 0x7B:
                    capture = [b]; captureLine = line; stack.append(b)
                case 0x5D:
                    stack.removeLast(); listDepth = nil
                    if top == .object { outside.append(b) }
                    if stack.isEmpty { top = .done }
                default:
                    throw fail(.expected("{"))
                }
                continue
            }
            if top == .object { try keepOutside(b) }
            if isSpace { continue }
            if top == .done { throw fail(.trailingText) }
            if top == .unknown {
                switch b {
                case 0x7B: top = .object; try keepOutside(b); stack.append(b); continue
                case 0x5B: top = .array; stack.append(b); listDepth = 1; continue
                default: throw fail(.unexpected(String(UnicodeScalar(b))))
                }
            }
            switch b {
            case 0x22:
                inString = true; key = []
            case 0x3A:
                if stack.count == 1 { pendingKey = lastString }
            case 0x2C:
                if stack.count == 1 { pendingKey = nil }
            case 0x7B:
                stack.append(b)
            case 0x5B:
                stack.append(b)
                if top == .object && stack.count == 2 && pendingKey == Self.companiesKey {
                    listDepth = 2; sawCompanies = true
                }
            case 0x7D, 0x5D:
                guard let open = stack.popLast(), (open == 0x7B) == (b == 0x7D) else { throw fail(.unexpected(String(UnicodeScalar(b)))) }
                if stack.isEmpty { top = .done }
            default: break
            }
        }
    }

    private mutating func keepOutside(_ b: UInt8) throws {
        outside.append(b)
        if outside.count > Self.maxOutsideBytes { throw fail(.tooLarge(limit: Self.maxOutsideBytes)) }
    }

    private mutating func finish(_ body: ([UInt8], Int) throws -> Void) throws {
        if top == .unknown { throw fail(.empty) }
        guard top == .done, !inString, capture == nil else { throw fail(.unexpectedEnd) }
        // A single company is the whole top-level object; a page's outside is parsed to check it.
        guard !outside.isEmpty else { return }   // the bulk list: nothing outside it
        if !sawCompanies { try body(outside, 1) }
        else {
            do { _ = try JSONReader.parse(Data(outside)) } catch { throw error }
        }
    }
}
