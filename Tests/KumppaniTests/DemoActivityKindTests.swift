import XCTest
@testable import Kumppani

/// Issue 16: the demo's activities have the kind their titles say, so the referral's structured
/// filter (a peer group for family carers) does not answer with a recreation day or a camp.
final class DemoActivityKindTests: XCTestCase {
    func testEveryDemoActivityHasTheKindItsTitleSays() throws {
        let store = try Store.inMemory()
        try DemoGenerator.generate(into: store, associations: 400, seed: 1)
        let rows = try store.database.query("SELECT title, kind_code FROM activities")
        XCTAssertGreaterThan(rows.count, 400)
        for row in rows {
            let title = row.string("title") ?? ""
            let expected = try XCTUnwrap(DemoActivityKinds.byTitle[title], "no kind for the demo title «\(title)»")
            XCTAssertEqual(row.string("kind_code"), expected, title)
        }
        let peerGroups = try store.database.query("SELECT DISTINCT title FROM activities WHERE kind_code = 'peer_group'").compactMap { $0.string("title") }
        XCTAssertFalse(peerGroups.contains("Omaishoitajien virkistyspäivä"))
        XCTAssertTrue(peerGroups.contains("Omaishoitajien vertaisryhmä"))
    }
}
