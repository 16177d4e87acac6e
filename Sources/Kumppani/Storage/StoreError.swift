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

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .cannotCreateDirectory(let path, let reason): return l["store.cannot_create_dir", path, reason]
        case .cannotCreateFile(let path, let reason): return l["store.cannot_create_file", path, reason]
        case .notADatabase(let path): return l["store.not_a_database", path]
        case .newerVersion(let path, let found, let supported): return l["store.newer_version", path, found, supported]
        case .foreignApplication(let path): return l["store.foreign_application", path]
        case .damaged(let path, let details): return l["store.damaged", path, details]
        case .locked(let path): return l["store.locked", path]
        case .readOnly(let path): return l["store.read_only", path]
        case .diskFull(let path): return l["store.disk_full", path]
        case .migrationFailed(let version, let message): return l["store.migration_failed", version, message]
        case .backupFailed(let path, let reason): return l["store.backup_failed", path, reason]
        case .other(let message): return message
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
