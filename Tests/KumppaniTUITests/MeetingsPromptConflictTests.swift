import XCTest
import Kumppani
@testable import KumppaniTUI

/// The Meetings pane's one-field edits meet another window's saves (here the same file written
/// from outside the pane): each conflict dialog answers its own edit only.
final class MeetingsPromptConflictTests: XCTestCase {
    /// A place conflict left with Esc, then a title conflict answered "keep mine": the title is
    /// written, and the place the user never confirmed is not.
    func testAnAnswerGoesToTheQuestionShownNotToOneLeftWithEsc() throws {
        let (app, _) = try makeApp(panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: "Kumppanuuspöytä", kind: .partnershipTable)
        let m = try s.createMeeting(bodyID: body, heldOn: "2026-12-03", startsAt: "14:00", place: "Kaupungintalo")
        let item = try s.addItem(meetingID: m, title: "Järjestöavustukset 2027")
        let index = try XCTUnwrap(s.items(meetingID: m).firstIndex { $0.id == item })
        app.press(.char("3"), .enter)
        for _ in 0..<index { app.press(.down) }

        var theirs = try XCTUnwrap(s.meeting(m))
        theirs.heldOn = "2026-12-10"
        try s.updateMeeting(theirs)                        // another window moves the meeting
        app.press(.char("w"), .ctrl("u")); app.type("Sote-talo"); app.press(.enter)
        XCTAssertTrue(app.screen(120, 40).text.contains("Tietoa muutettiin toisessa ikkunassa"), app.screen(120, 40).text)
        app.press(.escape)                                 // no answer to the place question

        var heading = try XCTUnwrap(s.item(item)).heading
        heading.preparer = "Hyvinvointikoordinaattori"
        try s.updateItemHeading(itemID: item, to: heading) // another window sets the preparer
        app.press(.char("t"), .ctrl("u")); app.type("Avustusten jakoperusteet"); app.press(.enter)
        let screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("sinun:    Avustusten jakoperusteet"), screen)
        app.press(.char("1"))                              // keep mine: the title

        XCTAssertEqual(try s.item(item)?.title, "Avustusten jakoperusteet")
        XCTAssertEqual(try s.item(item)?.preparer, "Hyvinvointikoordinaattori", "their field stays")
        XCTAssertEqual(try s.meeting(m)?.place, "Kaupungintalo", "the place question was never answered")
        XCTAssertEqual(try s.meeting(m)?.heldOn, "2026-12-10")
    }
}
