import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// The search tiers as the user sees them: a mark before the name says how a row was found,
/// and the help explains the marks.
final class DirectorySearchTierPaneTests: XCTestCase {
    var store: Store!
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: clock)
        let directory = DirectoryStore(store: store)
        for (name, municipality) in [("Heinolan Omaishoitajat ry", "Heinola"), ("Lahden Partiolaiset ry", "Lahti")] {
            var d = AssociationDraft()
            d.name = name; d.municipality = municipality
            guard case .saved = try directory.save(d) else { throw XCTSkip("fixture not saved") }
        }
    }

    private func search(_ text: String, _ language: Language = .fi) -> (App, String) {
        let app = App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: language, clock: clock)
        app.press(.char("/"))
        app.type(text)
        return (app, app.screen(140, 30).text)
    }

    func testEachTierMarksItsRows() {
        XCTAssertTrue(search("omaishoitajille").1.contains("~ Heinolan Omaishoitajat ry"), "another inflection")
        XCTAssertTrue(search("hoitajat").1.contains("+ Heinolan Omaishoitajat ry"), "part of a compound")
        XCTAssertTrue(search("omaishoitjat").1.contains("? Heinolan Omaishoitajat ry"), "a typo")
        let exact = search("omaishoitajat").1
        XCTAssertTrue(exact.contains("Heinolan Omaishoitajat ry"))
        XCTAssertFalse(exact.contains("~ Heinolan") || exact.contains("+ Heinolan") || exact.contains("? Heinolan"),
                       "exact matches carry no mark")
        XCTAssertFalse(search("omaishoitajille").1.contains("Lahden Partiolaiset ry"))
        XCTAssertFalse(search("omaishoitajille").1.contains("ilman ä/ö"), "the ä/ö-folded words found nothing, so no such note")
    }

    func testHelpExplainsTheMarksInBothLanguages() {
        for (language, text) in [(Language.fi, "sama sana toisessa taivutusmuodossa"), (.en, "part of a word, address")] {
            let (app, _) = search("omaishoitajille", language)
            app.press(.enter)
            app.press(.char("?"))
            let help = app.screen(120, 60).text
            XCTAssertTrue(help.contains(language == .fi ? "Merkit hakutuloksissa" : "Marks in search results"), help)
            XCTAssertTrue(help.contains(text), help)
        }
    }
}
