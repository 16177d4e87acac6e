import Foundation

/// Where the database lives and how its folder and file are created safely.
public enum StorePaths {
    /// `$XDG_DATA_HOME/kumppani/kumppani.sqlite`, or `~/.local/share/kumppani/kumppani.sqlite`.
    public static func defaultDatabasePath(environment: [String: String]) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            dataHome = PathText.join(home, ".local/share")
        }
        return PathText.join(dataHome, "kumppani/kumppani.sqlite")
    }

    /// The demo database used by `kumppani --demo`.
    public static func demoDatabasePath(environment: [String: String]) -> String {
        PathText.join(PathText.folder(of: defaultDatabasePath(environment: environment)), "demo.sqlite")
    }

    /// Creates the folder (mode 0700) and an empty file (mode 0600) before SQLite opens it,
    /// so that neither the file nor its -wal/-shm companions are ever readable by other users.
    /// Returns true when it created the (empty) file.
    @discardableResult
    static func prepareFile(at path: String) throws -> Bool {
        let fm = FileManager.default
        if PathText.namesFolder(path) { throw StoreError.isDirectory(path: path) }
        let dir = PathText.folder(of: path)
        if !fm.fileExists(atPath: dir) {
            do {
                try fm.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                       attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.cannotCreateDirectory(path: dir, reason: describe(errno: errno, fallback: error))
            }
        }
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDir) {
            if isDir.boolValue { throw StoreError.isDirectory(path: path) }
            return false
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd < 0 {
            if errno == EEXIST { return false }
            if FileProblem.isNoSpace(errno) { throw StoreError.diskFull(path: path) }
            throw StoreError.cannotCreateFile(path: path, reason: String(cString: strerror(errno)))
        }
        fchmod(fd, 0o600)   // independent of the umask
        close(fd)
        return true
    }

    private static func describe(errno code: Int32, fallback: Error) -> String {
        code != 0 ? String(cString: strerror(code)) : fallback.localizedDescription
    }
}
