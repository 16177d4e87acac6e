import Foundation

/// What is at an output path, decided before anything is written: a new or regular file is
/// replaced atomically (temporary file + rename); a FIFO, a terminal or `/dev/null` is written
/// into as it is, because that is what the user asked for; a link to a file, a socket, a disk or
/// a folder is refused. Before this, `--output` on a FIFO or `--screen-dump /dev/null` (as root)
/// renamed a regular file over it.
public enum OutputTarget: Equatable, Sendable {
    /// `-`, `/dev/stdout`, `/dev/fd/1` …: the already open descriptor (not closed at the end).
    case descriptor(Int32)
    /// A FIFO or character device (or a link to one): opened for writing, never replaced.
    case writeInto(String)
    /// A new or regular file: written beside it and renamed into place.
    case replaceFile(String)

    /// Decides what to do with `path` (no `~` expansion here; the caller did it).
    public static func resolve(_ path: String) throws -> OutputTarget {
        if path == "-" { return .descriptor(1) }
        if path.isEmpty { throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(ENOENT))) }
        if let fd = openDescriptorNamed(path) {
            guard fcntl(fd, F_GETFL) != -1 else { throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(EBADF))) }
            return .descriptor(fd)
        }
        if PathText.namesFolder(path) { throw ExportError.folderGiven(path: path) }
        var link = stat()
        guard lstat(path, &link) == 0 else {
            if errno == ENOENT { return .replaceFile(path) }
            throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        switch link.st_mode & S_IFMT {
        case S_IFREG: return .replaceFile(path)
        case S_IFDIR: throw ExportError.folderGiven(path: path)
        case S_IFIFO, S_IFCHR: return .writeInto(path)
        case S_IFSOCK: throw ExportError.notReplaced(path: path, kind: .socket)
        case S_IFBLK: throw ExportError.notReplaced(path: path, kind: .blockDevice)
        case S_IFLNK:
            // Renaming over a link would replace the link; writing through it would change a file
            // the user did not name. Only a link to a FIFO or terminal is written into.
            var target = stat()
            if stat(path, &target) == 0 {
                let kind = target.st_mode & S_IFMT
                if kind == S_IFIFO || kind == S_IFCHR { return .writeInto(path) }
                if kind == S_IFDIR { throw ExportError.folderGiven(path: path) }
            }
            throw ExportError.notReplaced(path: path, kind: .link)
        default: throw ExportError.notReplaced(path: path, kind: .other)
        }
    }

    /// The descriptor a path names: `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`.
    /// Writing to the open descriptor keeps the shell's redirection as it is (opening
    /// `/proc/self/fd/1` anew would start at offset 0 of a redirected file).
    static func openDescriptorNamed(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default: break
        }
        for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
            let digits = path.dropFirst(prefix.count)
            guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int32(digits)
        }
        return nil
    }

    /// Opens a `.writeInto` path: no `O_CREAT` (it exists), no `O_TRUNC` (a device has no length).
    static func openForWritingInto(_ path: String) throws -> Int32 {
        let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        return fd
    }
}
