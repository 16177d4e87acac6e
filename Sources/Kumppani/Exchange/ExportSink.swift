import CSQLite
import Foundation

/// Where an export streams its text: a buffered file descriptor. Files are written atomically
/// (a temporary file beside the target, fsync, rename, fsync the folder): never half a file.
public final class ExportSink {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private let temporaryPath: String?
    private let finalPath: String?
    /// What the user named when the bytes go straight out (stdout, a FIFO): a failed write there
    /// leaves what was written, so its message must not claim "no partial file".
    private let shownPath: String
    private let ownsDescriptor: Bool
    private var finished = false
    /// Set when the bytes go to a terminal: controls in the data are shown, not obeyed
    /// (`TerminalText`). A file or pipe gets the data's bytes unchanged.
    public var sanitizesForTerminal = false

    private init(fd: Int32, temporaryPath: String?, finalPath: String?, shownPath: String = "-", ownsDescriptor: Bool = false) {
        self.fd = fd
        self.temporaryPath = temporaryPath
        self.finalPath = finalPath
        self.shownPath = shownPath
        self.ownsDescriptor = ownsDescriptor
        buffer.reserveCapacity(1 << 16)
    }

    /// Standard output (not closed at the end).
    public static func standardOutput() -> ExportSink {
        let sink = ExportSink(fd: 1, temporaryPath: nil, finalPath: nil)
        sink.sanitizesForTerminal = isatty(1) == 1
        return sink
    }

    /// What `path` names (see `OutputTarget`): a new or regular file, replaced only when
    /// `commit()` succeeds; `-` or `/dev/fd/N` (the open descriptor); a FIFO or device, written into.
    public static func file(_ path: String) throws -> ExportSink {
        switch try OutputTarget.resolve(path) {
        case .descriptor(let fd):
            let sink = ExportSink(fd: fd, temporaryPath: nil, finalPath: nil, shownPath: path, ownsDescriptor: false)
            sink.sanitizesForTerminal = isatty(fd) == 1
            return sink
        case .writeInto(let device):
            let sink = ExportSink(fd: try OutputTarget.openForWritingInto(device), temporaryPath: nil, finalPath: nil,
                                  shownPath: path, ownsDescriptor: true)
            sink.sanitizesForTerminal = isatty(sink.fd) == 1
            return sink
        case .replaceFile(let file):
            let (fd, temp) = try PrivateFile.createTemporary(beside: file)   // 0600 whatever the umask
            return ExportSink(fd: fd, temporaryPath: temp, finalPath: file)
        }
    }

    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func write(bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Appends a JSON value as bytes, escaping on the UTF-8 bytes directly (no intermediate String).
    func writeJSON(_ value: DatabaseValue) throws {
        switch value {
        case .null: buffer.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        case .integer(let i): buffer.append(contentsOf: String(i).utf8)
        case .real(let d): buffer.append(contentsOf: (d.isFinite ? String(d) : "null").utf8)
        case .text(let s): appendJSONString(s)
        case .blob(let b): appendJSONString(Data(b).base64EncodedString())
        }
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// One column of a raw row as JSON, copied from SQLite's bytes (flags as true/false).
    func writeJSON(column i: Int, of row: RawRow, isFlag: Bool) throws {
        switch row.type(i) {
        case SQLITE_NULL: buffer.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        case SQLITE_INTEGER:
            let v = row.int64(i)
            if isFlag { buffer.append(contentsOf: (v != 0 ? "true" : "false").utf8) }
            else { buffer.append(contentsOf: String(v).utf8) }
        case SQLITE_FLOAT:
            let d = row.double(i)
            buffer.append(contentsOf: (d.isFinite ? String(d) : "null").utf8)
        case SQLITE_TEXT: appendJSONBytes(row.bytes(i))
        default: appendJSONString(Data(row.bytes(i)).base64EncodedString())
        }
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// One whole row as a JSON object (`{"name":value,…}`, after ",\n" unless first), appended to
    /// a local array in one call: per-column calls on the class paid Swift's exclusivity check on
    /// `buffer` several times a value (1.9 million rows in `export all`).
    func writeJSONObject(_ row: RawRow, names: [[UInt8]], isFlag: [Bool], first: Bool) throws {
        var out: [UInt8] = []
        swap(&out, &buffer)
        if !first { out.append(0x2C) }
        out.append(0x0A); out.append(0x7B)
        for i in 0..<names.count {
            if i > 0 { out.append(0x2C) }
            out.append(contentsOf: names[i])
            switch row.type(i) {
            case SQLITE_NULL: out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
            case SQLITE_INTEGER:
                let v = row.int64(i)
                if isFlag[i] { out.append(contentsOf: (v != 0 ? "true" : "false").utf8) } else { Self.appendDecimal(v, to: &out) }
            case SQLITE_FLOAT:
                let d = row.double(i)
                out.append(contentsOf: (d.isFinite ? String(d) : "null").utf8)
            case SQLITE_TEXT: Self.appendJSONBytes(row.bytes(i), to: &out)
            default: Self.appendJSONBytes(Array(Data(row.bytes(i)).base64EncodedString().utf8), to: &out)
            }
        }
        out.append(0x7D)
        swap(&out, &buffer)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// An integer in decimal without making a String (ids are 19 digits: a heap string each).
    static func appendDecimal(_ value: Int64, to out: inout [UInt8]) {
        if value == 0 { out.append(0x30); return }
        if value < 0 { out.append(0x2D) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes, enough for 20 digits
        var n = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            while magnitude > 0 {
                raw[n] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
                n += 1
            }
            var i = n - 1
            while i >= 0 { out.append(raw[i]); i -= 1 }
        }
    }

    static func appendJSONBytes(_ bytes: [UInt8], to out: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { appendJSONBytes($0, to: &out) }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    func appendJSONString(_ s: String) {
        var s = s
        s.withUTF8 { appendJSONBytes($0) }
    }

    /// A JSON string from UTF-8 bytes: quotes, backslashes and control characters escaped.
    /// Runs of plain bytes are copied in one go, into a local array: appending byte by byte to
    /// the `buffer` property paid Swift's exclusivity check per byte (a third of `export all`).
    func appendJSONBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        var out: [UInt8] = []
        swap(&out, &buffer)
        defer { swap(&out, &buffer) }
        Self.appendJSONBytes(bytes, to: &out)
    }

    static func appendJSONBytes(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        var run = 0
        for i in 0..<bytes.count {
            let b = bytes[i]
            guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
            if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
            run = i + 1
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            case 0x09: out.append(0x5C); out.append(0x74)
            default:
                out.append(0x5C); out.append(0x75); out.append(0x30); out.append(0x30)
                out.append(Self.hex[Int(b >> 4)]); out.append(Self.hex[Int(b & 0xF)])
            }
        }
        if run < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...])) }
        out.append(0x22)
    }

    func flush() throws {
        try flush(final: false)
    }

    private func flush(final: Bool) throws {
        if sanitizesForTerminal {
            // Cut after the last line feed (never inside a UTF-8 sequence or a CR LF pair).
            let cut = final ? buffer.count : (buffer.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
            guard cut > 0 else { return }
            let safe = TerminalText.forTerminal(buffer[..<cut])
            try writeAll(safe)
            buffer.removeFirst(cut)
            return
        }
        try writeAll(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ buffer: [UInt8]) throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                guard let finalPath else { throw ExportError.cutShort(path: shownPath, reason: reason) }
                throw ExportError.cannotWrite(path: finalPath, reason: reason)
            }
            offset += n
        }
    }

    /// Flushes; for a file also fsyncs and renames it into place.
    public func commit() throws {
        try flush(final: true)
        finished = true
        guard let temporaryPath, let finalPath else {
            if ownsDescriptor { close(fd) }
            return
        }
        try PrivateFile.commit(fd: fd, temp: temporaryPath, to: finalPath)
    }

    /// Drops a file that was not committed.
    deinit {
        if !finished, let temporaryPath { close(fd); unlink(temporaryPath) }
        if !finished, ownsDescriptor { close(fd) }
    }
}

