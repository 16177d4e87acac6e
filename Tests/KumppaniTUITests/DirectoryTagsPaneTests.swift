import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Pane 1 through keys: marks, tags on the marked rows, the tag filter, the marked rows' CSV and
/// e-mail list, saved searches; every action also in the help.
final class DirectoryTagsPaneTests: XCTestCase {
    var store: Store!
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var folder = ""

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: clock)
        let directory = DirectoryStore(store: store)
        for (name, municipality, email) in [("Asikkalan Eläkkeensaajat ry", "Asikkala", "elake@asikkala.fi"),
                                            ("Heinolan Omaishoitajat ry", "Heinola", "info@omaiset.fi"),
                                            ("Lahden Omaishoitajat ry", "Lahti", "INFO@omaiset.fi"),
                                            ("Lahden Partiolaiset ry", "Lahti", "")] {
            var d = AssociationDraft()
            d.name = name; d.municipality = municipality; d.email = email
            guard case .saved = try directory.save(d) else { throw XCTSkip("fixture not saved") }
        }
        folder = NSTemporaryDirectory() + "tags-pane-\(UUID().uuidString)/"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    func makeApp(_ language: Language = .fi) -> App {
        let services = LiveServices(store: store, language: { language }, themes: { ["default"] })
        return App(store: store, services: services, panes: [DirectoryPane()], language: language, clock: clock)
    }

    func text(_ app: App, _ w: Int = 120, _ h: Int = 30) -> String { app.screen(w, h).text }

    /// The list's lines (the rows under the header), trimmed.
    func listLines(_ app: App) -> [String] {
        text(app, 80, 24).components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Marks the first and third rows with Space (Space moves down: Space, Down, Space).
    func markFirstAndThird(_ app: App) {
        app.press(.char(" "), .down, .char(" "))
    }

    func testSpaceMarksRowsTheStatusCountsThemAndUClears() {
        let app = makeApp()
        markFirstAndThird(app)
        let screen = text(app)
        XCTAssertTrue(screen.contains("2 merkitty · 4 yhdistystä"), screen)
        let marked = listLines(app).filter { $0.hasPrefix("* ") && !$0.hasPrefix("* Nimi") }
        XCTAssertEqual(marked.count, 2, listLines(app).joined(separator: "\n"))
        XCTAssertTrue(marked.first?.contains("Asikkalan Eläkkeensaajat") == true && marked.last?.contains("Lahden Omaishoitajat") == true,
                      marked.joined(separator: "\n"))
        app.press(.char("u"))
        XCTAssertTrue(text(app).contains("Merkinnät poistettu (2)."), text(app))
        XCTAssertFalse(text(app).contains("merkitty ·"), text(app))
        XCTAssertTrue(listLines(app).filter { $0.hasPrefix("* ") }.isEmpty, listLines(app).joined(separator: "\n"))
        app.press(.char("A"))
        XCTAssertTrue(text(app).contains("4 merkitty · 4 yhdistystä"), text(app))
    }

    func testATagAddedToTheMarkedRowsShowsInTheListTheDetailAndTheFilter() throws {
        let app = makeApp()
        markFirstAndThird(app)
        app.press(.char("g"))
        XCTAssertTrue(text(app).contains("Lisää tunniste: 2 merkittyä yhdistystä"), text(app))
        app.type("Kumppanuuspöytä 2027 kutsutut")
        app.press(.enter)
        XCTAssertTrue(text(app).contains("Tunniste ”Kumppanuuspöytä 2027 kutsutut” lisätty 2 yhdistykselle."), text(app))
        XCTAssertEqual(try DirectoryStore(store: store).tags().first?.count, 2)
        let screen = text(app, 160, 30)
        XCTAssertTrue(screen.contains("Tunnisteet"), screen)
        XCTAssertTrue(screen.contains("Kumppanuuspöytä 2027 kutsutut"), screen)
        // The detail of the (marked) first row names its tag.
        app.press(.char("u"), .home)
        XCTAssertTrue(text(app, 160, 40).contains("Tunnisteet: Kumppanuuspöytä 2027 kutsutut"), text(app, 160, 40))

        // The filters form: the tag is the last field; Right picks it, Ctrl-S applies.
        app.press(.char("f"))
        for _ in 0..<7 { app.press(.tab) }
        app.press(.right, .ctrl("s"))
        let filtered = text(app)
        XCTAssertTrue(filtered.contains("2 yhdistystä"), filtered)
        XCTAssertTrue(filtered.contains("#Kumppanuuspöytä 2027 kutsutut"), filtered)
        XCTAssertFalse(filtered.contains("Heinolan Omaishoitajat"), filtered)
    }

    func testARefusedTagNameComesBackToBeMendedNotTypedAgain() throws {
        let app = makeApp()
        app.press(.char("g"))
        let long = String(repeating: "pitkä ", count: 16) + "nimi"   // over 80 characters
        app.type(long)
        app.press(.enter)
        XCTAssertEqual(try DirectoryStore(store: store).tags().count, 0, "nothing written")
        let screen = text(app, 200, 30)
        XCTAssertTrue(screen.contains("Lisää tunniste"), "the dialog is open again: \(screen)")
        XCTAssertTrue(screen.contains("pitkä pitkä"), "with the typed name in it: \(screen)")
    }

    func testTheTagIsRemovedFromTheCurrentRowWhenNothingIsMarked() throws {
        let directory = DirectoryStore(store: store)
        let ids = try directory.ids(of: directory.listing(DirectoryQuery()))
        try directory.addTag("kutsutut", to: Array(ids.prefix(2)))
        let app = makeApp(.en)
        app.press(.char("G"))
        XCTAssertTrue(text(app).contains("Remove a tag: Asikkalan Eläkkeensaajat ry"), text(app))
        app.press(.enter)
        XCTAssertTrue(text(app).contains("Tag “kutsutut” removed from 1 association."), text(app))
        XCTAssertEqual(try directory.ids(taggedWith: "kutsutut"), [ids[1]])
        XCTAssertEqual(try AuditLog.entries(in: store.database).map(\.action), ["tag", "tag", "untag"])
    }

    func testTheMarkedRowsAreExportedAsCSVAndAsAnEmailList() throws {
        let app = makeApp()
        app.press(.down, .char(" "), .char(" "), .char(" "))   // the two Omaishoitajat and the Partiolaiset
        app.press(.char("c"), .ctrl("u"))
        app.type(folder + "kutsutut.csv")
        app.press(.enter)
        XCTAssertTrue(text(app).contains("Vietiin 3 yhdistystä tiedostoon"), text(app))
        let csv = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "kutsutut.csv")).dropFirst(3), as: UTF8.self)
        XCTAssertEqual(csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { String($0.prefix { $0 != ";" }) },
                       ["Heinolan Omaishoitajat ry", "Lahden Omaishoitajat ry", "Lahden Partiolaiset ry"])

        app.press(.char("@"), .ctrl("u"))
        app.type(folder + "bcc.txt")
        app.press(.enter)
        XCTAssertTrue(text(app).contains("Sähköpostilista: 1 osoitetta, 1 ohitettu"), text(app))
        let bcc = try String(contentsOfFile: folder + "bcc.txt", encoding: .utf8)
        XCTAssertTrue(bcc.hasPrefix("info@omaiset.fi\n"), "one address for the two that differ in case only: \(bcc)")
        XCTAssertTrue(bcc.contains("Lahden Partiolaiset ry: ei sähköpostiosoitetta"), bcc)

        app.press(.char("@"), .ctrl("u"))
        app.type(folder + "yhdistelma.csv")
        app.press(.enter)
        let merge = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "yhdistelma.csv")).dropFirst(3), as: UTF8.self)
        XCTAssertEqual(merge.components(separatedBy: "\r\n").filter { !$0.isEmpty },
                       ["yhteyshenkilo;yhdistys;kunta;sahkoposti", ";Heinolan Omaishoitajat ry;Heinola;info@omaiset.fi"])
    }

    func testASavedSearchIsAppliedAgainAndDeleted() throws {
        let app = makeApp()
        app.press(.char("/"))
        app.type("omaishoitajat")
        app.press(.enter, .char("v"), .ctrl("u"))
        app.type("Omaiset")
        app.press(.enter)
        XCTAssertTrue(text(app).contains("Haku ”Omaiset” tallennettu."), text(app))
        app.press(.escape)
        XCTAssertTrue(text(app).contains("4 yhdistystä"), text(app))
        app.press(.char("h"))
        XCTAssertTrue(text(app).contains("Tallennetut haut"), text(app))
        app.press(.enter)
        let applied = text(app)
        XCTAssertTrue(applied.contains("Haku ”Omaiset” käytössä."), applied)
        XCTAssertTrue(applied.contains("2 yhdistystä"), applied)
        XCTAssertTrue(applied.contains("omaishoitajat"), applied)
        app.press(.char("H"), .enter)
        XCTAssertTrue(text(app).contains("Tallennettu haku ”Omaiset” poistettu."), text(app))
        app.press(.char("h"))
        XCTAssertTrue(text(app).contains("Ei tallennettuja hakuja."), text(app))
    }

    func testEveryNewActionIsInTheHelpWithItsKey() {
        let app = makeApp(.en)
        app.press(.char("?"))
        let help = text(app, 160, 200)
        for line in ["Mark or unmark the row", "Mark every row shown", "Clear the marks", "Add a tag (to the marked)",
                     "Remove a tag (from the marked)", "Export CSV (the marked)", "E-mail list (the marked)",
                     "Save the search", "Saved searches", "Delete a saved search", "the row is marked (Space)"] {
            XCTAssertTrue(help.contains(line), "\(line) missing from the help:\n\(help)")
        }
    }
}

