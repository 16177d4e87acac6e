import Foundation
import Kumppani
import KumppaniTUI

/// `duplicates_s`: the likely-duplicates view of pane 1 (`k`) over the national database, as the
/// terminal runs it: the key starts `DuplicateFinder` on the background thread (its own read
/// connection, `DuplicateFinder.defaultLimit` pairs) and the time runs until the pairs are drawn.
/// The step's own peak memory (app, UI connection and the search) is `peak_rss_duplicates_mb`.
enum DuplicatesBench {
    static let keys: [Keys.Entry] = [
        ("duplicates_s", "likely duplicates (k) until drawn", "s", 2),
        ("duplicates_key_ms", "  the k key → frame", "ms", 16),
        ("peak_rss_duplicates_mb", "  peak during the duplicates search", "MiB", 100),
    ]

    static func run(path: String, into report: inout BenchReport) throws {
        let store = try BenchApp.openForKeys(path)
        let app = BenchApp.make(store: store, backgroundThread: true)
        _ = app.render(size: BenchApp.size)
        BenchLog.say("likely duplicates (k)…")
        ExchangeBench.releaseFreedMemory()
        BenchMemory.log(after: "the duplicates view's app is made (freed heap returned)", path: path)
        resetPeakResident()
        let watch = Stopwatch()
        let key = BenchApp.keyToFrame(app, .key(.char("k")))
        // Until the pairs are drawn: the worker may not have taken the request yet when the key
        // returns, so "not busy" alone would end the wait before the search began.
        var frame = app.render(size: BenchApp.size)
        var ticks = 0
        while watch.elapsedMilliseconds < 600_000 {
            usleep(1_000)
            app.idle()
            ticks += 1
            guard !app.isWaitingForWork, ticks % 10 == 0 else { continue }
            frame = app.render(size: BenchApp.size)
            if (try? DuplicatesBench.countShown(frame)) != nil { break }
        }
        let seconds = watch.elapsedSeconds
        let peak = peakResidentMegabytes()
        guard !app.isWaitingForWork else { throw BenchFailure.message("the duplicates search did not finish in 10 minutes") }
        let pairs = try DuplicatesBench.countShown(frame)
        BenchLog.say(String(format: "  %@ pairs drawn in %.2f s, peak %.1f MiB", pairs, seconds, peak))
        report.add("duplicates_s", "likely duplicates (k) until drawn (\(pairs) pairs)", seconds, unit: "s", target: 2)
        report.add("duplicates_key_ms", "  the k key → frame", key.ms, unit: "ms", target: 16)
        report.add("peak_rss_duplicates_mb", "  peak during the duplicates search", peak, unit: "MiB", target: 100)
    }

    /// The pair count from the view's title ("…: 300+ paria"), so the figure is known to be the
    /// drawn answer and not the "searching" placeholder.
    static func countShown(_ frame: Frame) throws -> String {
        let text = frame.text
        let l = L(.fi)
        if text.contains(l["directory.duplicates.title_searching"]) {
            throw BenchFailure.message("the duplicates view still says it is searching")
        }
        let pattern = l["directory.duplicates.title", "\u{1}"].components(separatedBy: "\u{1}")
        guard pattern.count == 2, let start = text.range(of: pattern[0]),
              let end = text.range(of: pattern[1], range: start.upperBound..<text.endIndex) else {
            throw BenchFailure.message("the duplicates view's title is not on screen")
        }
        return String(text[start.upperBound..<end.lowerBound])
    }
}
