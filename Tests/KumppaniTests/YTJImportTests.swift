import XCTest
@testable import Kumppani

/// PRH/YTJ open data in: the three layouts, the non-profit filter, region, the review list
/// (accept/reject per field, never overwriting the coordinator's values without it), all or nothing.
final class YTJImportTests: XCTestCase {
    static let sampleURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/ytj-sample.json").standardized

    func sample() throws -> Data { try Data(contentsOf: Self.sampleURL) }

    func names(_ db: Database) throws -> [String] {
        try db.query("SELECT name FROM associations ORDER BY name_key").compactMap { $0.string("name") }
    }

    func testTheSampleAddsTheNonProfitsOfTheRegionOnly() throws {
        let f = try DirectoryFixture()
        let summary = try YTJImport.run(data: try sample(), store: f.store, region: YTJRegion.region("Päijät-Häme"), dryRun: false)
        XCTAssertEqual(summary.read, 8)
        XCTAssertEqual(summary.notNonProfit, 1, "the limited company is not kept")
        XCTAssertEqual(summary.outsideRegion, 1, "the Tampere association is outside Päijät-Häme")
        XCTAssertEqual(summary.endedNotAdded, 1)
        XCTAssertEqual(try names(f.db), ["Heinolan Omaishoitajat ry", "Hollolan Vertaistukikeskus ry", "Lahden Seudun Muistiyhdistys ry",
                                         "Päijät-Hämeen Järjestösäätiö sr", "Sysmän Kyläyhdistys ry"])
        let lahti = try XCTUnwrap(f.db.queryOne("SELECT * FROM associations WHERE business_id = '3146740-4'"))
        XCTAssertEqual(lahti.string("street"), "Vesijärvenkatu 30", "the visiting address before the PO box")
        XCTAssertEqual(lahti.string("city"), "Lahti")
        XCTAssertEqual(lahti.string("municipality_code"), "398")
        XCTAssertEqual(lahti.string("legal_form"), "Aatteellinen yhdistys")
        XCTAssertEqual(lahti.string("registered_on"), "2001-09-03")
        XCTAssertEqual(try f.directory.formerNames(try XCTUnwrap(lahti.int64("id"))), ["Lahden Seudun Dementiayhdistys ry"])
        // The former name is searchable.
        let found = try f.directory.rows(DirectoryQuery(search: "Dementiayhdistys"), offset: 0, limit: 5)
        XCTAssertEqual(found.map(\.name), ["Lahden Seudun Muistiyhdistys ry"])
        XCTAssertEqual(YTJCompany.kind(description: "Säätiö", code: "x"), .foundation)
        XCTAssertEqual(YTJCompany.kind(description: "Taloudellinen yhdistys", code: "AY"), .company)
    }

    func testADryRunListsAndWritesNothing() throws {
        let f = try DirectoryFixture()
        let summary = try YTJImport.run(data: try sample(), store: f.store, region: YTJRegion.county("Pirkanmaan hyvinvointialue"), dryRun: true)
        XCTAssertEqual(summary.added, ["Tampereen Liikuntaseura ry"])
        XCTAssertTrue(summary.message(.fi).contains("Koeajo"))
        XCTAssertTrue(summary.message(.en).contains("  + Tampereen Liikuntaseura ry"))
        XCTAssertEqual(try names(f.db), [])
    }

