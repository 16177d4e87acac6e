import XCTest
import Kumppani
@testable import KumppaniTUI

/// A menu longer than the 80×24 screen (pane 1's) scrolls so the chosen item is always in view.
final class MenuScrollTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    func makeApp(_ language: Language) throws -> App {
        let store = try Store.inMemory(clock: clock)
        var draft = AssociationDraft()   // not empty, so the directory rather than the welcome screen
        draft.name = "Lahden Omaishoitajat ry"; draft.municipality = "Lahti"
        guard case .saved = try DirectoryStore(store: store).save(draft) else { throw XCTSkip("fixture not saved") }
        let services = LiveServices(store: store, language: { language }, themes: { ["default"] })
        return App(store: store, services: services, panes: [DirectoryPane()], language: language, clock: clock)
    }

    func testTheLastItemOfTheDirectoryMenuIsShownWhenChosen() throws {
        for language in [Language.sv, .fi, .en] {
            let app = try makeApp(language)
            _ = app.screen(80, 24)
            app.press(.function(10), .right)
            let menu = app.menus()[1]
            XCTAssertGreaterThan(menu.items.count, 21, "the test needs a menu taller than the screen")
            let first = L(language)[menu.items[0].binding.labelKey]
            let last = L(language)[menu.items[menu.items.count - 1].binding.labelKey]
            let top = app.screen(80, 24).text
            XCTAssertTrue(top.contains(first), top)
            XCTAssertTrue(top.contains("↓"), "more below is shown: \(top)")
            app.press(.end)
            let bottom = app.screen(80, 24).text
            XCTAssertTrue(bottom.contains(last), "\(language): «\(last)» not on screen:\n\(bottom)")
            XCTAssertFalse(bottom.contains(first), bottom)
            app.press(.home)
            XCTAssertTrue(app.screen(80, 24).text.contains(first))
        }
    }

    func testFirstShownKeepsTheChosenItemInView() {
        XCTAssertEqual(MenuState.firstShown(item: 0, count: 30, rows: 20), 0)
        XCTAssertEqual(MenuState.firstShown(item: 19, count: 30, rows: 20), 0)
        XCTAssertEqual(MenuState.firstShown(item: 20, count: 30, rows: 20), 1)
        XCTAssertEqual(MenuState.firstShown(item: 29, count: 30, rows: 20), 10)
        XCTAssertEqual(MenuState.firstShown(item: 5, count: 10, rows: 20), 0)
    }
}
