import Foundation
import Kumppani

/// `import_1gb_peak_rss_mb` (issue 15): a valid CSV file of about 1 GB, generated on the fly in a
/// temporary folder, imported as `kumppani import` reads it (`MappedFile`) into an empty database;
/// the peak resident memory of the import is reported, and the file and database are deleted.
/// The file is made here, by this process, before the peak mark is reset: only the import counts.
enum BigImportBench {
    static let keys: [Keys.Entry] = [
        ("import_1gb_peak_rss_mb", "peak resident memory, import of a 1 GB CSV", "MiB", 200),
        ("import_1gb_s", "import of a 1 GB CSV", "s", nil),
    ]

    static func run(megabytes: Int, into report: inout BenchReport) throws {
        let folder = NSTemporaryDirectory() + "kumppani-bench-big-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let csvPath = folder + "/big.csv"
        BenchLog.say("writing a \(megabytes) MB CSV file…")
        let rows = try writeFile(csvPath, bytes: Int64(megabytes) << 20)
        let size = ExchangeBench.fileMegabytes(csvPath)
        ExchangeBench.releaseFreedMemory()
        let target = try Store.open(path: folder + "/big.sqlite", options: BenchApp.plainOptions)
        BenchLog.say(String(format: "import of %d rows (%.0f MB CSV)…", rows, size))
        _ = resetPeakResident()
        var summary = AssociationImportSummary()
        let seconds = try Stopwatch.seconds {
            summary = try AssociationImport.run(file: try MappedFile(path: csvPath), store: target)
        }
        let peak = peakResidentMegabytes()
        BenchLog.say(String(format: "  %d inserted in %.1f s, peak %.1f MiB", summary.inserted, seconds, peak))
        guard summary.inserted == rows else { throw BenchFailure.message("the big import wrote \(summary.inserted) of \(rows) rows") }
        let label = megabytes == 1024 ? "import of a 1 GB CSV" : "import of a \(megabytes) MB CSV (run with 1024 for the target)"
        report.add("import_1gb_peak_rss_mb", "peak resident memory, \(label) (\(rows) rows)", peak, unit: "MiB",
                   target: megabytes == 1024 ? 200 : nil)
        report.add("import_1gb_s", label, seconds, unit: "s")
    }

    /// Rows of realistic shape (~1 KB: a long description) with unique names and valid,
    /// unique Y-tunnus, until the file holds `bytes`. Returns the number of rows.
    static func writeFile(_ path: String, bytes: Int64) throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { throw BenchFailure.message("cannot write \(path)") }
        defer { try? handle.close() }
        let places = ["Lahti", "Heinola", "Hollola", "Orimattila", "Asikkala", "Sysmä", "Padasjoki", "Hartola", "Kärkölä", "Iitti"]
        let kinds = ["Omaishoitajat", "Martat", "Eläkeläiset", "Kylätoimikunta", "Urheiluseura", "Nuorisoseura", "Kuoro",
                     "Mielenterveysyhdistys", "Sydänyhdistys", "Invalidit"]
        let words = ["vertaistukea", "omaishoitajille", "kerhoja", "retkiä", "tuolijumppaa", "kotitalousneuvontaa", "ruokakursseja",
                     "kylätalon", "ylläpito", "nuorille", "ikäihmisille", "vapaaehtoistoimintaa", "ystäväpalvelua", "liikuntaa",
                     "kaikenikäisille", "kokoontuu", "viikoittain", "keskiviikkoisin", "seurakuntatalolla", "yhteistyössä",
                     "hyvinvointialueen", "kanssa", "järjestämme", "tapahtumia", "ja", "koulutusta", "jäsenille"]
        var buffer = "nimi;y_tunnus;kunta;lahiosoite;postinumero;puhelin;sahkoposti;kuvaus\n"
        var written: Int64 = 0
        var rows = 0
        var base = 1_000_000
        var random = SplitMix(seed: 42)
        while written < bytes {
            var check: Int?
            repeat { base += 1; check = BusinessID.checkDigit(forBase: String(base)) } while check == nil
            let place = places[rows % places.count]
            var description = ""
            while description.utf8.count < 850 { description += words[Int(random.next() % UInt64(words.count))] + " " }
            buffer += "\(place)n \(kinds[rows / places.count % kinds.count]) \(rows) ry;\(base)-\(check ?? 0);\(place);"
                + "Kauppakatu \(rows % 90 + 1);\(15_100 + rows % 50);044 \(rows % 1_000_000 + 1_000_000);"
                + "info\(rows)@example.fi;\(description)\(rows)\n"
            rows += 1
            if buffer.utf8.count > 1 << 20 {
                written += Int64(buffer.utf8.count)
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
        return rows
    }
}

/// A small deterministic generator (the file is the same every run).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
