import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file to import, mapped into memory rather than read into it, whose pages are handed back to
/// the system as the reader passes them (`release(before:)`). Reading a 1 GB CSV file into `Data`
/// made the import 1.14 GB resident (issue 15); mapped and released, the file costs a window of
/// a few megabytes. Released pages are not lost: touching them again reads them from the file.
public final class MappedFile: @unchecked Sendable {   // the mapping is read-only
    /// The file's bytes without a copy; valid while this object lives.
    public let data: Data
    private let base: UnsafeMutableRawPointer?
    private let length: Int
    /// Pages are handed back in steps of this many bytes (a multiple of the page size).
    static let step = 8 << 20

    /// Throws `CocoaError(.fileReadNoSuchFile)` or `.fileReadUnknown` (a folder, no permission).
    public init(path: String) throws {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw CocoaError(errno == ENOENT ? .fileReadNoSuchFile : .fileReadNoPermission)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            // Not a regular file (a FIFO, a device): read it whole, as before.
            guard let data = FileManager.default.contents(atPath: path) else { throw CocoaError(.fileReadUnknown) }
            self.data = data
            base = nil
            length = 0
            return
        }
        length = Int(info.st_size)
        guard length > 0 else { data = Data(); base = nil; return }
        guard let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else {
            throw CocoaError(.fileReadUnknown)
        }
        base = mapped
        data = Data(bytesNoCopy: mapped, count: length, deallocator: .none)
    }

    deinit {
        if let base { munmap(base, length) }
    }

    /// A function for one pass over `data`: called with the address the pass has reached, it hands
    /// back the pages wholly before it that this pass has not handed back yet (addresses outside
    /// `data` are ignored). Each pass keeps its own mark, so two passes at once (the record count
    /// and the checker) never leave a range resident for the other. Cheap to call on every record:
    /// it acts once per `step` bytes.
    public func releaser() -> (UnsafeRawPointer) -> Void {
        guard let base else { return { _ in } }
        let length = self.length
        var released = 0
        return { pointer in
            let offset = pointer - UnsafeRawPointer(base)
            guard offset > 0, offset <= length else { return }
            let upTo = offset / Self.step * Self.step
            guard upTo > released else { return }
            _ = madvise(base + released, upTo - released, Int32(MADV_DONTNEED))
            released = upTo
        }
    }
}