public enum ExportError: Error, Equatable, Sendable {
    case cannotWrite(path: String, reason: String)
    case database(String)
    /// The path is a folder, or ends with a slash.
    case folderGiven(path: String)
    /// Something Kumppani never replaces is at the path (see `OutputTarget`).
    case notReplaced(path: String, kind: FileKind)
    /// Writing straight into standard output, a FIFO or a device failed part way.
    case cutShort(path: String, reason: String)

    public enum FileKind: String, Sendable { case link, socket, blockDevice = "block_device", other }

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .folderGiven(let path):
            let example = PathText.join(path.hasSuffix("/") ? String(path.dropLast()) : path, "kumppani.txt")
            return l["files.folder_given", path, example]
        case .notReplaced(let path, let kind): return l["files.not_replaced", path, l["files.kind." + kind.rawValue]]
        case .cutShort(let path, let reason):
            let shown = path == "-" ? l["files.standard_output"] : path
            if FileProblem.isNoSpace(reason: reason) { return l["files.cut_short_full", shown] }
            return l["files.cut_short", shown, SystemReason.localized(reason, language)]
        case .cannotWrite(let path, let reason): return L(language)["export.cannot_write", path, reason]
        case .database(let message): return L(language)["export.database", message]
        }
    }
}

/// JSON text pieces, written by hand so a 100,000-row export streams instead of building a tree.
public enum JSONText {
    /// `s` as a JSON string literal, quotes included.
    public static func string(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func value(_ v: DatabaseValue) -> String {
        switch v {
        case .null: return "null"
        case .integer(let i): return String(i)
        case .real(let d): return d.isFinite ? String(d) : "null"
        case .text(let s): return string(s)
        case .blob(let b): return string(Data(b).base64EncodedString())
        }
    }

    /// One row as an object, in column order.
    static func object(_ row: Row) -> String {
        var out = "{"
        for (i, column) in row.columns.enumerated() {
            if i > 0 { out += "," }
            out += string(column) + ":" + value(row.values[i])
        }
        return out + "}"
    }
}
