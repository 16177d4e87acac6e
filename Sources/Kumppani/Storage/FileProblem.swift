import CSQLite
import Foundation

/// Looks at the database file before SQLite does, so that each kind of bad file gets its own
/// message saying what to do, and SQLite never gets the chance to "fix" a file that is not ours.
enum FileProblem {
    /// What `Store.open` should do with the file at `path`.
    enum Access: Equatable {
        case readWrite
        /// The file or its folder cannot be written, and the caller accepted reading only.
        case readOnly
    }

    /// Checks an existing (or just created) file. `created`: this open created the empty file.
    /// Throws the user's problem; returns how the file can be opened.
    static func check(path: String, created: Bool, wantsWrite: Bool, readOnlyFallback: Bool) throws -> Access {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw StoreError.noSuchFile(path: path) }
            throw StoreError.cannotReadFile(path: path, reason: String(cString: strerror(errno)))
        }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw StoreError.isDirectory(path: path) }
        // A FIFO or device could block a read forever or be endless: never ours.
        guard type == S_IFREG else { throw StoreError.notADatabase(path: path) }
        guard access(path, R_OK) == 0 else { throw StoreError.cannotReadFile(path: path, reason: String(cString: strerror(errno))) }
        if info.st_size == 0 {
            // An empty file we did not just create holds nothing of ours: perhaps a wrong path, or a
            // file another program is about to write. Turning it into a database silently would hide that.
            guard created else { throw StoreError.emptyFile(path: path) }
        } else if !hasSQLiteHeader(path) {
            throw StoreError.notADatabase(path: path)
        }
        guard wantsWrite else { return .readOnly }
        if access(path, W_OK) != 0 {
            if readOnlyFallback { return .readOnly }
            throw StoreError.readOnlyFile(path: path)
        }
        // SQLite creates <file>-wal and <file>-shm beside the file: the folder must be writable.
        let folder = folderOf(path)
        if access(folder, W_OK | X_OK) != 0 {
            if readOnlyFallback { return .readOnly }
            throw StoreError.readOnlyFolder(folder: folder, path: path)
        }
        return .readWrite
    }

    /// What to hand SQLite for reading a file we may not write: without a -wal file (nothing
    /// waiting to be checkpointed, no writer at work) it is opened `immutable`. Otherwise SQLite
    /// would create a -shm file: impossible in a read-only folder, and beside a read-only file it
    /// gets the file's read-only mode and later stops the UI from writing even after chmod u+w.
    static func readOnlyTarget(_ path: String) -> String {
        guard access(path + "-wal", F_OK) != 0 else { return path }
        var escaped = ""
        for ch in path {
            switch ch {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(ch)
            }
        }
        return "file:" + escaped + "?immutable=1"
    }

    static func folderOf(_ path: String) -> String { PathText.folder(of: path) }

    /// True when the file exists and has no bytes.
    static func isEmpty(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_size == 0
    }

    /// True when the file starts with SQLite's 16-byte magic header.
    static func hasSQLiteHeader(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: 16)
        let n = read(fd, &header, 16)
        return n == 16 && header == Array("SQLite format 3\0".utf8)
    }

    /// True when an operating-system error number means "no space left" (a full disk, a quota,
    /// or the `ulimit -f` file size limit).
    static func isNoSpace(_ code: Int32) -> Bool {
        code == ENOSPC || code == EFBIG || code == EDQUOT
    }

    /// Looks at the disk itself, for when SQLite's saved error number was overwritten (a rollback
    /// after the failed write): under 1 MB free, or the database or its WAL at the `ulimit -f` size.
    static func outOfSpace(near path: String) -> Bool {
        var fs = statvfs()
        if statvfs(folderOf(path), &fs) == 0, UInt64(fs.f_bavail) * UInt64(fs.f_frsize) < 1 << 20 { return true }
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return false }
        return [path, path + "-wal"].contains { file in
            var info = stat()
            return stat(file, &info) == 0 && UInt64(info.st_size) + 65_536 >= UInt64(limit.rlim_cur)
        }
    }

    /// The same test for the text of `strerror`, for errors that carry only the text.
    static func isNoSpace(reason: String) -> Bool {
        [ENOSPC, EFBIG, EDQUOT].contains { reason.contains(String(cString: strerror($0))) }
    }

    /// Maps a SQLite failure on `db` to the user's problem, using the operating system's error
    /// number: a write beyond `ulimit -f` is "disk I/O error" to SQLite but "file too large" here.
    static func storeError(_ error: DatabaseError, database db: Database?, path: String) -> StoreError {
        let system = db.map { sqlite3_system_errno($0.handle) } ?? 0
        let primary = error.primaryCode
        if error.isFull || ((isNoSpace(system) || outOfSpace(near: path)) && (primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN)) {
            return .diskFull(path: path)
        }
        if primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN {
            if system == EACCES || system == EPERM || system == EROFS { return .readOnly(path: path) }
            if primary == SQLITE_CANTOPEN { return .cannotReadFile(path: path, reason: error.message) }
            return .ioError(path: path, details: system != 0 ? String(cString: strerror(system)) : error.message)
        }
        return StoreError.from(error, path: path)
    }
}
