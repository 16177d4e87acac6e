import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Kumppani

/// What stays resident between the steps (issue 16): logged after each step, so memory that a
/// step leaves behind (freed heap glibc keeps, page caches of connections still open) shows up
/// before the next step's peak is measured.
enum BenchMemory {
    struct Snapshot {
        var residentMiB: Double
        /// glibc's heap: mapped (arenas and large blocks) / free inside the arenas (`malloc_info`), in MiB.
        var heapMiB: Double
        var heapFreeMiB: Double
        /// SQLite's allocations, all connections (`sqlite3_memory_used`).
        var sqliteMiB: Double
        /// Connections open on `path` (its file descriptors; each connection has one).
        var connections: Int
    }

    static func snapshot(path: String) -> Snapshot {
        let heap = heapFigures()
        return Snapshot(residentMiB: residentMegabytes(), heapMiB: heap.mapped, heapFreeMiB: heap.free,
                        sqliteMiB: Double(Database.sqliteMemoryUsedBytes) / 1_048_576,
                        connections: openDescriptors(to: path))
    }

    static func log(after step: String, path: String) {
        let s = snapshot(path: path)
        BenchLog.say(String(format: "  memory after %@: resident %.1f MiB (anonymous %.1f, files %.1f), heap %.1f MiB (%.1f free), "
                            + "SQLite %.1f MiB, %d connection(s) open",
                            step, s.residentMiB, processStatusMegabytes("RssAnon:"), processStatusMegabytes("RssFile:")
                                + processStatusMegabytes("RssShmem:"),
                            s.heapMiB, s.heapFreeMiB, s.sqliteMiB, s.connections))
    }

    /// Descriptors of this process open on exactly `path`.
    static func openDescriptors(to path: String) -> Int {
        let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return fds.filter { (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0)) == target }.count
    }

    /// glibc's `malloc_info` XML, summed: the arenas' mapped size and the free chunks in them.
    static func heapFigures() -> (mapped: Double, free: Double) {
        typealias Info = @convention(c) (Int32, UnsafeMutablePointer<FILE>?) -> Int32
        guard let symbol = dlsym(nil, "malloc_info") else { return (0, 0) }
        var buffer: UnsafeMutablePointer<CChar>?
        var length = 0
        guard let stream = open_memstream(&buffer, &length) else { return (0, 0) }
        _ = unsafeBitCast(symbol, to: Info.self)(0, stream)
        fclose(stream)
        guard let buffer else { return (0, 0) }
        defer { free(buffer) }
        let xml = String(cString: buffer)
        // The last `<total type="fast|rest" …size="N"/>` and `<system type="current" size="N"/>`
        // lines are the totals over every arena (they follow the per-heap sections).
        guard let totals = xml.range(of: "</heap>", options: .backwards) else { return (0, 0) }
        let tail = xml[totals.upperBound...]
        func size(of tag: String) -> Double {
            guard let r = tail.range(of: tag),
                  let s = tail[r.upperBound...].range(of: "size=\""),
                  let e = tail[s.upperBound...].firstIndex(of: "\"") else { return 0 }
            return (Double(tail[s.upperBound..<e]) ?? 0) / 1_048_576
        }
        let free = size(of: "<total type=\"fast\"") + size(of: "<total type=\"rest\"")
        let mapped = size(of: "<system type=\"current\"") + size(of: "<total type=\"mmap\"")
        return (mapped, free)
    }
}
