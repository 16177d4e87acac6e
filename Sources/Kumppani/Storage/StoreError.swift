import Foundation

/// Problems opening or using the database file that a user can act on.
public enum StoreError: Error, Equatable, Sendable {
    case cannotCreateDirectory(path: String, reason: String)
    case cannotCreateFile(path: String, reason: String)
    case notADatabase(path: String)
    case newerVersion(path: String, found: Int, supported: Int)
    case foreignApplication(path: String)
    case damaged(path: String, details: String)
    case locked(path: String)
    case readOnly(path: String)
    case diskFull(path: String)
    case migrationFailed(version: Int, message: String)
    case backupFailed(path: String, reason: String)
    case other(String)
    // Bad files (issue 8): each says what happened and what to do.
    case noSuchFile(path: String)
    case isDirectory(path: String)
    case emptyFile(path: String)
    case cannotReadFile(path: String, reason: String)
    case readOnlyFile(path: String)
    case readOnlyFolder(folder: String, path: String)
    case ioError(path: String, details: String)
    /// A copy, export or restore could not be written because the disk is full.
    case diskFullWriting(path: String)
    /// An SQLite database with nothing in it that Kumppani did not make (issue 15): never stamped.
    case emptySQLite(path: String)
    /// Another process holds the file's write lock: not damage, try again.
    case busy(path: String)

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .cannotCreateDirectory(let path, let reason): return l["store.cannot_create_dir", path, SystemReason.localized(reason, language)]
        case .cannotCreateFile(let path, let reason): return l["store.cannot_create_file", path, SystemReason.localized(reason, language)]
        case .notADatabase(let path): return l["store.not_a_database", path]
        case .newerVersion(let path, let found, let supported): return l["store.newer_version", path, found, supported]
        case .foreignApplication(let path): return l["store.foreign_application", path]
        case .damaged(let path, let details):
            return l["reliability.damaged", path, Self.oneLine(details), AutoBackup.directory(for: path)]
        case .locked(let path): return l["store.locked", path]
        case .readOnly(let path): return l["reliability.read_only", path]
        case .diskFull(let path): return l["reliability.disk_full", path]
        case .migrationFailed(let version, let message): return l["store.migration_failed", version, message]
        case .backupFailed(let path, let reason): return l["store.backup_failed", path, SystemReason.localized(reason, language)]
        case .other(let message): return Self.oneLine(message)
        case .noSuchFile(let path): return l["reliability.no_such_file", path]
        case .isDirectory(let path): return l["reliability.is_directory", Self.withoutTrailingSlash(path)]
        case .emptyFile(let path): return l["reliability.empty_file", path]
        case .cannotReadFile(let path, let reason): return l["reliability.cannot_read", path, Self.oneLine(SystemReason.localized(reason, language))]
        case .readOnlyFile(let path): return l["reliability.read_only_file", path]
        case .readOnlyFolder(let folder, let path): return l["reliability.read_only_folder", folder, path]
        case .ioError(let path, let details): return l["reliability.io_error", path, Self.oneLine(details)]
        case .diskFullWriting(let path): return l["reliability.disk_full_writing", path]
        case .emptySQLite(let path): return l["files.empty_sqlite", path]
        case .busy(let path): return l["files.busy", path]
        }
    }

    /// A folder typed with its slash (`--db data/`) is named without it, so the suggested file
    /// path reads `data/kumppani.sqlite`, not `data//kumppani.sqlite`. The root stays `/`.
    static func withoutTrailingSlash(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }

    /// Messages are one line: SQLite's check results may hold several.
    static func oneLine(_ text: String) -> String {
        let parts = text.split(whereSeparator: { $0.isNewline }).map { $0.trimmingCharacters(in: .whitespaces) }
        let joined = parts.filter { !$0.isEmpty }.joined(separator: "; ")
        return joined.count > 200 ? String(joined.prefix(200)) + "…" : joined
    }

    /// A failed write of a copy or export, from the operating system's reason text: a full disk
    /// (or `ulimit -f`) gets its own message; nil for any other reason.
    public static func writeFailure(path: String, reason: String) -> StoreError? {
        FileProblem.isNoSpace(reason: reason) ? .diskFullWriting(path: path) : nil
    }

    /// Maps a SQLite error on an open store, using the operating system's error number too
    /// (a write beyond `ulimit -f` is only "disk I/O error" to SQLite).
    public static func from(_ error: DatabaseError, store: Store) -> StoreError {
        FileProblem.storeError(error, database: store.database, path: store.path)
    }

    /// A full disk or read-only file behind the store's last failed SQLite call, from the
    /// operating system's error number; nil when it was something else.
    public static func systemProblem(of store: Store) -> StoreError? {
        let problem = FileProblem.storeError(DatabaseError(code: 10, message: ""), database: store.database, path: store.path)
        switch problem {
        case .diskFull, .readOnly: return problem
        default: return nil
        }
    }

    /// Maps a raw SQLite error to what the user can do about it.
    static func from(_ error: DatabaseError, path: String) -> StoreError {
        if error.isNotADatabase { return .notADatabase(path: path) }
        if error.isBusy { return .locked(path: path) }
        if error.isReadOnly { return .readOnly(path: path) }
        if error.isFull { return .diskFull(path: path) }
        if error.primaryCode == 11 { return .damaged(path: path, details: error.message) }   // SQLITE_CORRUPT
        return .other(error.message)
    }
}
