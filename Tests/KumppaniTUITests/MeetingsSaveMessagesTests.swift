import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Ctrl-S in the minutes and agenda editor and creating a body say what happened in the
/// status line (qa walk, pane 3: they wrote silently).
final class MeetingsSaveMessagesTests: XCTestCase {
    func meeting(_ language: Language = .fi) throws -> (App, MeetingStore, Int64) {
        let (app, _) = try makeApp(language: language, panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: "Lahden kumppanuuspöytä", kind: .partnershipTable)
        try s.addMember(bodyID: body, personID: try s.createPerson(name: "Aino Aalto"), role: .chair)
        let m = try s.createMeeting(bodyID: body, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00", place: "Kaupungintalo")
        let item = try s.addItem(meetingID: m, title: "Järjestöavustukset 2027")
        app.press(.char("3"))
        return (app, s, item)
    }

    func testCtrlSInTheMinutesEditorWritesAndSaysSo() throws {
        let (app, s, item) = try meeting()
        app.press(.char("s"))                      // the live minutes
        let index = try XCTUnwrap(s.items(meetingID: try XCTUnwrap(s.item(item)?.meetingID)).firstIndex { $0.id == item })
        for _ in 0..<index { app.press(.char("n")) }
        app.press(.char("d"))
        app.type("Hylättiin.")
        XCTAssertFalse(app.screen(120, 40).text.contains("Pöytäkirja tallennettu."))
        app.press(.ctrl("s"))                      // no tick between: Ctrl-S itself writes
        XCTAssertEqual(try s.item(item)?.decision, "Hylättiin.")
        let screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Pöytäkirja tallennettu."), screen)
        XCTAssertTrue(screen.contains("Lopeta kirjoitus"), "the editor stays open: \(screen)")
        app.type(" Lisäys.")
        app.press(.function(2))
        XCTAssertEqual(try s.item(item)?.decision, "Hylättiin. Lisäys.")
    }

    func testCtrlSInTheAgendaEditorSaysTheAgendaWasSavedInEnglish() throws {
        let (app, s, item) = try meeting(.en)
        app.press(.enter)                          // the agenda
        let index = try XCTUnwrap(s.items(meetingID: try XCTUnwrap(s.item(item)?.meetingID)).firstIndex { $0.id == item })
        for _ in 0..<index { app.press(.down) }
        app.press(.char("e"))
        app.type("Approved.")
        app.press(.ctrl("s"))
        XCTAssertEqual(try s.item(item)?.proposal, "Approved.")
        XCTAssertTrue(app.screen(120, 40).text.contains("Agenda saved."), app.screen(120, 40).text)
    }

    func testANewBodySaysItWasAddedAndWithWhichKind() throws {
        let (app, s, _) = try meeting()
        app.press(.char("b"))
        app.type("Hyte-ryhmä")
        app.press(.enter)
        XCTAssertTrue(app.screen(120, 40).text.contains("Toimielin ”Hyte-ryhmä” lisätty."), app.screen(120, 40).text)
        app.press(.down, .down, .enter)            // the kind: hyte committee
        XCTAssertEqual(try s.bodies().first { $0.name == "Hyte-ryhmä" }?.kind, .hyteCommittee)
        XCTAssertTrue(app.screen(120, 40).text.contains("Toimielin ”Hyte-ryhmä” lisätty: hyte-toimielin."), app.screen(120, 40).text)
    }
}
