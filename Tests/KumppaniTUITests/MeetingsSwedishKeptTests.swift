import XCTest
import Kumppani
@testable import KumppaniTUI

/// Ctrl-R's choice of the Swedish texts is kept while the pane lives: the next meeting of a body
/// that writes Swedish opens in Swedish, its labels saying so; a Finnish body's meeting opens in
/// Finnish, and neither posts a message.
final class MeetingsSwedishKeptTests: XCTestCase {
    struct World {
        let app: App
        let s: MeetingStore
        let bilingual: [Int64]   // two meetings of the bilingual body
        let finnish: Int64       // a meeting of a Finnish body
    }

    func seeded() throws -> World {
        let (app, _) = try makeApp(language: .fi, panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let both = try s.createBody(name: "Kumppanuuspöytä / Partnerskapsbordet", kind: .partnershipTable)
        try s.setBilingualDocuments(bodyID: both)
        let finnish = try s.createBody(name: "Lahden järjestöneuvosto", kind: .ngoAdvisoryBoard)
        var meetings: [Int64] = []
        for (body, date) in [(both, "2026-11-23"), (both, "2026-12-14"), (finnish, "2026-12-01")] {
            let m = try s.createMeeting(bodyID: body, heldOn: date, startsAt: "14:00", endsAt: "16:00", place: "Borgå stadshus")
            let item = try s.addItem(meetingID: m, title: "Järjestöavustukset 2027")
            try s.setText(itemID: item, field: .proposal, text: "Hyväksytään avustukset liitteen mukaisesti.")
            meetings.append(m)
        }
        app.press(.char("3"))
        return World(app: app, s: s, bilingual: [meetings[0], meetings[1]], finnish: meetings[2])
    }

    /// From the list: the meeting's body, the meeting, Enter, and down to its grants item.
    func open(_ w: World, _ m: Int64) throws {
        try select(w, m)
        let meeting = try XCTUnwrap(w.s.meeting(m))
        w.app.press(.enter)
        XCTAssertTrue(w.app.screen(120, 40).text.contains("Esityslista " + meeting.numberText), w.app.screen(120, 40).text)
        let items = try w.s.items(meetingID: m)
        for _ in 0..<(try XCTUnwrap(items.firstIndex { $0.title == "Järjestöavustukset 2027" })) { w.app.press(.down) }
    }

    /// In the list: the meeting's body, then the meeting.
    func select(_ w: World, _ m: Int64) throws {
        let meeting = try XCTUnwrap(w.s.meeting(m))
        let bodies = try w.s.bodies()
        let b = try XCTUnwrap(bodies.firstIndex { $0.id == meeting.bodyID })
        w.app.press(.tab)
        for _ in 0..<bodies.count { w.app.press(.up) }
        for _ in 0..<b { w.app.press(.down) }
        w.app.press(.tab)
        let list = try w.s.meetings(bodyID: meeting.bodyID)
        for _ in 0..<list.count { w.app.press(.up) }
        for _ in 0..<(try XCTUnwrap(list.firstIndex { $0.id == m })) { w.app.press(.down) }
    }

    let swedishOn = "Näytetään ja muokataan ruotsinkielisiä tekstejä (Ctrl-R palaa suomeen)."

    func testCtrlRInOneMeetingOpensTheNextBilingualMeetingInSwedishButAFinnishBodysInFinnish() throws {
        let w = try seeded()
        try open(w, w.bilingual[0])
        w.app.press(.ctrl("r"))
        XCTAssertTrue(w.app.screen(120, 40).text.contains("Päätösehdotus ruotsiksi"), w.app.screen(120, 40).text)
        w.app.press(.escape)

        try open(w, w.bilingual[1])
        var text = w.app.screen(120, 40).text
        XCTAssertTrue(text.contains("Päätösehdotus ruotsiksi"), "still Swedish: \(text)")
        XCTAssertTrue(text.contains("Otsikko ruotsiksi"), text)
        w.app.press(.escape, .escape)   // the list, and Esc there clears the status line

        try open(w, w.finnish)
        text = w.app.screen(120, 40).text
        XCTAssertTrue(text.contains("Päätösehdotus") && !text.contains("ruotsiksi"), "a Finnish body's meeting in Finnish: \(text)")
        XCTAssertFalse(text.contains("ruotsinkielisiä"), "saying nothing about Swedish: \(text)")
        w.app.press(.escape)

        try open(w, w.bilingual[0])
        XCTAssertTrue(w.app.screen(120, 40).text.contains("Päätösehdotus ruotsiksi"), "the choice outlived the Finnish meeting")
        w.app.press(.ctrl("r"), .escape)   // back to Finnish: that is the choice now
        try open(w, w.bilingual[1])
        text = w.app.screen(120, 40).text
        XCTAssertTrue(text.contains("Päätösehdotus") && !text.contains("Päätösehdotus ruotsiksi"), text)
    }

    /// Starting a meeting from the list: the status line says it started, the labels say Swedish.
    func testStartingFromTheListSaysItStartedAndShowsTheSwedishLabels() throws {
        let w = try seeded()
        try open(w, w.bilingual[0])
        w.app.press(.ctrl("r"), .escape)
        try select(w, w.bilingual[1])
        w.app.press(.char("s"), .char("k"))   // started today (yes to the other date)
        let text = w.app.screen(120, 40).text
        XCTAssertTrue(text.contains("Kokous \(try XCTUnwrap(w.s.meeting(w.bilingual[1])).numberText) alkoi klo"), text)
        XCTAssertFalse(text.contains(swedishOn), text)
        let items = try w.s.items(meetingID: w.bilingual[1])
        for _ in 0..<(try XCTUnwrap(items.firstIndex { $0.title == "Järjestöavustukset 2027" })) { w.app.press(.char("n")) }
        XCTAssertTrue(w.app.screen(120, 40).text.contains("Päätös ruotsiksi"), w.app.screen(120, 40).text)
    }
}
