import Foundation

/// Monotonic timing for the benchmark.
struct Stopwatch {
    private let start = DispatchTime.now().uptimeNanoseconds
    var elapsedMilliseconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000 }
    var elapsedSeconds: Double { elapsedMilliseconds / 1000 }

    static func time(_ body: () throws -> Void) rethrows -> Double {
        let watch = Stopwatch()
        try body()
        return watch.elapsedMilliseconds
    }
}

/// Percentiles over a set of samples (nearest-rank).
struct Samples {
    private(set) var values: [Double] = []
    mutating func add(_ v: Double) { values.append(v) }
    var count: Int { values.count }

    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
        return sorted[Swift.min(Swift.max(rank, 0), sorted.count - 1)]
    }
    var p50: Double { percentile(50) }
    var p95: Double { percentile(95) }
    var p99: Double { percentile(99) }
    var max: Double { values.max() ?? 0 }
}

/// Peak resident memory of this process (VmHWM), in MiB.
func peakResidentMegabytes() -> Double { processStatusMegabytes("VmHWM:") }

/// Current resident memory (VmRSS), in MiB.
func residentMegabytes() -> Double { processStatusMegabytes("VmRSS:") }

/// A `kB` line of /proc/self/status, in MiB (0 when it cannot be read).
func processStatusMegabytes(_ field: String) -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field) {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kb / 1024
    }
    return 0
}

/// Resets the kernel's peak-RSS mark (VmHWM) to the current RSS, so each phase's peak can be
/// read on its own (Linux: `echo 5 > /proc/self/clear_refs`). Returns false where not allowed.
@discardableResult
func resetPeakResident() -> Bool {
    guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
    defer { try? handle.close() }
    do { try handle.write(contentsOf: Data("5".utf8)) } catch { return false }
    return true
}

extension Stopwatch {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let watch = Stopwatch()
        try body()
        return watch.elapsedSeconds
    }
}
