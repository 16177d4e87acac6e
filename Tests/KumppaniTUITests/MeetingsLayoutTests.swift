import XCTest
import Kumppani
@testable import KumppaniTUI

/// The bodies list takes the room a long body name needs when the screen has it.
final class MeetingsLayoutTests: XCTestCase {
    func testALongBodyNameIsWholeOnAWideScreenAndCutOnANarrowOne() throws {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
        let store = try Store.inMemory(clock: clock)
        try DemoGenerator.generate(into: store, associations: 40, seed: 1, today: clock.now())
        let app = App(store: store, services: FakeServices(), panes: [MeetingsPane()], language: .fi, clock: clock)
        app.press(.char("3"))
        let name = "Hyvinvoinnin ja terveyden edistämisen lautakunta"
        let wide = app.screen(200, 50)
        XCTAssertTrue((0..<50).contains { wide.line($0).hasPrefix(" " + name + " ") }, wide.text)
        let narrow = app.screen(80, 24)
        XCTAssertFalse(narrow.line(2).contains(name), "at 80 columns the list keeps its third: the name is cut")
        XCTAssertTrue(narrow.line(2).hasPrefix(" Hyvinvoinnin ja terveyd…"), narrow.text)
    }
}