    func testChangesForKnownAssociationsWaitForReviewAndAreAcceptedOrRejectedPerField() throws {
        let f = try DirectoryFixture()
        let heinola = try f.add("Heinolan omaishoitajat", municipality: "Heinola", businessID: "1499625-9")
        let ended = try f.add("Orimattilan nuoret", municipality: "Orimattila", businessID: "1430490-2")
        try f.db.write { try f.db.run("UPDATE associations SET phone = '044 123 4567', street = 'Oma katu 1' WHERE id = ?", heinola) }
        let summary = try YTJImport.run(data: try sample(), store: f.store, region: nil, dryRun: false)
        XCTAssertEqual(summary.addedCount, 5)
        XCTAssertEqual(summary.reviewedAssociations, 2)
        // Nothing of the coordinator's was overwritten.
        let before = try XCTUnwrap(f.db.queryOne("SELECT * FROM associations WHERE id = ?", heinola))
        XCTAssertEqual(before.string("name"), "Heinolan omaishoitajat")
        XCTAssertEqual(before.string("street"), "Oma katu 1")
        let entries = try f.directory.openRegisterReview().filter { $0.associationID == heinola }
        XCTAssertEqual(entries.map(\.field).sorted(), ["city", "name", "postal_code", "street", "website"])
        let name = try XCTUnwrap(entries.first { $0.field == "name" })
        XCTAssertEqual([name.currentValue, name.registerValue], ["Heinolan omaishoitajat", "Heinolan Omaishoitajat ry"])
        try f.directory.acceptRegisterValue(name.id)
        try f.directory.rejectRegisterValue(try XCTUnwrap(entries.first { $0.field == "street" }).id)
        let after = try XCTUnwrap(f.db.queryOne("SELECT * FROM associations WHERE id = ?", heinola))
        XCTAssertEqual(after.string("name"), "Heinolan Omaishoitajat ry")
        XCTAssertEqual(after.string("street"), "Oma katu 1")
        XCTAssertEqual(after.string("phone"), "044 123 4567")
        XCTAssertEqual(try f.directory.formerNames(heinola), ["Heinolan omaishoitajat"])
        XCTAssertThrowsError(try f.directory.acceptRegisterValue(name.id)) { XCTAssertEqual($0 as? RegisterReviewError, .noSuchEntry) }
        // The ended record: marked with its date once accepted.
        let end = try XCTUnwrap(f.directory.openRegisterReview().first { $0.associationID == ended && $0.field == "register_ended_on" })
        XCTAssertEqual(end.registerValue, "2025-12-31")
        XCTAssertNil(try f.directory.registerEndedOn(ended))
        try f.directory.acceptRegisterValue(end.id)
        XCTAssertEqual(try f.directory.registerEndedOn(ended), "2025-12-31")
        // …and shown in the grant checks.
        try f.db.write {
            try f.db.run("INSERT INTO grant_rounds(id, name, year, grant_type_code, appropriation_cents, created_at, updated_at) VALUES (1, 'Yleisavustukset 2026', 2026, 'general', 100000, 'x', 'x')")
            try f.db.run("INSERT INTO grant_applications(id, round_id, association_id, requested_cents, created_at, updated_at) VALUES (1, 1, ?, 50000, 'x', 'x')", ended)
        }
        let warnings = try ContinuityCheck(store: f.store).warnings(applicationID: 1, today: try XCTUnwrap(CivilDate(iso: "2026-11-23")))
        XCTAssertEqual(warnings.first?.kind, .registerEnded(on: try XCTUnwrap(CivilDate(iso: "2025-12-31"))))
        XCTAssertTrue(warnings.first?.message(.fi).hasPrefix("Yhdistyksen rekisteröinti on päättynyt 31.12.2025") == true,
                      warnings.first?.message(.fi) ?? "")
        // Importing again proposes neither the rejected street nor what was accepted.
        let again = try YTJImport.run(data: try sample(), store: f.store, region: nil, dryRun: false)
        XCTAssertEqual(again.addedCount, 0)
        let open = try f.directory.openRegisterReview().filter { $0.associationID == heinola }
        XCTAssertEqual(open.map(\.field).sorted(), ["city", "postal_code", "website"])
    }

    func testASingleCompanyAndTheBulkListAreRead() throws {
        let f = try DirectoryFixture()
        let one = #"{"businessId": {"value": "1499625-9"}, "names": [{"name": "Yksi ry", "type": "1", "endDate": null}], "#
            + #""companyForms": [{"type": "X", "descriptions": [{"languageCode": "1", "description": "Aatteellinen yhdistys"}]}]}"#
        XCTAssertEqual(try YTJImport.run(data: Data(one.utf8), store: f.store, region: nil, dryRun: true).added, ["Yksi ry"])
        let bulk = "[" + one + ", " + one.replacingOccurrences(of: "1499625-9", with: "3146740-4").replacingOccurrences(of: "Yksi", with: "Kaksi") + "]"
        XCTAssertEqual(try YTJImport.run(data: Data(bulk.utf8), store: f.store, region: nil, dryRun: true).added, ["Yksi ry", "Kaksi ry"])
    }

    func testABrokenRecordAnywhereWritesNothing() throws {
        let f = try DirectoryFixture()
        var text = try XCTUnwrap(String(data: try sample(), encoding: .utf8))
        // Break the last company: the ones before it are not left in the file.
        let last = try XCTUnwrap(text.range(of: "\"1338579-8\""))
        text.replaceSubrange(last, with: "\"1338579-8\",,")
        XCTAssertThrowsError(try YTJImport.run(data: Data(text.utf8), store: f.store, region: nil, dryRun: false)) { error in
            guard case ImportFailure.unreadableJSON(let json) = error else { return XCTFail("\(error)") }
            XCTAssertGreaterThan(json.line, 400, "the line is counted in the whole file")
        }
        XCTAssertEqual(try names(f.db), [])
        let control = #"[{"businessId": "1499625-9", "names": [{"name": "X\u001b]52 ry", "type": "1"}]}]"#
        XCTAssertThrowsError(try YTJImport.run(data: Data(control.utf8), store: f.store, region: nil, dryRun: false)) { error in
            XCTAssertTrue((error as? ImportFailure)?.message(.en).contains("U+001B") == true, "\(error)")
        }
        let bad = #"{"companies": [{"businessId": {"value": "123"}, "names": []}]}"#
        XCTAssertThrowsError(try YTJImport.run(data: Data(bad.utf8), store: f.store, region: nil, dryRun: false)) { error in
            XCTAssertTrue((error as? ImportFailure)?.message(.en).contains("business ID") == true, "\(error)")
        }
    }
}
