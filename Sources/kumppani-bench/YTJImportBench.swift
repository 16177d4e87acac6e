import Foundation
import Kumppani

/// `ytj_import_100k_s`, `ytj_import_peak_rss_mb` (issue 16): a YTJ bulk file of as many
/// non-profits as the national database has associations (100,000; `YTJBulkFile`) is written to a temporary folder and imported as
/// `kumppani import ytj FILE --region Päijät-Häme` does (streamed, one transaction) into a fresh
/// database; the file and the database are deleted. The file is written before the peak mark is
/// reset: only the import counts.
enum YTJImportBench {
    static let keys: [Keys.Entry] = [
        ("ytj_import_100k_s", "YTJ import, 100,000 companies", "s", nil),
        ("ytj_import_peak_rss_mb", "  peak during the YTJ import", "MiB", 100),
    ]

    static func run(companies: Int, into report: inout BenchReport) throws {
        let folder = NSTemporaryDirectory() + "kumppani-bench-ytj-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/ytj-bulk.json"
        BenchLog.say("writing a YTJ bulk file of \(companies) companies…")
        try YTJBulkFile.write(file, companies: companies)
        let size = ExchangeBench.fileMegabytes(file)
        guard let region = YTJRegion.region(YTJBulkFile.region) else { throw BenchFailure.message("no region \(YTJBulkFile.region)") }
        let store = try Store.open(path: folder + "/ytj.sqlite", options: BenchApp.plainOptions)
        ExchangeBench.releaseFreedMemory()
        BenchMemory.log(after: "the YTJ file is written (freed heap returned)", path: folder + "/ytj.sqlite")
        BenchLog.say(String(format: "YTJ import of %d companies (%.0f MB JSON)…", companies, size))
        resetPeakResident()
        var result: YTJImportSummary?
        let seconds = try Stopwatch.seconds {
            result = try YTJImport.run(file: file, store: store, region: region, dryRun: false)
        }
        guard let summary = result else { throw BenchFailure.message("the YTJ import returned nothing") }
        let peak = peakResidentMegabytes()
        let stored = try store.database.scalarInt("SELECT count(*) FROM associations") ?? 0
        BenchLog.say(String(format: "  %d read, %d added (%d in the table) in %.2f s, peak %.1f MiB",
                            summary.read, summary.addedCount, stored, seconds, peak))
        guard summary.read == companies, summary.addedCount == companies, stored == Int64(companies) else {
            throw BenchFailure.message("the YTJ import read \(summary.read) and stored \(stored) of \(companies) companies")
        }
        let label = companies == 100_000 ? "YTJ import, 100,000 companies" : "YTJ import, \(companies) companies (run with 100,000 for the key's figure)"
        report.add("ytj_import_100k_s", label + String(format: " (%.0f MB JSON)", size), seconds, unit: "s")
        report.add("ytj_import_peak_rss_mb", "  peak during the YTJ import", peak, unit: "MiB", target: 100)
    }
}
