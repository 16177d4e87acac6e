import CSQLite
import Foundation

/// Consistent copies of the database: `VACUUM INTO` a temporary file, fsync it, rename it into
/// place, fsync the folder (VACUUM INTO alone does not fsync). Safe while the UI is running.
public enum Backup {
    public static func write(from db: Database, to destination: String) throws {
        let fm = FileManager.default
        if PathText.namesFolder(destination) {
            throw StoreError.backupFailed(path: destination, reason: String(cString: strerror(EISDIR)))
        }
        // lstat: a dangling link is something at the path too, and renaming would replace it.
        var existing = stat()
        if lstat(destination, &existing) == 0 {
            let isFolder = existing.st_mode & S_IFMT == S_IFDIR
            throw StoreError.backupFailed(path: destination, reason: String(cString: strerror(isFolder ? EISDIR : EEXIST)))
        }
        let folder = PathText.folder(of: destination)
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw StoreError.backupFailed(path: destination, reason: "\(folder): " + String(cString: strerror(ENOENT)))
        }
        // The copy is created empty as 0600 first (VACUUM INTO accepts an empty file), so it is
        // never readable by others, not even for a moment, whatever the umask.
        let temp: String
        do {
            let created = try PrivateFile.createTemporary(beside: destination)
            close(created.fd)
            temp = created.path
        } catch let error as ExportError {
            if case .cannotWrite(_, let reason) = error { throw StoreError.backupFailed(path: destination, reason: reason) }
            throw StoreError.backupFailed(path: destination, reason: "\(error)")
        }
        do {
            try db.run("VACUUM INTO ?", temp)
        } catch let error as DatabaseError {
            let system = sqlite3_system_errno(db.handle)
            try? fm.removeItem(atPath: temp)
            // A full disk (or `ulimit -f`) is "disk I/O error" to SQLite; say what it is.
            if error.isFull || FileProblem.isNoSpace(system) { throw StoreError.diskFullWriting(path: destination) }
            throw StoreError.backupFailed(path: destination, reason: error.message)
        }
        chmod(temp, PrivateFile.fileMode)
        guard fsyncPath(temp) else {
            let code = errno
            try? fm.removeItem(atPath: temp)
            if FileProblem.isNoSpace(code) { throw StoreError.diskFullWriting(path: destination) }
            throw StoreError.backupFailed(path: destination, reason: String(cString: strerror(code)))
        }
        guard rename(temp, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            try? fm.removeItem(atPath: temp)
            throw StoreError.backupFailed(path: destination, reason: reason)
        }
        _ = fsyncPath(folder)
    }

    @discardableResult
    static func fsyncPath(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return fsync(fd) == 0
    }
}
