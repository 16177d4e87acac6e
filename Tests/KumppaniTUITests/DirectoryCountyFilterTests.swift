import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// The wellbeing-county filter in the filters form and the county in the detail.
final class DirectoryCountyFilterTests: XCTestCase {
    var store: Store!
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: clock)
        let directory = DirectoryStore(store: store)
        for (name, municipality) in [("Heinolan Omaishoitajat ry", "Heinola"), ("Lahden Partiolaiset ry", "Lahti"),
                                     ("Kotkan Martat ry", "Kotka"), ("Borgå Marthaförening rf", "Borgå")] {
            var d = AssociationDraft()
            d.name = name; d.municipality = municipality
            guard case .saved = try directory.save(d) else { throw XCTSkip("fixture not saved") }
        }
    }

    func makeApp(_ language: Language) -> App {
        App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: language, clock: clock)
    }

    func testCountyFilterKeepsItsMunicipalitiesAndTheDetailNamesTheCounty() throws {
        let app = makeApp(.fi)
        let county = try XCTUnwrap(Municipality.find("Lahti")?.wellbeingCountyFI)
        XCTAssertEqual(county, "Päijät-Hämeen hyvinvointialue")
        let steps = try XCTUnwrap(Municipality.wellbeingCounties.firstIndex(of: county)) + 1
        app.press(.char("f"), .tab)   // municipality → county
        for _ in 0..<steps { app.press(.right) }
        // The first association (Borgå) is in Itä-Uusimaa: this name can only be the form's choice.
        XCTAssertTrue(app.screen(120, 40).text.contains("Päijät-Hämeen hyvinvointialue"), app.screen(120, 40).text)
        app.press(.ctrl("s"))
        let screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("2 yhdistystä"), screen)
        XCTAssertTrue(screen.contains("Heinolan Omaishoitajat ry") && screen.contains("Lahden Partiolaiset ry"), screen)
        XCTAssertFalse(screen.contains("Kotkan Martat ry") || screen.contains("Borgå Marthaförening rf"), screen)
        XCTAssertTrue(screen.contains("Hyvinvointialue: Päijät-Hämeen hyvinvointialue"), "the detail names the county: \(screen)")
    }

    func testSwedishMunicipalityNamesAreOffered() {
        XCTAssertTrue(MunicipalityCompletion.names("Borg").contains("Borgå"))
        XCTAssertTrue(MunicipalityCompletion.names("Lahtis").contains("Lahtis"))
    }
}
