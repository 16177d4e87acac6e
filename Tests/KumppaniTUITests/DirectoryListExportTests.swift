import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// `:export` from pane 1 writes the list on screen when a search or filter narrows it.
final class DirectoryListExportTests: XCTestCase {
    var store: Store!
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var path = ""

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: clock)
        let directory = DirectoryStore(store: store)
        for (name, municipality) in [("Heinolan Omaishoitajat ry", "Heinola"), ("Lahden Omaishoitajat ry", "Lahti"),
                                     ("Lahden Partiolaiset ry", "Lahti"), ("=HYPERLINK(1) ry", "Lahti")] {
            var d = AssociationDraft()
            d.name = name; d.municipality = municipality
            guard case .saved = try directory.save(d) else { throw XCTSkip("fixture not saved") }
        }
        path = NSTemporaryDirectory() + "list-export-\(UUID().uuidString).csv"
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: path) }

    func makeApp(_ language: Language) -> App {
        let services = LiveServices(store: store, language: { language }, themes: { ["default"] })
        return App(store: store, services: services, panes: [DirectoryPane()], language: language, clock: clock)
    }

    func exportedNames() throws -> [String] {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)).dropFirst(3), as: UTF8.self)
        return text.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { String($0.prefix { $0 != ";" }) }
    }

    func testASearchNarrowsTheExportToTheListAndTheStatusLineSaysSo() throws {
        let app = makeApp(.fi)
        app.press(.char("/"))
        app.type("omaishoitajat")
        app.press(.enter, .char(":"))
        app.type("export " + path)
        app.press(.enter)
        XCTAssertTrue(app.screen(160, 30).text.contains("Vietiin 2 yhdistystä (nykyinen haku ja suodattimet)"), app.screen(160, 30).text)
        XCTAssertEqual(try exportedNames(), ["Heinolan Omaishoitajat ry", "Lahden Omaishoitajat ry"])
    }

    func testWithoutSearchEveryAssociationIsExportedWithFormulasGuarded() throws {
        let app = makeApp(.en)
        app.press(.char(":"))
        app.type("export " + path)
        app.press(.enter)
        XCTAssertTrue(app.screen(160, 30).text.contains("Exported 4 associations to"), app.screen(160, 30).text)
        XCTAssertEqual(try exportedNames().sorted(), ["'=HYPERLINK(1) ry", "Heinolan Omaishoitajat ry", "Lahden Omaishoitajat ry",
                                                      "Lahden Partiolaiset ry"])
    }
}
