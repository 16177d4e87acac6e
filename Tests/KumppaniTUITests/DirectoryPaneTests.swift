import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// The directory pane driven through the App as a user would: keys in, screen text out.
final class DirectoryPaneTests: XCTestCase {
    var store: Store!
    var directory: DirectoryStore!
    var funded: Int64 = 0
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    override func setUpWithError() throws {
        store = try Store.inMemory(clock: clock)
        directory = DirectoryStore(store: store)
        func add(_ name: String, _ municipality: String, businessID: String = "") throws -> Int64 {
            var d = AssociationDraft()
            d.name = name; d.municipality = municipality; d.businessID = businessID
            guard case .saved(let id, _) = try directory.save(d) else { throw XCTSkip("fixture not saved") }
            return id
        }
        let carers = try add("Heinolan Omaishoitajat ry", "Heinola", businessID: "0737546-2")
        _ = try add("Lahden Partiolaiset ry", "Lahti")
        funded = try add("Asikkalan Eläkkeensaajat ry", "Asikkala")
        let db = store.database
        try db.write {
            try db.run("""
                INSERT INTO activities(id, association_id, title, kind_code, schedule, place, cost, created_at, updated_at)
                VALUES (7, ?, 'Omaishoitajien vertaisryhmä', 'peer_group', 'ti klo 13–15', 'Kirkkokatu 5', 'maksuton', 'x', 'x')
                """, carers)
            try db.run("INSERT INTO activity_target_groups(activity_id, code) VALUES (7, 'family_carers')")
            try db.run("INSERT INTO grant_rounds(id, name, year, grant_type_code, appropriation_cents, created_at, updated_at) VALUES (1, 'Yleisavustukset 2026', 2026, 'general', 100000, 'x', 'x')")
            try db.run("INSERT INTO grant_applications(id, round_id, association_id, requested_cents, created_at, updated_at) VALUES (1, 1, ?, 50000, 'x', 'x')", funded)
        }
    }

