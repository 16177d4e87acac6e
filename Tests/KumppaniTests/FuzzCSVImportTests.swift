import XCTest
@testable import Kumppani

/// Hostile CSV: 10,000 seeded cases through the real import validation. Every case is either
/// accepted or rejected with messages; none crashes or hangs. Accepted files round-trip.
final class FuzzCSVImportTests: XCTestCase {
    static let seeds = [
        "\u{FEFF}nimi;y_tunnus;kunta;lahiosoite;postinumero;postitoimipaikka;sahkoposti;puhelin;verkkosivu;kuvaus;kohderyhmat;toimintamuodot\r\n"
            + "Lahden Seudun Omaishoitajat ry;1572860-0;Lahti;Kirkkokatu 1;15100;Lahti;info@omaiset.example;040 123 4567;https://omaiset.example;\"Vertaistukea; \"\"omaishoitajille\"\"\r\nja perheille\";Omaishoitajat;Vertaisryhmä\r\n"
            + "Heinolan Martat ry;;Heinola;;18100;;;;;;Perheet|Lapset;\r\n",
        "name,municipality,email\nÅbo Svenska Marthaförening,Turku,info@marthat.example\n\"Quoted, name\",398,\n",
        "Nimi;Kuvaus\n\"Monirivinen\nkuvaus\";\"teksti \"\"lainauksin\"\"\"\nToinen;\n",
        "nimi\nYksi\nKaksi\n\nKolme",
    ]
    static let dictionary = [";", ",", "\"", "\r\n", "nimi", "y_tunnus", "sahkoposti", "kohderyhmat", "Lapset|", "1572860-0", "Lahti", "@"]

    func testTenThousandMutatedFilesAreAcceptedOrRejectedWithMessages() throws {
        let store = try Store.inMemory(clock: FixedClock(Date(timeIntervalSince1970: 1_780_000_000)))
        let labels = try AssociationImport.categoryLabels(store.database)
        var fuzzer = Fuzzer(seed: 0xC5F, seeds: Self.seeds, dictionary: Self.dictionary)
        var accepted = 0, rejected = 0
        let failures = try Fuzz.run(cases: 10_000, fuzzer: &fuzzer) { input, _ in
            do {
                var records: [AssociationImport.Record] = []
                try AssociationImport.checkCSV(data: Data(input), labels: labels) { records.append($0) }
                accepted += 1
                if records.contains(where: { ($0.values[.name] ?? "").isEmpty }) { return "accepted a record without a name" }
                return nil
            } catch let failure as ImportFailure {
                rejected += 1
                if case .invalid(let problems) = failure {
                    if problems.isEmpty { return "rejected without a problem" }
                    if let unknown = problems.first(where: { Catalog.text($0.key, .en) == $0.key }) { return "no text for \(unknown.key)" }
                }
                for language in [Language.fi, .en] where !Fuzz.isGoodMessage(failure.message(language)) {
                    return "bad message: \(failure.message(language).debugDescription.prefix(300))"
                }
                return nil
            }
        }
        XCTAssertEqual(failures, [])
        XCTAssertGreaterThan(accepted, 500, "the mutations should leave many files valid")
        XCTAssertGreaterThan(rejected, 2000, "the mutations should break many files")
    }

    /// What the import accepts, exported and imported again, changes nothing (a sample of accepted files).
    func testAcceptedFilesRoundTripThroughExport() throws {
        var fuzzer = Fuzzer(seed: 0xC5F2, seeds: Self.seeds, dictionary: Self.dictionary)
        var checked = 0
        var failures: [String] = []
        for index in 0..<3000 where checked < 20 {
            let input = Data(fuzzer.next())
            let store = try Store.inMemory(clock: FixedClock(Date(timeIntervalSince1970: 1_780_000_000)))
            guard let first = try? AssociationImport.run(data: input, store: store), first.inserted > 0 else { continue }
            checked += 1
            let exported = try exportCSV(store)
            let again = try AssociationImport.run(data: exported, store: store, dryRun: true)
            if again.inserted != 0 || again.updated != 0 || again.unchanged != first.inserted {
                failures.append("case \(index): first \(first), re-import \(again)")
            }
            let copy = try Store.inMemory(clock: FixedClock(Date(timeIntervalSince1970: 1_780_000_000)))
            _ = try AssociationImport.run(data: exported, store: copy)
            if try exportCSV(copy) != exported { failures.append("case \(index): the re-imported copy exports differently") }
        }
        XCTAssertEqual(failures, [])
        XCTAssertEqual(checked, 20)
    }

    func exportCSV(_ store: Store) throws -> Data {
        let path = NSTemporaryDirectory() + "fuzz-export-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try ExportSink.file(path)
        try AssociationExport.write(.csv, from: store.database, to: sink)
        try sink.commit()
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }
}
