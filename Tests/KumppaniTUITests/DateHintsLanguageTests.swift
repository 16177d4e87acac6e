import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Date hints show dates as the language writes them: English as 2026-12-01 (as its dates are
/// shown), Finnish and Swedish as 1.12. (qa walk: the English follow-up hint said "e.g. 1.12.").
final class DateHintsLanguageTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    func window(_ language: Language) throws -> App {
        let store = try Store.inMemory(clock: clock)
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"; d.municipality = "Heinola"
        guard case .saved(let id, _) = try DirectoryStore(store: store).save(d) else { throw XCTSkip("fixture not saved") }
        _ = try DirectoryStore(store: store).addContact(to: id, ContactLogDraft(contactedOn: "2026-11-20", kind: .call, note: "Soitettu"))
        let app = AppFactory.make(store: store, settings: AppFactory.Settings(language: language, clock: clock))
        app.press(.tab, .down, .enter)             // the entry in the detail, in its form
        app.press(.tab, .tab, .tab)                // the follow-up date
        return app
    }

    func testTheEnglishFollowUpHintAndErrorWriteDatesTheEnglishWay() throws {
        let app = try window(.en)
        var screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("e.g. 2026-12-01 or +7"), screen)
        XCTAssertFalse(screen.contains("1.12."), screen)
        app.type("someday")
        app.press(.ctrl("s"))
        screen = app.screen(200, 40).text
        XCTAssertTrue(screen.contains("Write for example 2026-11-23, today, tomorrow or +7."), screen)
        XCTAssertFalse(screen.contains("23.11.2026"), "no Finnish-style example in English: \(screen)")
    }

    func testTheFinnishAndSwedishHintsKeepTheirDayAndMonth() throws {
        XCTAssertTrue(try window(.fi).screen(120, 40).text.contains("esim. 1.12. tai +7"))
        XCTAssertTrue(try window(.sv).screen(120, 40).text.contains("t.ex. 1.12. eller +7"))
    }

    /// The messages the English user gets for a bad date write the example as English does.
    func testEnglishDateMessagesGiveAnISOExample() {
        XCTAssertEqual(ContactLogError.badDate("2026-02-30").message(.en), "“2026-02-30” is not a date. Type for example 2026-11-23 or +7.")
        XCTAssertEqual(MeetingError.invalidDate("x").message(.en), "The date “x” is not valid. Type e.g. 2026-11-23.")
        XCTAssertEqual(MeetingError.invalidDate("x").message(.fi), "Päivämäärä ”x” ei kelpaa. Kirjoita esim. 23.11.2026.")
    }
}