extension DirectoryTagsPaneTests {
    func testColonExportWritesTheMarkedRowsAndTheMenuOffersTheBulkActions() throws {
        let app = makeApp()
        app.press(.down, .char(" "), .down, .char(" "))   // Heinolan Omaishoitajat and Lahden Partiolaiset
        app.press(.char(":"))
        app.type("export " + folder + "marked.csv")
        app.press(.enter)
        XCTAssertTrue(text(app, 160, 30).contains("Vietiin 2 merkittyä yhdistystä tiedostoon"), text(app, 160, 30))
        let csv = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "marked.csv")).dropFirst(3), as: UTF8.self)
        XCTAssertEqual(csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { String($0.prefix { $0 != ";" }) },
                       ["Heinolan Omaishoitajat ry", "Lahden Partiolaiset ry"])
        app.press(.function(10))
        var menu = text(app, 160, 60)
        // Open the pane's menu (the first one) and look for the entries with their keys.
        for _ in 0..<3 where !menu.contains("Lisää tunniste") { app.press(.right); menu = text(app, 160, 60) }
        for entry in ["Lisää tunniste (merkityille)", "Sähköpostilista (merkityt)", "Tallennetut haut", "Merkitse kaikki näkyvät"] {
            XCTAssertTrue(menu.contains(entry), "\(entry) missing from the menu:\n\(menu)")
        }
    }
}

extension DirectoryTagsPaneTests {
    func testAMarkedAssociationDeletedSinceIsLeftOutOfTheBulkAction() throws {
        let app = makeApp()
        app.press(.char(" "), .char(" "))   // Asikkalan Eläkkeensaajat and Heinolan Omaishoitajat
        app.press(.up, .char("d"), .char("k"))   // delete Heinolan Omaishoitajat (no grants: deleted)
        XCTAssertTrue(text(app).contains("2 merkitty"), text(app))
        app.press(.char("g"))
        app.type("kutsutut")
        app.press(.enter)
        XCTAssertTrue(text(app).contains("Tunniste ”kutsutut” lisätty 1 yhdistykselle."), text(app))
        XCTAssertTrue(text(app).contains("1 merkitty"), text(app))
    }
}
