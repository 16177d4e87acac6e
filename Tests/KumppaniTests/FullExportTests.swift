import XCTest
@testable import Kumppani

final class FullExportTests: XCTestCase {
    func testEveryCollectionWithIDsAndFieldNames() throws {
        let store = try Store.inMemory(clock: FixedClock(Date(timeIntervalSince1970: 1_780_000_000)))
        try DemoGenerator.generate(into: store, associations: 80, seed: 5)
        let path = NSTemporaryDirectory() + "all-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try ExportSink.file(path)
        try FullExport.write(from: store.database, to: sink)
        try sink.commit()
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: [[String: Any]]])
        for key in ["municipalities", "associations", "activities", "people", "affiliations", "contact_log", "grant_rounds",
                    "grant_applications", "grant_payments", "bodies", "members", "meetings", "agenda_items", "actions",
                    "categories", "association_categories", "activity_target_groups", "stage_history", "grant_decisions",
                    "report_figures", "attendance", "negotiation_goals"] {
            XCTAssertNotNil(json[key], key)
            for object in json[key] ?? [] { XCTAssertNotNil(object["id"], key) }
        }
        XCTAssertEqual(json["associations"]?.count, 80)
        XCTAssertEqual(json["municipalities"]?.first { $0["id"] as? String == "398" }?["name_fi"] as? String, "Lahti")
        XCTAssertTrue(json["association_categories"]?.first?["id"] is String)
        let applications = try XCTUnwrap(json["grant_applications"])
        for app in applications {
            XCTAssertNotNil(app["stage"] as? String)
            XCTAssertNotNil(app["requested_cents"] as? Int)
            XCTAssertTrue(app.keys.contains("granted_cents"))
        }
        // granted_cents is the decision's amount, null when there is no decision.
        let received = try XCTUnwrap(applications.first { $0["stage"] as? String == "received" })
        XCTAssertTrue(received["granted_cents"] is NSNull)
        let decisions = try XCTUnwrap(json["grant_decisions"])
        let paid = try XCTUnwrap(applications.first { $0["stage"] as? String == "paid" })
        let decision = try XCTUnwrap(decisions.first { ($0["application_id"] as? Int) == (paid["id"] as? Int) })
        XCTAssertEqual(paid["granted_cents"] as? Int, decision["granted_cents"] as? Int)
        XCTAssertTrue(json["associations"]?.first?["lahella_listed"] is Bool)
        let meeting = try XCTUnwrap(json["meetings"]?.first)
        XCTAssertNotNil((meeting["held_on"] as? String)?.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression))
    }

    /// Integers are written without String (ids are random 64-bit): every edge reads back the same.
    func testIntegersAreWrittenInDecimalExactlyAsSwiftPrintsThem() {
        var random = SeededRandom(seed: 7)
        let values: [Int64] = [0, 1, -1, 9, 10, -10, Int64.max, Int64.min, Int64.min + 1, 1_000_000_000_000_000_000]
            + (0..<200).map { _ in Int64(bitPattern: random.next()) }
        for v in values {
            var out: [UInt8] = []
            ExportSink.appendDecimal(v, to: &out)
            XCTAssertEqual(String(decoding: out, as: UTF8.self), String(v))
        }
    }
}
