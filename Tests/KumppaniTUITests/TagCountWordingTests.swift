import XCTest
import Kumppani
@testable import KumppaniTUI

/// Tagging or untagging one association says "1 association" (singular), more say the plural.
final class TagCountWordingTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    func makeApp(_ language: Language) throws -> App {
        let store = try Store.inMemory(clock: clock)
        for name in ["Heinolan Omaishoitajat ry", "Lahden Omaishoitajat ry"] {
            var draft = AssociationDraft()
            draft.name = name; draft.municipality = "Lahti"
            guard case .saved = try DirectoryStore(store: store).save(draft) else { throw XCTSkip("fixture not saved") }
        }
        let services = LiveServices(store: store, language: { language }, themes: { ["default"] })
        return App(store: store, services: services, panes: [DirectoryPane()], language: language, clock: clock)
    }

    func testOneAssociationIsSingularAndTwoArePlural() throws {
        let expected: [(Language, [String])] = [
            (.en, ["Tag “kutsutut” added to 1 association.", "Tag “kutsutut” removed from 1 association.",
                   "Tag “kaikki” added to 2 associations."]),
            (.sv, ["Taggen ”kutsutut” lades till för 1 förening.", "Taggen ”kutsutut” togs bort från 1 förening.",
                   "Taggen ”kaikki” lades till för 2 föreningar."]),
            (.fi, ["Tunniste ”kutsutut” lisätty 1 yhdistykselle.", "Tunniste ”kutsutut” poistettu 1 yhdistykseltä.",
                   "Tunniste ”kaikki” lisätty 2 yhdistykselle."]),
        ]
        for (language, messages) in expected {
            let app = try makeApp(language)
            app.press(.char("g")); app.type("kutsutut"); app.press(.enter)
            XCTAssertTrue(app.screen(120, 30).text.contains(messages[0]), app.screen(120, 30).text)
            app.press(.char("G"), .enter)
            XCTAssertTrue(app.screen(120, 30).text.contains(messages[1]), app.screen(120, 30).text)
            app.press(.char("A"), .char("g")); app.type("kaikki"); app.press(.enter)
            XCTAssertTrue(app.screen(120, 30).text.contains(messages[2]), app.screen(120, 30).text)
        }
    }
}
