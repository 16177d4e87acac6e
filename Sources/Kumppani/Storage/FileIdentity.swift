import Foundation

/// Decides whether an SQLite file is Kumppani's by reading its header, before SQLite opens it for
/// writing. Opening first and asking `PRAGMA application_id` afterwards was too late: switching
/// to WAL had already rewritten header bytes 18–19 of another program's rollback-mode file, and
/// an empty SQLite database got Kumppani's application id stamped into it.
enum FileIdentity: Equatable {
    /// Kumppani's application id is in the header.
    case ours
    /// Another program's file: another application id, or tables under id 0.
    case foreign
    /// A valid SQLite database with no tables, no id and no version: nobody's yet.
    case emptySQLite
    /// The header may be stale (a -wal file with changes beside it): ask SQLite, read-only.
    case undecided

    /// Reads the first 108 bytes (the 100-byte header and page 1's b-tree header).
    static func inspect(path: String) -> FileIdentity {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .undecided }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: 108)
        var filled = 0
        while filled < header.count {
            let n = header.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            filled += n
        }
        guard filled == header.count else { return .undecided }
        let pending = walHasFrames(path)
        func bigEndian(_ at: Int) -> UInt32 {
            header[at..<at + 4].reduce(0) { $0 << 8 | UInt32($1) }
        }
        let appID = Int64(bigEndian(68))
        if appID == Store.applicationID { return .ours }
        // Our own new file gets its id in its first transaction, which may still sit in the WAL.
        if pending { return .undecided }
        if appID != 0 { return .foreign }
        let userVersion = bigEndian(60)
        // Page 1 holds sqlite_schema: a leaf (0x0D) with no cells means no tables, indexes or views.
        let schemaIsEmpty = header[100] == 0x0D && header[103] == 0 && header[104] == 0
        return userVersion == 0 && schemaIsEmpty ? .emptySQLite : .foreign
    }

    /// The same decision from SQLite on a read-only connection (for `.undecided`).
    static func ask(_ db: Database) throws -> FileIdentity {
        let appID = try db.scalarInt("PRAGMA application_id") ?? 0
        if appID == Store.applicationID { return .ours }
        if appID != 0 { return .foreign }
        let version = try db.scalarInt("PRAGMA user_version") ?? 0
        let tables = try db.scalarInt("SELECT count(*) FROM sqlite_schema") ?? 0
        return version == 0 && tables == 0 ? .emptySQLite : .foreign
    }

    static func walHasFrames(_ path: String) -> Bool {
        var info = stat()
        return stat(path + "-wal", &info) == 0 && info.st_size > 32
    }
}

extension Store {
    /// What an existing file is, for `kumppani init` (read-only): nil when nothing regular is there.
    public enum ExistingFile: Equatable, Sendable { case ours, empty, other }

    public static func identity(ofExisting path: String) -> ExistingFile? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        if info.st_size == 0 { return .empty }
        guard FileProblem.hasSQLiteHeader(path) else { return .other }
        switch FileIdentity.inspect(path: path) {
        case .ours: return .ours
        case .emptySQLite: return .empty
        case .foreign: return .other
        case .undecided:
            guard let db = try? Database(path: path, readOnly: true, create: false),
                  let identity = try? FileIdentity.ask(db) else { return .other }
            return identity == .ours ? .ours : identity == .emptySQLite ? .empty : .other
        }
    }
}
