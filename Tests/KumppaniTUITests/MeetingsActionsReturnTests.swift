import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// The actions view (`t`): Enter opens the selected action's meeting at its item, and Esc comes
/// back to the same action, by its id, or to its row when the action has left the list.
final class MeetingsActionsReturnTests: XCTestCase {
    /// Five open actions of one held meeting, due on the 1st to the 5th of December, each on its
    /// own item of the meeting; a second, planned meeting selected first in the list.
    func seeded() throws -> (App, MeetingStore, meetingID: Int64, actions: [Int64]) {
        let (app, _) = try makeApp(language: .fi, panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: "Lahden kumppanuuspöytä", kind: .partnershipTable)
        let m = try s.createMeeting(bodyID: body, heldOn: "2026-11-16", startsAt: "14:00", endsAt: "16:00", place: "Kaupungintalo")
        var items: [Int64] = []
        for title in ["Avustukset", "Tilat", "Viestintä", "Koulutus", "Yhteistyö"] { items.append(try s.addItem(meetingID: m, title: title)) }
        _ = try s.startMeeting(m)
        var actions: [Int64] = []
        for (i, text) in ["Kutsu järjestöt", "Varaa sali", "Päivitä verkkosivu", "Tilaa koulutus", "Sovi tapaaminen"].enumerated() {
            actions.append(try s.addAction(bodyID: body, meetingID: m, itemID: items[i], text: text, dueOn: "2026-12-0\(i + 1)"))
        }
        _ = try s.endMeeting(m)
        _ = try s.createMeeting(bodyID: body, heldOn: "2026-12-14", startsAt: "13:00", endsAt: "15:00", place: "Kirjasto")
        app.press(.char("3"))
        return (app, s, m, actions)
    }

    /// The text of the row drawn as selected in the actions view.
    func selectedRow(_ app: App) -> String {
        let frame = app.screen(100, 30)
        for y in 0..<30 where frame[0, y].role == .selection { return frame.line(y) }
        return ""
    }

    func testEscFromAnActionsMeetingComesBackToTheSameAction() throws {
        let (app, s, m, _) = try seeded()
        app.press(.char("t"), .down, .down, .down)
        XCTAssertTrue(selectedRow(app).contains("Tilaa koulutus"), app.screen(100, 30).text)
        app.press(.enter)
        let number = try XCTUnwrap(s.meeting(m)).numberText
        var screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains("Pöytäkirja \(number)"), "the action's meeting opens: \(screen)")
        XCTAssertTrue(screen.contains("Koulutus"), screen)
        app.press(.escape)
        screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains("Toimenpiteet – avoimet"), "back in the actions view: \(screen)")
        XCTAssertTrue(selectedRow(app).contains("Tilaa koulutus"), "the same action, not the top: \(screen)")
        app.press(.escape)
        XCTAssertTrue(app.screen(100, 30).text.contains("Kokoukset – Lahden kumppanuuspöytä"), "then the list")
        app.press(.char("t"))
        XCTAssertTrue(selectedRow(app).contains("Tilaa koulutus"), "a later visit selects it too: \(app.screen(100, 30).text)")
    }

    func testAnActionDoneMeanwhileLeavesTheSelectionOnItsRow() throws {
        let (app, s, _, actions) = try seeded()
        app.press(.char("t"), .down, .down)
        XCTAssertTrue(selectedRow(app).contains("Päivitä verkkosivu"), app.screen(100, 30).text)
        app.press(.enter)
        try s.setActionDone(id: actions[2], on: "2026-11-23")   // another window: it leaves the open ones
        app.press(.escape)
        XCTAssertFalse(app.screen(100, 30).text.contains("Päivitä verkkosivu"), app.screen(100, 30).text)
        XCTAssertTrue(selectedRow(app).contains("Tilaa koulutus"), "the row it was on: \(app.screen(100, 30).text)")
    }

    func testEnterOnTheLastActionAfterTheListShrankKeepsTheLastRow() throws {
        let (app, s, _, actions) = try seeded()
        app.press(.char("t"), .down, .down, .down, .down)
        app.press(.enter)
        try s.setActionDone(id: actions[4], on: "2026-11-23")
        try s.setActionDone(id: actions[3], on: "2026-11-23")
        app.press(.escape)
        XCTAssertTrue(selectedRow(app).contains("Päivitä verkkosivu"), "the last row left: \(app.screen(100, 30).text)")
    }

    func testEnterOnAnActionOfNoMeetingSaysSoAndStays() throws {
        let (app, s, _, _) = try seeded()
        let body = try XCTUnwrap(s.bodies().first).id
        _ = try s.addAction(bodyID: body, text: "Selvitä tilat", dueOn: "2026-11-30")
        app.press(.char("t"))
        XCTAssertTrue(selectedRow(app).contains("Selvitä tilat"), app.screen(100, 30).text)
        app.press(.enter)
        let screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains("Toimenpide ei kuulu mihinkään kokoukseen."), screen)
        XCTAssertTrue(screen.contains("Toimenpiteet – avoimet"), screen)
    }

    /// Left another way (pane 2 opened a § of another meeting, then one of the first again):
    /// Esc goes to the list, as for any meeting pane 2 opens.
    func testAMeetingReachedAgainAnotherWayGoesBackToTheList() throws {
        let (app, s, m, _) = try seeded()
        app.press(.char("t"), .enter)
        let body = try XCTUnwrap(s.meeting(m)).bodyID
        let other = try XCTUnwrap(s.meetings(bodyID: body).first { $0.id != m })
        app.perform(MeetingsAction.openSection.id, in: .meetings, argument: String(try XCTUnwrap(s.items(meetingID: other.id).first).id))
        XCTAssertTrue(app.screen(100, 30).text.contains("Esityslista " + other.numberText), app.screen(100, 30).text)
        app.perform(MeetingsAction.openSection.id, in: .meetings, argument: String(try XCTUnwrap(s.items(meetingID: m).first).id))
        XCTAssertTrue(app.screen(100, 30).text.contains("Pöytäkirja " + (try XCTUnwrap(s.meeting(m)).numberText)), app.screen(100, 30).text)
        app.press(.escape)
        XCTAssertTrue(app.screen(100, 30).text.contains("Kokoukset – Lahden kumppanuuspöytä"), app.screen(100, 30).text)
    }
}
