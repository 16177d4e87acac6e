import Foundation
import Kumppani
import KumppaniTUI

/// Start-up: `Store.open` as the UI opens it + `AppFactory.make` (panes' `activate`) + the
/// first frame at 120×40. Every start runs in a fresh child process, as a real start does;
/// the background quick_check it starts dies with it instead of competing with later steps.
enum FirstFrameBench {
    struct Timing {
        var total: Double, open: Double, app: Double, render: Double
    }

    struct Result {
        /// The first start, in ms, and its parts.
        var first: Timing
        /// Median total of the following starts.
        var laterMedian: Double
    }

    /// Hidden flag: the child process measures one start and prints `total open app render`.
    static let probeFlag = "--probe-first-frame"

    /// In the child: one start.
    static func once(path: String) throws -> Timing {
        let watch = Stopwatch()
        let store = try Store.open(path: path, options: BenchApp.uiOpenOptions)
        let opened = watch.elapsedMilliseconds
        let app = BenchApp.make(store: store)
        let built = watch.elapsedMilliseconds
        _ = app.render(size: BenchApp.size)
        let total = watch.elapsedMilliseconds
        return Timing(total: total, open: opened, app: built - opened, render: total - built)
    }

    static func run(path: String, repeats: Int = 5) throws -> Result {
        var timings: [Timing] = []
        for _ in 0..<repeats {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            process.arguments = [probeFlag, path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let fields = String(decoding: output, as: UTF8.self).split(separator: " ").compactMap {
                Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            guard process.terminationStatus == 0, fields.count == 4 else {
                throw BenchFailure.message("the start-up probe failed (exit status \(process.terminationStatus))")
            }
            timings.append(Timing(total: fields[0], open: fields[1], app: fields[2], render: fields[3]))
        }
        var later = Samples()
        timings.dropFirst().forEach { later.add($0.total) }
        return Result(first: timings[0], laterMedian: later.p50)
    }
}
