import XCTest
@testable import Kumppani

/// The full-size demo's bilingual body and Swedish-speaking associations (issue 17).
final class DemoBilingualTests: XCTestCase {
    func testTheBilingualBodysAgendaPrintsSwedishTextsAndMarksTheUntranslatedOne() throws {
        let store = try Store.inMemory()
        try DemoGenerator.generate(into: store, associations: 600, seed: 1)
        let meetings = MeetingStore(store: store)
        let body = try XCTUnwrap(meetings.bodies().first { $0.name == DemoBilingual.name })
        XCTAssertTrue(body.bilingual)
        let meeting = try XCTUnwrap(meetings.meetings().first { $0.bodyID == body.id })
        let agenda = try meetings.exportInBodyLanguage(meetingID: meeting.id, minutes: false, format: .txt)
        XCTAssertTrue(agenda.contains("Kokouksen avaus") && agenda.contains("Sammanträdet öppnas"), agenda)
        XCTAssertTrue(agenda.contains("Nästa sammanträde hålls "), agenda)
        let items = try meetings.items(meetingID: meeting.id)
        XCTAssertTrue(items.allSatisfy { !$0.titleSV.isEmpty }, "every demo title has its Swedish")
        if items.contains(where: { $0.title == "Hyvinvointikertomuksen järjestöosuus" }) {
            XCTAssertTrue(agenda.contains("[svensk text saknas]"), agenda)
        }
        let swedish = try store.database.query("SELECT name FROM associations WHERE correspondence_language = 'sv' ORDER BY name").compactMap { $0.string("name") }
        XCTAssertEqual(swedish, DemoSwedishAssociations.rows.map(\.0).sorted())
        XCTAssertEqual(try DirectoryStore(store: store).correspondenceLanguage(of: 9_100_000_001), .sv)
    }
}
