import XCTest
@testable import Kumppani

/// Agendas and minutes in the body's document language: Finnish, Swedish, or both in one
/// document (Finnish first, Swedish after each heading and text, a missing Swedish text marked).
final class BodyLanguageDocumentsTests: XCTestCase {
    func agenda(_ f: MeetingFixture) throws -> Int64 {
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00",
                                             place: "Borgå stadshus")
        let item = try f.meetings.addItem(meetingID: m, title: "Föreningsunderstöd 2027")
        try f.meetings.save([ItemEdit(itemID: item, field: .background, text: "Ansökningar inkom 42."),
                             ItemEdit(itemID: item, field: .proposal, text: "Understöden beviljas enligt bilaga 1.")])
        return m
    }

    func testAFinnishBodyPrintsFinnish() throws {
        let f = try MeetingFixture()
        let text = try f.meetings.exportInBodyLanguage(meetingID: try agenda(f), minutes: false, format: .md)
        XCTAssertTrue(text.contains("esityslista 1/2026"), text)
        XCTAssertTrue(text.contains("Päätösehdotus"), text)
        XCTAssertFalse(text.contains("Beslutsförslag"), text)
    }

    func testASwedishBodyPrintsSwedishOnly() throws {
        let f = try MeetingFixture()
        try f.meetings.setDocumentLanguage(bodyID: f.bodyID, .sv)
        let m = try agenda(f)
        for minutes in [false, true] {
            let text = try f.meetings.exportInBodyLanguage(meetingID: m, minutes: minutes, format: .md)
            XCTAssertTrue(text.contains(minutes ? "protokoll 1/2026" : "föredragningslista 1/2026"), text)
            XCTAssertTrue(text.contains("Beslutsförslag"), text)
            XCTAssertTrue(text.contains("23.11.2026 kl. 14.00–16.00"), text)
            for finnish in ["Päätösehdotus", "Toimielin", "Paikka", "Puheenjohtaja", "esityslista", "pöytäkirja", "[svensk text saknas]"] {
                XCTAssertFalse(text.contains(finnish), "\(finnish) in\n\(text)")
            }
        }
    }

    func testABilingualBodyPrintsFinnishThenSwedishAndMarksMissingSwedishText() throws {
        let f = try MeetingFixture()
        try f.meetings.setBilingualDocuments(bodyID: f.bodyID)
        XCTAssertEqual(try f.meetings.body(f.bodyID)?.bilingual, true)
        let text = try f.meetings.exportInBodyLanguage(meetingID: try agenda(f), minutes: false, format: .txt)
        let fiTitle = try XCTUnwrap(text.range(of: "esityslista 1/2026"))
        let svTitle = try XCTUnwrap(text.range(of: "föredragningslista 1/2026"))
        XCTAssertLessThan(fiTitle.lowerBound, svTitle.lowerBound, "Finnish first")
        XCTAssertTrue(text.contains("Toimielin / Organ"), text)
        let fiProposal = try XCTUnwrap(text.range(of: "Päätösehdotus"))
        let svProposal = try XCTUnwrap(text.range(of: "Beslutsförslag"))
        XCTAssertLessThan(fiProposal.lowerBound, svProposal.lowerBound)
        // The item has only one text: it prints once, and the Swedish slot says it is missing.
        XCTAssertEqual(text.components(separatedBy: "Understöden beviljas enligt bilaga 1.").count - 1, 1, text)
        XCTAssertTrue(text[svProposal.upperBound...].contains("[svensk text saknas]"), text)
    }

    func testTheBilingualSettingSurvivesABodyUpdate() throws {
        let f = try MeetingFixture()
        try f.meetings.setBilingualDocuments(bodyID: f.bodyID)
        var body = try XCTUnwrap(f.meetings.body(f.bodyID))
        body.name = "Partnerskapsbordet i Östra Nyland"
        try f.meetings.updateBody(body)
        let stored = try f.store.database.query("SELECT document_language FROM bodies WHERE id = ?", f.bodyID).first?.string("document_language")
        XCTAssertEqual(stored, "fi+sv")
    }
}
