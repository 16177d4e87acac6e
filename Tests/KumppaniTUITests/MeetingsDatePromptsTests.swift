import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Pane 3's date prompts read dates as the forms do (`CivilDate.parse`: `+14`, `1.12.`,
/// `tänään`/`today`…) and their hints say so, in the language's own way of writing dates.
final class MeetingsDatePromptsTests: XCTestCase {
    /// A body with one meeting of one item (not started); today is 23.11.2026.
    func body(_ language: Language = .fi) throws -> (App, MeetingStore, Int64, Int64) {
        let (app, _) = try makeApp(language: language, panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: "Lahden kumppanuuspöytä", kind: .partnershipTable)
        let chair = try s.createPerson(name: "Aino Aalto")
        try s.addMember(bodyID: body, personID: chair, role: .chair)
        let m = try s.createMeeting(bodyID: body, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00", place: "Kaupungintalo")
        _ = try s.addItem(meetingID: m, title: "Järjestöavustukset 2027")
        app.press(.char("3"))
        return (app, s, body, m)
    }

    func testANewMeetingTakesARelativeDateAndTheHintSaysSo() throws {
        let (app, s, body, _) = try body()
        app.press(.char("n"))
        XCTAssertTrue(app.screen(120, 40).text.contains("Päivämäärä (esim. 23.11.2026, 1.12., +14 tai tänään)"), app.screen(120, 40).text)
        app.press(.ctrl("u"))
        app.type("+14")
        app.press(.enter, .enter)                  // the date, then the suggested time
        app.type("Kaupungintalo")
        app.press(.enter)
        XCTAssertEqual(try s.meetings(bodyID: body).map(\.heldOn).sorted(), ["2026-11-23", "2026-12-07"])
    }

    func testTheMeetingDateTakesADayAndMonthAndABadDateSaysWhatWorks() throws {
        let (app, s, _, m) = try body()
        app.press(.enter, .char("d"))              // the agenda, its date
        app.press(.ctrl("u"))
        app.type("1.12.")
        app.press(.enter)
        XCTAssertEqual(try s.meeting(m)?.heldOn, "2026-12-01")
        app.press(.char("d"), .ctrl("u"))
        app.type("joskus")
        app.press(.enter)
        XCTAssertEqual(try s.meeting(m)?.heldOn, "2026-12-01", "a bad date changes nothing")
        XCTAssertTrue(app.screen(120, 40).text.contains("Päivämäärä ”joskus” ei kelpaa. Kirjoita esim. 23.11.2026, 1.12., +14 tai tänään."),
                      app.screen(120, 40).text)
        // The question stays open with what was typed: Ctrl-U and a good date finish it.
        XCTAssertNotNil(app.state.topOverlayName)
        app.press(.ctrl("u")); app.type("+14"); app.press(.enter)
        XCTAssertEqual(try s.meeting(m)?.heldOn, "2026-12-07")
        app.press(.char("o"), .ctrl("u")); app.type("kahdelta"); app.press(.enter)
        XCTAssertNotNil(app.state.topOverlayName, "a bad time is asked again too")
        XCTAssertTrue(app.screen(120, 40).text.contains("kahdelta"), app.screen(120, 40).text)
    }

    func testAnActionDueDateTakesPlusDays() throws {
        let (app, s, _, m) = try body()
        app.press(.char("s"))                      // start: the live minutes
        app.press(.char("o"))
        app.type("Kutsu järjestöt")
        app.press(.enter)
        app.type("Aino Aalto")
        app.press(.enter)
        XCTAssertTrue(app.screen(120, 40).text.contains("Määräaika (esim. 1.12.2026, 1.12. tai +14; voi jättää tyhjäksi)"), app.screen(120, 40).text)
        app.type("+14")
        app.press(.enter)
        XCTAssertEqual(try s.actions(meetingID: m).map(\.dueOn), ["2026-12-07"])
    }

    func testEnglishPromptsShowDatesAsEnglishWritesThemAndTakeToday() throws {
        let (app, s, body, _) = try body(.en)
        app.press(.char("n"))
        XCTAssertTrue(app.screen(120, 40).text.contains("Date (e.g. 2026-11-23, +14 or today)"), app.screen(120, 40).text)
        app.press(.ctrl("u"))
        app.type("tomorrow")
        app.press(.enter, .enter)
        app.type("City hall")
        app.press(.enter)
        XCTAssertEqual(try s.meetings(bodyID: body).map(\.heldOn).sorted(), ["2026-11-23", "2026-11-24"])
    }

    /// A member's term: its ends split at the en dash, each read like any other date.
    func testATermTakesISODatesAndRelativeEnds() throws {
        let today = try XCTUnwrap(CivilDate(year: 2026, month: 11, day: 23))
        XCTAssertEqual(MeetingsPane.parseTerm("2025-06-01–2029-05-31", today: today).map { [$0.0, $0.1] }, ["2025-06-01", "2029-05-31"])
        XCTAssertEqual(MeetingsPane.parseTerm("1.6.2025-31.5.2029", today: today).map { [$0.0, $0.1] }, ["2025-06-01", "2029-05-31"])
        XCTAssertEqual(MeetingsPane.parseTerm("tänään–", today: today).map { [$0.0, $0.1] }, ["2026-11-23", nil])
        XCTAssertEqual(MeetingsPane.parseTerm("2026-12-01", today: today).map { [$0.0, $0.1] }, ["2026-12-01", nil])
        XCTAssertNil(MeetingsPane.parseTerm("joskus–", today: today))
    }
}
