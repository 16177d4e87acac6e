import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// The minutes and agenda editor keeps one undo history per field of the open item, as forms
/// do: typing, Tab away, Shift-Tab back, Ctrl-Z still undoes the typing (qa walk, pane 3).
final class MeetingsEditorUndoPerFieldTests: XCTestCase {
    /// A meeting of one item with a proposal; pane 3 shows its body's list.
    func meeting() throws -> (App, MeetingStore, Int64, Int64, Int64) {
        let (app, _) = try makeApp(language: .fi, panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: "Lahden kumppanuuspöytä", kind: .partnershipTable)
        let chair = try s.createPerson(name: "Aino Aalto")
        try s.addMember(bodyID: body, personID: chair, role: .chair)
        let m = try s.createMeeting(bodyID: body, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00", place: "Kaupungintalo")
        let item = try s.addItem(meetingID: m, title: "Järjestöavustukset 2027")
        try s.setText(itemID: item, field: .proposal, text: "Hyväksytään avustukset.")
        try s.addMember(bodyID: body, personID: try s.createPerson(name: "Eero Esko"), role: .member)
        return (app, s, m, item, chair)
    }

    /// Opens the live minutes on the item.
    func live() throws -> (App, MeetingStore, Int64) {
        let (app, s, m, item, chair) = try meeting()
        app.press(.char("3"), .char("s"))
        _ = try s.addAttendee(meetingID: m, personID: chair, role: .member, arrivedNow: true)
        let index = try XCTUnwrap(s.items(meetingID: m).firstIndex { $0.id == item })
        for _ in 0..<index { app.press(.char("n")) }
        return (app, s, item)
    }

    func testUndoInTheDecisionSurvivesTabAndShiftTab() throws {
        let (app, s, item) = try live()
        app.press(.char("d"))                      // the decision
        app.type("Hylättiin.")
        app.press(.tab)                            // to the dissent: the decision is written
        XCTAssertEqual(try s.item(item)?.decision, "Hylättiin.")
        app.type("Eriävä.")
        app.press(.backTab)                        // back to the decision
        app.press(.ctrl("z"))                      // undoes the typing left there
        app.handle(.tick)
        XCTAssertEqual(try s.item(item)?.decision, "", "Ctrl-Z after coming back undid the typing")
        XCTAssertEqual(try s.item(item)?.dissent, "Eriävä.", "the other field is untouched")
        XCTAssertFalse(app.screen(120, 40).text.contains("Hylättiin."), app.screen(120, 40).text)
        app.press(.ctrl("y"))                      // and redo brings it back
        app.handle(.tick)
        XCTAssertEqual(try s.item(item)?.decision, "Hylättiin.")
        app.press(.tab)                            // the dissent keeps its own history too
        app.press(.ctrl("z"))
        app.handle(.tick)
        XCTAssertEqual(try s.item(item)?.dissent, "")
        XCTAssertEqual(try s.item(item)?.decision, "Hylättiin.")
    }

    /// Esc and opening the field again keeps it too; another item starts afresh.
    func testUndoSurvivesEscButNotAnotherItem() throws {
        let (app, s, item) = try live()
        app.press(.char("e"))                      // the discussion
        app.type("Keskusteltiin.")
        app.press(.escape)
        app.press(.char("e"))
        app.press(.ctrl("z"))
        app.handle(.tick)
        XCTAssertEqual(try s.item(item)?.discussion, "", "the history came back with the field")
        app.press(.ctrl("y"))
        app.handle(.tick)
        XCTAssertEqual(try s.item(item)?.discussion, "Keskusteltiin.")
        app.press(.ctrl("n"))                      // the next item (the body's standard items follow)
        app.press(.ctrl("p"))                      // and back: its history was dropped with the move
        app.press(.ctrl("z"))
        app.handle(.tick)
        XCTAssertEqual(try s.item(item)?.discussion, "Keskusteltiin.", "nothing left to undo after another item")
    }

    func testUndoInTheAgendaProposalSurvivesTabAndShiftTab() throws {
        let (app, s, _, item, _) = try meeting()
        app.press(.char("3"), .enter)              // the meeting's agenda
        let index = try XCTUnwrap(s.items(meetingID: try XCTUnwrap(s.item(item)?.meetingID)).firstIndex { $0.id == item })
        for _ in 0..<index { app.press(.down) }
        app.press(.char("e"))                      // the proposal
        app.press(.end)
        app.type(" Lisäys.")
        app.press(.tab, .backTab)                  // background and back
        XCTAssertEqual(try s.item(item)?.proposal, "Hyväksytään avustukset. Lisäys.")
        app.press(.ctrl("z"), .ctrl("z"))          // the word, then the space before it
        app.handle(.tick)
        XCTAssertEqual(try s.item(item)?.proposal, "Hyväksytään avustukset.")
        app.press(.escape)
        let screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Hyväksytään avustukset.") && !screen.contains("Lisäys."), screen)
    }
}
