import Foundation

/// The one way Kumppani creates files that may hold personal data (exports, backups, cards):
/// a fresh temporary file beside the target opened with `O_CREAT|O_EXCL|O_NOFOLLOW` and then
/// `fchmod` 0600, written, fsynced and renamed into place. The mode is set explicitly: the
/// umask can only take bits away, and with umask 0777 a plain `open(…, 0600)` gives 0000.
public enum PrivateFile {
    public static let fileMode: mode_t = 0o600
    public static let directoryMode: mode_t = 0o700

    /// A new empty 0600 file beside `path` (same folder, so the final rename is atomic).
    /// Returns its descriptor and path; the caller writes, then calls `commit` or `discard`.
    public static func createTemporary(beside path: String) throws -> (fd: Int32, path: String) {
        let folder = folderOf(path)
        let temp = PathText.join(folder, ".\(PathText.name(of: path)).partial-\(getpid())")
        unlink(temp)   // a stale leftover of an earlier run with the same process id
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        guard fchmod(fd, fileMode) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd); unlink(temp)
            throw ExportError.cannotWrite(path: path, reason: reason)
        }
        return (fd, temp)
    }

    /// fsyncs and closes `fd`, renames `temp` over `path` and fsyncs the folder.
    public static func commit(fd: Int32, temp: String, to path: String) throws {
        let synced = fsync(fd) == 0
        close(fd)
        guard synced, rename(temp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw ExportError.cannotWrite(path: path, reason: reason)
        }
        syncFolder(of: path)
    }

    /// Drops a temporary file that will not be committed.
    public static func discard(fd: Int32, temp: String) {
        close(fd)
        unlink(temp)
    }

    /// Writes `data` to `path` atomically as a 0600 file; a FIFO, device or `-` is written into
    /// as it is, and a link, socket or folder is refused (see `OutputTarget`).
    public static func write(_ data: Data, to path: String) throws {
        switch try OutputTarget.resolve(path) {
        case .replaceFile: break
        case .descriptor, .writeInto:
            let sink = try ExportSink.file(path)
            try sink.write(bytes: [UInt8](data))
            try sink.commit()
            return
        }
        let (fd, temp) = try createTemporary(beside: path)
        var offset = 0
        let failure: String? = data.withUnsafeBytes { raw -> String? in
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress?.advanced(by: offset), raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += n
            }
            return nil
        }
        if let failure {
            discard(fd: fd, temp: temp)
            throw ExportError.cannotWrite(path: path, reason: failure)
        }
        try commit(fd: fd, temp: temp, to: path)
    }

    /// Writes UTF-8 text to `path` (with `~` expanded) atomically as a 0600 file.
    public static func write(_ text: String, toPath path: String) throws {
        try write(Data(text.utf8), to: PathText.expandingTilde(path))
    }

    /// Creates `path` and any missing parents as 0700 folders (explicit chmod, whatever the umask).
    /// An existing folder is left as it is.
    public static func makeDirectory(_ path: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            guard isDir.boolValue else { throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(ENOTDIR))) }
            return
        }
        let parent = PathText.folder(of: path)
        if parent != ".", parent != "/", parent != path { try makeDirectory(parent) }
        if mkdir(path, directoryMode) == 0 {
            chmod(path, directoryMode)
        } else if errno != EEXIST {
            throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }

    static func folderOf(_ path: String) -> String { PathText.folder(of: path) }

    static func syncFolder(of path: String) {
        let dfd = open(folderOf(path), O_RDONLY | O_CLOEXEC)
        if dfd >= 0 { fsync(dfd); close(dfd) }
    }
}
