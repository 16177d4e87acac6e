import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Kumppani

/// Import of a 100,000-row association CSV into an empty database, and `export all`.
enum ExchangeBench {
    /// `parts`: "export", "import" or both (`--only import` profiles one half).
    static func run(path: String, parts: Set<String>, into report: inout BenchReport) throws {
        let folder = NSTemporaryDirectory() + "kumppani-bench-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        if parts.contains("export") {
            try exportAll(try Store.open(path: path, options: BenchApp.plainOptions), folder: folder, into: &report)
        } else {
            report.missing(Keys.exchange.filter { $0.key == "export_all_s" }, note: "skipped (--only)")
        }
        if parts.contains("import") {
            try importCSV(from: path, folder: folder, into: &report)
        } else {
            report.missing(Keys.exchange.filter { $0.key == "import_100k_s" }, note: "skipped (--only)")
        }
    }

    /// `export all` of the national database, as `kumppani export all` does.
    static func exportAll(_ store: Store, folder: String, into report: inout BenchReport) throws {
        BenchLog.say("export all…")
        resetPeakResident()
        let exportPath = folder + "/all.json"
        var exported = 0
        let exportSeconds = try Stopwatch.seconds {
            let sink = try ExportSink.file(exportPath)
            exported = try FullExport.write(from: store.database, to: sink)
            try sink.commit()
        }
        let exportPeak = peakResidentMegabytes()
        report.add("peak_rss_export_mb", "  peak during export all", exportPeak, unit: "MiB")
        let exportMB = fileMegabytes(exportPath)
        BenchLog.say(String(format: "  %d records, %.1f MB in %.2f s", exported, exportMB, exportSeconds))
        report.add("export_all_s", "export all (\(exported) records, \(Int(exportMB.rounded())) MB JSON)", exportSeconds,
                   unit: "s", target: 3)
        try? FileManager.default.removeItem(atPath: exportPath)
    }

    /// Import of the association CSV of the national database into an empty database.
    static func importCSV(from path: String, folder: String, into report: inout BenchReport) throws {
        // The CSV comes from the association export of the same data. That store is closed and
        // its page cache handed back to the system first: the import's peak is the import's own.
        let csvPath = folder + "/associations.csv"
        let rows = try writeCSV(from: path, to: csvPath)
        releaseFreedMemory()
        BenchLog.say(String(format: "import of %d rows (%.1f MB CSV) into an empty database…", rows, fileMegabytes(csvPath)))
        let emptyPath = folder + "/import.sqlite"
        let target = try Store.open(path: emptyPath, options: BenchApp.plainOptions)
        target.defersDerivedSearchIndexes = true   // as `kumppani import` and the program import
        var summary = AssociationImportSummary()
        resetPeakResident()
        // The cost split (rows, each search index, the commit), logged as each phase ends, with the
        // CPU the writer's thread used since the phase before: unlike the seconds, that hardly
        // depends on what else the machine runs.
        let processCPU = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID)
        let writerCPU = cpuSeconds(CLOCK_THREAD_CPUTIME_ID)
        var lastCPU = writerCPU
        PhaseTiming.listener = { phase, seconds in
            let now = cpuSeconds(CLOCK_THREAD_CPUTIME_ID)
            BenchLog.say(String(format: "  %@: %.2f s (writer's CPU since the phase before %.2f s)", phase, seconds, now - lastCPU))
            lastCPU = now
        }
        defer { PhaseTiming.listener = nil }
        let importSeconds = try Stopwatch.seconds {
            summary = try AssociationImport.run(file: try MappedFile(path: csvPath), store: target)   // as `kumppani import` reads it
        }
        BenchLog.say(String(format: "  import CPU: %.2f s in all threads, %.2f s on the writer's",
                            cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - processCPU, cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - writerCPU))
        report.add("peak_rss_import_mb", "  peak during import", peakResidentMegabytes(), unit: "MiB")
        let imported = try target.database.scalarInt("SELECT count(*) FROM associations") ?? 0
        BenchLog.say(String(format: "  %d inserted (%d in the table) in %.2f s", summary.inserted, imported, importSeconds))
        guard imported == Int64(rows) else {
            throw BenchFailure.message("import wrote \(imported) of \(rows) rows")
        }
        let label = rows == 100_000 ? "import 100,000-row CSV" : "import \(rows)-row CSV (run with 100,000 for the target)"
        report.add("import_100k_s", label, importSeconds, unit: "s", target: rows == 100_000 ? 5 : nil)
        // The derived indexes the import left for after its commit, made as the command line makes
        // them (the full-screen program makes them in the background, a chunk per transaction).
        let left = try SearchIndex.backlogCount(on: target.database)
        let completion = try Stopwatch.seconds { try SearchIndex.completeBacklog(on: target.database) }
        BenchLog.say(String(format: "  the derived indexes of %d associations after the commit: %.2f s", left, completion))
        report.add("import_index_completion_s", "  derived search indexes after it (off the import)", completion, unit: "s")
        report.add("peak_rss_index_completion_mb", "  peak until they are made", peakResidentMegabytes(), unit: "MiB")
    }

    static func writeCSV(from path: String, to csvPath: String) throws -> Int {
        let store = try Store.open(path: path, options: BenchApp.plainOptions)
        let sink = try ExportSink.file(csvPath)
        let rows = try AssociationExport.write(.csv, from: store.database, to: sink)
        try sink.commit()
        return rows
    }

    /// glibc's `malloc_trim(0)`: freed heap pages go back to the system (as the app does after a big job).
    static func releaseFreedMemory() { FreedMemory.returnToSystem() }

    /// A CPU clock (`CLOCK_PROCESS_CPUTIME_ID`, `CLOCK_THREAD_CPUTIME_ID`) in seconds.
    static func cpuSeconds(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func fileMegabytes(_ path: String) -> Double {
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
        return Double(size) / 1_048_576
    }
}
