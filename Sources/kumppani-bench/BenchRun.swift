import Foundation
import Kumppani
import KumppaniTUI

/// Runs every measurement in turn and collects the report. A step that fails or whose piece
/// has not landed yet leaves its figures n/a with the reason; the others still run.
struct BenchRun {
    let database: BenchDatabase
    let options: BenchOptions

    /// Peak RSS of each phase (the kernel mark is reset between phases).
    private var phasePeaks: [(String, Double)] = []

    init(database: BenchDatabase, options: BenchOptions) {
        self.database = database
        self.options = options
    }

    mutating func run() -> BenchReport {
        var report = BenchReport()
        report.context = [
            ("database", database.path),
            ("data", database.fingerprint),
            ("build", Self.buildKind),
            ("cores", String(ProcessInfo.processInfo.activeProcessorCount)),
            ("sqlite", Self.sqliteVersion(database.path)),
        ]
        resetPeakResident()
        step(&report, "start", keys: Keys.firstFrame) { report in
            BenchLog.say("first frame…")
            let result = try FirstFrameBench.run(path: database.path)
            let f = result.first
            report.add("first_frame_ms", "first frame (open + app + render 120×40)", f.total, unit: "ms", target: 150)
            report.add("first_frame_open_ms", "  of which Store.open", f.open, unit: "ms")
            report.add("first_frame_app_ms", "  of which AppFactory.make (panes' activate)", f.app, unit: "ms")
            report.add("first_frame_render_ms", "  of which the first render", f.render, unit: "ms")
            report.add("first_frame_later_ms", "first frame, later starts (median)", result.laterMedian, unit: "ms")
        }
        endPhase("start")
        step(&report, "search", keys: Keys.search) { report in
            try SearchBench.run(path: database.path, into: &report)
        }
        endPhase("search and scroll")
        step(&report, "referral", keys: Keys.referral) { report in
            try ReferralBench.run(path: database.path, into: &report)
        }
        endPhase("referral")
        step(&report, "minutes", keys: Keys.minutes) { report in
            try MinutesBench.run(path: database.path, into: &report)
        }
        endPhase("live minutes")
        // Its own peak (`peak_rss_duplicates_mb`), reset inside the step.
        step(&report, "duplicates", keys: DuplicatesBench.keys) { report in
            try DuplicatesBench.run(path: database.path, into: &report)
        }
        ExchangeBench.releaseFreedMemory()
        _ = resetPeakResident()
        let halves = options.only.map { $0.contains("exchange") ? ["import", "export"] : $0.intersection(["import", "export"]) }
        step(&report, "exchange", keys: Keys.exchange, runs: halves.map { !$0.isEmpty }) { report in
            try ExchangeBench.run(path: database.path, parts: halves ?? ["import", "export"], into: &report)
        }
        endPhase("import and export")
        // Its own limit (200 MiB, not the app's 100): not part of `peak_rss_mb`.
        step(&report, "bigimport", keys: BigImportBench.keys) { report in
            try BigImportBench.run(megabytes: options.bigImportMegabytes, into: &report)
        }
        // Its own file and database; its peak (`ytj_import_peak_rss_mb`) is the import's alone.
        step(&report, "ytj", keys: YTJImportBench.keys) { report in
            try YTJImportBench.run(companies: options.associations, into: &report)
        }
        _ = resetPeakResident()
        let stepPeaks = report.measures.filter { $0.key.hasPrefix("peak_rss_") }.compactMap(\.value)
        let overall = (phasePeaks.map(\.1) + stepPeaks).max() ?? peakResidentMegabytes()
        report.add("peak_rss_mb", "peak resident memory", overall, unit: "MiB", target: 100)
        for (phase, peak) in phasePeaks {
            report.add("peak_rss_\(BenchReport.slug(phase))_mb", "  peak during \(phase)", peak, unit: "MiB")
        }
        return report
    }

    private mutating func endPhase(_ name: String) {
        phasePeaks.append((name, peakResidentMegabytes()))
        resetPeakResident()
    }

    /// Runs one measurement; on failure its keys are reported n/a with the reason.
    private func step(_ report: inout BenchReport, _ name: String, keys: [Keys.Entry],
                      runs: Bool? = nil, _ body: (inout BenchReport) throws -> Void) {
        if let only = options.only, !(runs ?? only.contains(name)) {
            report.missing(keys, note: "skipped (--only)")
            return
        }
        var partial = report
        defer { BenchMemory.log(after: name, path: database.path) }
        do {
            try body(&partial)
            report = partial
            for k in keys where !report.measures.contains(where: { $0.key == k.key }) {
                report.missing([k], note: "n/a")
            }
        } catch let failure as BenchFailure {
            BenchLog.say("  \(failure)")
            let done = Set(partial.measures.map(\.key))
            report = partial
            report.missing(keys.filter { !done.contains($0.key) }, note: failure.description)
        } catch {
            BenchLog.say("  failed: \(error)")
            let done = Set(partial.measures.map(\.key))
            report = partial
            report.missing(keys.filter { !done.contains($0.key) }, note: "failed: \(error)")
        }
    }

    static var buildKind: String {
        #if DEBUG
        return "debug (figures not comparable; use swift run -c release)"
        #else
        return "release"
        #endif
    }

    static func sqliteVersion(_ path: String) -> String {
        guard let db = try? Database(path: path, readOnly: true, create: false) else { return "?" }
        return (try? db.scalarString("SELECT sqlite_version()")) ?? "?"
    }
}

/// The report's keys per step, so a step that cannot run still lists them as n/a.
enum Keys {
    typealias Entry = (key: String, label: String, unit: String, target: Double?)
    static let firstFrame: [Entry] = [
        ("first_frame_ms", "first frame (open + app + render 120×40)", "ms", 150),
    ]
    static let search: [Entry] = [
        ("search_p50_ms", "search key → frame p50", "ms", nil),
        ("search_p95_ms", "search key → frame p95", "ms", nil),
        ("search_p99_ms", "search key → frame p99", "ms", 16),
        ("search_max_ms", "search key → frame max", "ms", nil),
        ("search_floor_p50_ms", "bare query p50 (floor)", "ms", nil),
        ("search_floor_p99_ms", "bare query p99 (floor)", "ms", nil),
        ("search_overhead_ratio", "search p99 / floor p99", "x", 2),
        ("scroll_p99_ms", "PgDn → frame p99 (10,000 rows)", "ms", 16),
    ]
    static let referral: [Entry] = [
        ("referral_p99_ms", "referral key → frame p99", "ms", 16),
        ("referral_answer_p50_ms", "referral answer on screen p50", "ms", nil),
    ]
    static let minutes: [Entry] = [
        ("editor_p50_ms", "minutes key → frame p50", "ms", nil),
        ("editor_p99_ms", "minutes key → frame p99", "ms", 2),
        ("autosave_p50_ms", "autosave commit p50", "ms", nil),
        ("autosave_p99_ms", "autosave commit p99", "ms", 5),
    ]
    static let exchange: [Entry] = [
        ("import_100k_s", "import 100,000-row CSV", "s", 5),
        ("export_all_s", "export all", "s", 3),
    ]
}
