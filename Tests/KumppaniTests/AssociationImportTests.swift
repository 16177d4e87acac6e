import XCTest
@testable import Kumppani

final class AssociationImportTests: XCTestCase {
    func makeStore() throws -> Store {
        try Store.inMemory(clock: FixedClock(Date(timeIntervalSince1970: 1_780_000_000)))
    }

    func importCSV(_ text: String, into store: Store, dryRun: Bool = false) throws -> AssociationImportSummary {
        try AssociationImport.run(data: Data(text.utf8), store: store, dryRun: dryRun)
    }

    func problems(_ text: String, store: Store, language: Language = .en) throws -> [String] {
        do {
            _ = try importCSV(text, into: store)
            XCTFail("expected the import to fail")
            return []
        } catch let failure as ImportFailure {
            guard case .invalid(let list) = failure else { XCTFail("\(failure)"); return [] }
            return list.map { $0.message(language) }
        }
    }

    func exportCSV(_ store: Store) throws -> Data {
        let path = NSTemporaryDirectory() + "export-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try ExportSink.file(path)
        try AssociationExport.write(.csv, from: store.database, to: sink)
        try sink.commit()
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// The export's records without its read-only columns.
    func importable(_ export: Data) throws -> [[String]] {
        try CSVReader.read(data: export).records.map { Array($0.fields.prefix(AssociationColumn.allCases.count)) }
    }

    let good = """
        Nimi;Y-tunnus;kunta;postinumero;sahkoposti;puhelin;kohderyhmat;toimintamuodot
        Lahden Seudun Omaishoitajat ry;1572860-0;Lahti;15100;info@omaiset.example;040 123 4567;Omaishoitajat|older_people;Vertaisryhmä
        Heinolan Martat ry;;Heinola;18100;;;Families;
        """

    func testValidFileImportsWithCategoriesAndNormalisedValues() throws {
        let store = try makeStore()
        let summary = try importCSV(good, into: store)
        XCTAssertEqual(summary.inserted, 2)
        let row = try XCTUnwrap(store.database.queryOne("SELECT * FROM associations WHERE business_id = '1572860-0'"))
        XCTAssertEqual(row.string("municipality_code"), "398")
        XCTAssertEqual(row.string("phone"), "+358 40 1234567")
        let codes = try store.database.query("SELECT list, code FROM association_categories ORDER BY list, code").map { "\($0.string("list")!):\($0.string("code")!)" }
        XCTAssertEqual(codes, ["activity_kind:peer_group", "target_group:families", "target_group:family_carers", "target_group:older_people"])
    }

    func testEveryProblemListedAndNothingWritten() throws {
        let store = try makeStore()
        let list = try problems("""
            nimi;y_tunnus;kunta;postinumero;sahkoposti
            ;1572860-0;Lahti;15100;a@b.fi
            Hyvä ry;1572860-1;Lahti;15100;a@b.fi
            Toinen ry;;Atlantis;151;ei-osoite
            """, store: store)
        XCTAssertEqual(list, [
            "line 2, column name: the name is missing",
            "line 3, column business_id: invalid business ID \"1572860-1\" (format 1234567-8, check digit must match)",
            "line 4, column municipality: no municipality \"Atlantis\" (give a name or a code)",
            "line 4, column postal_code: postal code \"151\" must be five digits",
            "line 4, column email: \"ei-osoite\" is not a valid e-mail address",
        ])
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM associations"), 0)
    }

    func testUnknownColumnNamesTheAcceptedOnesInFinnish() throws {
        let list = try problems("nimi;foo\nA ry;1\n", store: try makeStore(), language: .fi)
        XCTAssertEqual(list.count, 1)
        XCTAssertTrue(list[0].hasPrefix("rivi 1, sarake \"foo\": tuntematon sarake. Sallitut sarakkeet: nimi/name, y_tunnus/business_id"), list[0])
    }

    func testMissingNameColumnIsReported() throws {
        let list = try problems("kunta\nLahti\n", store: try makeStore())
        XCTAssertEqual(list, ["line 1, column name: the required column is missing from the header"])
    }

    func testDryRunWritesNothing() throws {
        let store = try makeStore()
        let summary = try importCSV(good, into: store, dryRun: true)
        XCTAssertEqual(summary.inserted, 2)
        XCTAssertTrue(summary.message(.fi).hasPrefix("Koeajo"))
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM associations"), 0)
    }

    func testARowWithoutYTunnusIsMatchedByNameAndMunicipality() throws {
        let store = try makeStore()
        _ = try importCSV("nimi;kunta;sahkoposti\nÄäkkölän Kyläyhdistys ry;Sysmä;vanha@example.fi\n", into: store)
        let again = try importCSV("nimi;kunta;sahkoposti\nÄäkkölän Kyläyhdistys ry;Sysmä;uusi@example.fi\n"
                                  + "Ääkkölän Kyläyhdistys ry;Hartola;hartola@example.fi\n", into: store)
        XCTAssertEqual(again.updated, 1, "same name, same municipality: the same association")
        XCTAssertEqual(again.inserted, 1, "same name in another municipality is another association")
        let emails = try store.database.query("SELECT email FROM associations ORDER BY email").compactMap { $0.string("email") }
        XCTAssertEqual(emails, ["hartola@example.fi", "uusi@example.fi"])
    }

    func testSameBusinessIDUpdatesInsteadOfDuplicating() throws {
        let store = try makeStore()
        _ = try importCSV(good, into: store)
        let summary = try importCSV("name,business_id,municipality\nLahden Omaishoitajat ry,1572860-0,Hollola\n", into: store)
        XCTAssertEqual(summary.updated, 1)
        XCTAssertEqual(summary.inserted, 0)
        let rows = try store.database.query("SELECT name, municipality_code FROM associations WHERE business_id = '1572860-0'")
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows[0].string("name"), "Lahden Omaishoitajat ry")
        XCTAssertEqual(rows[0].string("municipality_code"), "098")
    }

    func testExportHasBOMSemicolonsCRLFAndRoundTripsWithoutChanges() throws {
        let store = try makeStore()
        try DemoGenerator.generate(into: store, associations: 150, seed: 3)
        let before = try store.database.query("SELECT * FROM associations ORDER BY id").map(\.values)
        let export = try exportCSV(store)
        XCTAssertEqual(Array(export.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: export.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("nimi;y_tunnus;kunta;lahiosoite;postinumero;postitoimipaikka;sahkoposti;puhelin;verkkosivu;kuvaus;kohderyhmat;toimintamuodot;asiointikieli;tila;yhteyshenkilo;toimintoja;tunnisteet\r\n"))
        let summary = try AssociationImport.run(data: export, store: store)
        XCTAssertEqual(summary.inserted, 0)
        XCTAssertEqual(summary.updated, 0)
        XCTAssertEqual(summary.unchanged, 150)
        XCTAssertEqual(try store.database.query("SELECT * FROM associations ORDER BY id").map(\.values), before)
        XCTAssertEqual(try exportCSV(store), export)
        // Into an empty database: the same file gives the same export.
        let fresh = try makeStore()
        XCTAssertEqual(try AssociationImport.run(data: export, store: fresh).inserted, 150)
        // The importable columns are the same; the read-only ones (status, contact person, activity
        // count) come from data the CSV does not carry.
        XCTAssertEqual(try importable(exportCSV(fresh)), try importable(export))
        XCTAssertGreaterThan(try importable(export).count, 150)
    }
}