    func makeApp(_ language: Language = .fi) -> App {
        App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: language, clock: clock)
    }

    func rows(_ frame: Frame) -> [String] { (0..<frame.size.height).map { frame.line($0) } }

    func testListInFinnishOrderBesideTheDetailAt120x40InEnglish() {
        let app = makeApp(.en)
        let screen = app.screen(120, 40).text
        let order = ["Asikkalan Eläkkeensaajat ry", "Heinolan Omaishoitajat ry", "Lahden Partiolaiset ry"].map { screen.range(of: $0)?.lowerBound }
        XCTAssertTrue(order.allSatisfy { $0 != nil }, screen)
        XCTAssertTrue(order[0]! < order[1]! && order[1]! < order[2]!)
        XCTAssertTrue(screen.contains("3 associations"))
        XCTAssertTrue(screen.contains("Basics"), "the selected association's detail is beside the list")
        XCTAssertTrue(screen.contains("Yleisavustukset 2026"), "grants section")
        let line = rows(app.screen(120, 40)).first { $0.hasPrefix("Asikkalan Eläkkeensaajat ry") } ?? ""
        XCTAssertTrue(line.contains("Asikkala") && line.contains("active"))
    }

    func testNarrowWindowPutsTheDetailBelowTheListInFinnish() {
        let app = makeApp(.fi)
        app.press(.down)
        let lines = rows(app.screen(80, 24))
        let listLine = lines.firstIndex { $0.contains("Heinolan Omaishoitajat ry") && $0.contains("Heinola") } ?? 99
        let basics = lines.firstIndex { $0.contains("Perustiedot") } ?? -1
        XCTAssertLessThan(listLine, basics, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.joined().contains("Y-tunnus: 0737546-2"))
    }

    func testSlashSearchChangesTheListOnEveryKeyAndEscClears() {
        let app = makeApp()
        app.press(.char("/"))
        app.type("la")
        var screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains("Lahden Partiolaiset ry"))
        XCTAssertFalse(screen.contains("Heinolan Omaishoitajat ry"), "two letters: names that begin so")
        app.type("h")
        XCTAssertTrue(app.screen(100, 30).text.contains("1 yhdistys ·"))
        app.press(.backspace, .backspace, .backspace)
        app.type("omais")
        screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains("Heinolan Omaishoitajat ry"))
        XCTAssertFalse(screen.contains("Lahden Partiolaiset ry"))
        app.press(.enter)   // keep the query, back to the list
        app.type("q")       // a key again, not text: would quit if typed into nothing
        XCTAssertTrue(app.shouldQuit || app.screen().text.contains("Heinolan"))
    }

    func testQueryTypedWithoutUmlautsFindsTheFoldedMatchAndSaysSo() {
        let app = makeApp(.en)
        app.press(.char("/"))
        app.type("elakkeen")
        let screen = app.screen(120, 30).text
        XCTAssertTrue(screen.contains("Asikkalan Eläkkeensaajat ry"))
        XCTAssertTrue(screen.contains("ignoring ä/ö"))
    }

    func testFiltersShowAboveTheListAndCombineWithSearch() {
        let app = makeApp()
        app.press(.char("f"))
        XCTAssertTrue(app.screen(100, 30).text.contains("Rajaa listaa"))
        app.type("Heino")
        app.press(.down, .enter)   // the completion list offers Heinola
        app.press(.ctrl("s"))
        let screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains("Rajaus: Heinola"), screen)
        XCTAssertTrue(screen.contains("1 yhdistys ·"))
        app.press(.char("/"))
        app.type("lahd")
        XCTAssertTrue(app.screen(100, 30).text.contains("Ei osumia"), "search and filter combine")
    }

    func testAddWithAnInvalidYTunnusShowsTheErrorNextToTheField() {
        let app = makeApp()
        app.press(.char("a"))
        app.type("Uusi Yhdistys ry")
        app.press(.tab)
        app.type("1234567-2")
        app.press(.tab)
        let lines = rows(app.screen(100, 30))
        let field = lines.firstIndex { $0.contains("Y-tunnus") && $0.contains("1234567-2") } ?? -1
        XCTAssertGreaterThan(field, 0, lines.joined(separator: "\n"))
        XCTAssertTrue(lines[field + 1].contains("! Tarkistusmerkki ei täsmää"), lines[field + 1])
        app.press(.ctrl("s"))
        XCTAssertEqual(try directory.count(DirectoryQuery()), 3, "nothing saved")
    }

    func testDuplicateYTunnusIsRefusedNamingTheExistingAssociation() {
        let app = makeApp(.en)
        app.press(.char("a"))
        app.type("Toinen ry")
        app.press(.tab)
        app.type("0737546-2")
        app.press(.ctrl("s"))
        let screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("! Already used by “Heinolan Omaishoitajat ry”."), screen)
        XCTAssertTrue(screen.contains("Business ID: Already used by “Heinolan Omaishoitajat ry”"), "and in full in the status line")
        XCTAssertEqual(try directory.count(DirectoryQuery()), 3)
    }

    func testAddAndEditSaveAndSelectTheAssociation() {
        let app = makeApp()
        app.press(.char("a"))
        app.type("Orimattilan Martat ry")
        app.press(.tab, .tab)
        app.type("Orimattila")
        app.press(.tab, .tab, .tab, .tab)
        app.type("040 123 4567")
        app.press(.ctrl("s"))
        var screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Yhdistys ”Orimattilan Martat ry” lisättiin."), screen)
        XCTAssertTrue(screen.contains("Puhelin: +358 40 1234567"), "the phone is normalised and the new one selected")
        app.press(.char("e"))
        app.press(.ctrl("e"))
        app.type(" (uusi)")
        app.press(.ctrl("s"))
        screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Orimattilan Martat ry (uusi)"))
    }

    func testDeleteOfAnAssociationWithGrantsDissolvesItInstead() {
        let app = makeApp()
        // Asikkalan Eläkkeensaajat is first in the list and has a grant.
        app.press(.char("d"))
        XCTAssertTrue(app.screen(100, 30).text.contains("on avustuksia (1),"))
        app.press(.char("y"))
        let screen = app.screen(120, 30).text
        XCTAssertTrue(screen.contains("ei poistettu, koska sillä on avustuksia"), screen)
        XCTAssertEqual(try directory.association(funded)?.status, .dissolved)
        XCTAssertTrue(rows(app.screen(100, 30)).contains { $0.contains("Asikkalan") && $0.contains("lakannut") })
    }

    func testDeleteWithoutGrantsAsksAndDeletes() {
        let app = makeApp(.en)
        app.press(.end)
        app.press(.char("d"))
        XCTAssertTrue(app.screen(100, 30).text.contains("Delete “Lahden Partiolaiset ry”"))
        app.press(.char("y"))
        XCTAssertTrue(app.screen(100, 30).text.contains("2 associations"))
    }

    func testContactLogEntryWithFollowUpIsHighlightedWhenDue() {
        let app = makeApp()
        app.press(.char("l"))
        XCTAssertTrue(app.screen(100, 30).text.contains("23.11.2026"), "today by default")
        app.press(.tab, .right, .tab)   // type: email
        app.type("Kysyi avustushausta")
        app.press(.tab)
        app.type("23.11.2026")
        app.press(.ctrl("s"))
        let frame = app.screen(100, 30)
        let lines = rows(frame)
        XCTAssertTrue(lines.joined().contains("Yhteydenotto kirjattu (sähköposti). Seuranta 23.11.2026."), lines.joined(separator: "\n"))
        let y = lines.firstIndex { $0.hasPrefix("! Asikkalan") } ?? -1
        XCTAssertGreaterThan(y, 0, "a due follow-up is marked in the list")
        XCTAssertTrue(lines.joined().contains("SEURANTA ERÄÄNTYNYT 23.11.2026"), "and in the detail")
        app.press(.char("x"))
        XCTAssertFalse(app.screen(100, 30).text.contains("! Asikkalan"))
    }

    func testReferralQueryShowsTheActivityAndWritesTheCard() throws {
        let app = makeApp()
        app.press(.char("r"))
        // Target group: any → children → youth → families → older people → family carers.
        app.press(.right, .right, .right, .right, .right, .tab)
        app.type("Heinola")
        app.press(.ctrl("s"))
        var screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Omaishoitajien vertaisryhmä"), screen)
        XCTAssertTrue(screen.contains("Aika: ti klo 13–15"))
        XCTAssertTrue(screen.contains("Hinta: maksuton"))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-ref-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        app.press(.char("w"))
        XCTAssertTrue(app.screen(120, 40).text.contains("~/lahete-omaishoitajien-vertaisryhma.txt"))
        app.press(.ctrl("u"))
        let path = dir.appendingPathComponent("lahete.txt").path
        app.type(path)
        app.press(.enter)
        screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Lähete kirjoitettiin"), screen)
        let card = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(card.contains("Toiminta: Omaishoitajien vertaisryhmä"))
        XCTAssertTrue(card.contains("Järjestäjä: Heinolan Omaishoitajat ry"))
    }

    func testMergePicksTheOtherAssociationAndMovesItsGrants() {
        let app = makeApp(.en)
        app.press(.down)   // Heinolan Omaishoitajat
        app.press(.char("m"))
        app.type("asik")
        app.press(.enter)
        XCTAssertTrue(app.screen(120, 40).text.contains("Merge side by side"), "the two records side by side first")
        app.press(.enter)
        XCTAssertTrue(app.screen(120, 40).text.contains("Move the activities, people, contact log, grants"))
        app.press(.char("y"))
        let screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("was merged into “Heinolan Omaishoitajat ry”"), screen)
        XCTAssertTrue(screen.contains("2 associations"))
        XCTAssertEqual(try directory.grantCount(of: funded), 0)
    }

    func testHelpAndKeyBarShowTheDirectoryKeysInBothLanguages() {
        for (language, label) in [(Language.fi, "Ohjaa toimintaan"), (.en, "Refer")] {
            let app = makeApp(language)
            XCTAssertTrue(app.screen(120, 40).text.contains(label), "key bar")
            app.press(.char("?"))
            let help = app.screen(120, 40).text
            XCTAssertTrue(help.contains(language == .fi ? "Lisää yhdistys" : "Add association"), help)
            XCTAssertTrue(help.contains(language == .fi ? "Kirjaa yhteydenotto" : "Log a contact"))
        }
    }

    func testSortToggleGoesThroughMunicipalityAndLastContact() {
        let app = makeApp()
        app.press(.char("s"))
        XCTAssertTrue(app.screen(100, 30).text.contains("järjestys: kunta"))
        let lines = rows(app.screen(100, 30))
        let asikkala = lines.firstIndex { $0.hasPrefix("Asikkalan") } ?? 99
        let heinola = lines.firstIndex { $0.hasPrefix("Heinolan") } ?? -1
        XCTAssertLessThan(asikkala, heinola)
        app.press(.char("s"))
        XCTAssertTrue(app.screen(100, 30).text.contains("järjestys: viimeisin yhteydenotto"))
    }
}
