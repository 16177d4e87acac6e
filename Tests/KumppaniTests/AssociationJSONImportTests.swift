import XCTest
@testable import Kumppani

/// `kumppani import` of the JSON `export associations --format json` writes: a round trip with
/// the CSV import's rules, all or nothing, problems named by record, line and field.
final class AssociationJSONImportTests: XCTestCase {
    func makeStore() throws -> Store { try Store.inMemory(clock: FixedClock(Date(timeIntervalSince1970: 1_780_000_000))) }

    func exportJSON(_ store: Store) throws -> String {
        let path = NSTemporaryDirectory() + "json-export-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try ExportSink.file(path)
        try AssociationExport.write(.json, from: store.database, to: sink)
        try sink.commit()
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    /// The export without the database ids, which differ between two files by design.
    func withoutIDs(_ json: String) -> String { json.replacingOccurrences(of: #""id":-?[0-9]+,"#, with: "", options: .regularExpression) }

    func testTheJSONExportImportsIntoAnEmptyFileAndExportsTheSame() throws {
        let source = try makeStore()
        _ = try DemoGenerator.generate(into: source, associations: 60, seed: 3, today: Date(timeIntervalSince1970: 1_780_000_000), progress: { _ in })
        let exported = try exportJSON(source)
        let copy = try makeStore()
        let summary = try AssociationImport.run(data: Data(exported.utf8), store: copy)
        XCTAssertEqual(summary.inserted, 60)
        XCTAssertEqual(withoutIDs(try exportJSON(copy)), withoutIDs(exported))
        // Importing it again changes nothing.
        let again = try AssociationImport.run(data: Data(exported.utf8), store: copy)
        XCTAssertEqual([again.inserted, again.updated, again.unchanged], [0, 0, 60])
    }

    func testEveryProblemNamesRecordLineAndFieldAndNothingIsWritten() throws {
        let store = try makeStore()
        let json = """
            {"associations": [
              {"name": "Hyvä ry", "municipality": "Lahti", "target_groups": ["Lapset"]},
              {"name": "", "postal_code": "1510", "target_groups": ["Avaruusolennot"], "extra": 1},
              "teksti",
              {"nimi": "Kolmas ry", "business_id": "0737546-2"}, {"name": "Neljäs ry", "y_tunnus": "0737546-2"}
            ]}
            """
        XCTAssertThrowsError(try AssociationImport.run(data: Data(json.utf8), store: store)) { error in
            let lines = (error as? ImportFailure)?.message(.fi).components(separatedBy: "\n") ?? []
            XCTAssertEqual(lines, [
                "Mitään ei tuotu, koska tiedostossa on 6 virhettä. Korjaa ne ja tuo tiedosto uudelleen:",
                "tietue 2 (rivi 3), kenttä \"name\": nimi puuttuu",
                "tietue 2 (rivi 3), kenttä \"postal_code\": postinumeron \"1510\" pitää olla viisi numeroa",
                "tietue 2 (rivi 3), kenttä \"target_groups\": tuntematon luokka \"Avaruusolennot\"",
                "tietue 2 (rivi 3), kenttä \"extra\": tuntematon kenttä. Sallitut kentät: nimi/name, y_tunnus/business_id, kunta/municipality, lahiosoite/street, postinumero/postal_code, postitoimipaikka/city, sahkoposti/email, puhelin/phone, verkkosivu/website, kuvaus/description, kohderyhmat/target_groups, toimintamuodot/activity_kinds, asiointikieli/correspondence_language, id, municipality_code",
                "tietue 3 (rivi 4): tietueen pitää olla objekti { … }",
                "tietue 5 (rivi 5), kenttä \"y_tunnus\": Y-tunnus 0737546-2 on jo tietueessa 4",
            ])
        }
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM associations"), 0)
    }

    func testJSONIsRecognisedByItsFirstCharacterAndCSVStaysCSV() {
        XCTAssertTrue(AssociationJSONImport.looksLikeJSON(Data("\u{FEFF}  \n [ ]".utf8)))
        XCTAssertTrue(AssociationJSONImport.looksLikeJSON(Data("{}".utf8)))
        XCTAssertFalse(AssociationJSONImport.looksLikeJSON(Data("nimi;kunta\n".utf8)))
    }
}
