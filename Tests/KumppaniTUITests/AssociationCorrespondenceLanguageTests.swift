import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// The association form's language of correspondence (issue 17): the last field, a choice of
/// Finnish, Swedish and English, saved with the association.
final class AssociationCorrespondenceLanguageTests: XCTestCase {
    func testTheFormChoosesSwedishAndTheFileHoldsIt() throws {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))
        let store = try Store.inMemory(clock: clock)
        let directory = DirectoryStore(store: store)
        var d = AssociationDraft()
        d.name = "Folkhälsan i Lahtis r.f."; d.municipality = "Lahtis"
        guard case .saved(let id, _) = try directory.save(d) else { return XCTFail("fixture not saved") }
        let app = App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: .sv, clock: clock)
        app.press(.char("e"))
        for _ in 0..<16 { app.press(.tab) }
        var screen = app.screen(100, 40).text
        XCTAssertTrue(screen.contains("Korrespondensspråk"), screen)
        app.press(.right)
        screen = app.screen(100, 40).text
        XCTAssertTrue(screen.contains("svenska"), screen)
        app.press(.ctrl("s"))
        XCTAssertEqual(try directory.association(id)?.correspondenceLanguage, .sv)
        XCTAssertEqual(try directory.association(id)?.name, "Folkhälsan i Lahtis r.f.", "nothing else changed")
    }
}
