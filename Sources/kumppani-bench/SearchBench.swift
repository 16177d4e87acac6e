import Foundation
import Kumppani
import KumppaniTUI

/// Search as you type in pane 1 (`/`, one key at a time, Esc between queries), the same
/// searches as bare store queries (the floor), and paging down through 10,000 rows.
enum SearchBench {
    /// Rows the floor reads per search: a screenful of the list at 120×40.
    static let pageRows = 36
    /// PgDn presses: at least 10,000 rows with 30 or more rows per page.
    static let pageDowns = 334

    static func run(path: String, into report: inout BenchReport) throws {
        let store = try BenchApp.openForKeys(path)
        let app = BenchApp.make(store: store)
        let size = BenchApp.size
        _ = app.render(size: size)
        app.idle()

        BenchLog.say("search as you type: \(SearchQueries.all.count) queries…")
        var keys = Samples()
        var lastScreens: [String] = []
        for query in SearchQueries.all {
            _ = BenchApp.keyToFrame(app, .key(.char("/")))
            var frame: Frame?
            for c in query {
                let (ms, f) = BenchApp.keyToFrame(app, .key(.char(c)))
                keys.add(ms)
                frame = f
            }
            lastScreens.append(frame?.text ?? "")
            _ = BenchApp.keyToFrame(app, .key(.escape))
            app.idle()   // as the presenter does when input pauses; not on the key's path
        }

        BenchLog.say("the same searches as bare store queries…")
        let directory = DirectoryStore(store: store)
        var floor = Samples()
        var unseen: [String] = []
        // Each bare query's time split by the store's phases (each tier's queries, the page).
        var phases: [String: Double] = [:]
        var splits: [String] = []
        PhaseTiming.listener = { phase, seconds in phases[phase, default: 0] += seconds * 1000 }
        defer { PhaseTiming.listener = nil }
        for (query, screen) in zip(SearchQueries.all, lastScreens) {
            var first: String?
            var typed = ""
            for c in query {
                typed.append(c)
                phases = [:]
                let watch = Stopwatch()
                let listing = try directory.listing(DirectoryQuery(search: typed))
                let rows = try PhaseTiming.measure("page") { try directory.rows(listing, offset: 0, limit: pageRows) }
                floor.add(watch.elapsedMilliseconds)
                splits.append(phases.sorted { $0.value > $1.value }.map { String(format: "%@ %.1f", $0.key, $0.value) }
                                    .joined(separator: ", "))
                first = rows.first?.name
            }
            // The screen must show what the store found: proof the UI ran the search.
            if let first, !screen.contains(String(first.prefix(16))) { unseen.append(query) }
        }
        if !unseen.isEmpty {
            BenchLog.say("  warning: the screen did not show the first match for \(unseen.count) queries, e.g. "
                         + unseen.prefix(5).joined(separator: ", "))
        }
        report.add("search_p50_ms", "search key → frame p50", keys.p50, unit: "ms")
        report.add("search_p95_ms", "search key → frame p95", keys.p95, unit: "ms")
        report.add("search_p99_ms", "search key → frame p99 (\(keys.count) keys)", keys.p99, unit: "ms", target: 10)
        report.add("search_max_ms", "search key → frame max", keys.max, unit: "ms")
        report.add("search_floor_p50_ms", "bare query p50 (floor)", floor.p50, unit: "ms")
        report.add("search_floor_p99_ms", "bare query p99 (floor)", floor.p99, unit: "ms")
        report.add("search_overhead_ratio", "search p99 / floor p99", floor.p99 > 0 ? keys.p99 / floor.p99 : nil,
                   unit: "x", target: 2)
        slowest(keys, floor, by: keys).forEach { BenchLog.say("  slowest keys: \($0)") }
        slowest(keys, floor, by: floor).forEach { BenchLog.say("  slowest bare queries: \($0)") }
        tail(keys, floor).forEach { BenchLog.say("  p99 tail by query: \($0)") }
        phaseSplit(floor, splits).forEach { BenchLog.say("  slowest bare queries by phase (ms): \($0)") }

        BenchLog.say("scrolling: \(pageDowns) × PgDn…")
        var scroll = Samples()
        for _ in 0..<pageDowns {
            scroll.add(BenchApp.keyToFrame(app, .key(.pageDown)).ms)
        }
        report.add("scroll_p99_ms", "PgDn → frame p99 (\(pageDowns) pages, ≥ 10,000 rows)", scroll.p99, unit: "ms",
                   target: 16)
        report.add("scroll_p50_ms", "PgDn → frame p50", scroll.p50, unit: "ms")
    }

    /// Which queries the slowest 2 % of keys (key → frame or floor) belong to, worst first: a
    /// query with several keys in the tail is what the p99 is made of.
    static func tail(_ keys: Samples, _ floor: Samples, count: Int = 12) -> [String] {
        let owners = SearchQueries.all.flatMap { q in (1...q.count).map { _ in q } }
        guard owners.count == keys.count, owners.count == floor.count else { return [] }
        let keyLimit = keys.percentile(98), floorLimit = floor.percentile(98)
        var worst: [String: (keys: Int, floors: Int, ms: Double)] = [:]
        for i in owners.indices where keys.values[i] >= keyLimit || floor.values[i] >= floorLimit {
            var entry = worst[owners[i]] ?? (0, 0, 0)
            if keys.values[i] >= keyLimit { entry.keys += 1 }
            if floor.values[i] >= floorLimit { entry.floors += 1 }
            entry.ms = Swift.max(entry.ms, keys.values[i], floor.values[i])
            worst[owners[i]] = entry
        }
        return worst.sorted { $0.value.ms > $1.value.ms }.prefix(count).map { query, entry in
            String(format: "'%@' %d keys ≥ p98 key→frame, %d ≥ p98 floor, worst %.1f ms", query, entry.keys, entry.floors, entry.ms)
        }
    }

    /// Where the slowest bare queries spent their time (`PhaseTiming`: each tier's FTS queries,
    /// the typo vocabulary, the page of rows).
    static func phaseSplit(_ floor: Samples, _ splits: [String], count: Int = 20) -> [String] {
        let prefixes = SearchQueries.all.flatMap { q in (1...q.count).map { String(q.prefix($0)) } }
        guard prefixes.count == floor.count, splits.count == floor.count else { return [] }
        return floor.values.indices.sorted { floor.values[$0] > floor.values[$1] }.prefix(count).map { i in
            String(format: "'%@' %.1f: %@", prefixes[i], floor.values[i], splits[i])
        }
    }

    /// The typed prefixes behind the slowest keys, for the profiler.
    static func slowest(_ keys: Samples, _ floor: Samples, by order: Samples, count: Int = 6) -> [String] {
        let prefixes = SearchQueries.all.flatMap { q in (1...q.count).map { String(q.prefix($0)) } }
        guard prefixes.count == keys.count, prefixes.count == floor.count else { return [] }
        return order.values.indices.sorted { order.values[$0] > order.values[$1] }.prefix(count).map { i in
            String(format: "'%@' key→frame %.1f ms, floor %.1f ms", prefixes[i], keys.values[i], floor.values[i])
        }
    }
}
