import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// The meetings pane's screens as values (issue 13, item 4): the root list is kept while a
/// deeper screen is open, and a screen's state exists only while it is shown, so nothing of a
/// meeting left earlier is used on another screen.
final class MeetingsScreensTests: XCTestCase {
    /// Two bodies; the second has two planned meetings.
    func seeded() throws -> (App, MeetingStore, second: [Int64]) {
        let (app, _) = try makeApp(language: .fi, panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        _ = try s.createBody(name: "Heinolan järjestöneuvosto", kind: .ngoAdvisoryBoard)
        let body = try s.createBody(name: "Lahden kumppanuuspöytä", kind: .partnershipTable)
        let first = try s.createMeeting(bodyID: body, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00", place: "Kaupungintalo")
        let second = try s.createMeeting(bodyID: body, heldOn: "2026-12-14", startsAt: "13:00", endsAt: "15:00", place: "Kirjasto")
        app.press(.char("3"))
        return (app, s, [first, second])
    }

    /// Tab to the bodies, down to the body named, Tab back to its meetings, down to `meetingIndex`.
    func select(_ app: App, _ s: MeetingStore, body name: String, meeting: Int64) throws {
        let bodies = try s.bodies()
        let b = try XCTUnwrap(bodies.firstIndex { $0.name == name })
        app.press(.tab)
        for _ in 0..<b { app.press(.down) }
        app.press(.tab)
        let i = try XCTUnwrap(s.meetings(bodyID: bodies[b].id).firstIndex { $0.id == meeting })
        for _ in 0..<i { app.press(.down) }
    }

    func body(_ s: MeetingStore) throws -> Int64 { try XCTUnwrap(s.bodies().first { $0.name == "Lahden kumppanuuspöytä" }).id }

    func header(of m: Int64, _ s: MeetingStore) throws -> String {
        "Esityslista " + (try XCTUnwrap(s.meeting(m)).numberText)
    }

    func testEscFromAMeetingReturnsToTheSameBodyAndMeeting() throws {
        let (app, s, second) = try seeded()
        try select(app, s, body: "Lahden kumppanuuspöytä", meeting: second[1])
        app.press(.enter)
        var screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains(try header(of: second[1], s) + " · suunniteltu · 14.12.2026"), screen)
        app.press(.escape)
        screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains("Kokoukset – Lahden kumppanuuspöytä"), "the list shows the body left: \(screen)")
        app.press(.enter)   // the selection was kept: the same meeting opens again
        screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains(try header(of: second[1], s) + " · suunniteltu · 14.12.2026"), screen)
    }

    func testTheActionsViewKeepsItsFilterBetweenVisits() throws {
        let (app, _, _) = try seeded()
        app.press(.char("t"))
        XCTAssertTrue(app.screen(100, 30).text.contains("Toimenpiteet – avoimet"), app.screen(100, 30).text)
        app.press(.char("f"))
        XCTAssertTrue(app.screen(100, 30).text.contains("Toimenpiteet – myöhässä"), app.screen(100, 30).text)
        app.press(.escape, .char("t"))
        XCTAssertTrue(app.screen(100, 30).text.contains("Toimenpiteet – myöhässä"), "the filter as it was left: \(app.screen(100, 30).text)")
    }

    /// `>` on a minutes draft in the list suggests that meeting's checkers, not those of a meeting
    /// opened and left earlier (its state no longer lingers on the pane).
    func testCheckingFromTheListSuggestsTheSelectedMeetingsCheckers() throws {
        let (app, s, second) = try seeded()
        func person(_ name: String) throws -> Int64 { try s.createPerson(name: name) }
        var opened = try XCTUnwrap(s.meeting(second[1]))
        opened.checker1PersonID = try person("Aino Aalto"); opened.checker2PersonID = try person("Eero Esko")
        try s.updateMeeting(opened)
        var held = try XCTUnwrap(s.meeting(second[0]))
        held.checker1PersonID = try person("Liisa Laine"); held.checker2PersonID = try person("Matti Mäki")
        try s.updateMeeting(held)
        _ = try s.startMeeting(second[0])
        _ = try s.endMeeting(second[0])
        try select(app, s, body: "Lahden kumppanuuspöytä", meeting: second[1])
        app.press(.enter, .escape)                      // open the other meeting, and leave it
        let order = try s.meetings(bodyID: body(s)).map(\.id)
        let step = try XCTUnwrap(order.firstIndex(of: second[0])) - XCTUnwrap(order.firstIndex(of: second[1]))
        app.press(step > 0 ? .down : .up)               // the held one
        XCTAssertEqual(abs(step), 1)
        app.press(.char(">"))
        XCTAssertTrue(app.screen(120, 40).text.contains("Tarkastettu (esim. 23.11.2026, 1.12. tai tänään):"), app.screen(120, 40).text)
        app.press(.enter)
        let screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Liisa Laine, Matti Mäki"), screen)
        XCTAssertFalse(screen.contains("Aino Aalto"), screen)
    }
}

/// A meeting deleted in another window while it is open: the pane goes back to the list
/// instead of drawing a meeting that is no longer in the file.
final class MeetingsDeletedMeetingTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-screens-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func testAMeetingDeletedInAnotherWindowClosesToTheList() throws {
        let s = MeetingStore(store: try Store.open(path: path, clock: clock))
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"
        _ = try DirectoryStore(store: s.store).save(d)   // not an empty database: no welcome view
        let body = try s.createBody(name: "Lahden kumppanuuspöytä", kind: .partnershipTable)
        let m = try s.createMeeting(bodyID: body, heldOn: "2026-12-14", startsAt: "14:00", endsAt: "16:00")
        let app = AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: .fi, clock: clock))
        app.press(.char("3"), .enter)
        XCTAssertTrue(app.screen(100, 30).text.contains("Esityslista 1/2026"), app.screen(100, 30).text)
        try s.deleteMeeting(m)
        app.handle(.tick)
        let screen = app.screen(100, 30).text
        XCTAssertFalse(screen.contains("Esityslista 1/2026"), screen)
        XCTAssertTrue(screen.contains("Kokoukset – Lahden kumppanuuspöytä"), screen)
        app.press(.char("t"))   // the list's keys work again: the actions view opens
        XCTAssertTrue(app.screen(100, 30).text.contains("Toimenpiteet – avoimet"), app.screen(100, 30).text)
    }
}
