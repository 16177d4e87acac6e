import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// The secretary writes the minutes in one window while the coordinator edits the same item in
/// another: the autosave never overwrites the other window's text without asking.
final class TwoWindowsMinutesTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var itemID: Int64 = 0

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-minutes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let s = MeetingStore(store: try Store.open(path: path, clock: clock))
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"
        _ = try DirectoryStore(store: s.store).save(d)   // not an empty database: no welcome view
        let body = try s.createBody(name: "Lahden kumppanuuspöytä", kind: .partnershipTable)
        let m = try s.createMeeting(bodyID: body, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00")
        _ = try s.startMeeting(m)
        itemID = try XCTUnwrap(s.items(meetingID: m).first?.id)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func storedDiscussion() throws -> String? {
        try MeetingStore(store: try Store.open(path: path, clock: clock)).item(itemID)?.discussion
    }

    /// A window on the live minutes of the meeting, editing the first item's discussion.
    func windowEditingDiscussion() throws -> App {
        let app = AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: .fi, clock: clock))
        app.press(.char("3"), .enter, .enter)
        return app
    }

    /// Both windows edit; B saves first, then A's autosave finds B's text.
    func conflict() throws -> (a: App, b: App) {
        let a = try windowEditingDiscussion(), b = try windowEditingDiscussion()
        a.type("Sihteeri kirjaa. ")
        a.handle(.tick)
        XCTAssertEqual(try storedDiscussion(), "Sihteeri kirjaa. ")
        b.handle(.tick)
        XCTAssertTrue(b.screen(120, 40).text.contains("Sihteeri kirjaa."), "B's clean editor follows A: \(b.screen(120, 40).text)")
        b.type("Koordinaattori lisää.")
        b.handle(.tick)
        XCTAssertEqual(try storedDiscussion(), "Sihteeri kirjaa. Koordinaattori lisää.")
        a.type("Päätettiin.")
        a.handle(.tick)
        return (a, b)
    }

    func testTheAutosaveStopsAndAsksWhenTheOtherWindowChangedTheText() throws {
        let (a, _) = try conflict()
        XCTAssertEqual(try storedDiscussion(), "Sihteeri kirjaa. Koordinaattori lisää.", "A's autosave did not overwrite")
        let screen = a.screen(120, 40).text
        XCTAssertTrue(screen.contains("Tietoa muutettiin toisessa ikkunassa"), screen)
        XCTAssertTrue(screen.contains("nyt:      Sihteeri kirjaa. Koordinaattori lisää."), screen)
        XCTAssertTrue(screen.contains("sinun:    Sihteeri kirjaa. Päätettiin."), screen)
        a.press(.escape)                       // closes the dialog: autosave stays paused
        a.type(" Lisää.")
        a.handle(.tick)
        XCTAssertEqual(try storedDiscussion(), "Sihteeri kirjaa. Koordinaattori lisää.")
        XCTAssertTrue(a.currentPane.hasUnsavedWork)
        a.press(.escape)                       // leaving the field asks again instead of losing the text
        XCTAssertEqual(a.state.topOverlayName, "dialog")
    }

    func testKeepMineWritesMyText() throws {
        let (a, _) = try conflict()
        a.press(.char("1"))
        XCTAssertEqual(try storedDiscussion(), "Sihteeri kirjaa. Päätettiin.")
        a.type(" Jatkuu.")
        a.handle(.tick)
        XCTAssertEqual(try storedDiscussion(), "Sihteeri kirjaa. Päätettiin. Jatkuu.", "the autosave runs again")
    }

    func testTakeTheirsShowsTheirText() throws {
        let (a, _) = try conflict()
        a.press(.char("2"))
        XCTAssertEqual(try storedDiscussion(), "Sihteeri kirjaa. Koordinaattori lisää.")
        XCTAssertFalse(a.currentPane.hasUnsavedWork)
        a.type(" Sihteeri jatkaa.")
        a.handle(.tick)
        XCTAssertEqual(try storedDiscussion(), "Sihteeri kirjaa. Koordinaattori lisää. Sihteeri jatkaa.")
    }
}
