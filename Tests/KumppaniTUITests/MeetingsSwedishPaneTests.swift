import XCTest
import Kumppani
@testable import KumppaniTUI

/// Ctrl-R in the agenda and the live minutes: the Swedish texts beside the Finnish ones are shown
/// and edited with the same keys, the field labels saying which language (issue 17).
final class MeetingsSwedishPaneTests: XCTestCase {
    func seeded() throws -> (App, MeetingStore, meetingID: Int64, itemID: Int64) {
        let (app, _) = try makeApp(language: .fi, panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: "Kumppanuuspöytä / Partnerskapsbordet", kind: .partnershipTable)
        try s.setBilingualDocuments(bodyID: body)
        for (name, role) in [("Aino Aalto", MemberRole.chair), ("Eero Esko", .member), ("Liisa Laine", .member)] {
            try s.addMember(bodyID: body, personID: try s.createPerson(name: name), role: role)
        }
        let m = try s.createMeeting(bodyID: body, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00", place: "Borgå stadshus")
        let item = try s.addItem(meetingID: m, title: "Järjestöavustukset 2027")
        try s.setText(itemID: item, field: .proposal, text: "Hyväksytään avustukset liitteen mukaisesti.")
        app.press(.char("3"))
        return (app, s, m, item)
    }

    func testCtrlRSwitchesTheAgendaToTheSwedishTextsWhichTheSameKeysWrite() throws {
        let (app, s, m, item) = try seeded()
        app.press(.enter)                                           // the agenda
        let index = try XCTUnwrap(s.items(meetingID: m).firstIndex { $0.id == item })
        for _ in 0..<index { app.press(.down) }
        var text = app.screen(120, 40).text
        XCTAssertTrue(text.contains("Päätösehdotus") && !text.contains("Päätösehdotus ruotsiksi"), text)
        app.press(.ctrl("r"))
        text = app.screen(120, 40).text
        XCTAssertTrue(text.contains("Päätösehdotus ruotsiksi"), text)
        XCTAssertTrue(text.contains("(ei ruotsinkielistä päätösehdotusta – e kirjoittaa)"), text)
        XCTAssertTrue(text.contains("Otsikko ruotsiksi"), text)
        app.press(.char("e"))
        app.type("Understöden beviljas enligt bilagan.")
        app.press(.escape)
        XCTAssertEqual(try s.item(item)?.proposalSV, "Understöden beviljas enligt bilagan.")
        XCTAssertEqual(try s.item(item)?.proposal, "Hyväksytään avustukset liitteen mukaisesti.", "the Finnish is untouched")
        app.press(.char("t"))                                       // the Swedish title, in the editor
        app.type("Föreningsunderstöd 2027")
        app.press(.escape)
        XCTAssertEqual(try s.item(item)?.titleSV, "Föreningsunderstöd 2027")
        XCTAssertEqual(try s.item(item)?.title, "Järjestöavustukset 2027")
        // Inside the editor Ctrl-R moves to the same field in the other language.
        app.press(.char("e"), .ctrl("r"))
        text = app.screen(120, 40).text
        XCTAssertTrue(text.contains("Näytetään ja muokataan suomenkielisiä tekstejä."), text)
        app.press(.ctrl("e"))
        app.type(" Lisäys.")
        app.press(.escape)
        XCTAssertEqual(try s.item(item)?.proposal, "Hyväksytään avustukset liitteen mukaisesti. Lisäys.")
        XCTAssertEqual(try s.item(item)?.proposalSV, "Understöden beviljas enligt bilagan.")
        // The key is in the help and the menu.
        XCTAssertTrue(MeetingsBindings.agenda.contains { $0.action == MeetingsAction.swedish.id && $0.menu != nil })
        XCTAssertTrue(MeetingsBindings.live.contains { $0.action == MeetingsAction.swedish.id && $0.menu != nil })
    }

    func testTheLiveMinutesWriteTheSwedishDecisionAndAsProposedWritesBoth() throws {
        let (app, s, m, item) = try seeded()
        app.press(.char("s"))
        app.press(.char("a"), .char("a"), .char("b"), .char("c"), .enter)
        let index = try XCTUnwrap(s.items(meetingID: m).firstIndex { $0.id == item })
        for _ in 0..<index { app.press(.char("n")) }
        app.press(.char("h"))
        XCTAssertEqual(try s.item(item)?.decision, "Hyväksyttiin esityksen mukaisesti.")
        XCTAssertEqual(try s.item(item)?.decisionSV, "Godkändes enligt förslaget.", "a bilingual body's minutes say it in Swedish too")
        app.press(.ctrl("r"), .char("d"), .ctrl("u"))
        app.type("Godkändes med ändringar.")
        app.press(.escape)
        XCTAssertEqual(try s.item(item)?.decisionSV, "Godkändes med ändringar.")
        XCTAssertEqual(try s.item(item)?.decision, "Hyväksyttiin esityksen mukaisesti.")
        XCTAssertTrue(app.screen(120, 40).text.contains("Päätös ruotsiksi"), app.screen(120, 40).text)
    }
}
