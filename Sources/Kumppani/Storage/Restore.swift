import Foundation

/// `kumppani restore BACKUP`: puts a backup in place of the database, never losing either.
///
/// The backup is copied beside the database first and the *copy* is checked (ours, intact, not
/// from a newer version), so what is checked is exactly what is put in place and the backup itself
/// is never opened for writing. Only then is the current file folded into one file (its WAL
/// checkpointed) and renamed `<db>.replaced-<time>`, and the checked copy renamed into place.
public enum Restore {
    /// What was done: the file that was replaced and kept (nil when there was none).
    public struct Outcome: Equatable, Sendable {
        public let keptPath: String?
    }

    public static func run(backup: String, database path: String, clock: Clock) throws -> Outcome {
        try checkSource(backup, database: path)
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw StoreError.isDirectory(path: path)
        }
        let folder = FileProblem.folderOf(path)
        let temp = PathText.join(folder, ".\(PathText.name(of: path)).restore-\(getpid())")
        defer { for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temp + suffix) } }
        try copy(backup, to: temp)
        if access(backup + "-wal", F_OK) == 0 { try copy(backup + "-wal", to: temp + "-wal") }
        try verify(copy: temp, backup: backup)
        guard Backup.fsyncPath(temp) else { throw RestoreError.failed(path: path, reason: String(cString: strerror(errno))) }

        let kept = FileManager.default.fileExists(atPath: path) ? try keepCurrent(path, clock: clock) : nil
        guard rename(temp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            if let kept { _ = rename(kept, path) }   // put the old file back rather than leave none
            throw RestoreError.failed(path: path, reason: reason)
        }
        Backup.fsyncPath(folder)
        return Outcome(keptPath: kept)
    }

    /// The backup must be a readable regular file that is not the database itself.
    static func checkSource(_ backup: String, database path: String) throws {
        var info = stat()
        guard stat(backup, &info) == 0 else { throw RestoreError.missing(path: backup) }
        if info.st_mode & S_IFMT == S_IFDIR { throw StoreError.isDirectory(path: backup) }
        guard info.st_mode & S_IFMT == S_IFREG, FileProblem.hasSQLiteHeader(backup) else { throw RestoreError.notOurs(path: backup) }
        var target = stat()
        if stat(path, &target) == 0, target.st_dev == info.st_dev, target.st_ino == info.st_ino {
            throw RestoreError.sameFile(path: backup)
        }
    }

    /// Opens the copy (never the backup) and checks it; leaves it as one file in rollback mode.
    static func verify(copy temp: String, backup: String) throws {
        do {
            let db = try Database(path: temp, readOnly: false, create: false)
            let appID = try db.scalarInt("PRAGMA application_id") ?? 0
            guard appID == Store.applicationID else { throw RestoreError.notOurs(path: backup) }
            let version = Int(try db.scalarInt("PRAGMA user_version") ?? 0)
            guard version <= Migrations.latestVersion else {
                throw RestoreError.newer(path: backup, found: version, supported: Migrations.latestVersion)
            }
            let check = try db.query("PRAGMA integrity_check").compactMap { $0.values.first?.description }
            guard check == ["ok"] else { throw RestoreError.damaged(path: backup, details: check.prefix(3).joined(separator: "; ")) }
            _ = try db.scalarString("PRAGMA journal_mode = DELETE")
        } catch let error as DatabaseError {
            if error.isNotADatabase { throw RestoreError.notOurs(path: backup) }
            if error.primaryCode == 11 { throw RestoreError.damaged(path: backup, details: error.message) }
            throw RestoreError.failed(path: backup, reason: error.message)
        }
    }

    /// Folds the current file's WAL into it (refusing while another window has it open) and
    /// renames it aside. A file SQLite cannot open (damaged) is renamed as it is, with its WAL.
    static func keepCurrent(_ path: String, clock: Clock) throws -> String {
        if FileProblem.hasSQLiteHeader(path), let db = try? Database(path: path, readOnly: false, create: false) {
            db.setBusyTimeout(milliseconds: 1000)
            // Leaving WAL mode needs every other connection closed: an open window says "wal" or busy.
            do {
                let mode = try db.scalarString("PRAGMA journal_mode = DELETE")
                if mode?.lowercased() == "wal" { throw RestoreError.inUse(path: path) }
            } catch let error as DatabaseError {
                if error.isBusy { throw RestoreError.inUse(path: path) }
            }
        }
        var kept = "\(path).replaced-\(Timestamp.compact(clock.now()))"
        var n = 2
        while FileManager.default.fileExists(atPath: kept) { kept = "\(path).replaced-\(Timestamp.compact(clock.now()))-\(n)"; n += 1 }
        guard rename(path, kept) == 0 else { throw RestoreError.failed(path: path, reason: String(cString: strerror(errno))) }
        // Companions stay with their file (SQLite finds `<kept>-wal` when the kept file is opened).
        for suffix in ["-wal", "-shm"] where access(path + suffix, F_OK) == 0 {
            _ = rename(path + suffix, kept + suffix)
        }
        return kept
    }

    /// Copies bytes into a new 0600 file (whatever the umask), fsynced.
    static func copy(_ source: String, to dest: String) throws {
        unlink(dest)
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw StoreError.cannotReadFile(path: source, reason: String(cString: strerror(errno))) }
        defer { close(input) }
        let output = open(dest, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw RestoreError.failed(path: dest, reason: String(cString: strerror(errno))) }
        defer { close(output) }
        fchmod(output, 0o600)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(input, &buffer, buffer.count)
            if n < 0 { if errno == EINTR { continue }; throw StoreError.cannotReadFile(path: source, reason: String(cString: strerror(errno))) }
            if n == 0 { break }
            var offset = 0
            while offset < n {
                let w = buffer[offset..<n].withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
                if w < 0 {
                    if errno == EINTR { continue }
                    let code = errno
                    if FileProblem.isNoSpace(code) { throw StoreError.diskFullWriting(path: dest) }
                    throw RestoreError.failed(path: dest, reason: String(cString: strerror(code)))
                }
                offset += w
            }
        }
        guard fsync(output) == 0 else {
            let code = errno
            if FileProblem.isNoSpace(code) { throw StoreError.diskFullWriting(path: dest) }
            throw RestoreError.failed(path: dest, reason: String(cString: strerror(code)))
        }
    }
}

/// Why a restore was refused; in every case nothing was changed.
public enum RestoreError: Error, Equatable, Sendable {
    case missing(path: String)
    case notOurs(path: String)
    case damaged(path: String, details: String)
    case newer(path: String, found: Int, supported: Int)
    case sameFile(path: String)
    case inUse(path: String)
    case failed(path: String, reason: String)

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .missing(let path): return l["reliability.restore.missing", path]
        case .notOurs(let path): return l["reliability.restore.not_ours", path]
        case .damaged(let path, let details): return l["reliability.restore.damaged", path, StoreError.oneLine(details)]
        case .newer(let path, let found, let supported): return l["reliability.restore.newer", path, found, supported]
        case .sameFile(let path): return l["reliability.restore.same_file", path]
        case .inUse(let path): return l["reliability.restore.in_use", path]
        case .failed(let path, let reason): return l["reliability.restore.failed", path, StoreError.oneLine(SystemReason.localized(reason, language))]
        }
    }
}
