import XCTest
import Kumppani
@testable import KumppaniTUI

/// `r` in pane 3's goals view writes a negotiation goal's Swedish goal and measures (issue 17),
/// and the Swedish screen shows them in the table (the Finnish where none is written).
final class MeetingsGoalSwedishPaneTests: XCTestCase {
    func testRAsksForTheSwedishGoalAndMeasuresAndTheSwedishTableShowsThem() throws {
        let (app, _) = try makeApp(language: .fi, panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: "Kumppanuuspöytä / Partnerskapsbordet", kind: .partnershipTable)
        try s.setBilingualDocuments(bodyID: body)
        _ = try s.createMeeting(bodyID: body, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00", place: "Borgå stadshus")
        let goal = try s.addGoal(bodyID: body, year: 2026, goal: "Omaishoitajat jaksavat", measures: "Vertaisryhmät")
        _ = try s.addGoal(bodyID: body, year: 2026, goal: "Nuorten osallisuus", measures: "Yhteiset tapahtumat")
        app.press(.char("3"), .char("g"))
        var text = app.screen(120, 40).text
        XCTAssertTrue(text.contains("Omaishoitajat jaksavat"), text)
        let row = try XCTUnwrap(s.goals(bodyID: body, year: 2026).firstIndex { $0.id == goal })
        for _ in 0..<row { app.press(.down) }
        app.press(.char("r"))
        text = app.screen(120, 40).text
        XCTAssertTrue(text.contains("Tavoite ruotsiksi (suomeksi: Omaishoitajat jaksavat)"), text)
        app.type("Närståendevårdarna orkar"); app.press(.enter)
        XCTAssertTrue(app.screen(120, 40).text.contains("Toimenpiteet ruotsiksi (suomeksi: Vertaisryhmät)"), app.screen(120, 40).text)
        app.type("Kamratgrupper"); app.press(.enter)
        XCTAssertTrue(app.screen(120, 40).text.contains("Tavoitteen ruotsinkieliset tekstit tallennettu."), app.screen(120, 40).text)
        let stored = try XCTUnwrap(s.goals(bodyID: body, year: 2026).first { $0.id == goal })
        XCTAssertEqual(stored.goalSV, "Närståendevårdarna orkar")
        XCTAssertEqual(stored.measuresSV, "Kamratgrupper")
        XCTAssertEqual(stored.goal, "Omaishoitajat jaksavat", "the Finnish is untouched")
        XCTAssertTrue(app.screen(120, 40).text.contains("Omaishoitajat jaksavat"), "the Finnish screen shows the Finnish")

        let sv = App(store: app.store, services: FakeServices(), panes: [MeetingsPane()], language: .sv,
                     clock: FixedClock(Date(timeIntervalSince1970: 1_795_435_200)))
        sv.press(.char("3"), .char("g"))
        text = sv.screen(120, 40).text
        XCTAssertTrue(text.contains("Närståendevårdarna orkar") && text.contains("Kamratgrupper"), text)
        XCTAssertFalse(text.contains("Omaishoitajat jaksavat"), text)
        XCTAssertTrue(text.contains("Nuorten osallisuus"), "no Swedish written: the Finnish\n\(text)")
    }
}
