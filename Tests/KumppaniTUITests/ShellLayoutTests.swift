import XCTest
import Kumppani
@testable import KumppaniTUI

final class ShellLayoutTests: XCTestCase {
    func testTabsStatusAndKeyBarInFinnishAt80x24() throws {
        let (app, _) = try makeApp(language: .fi)
        let frame = app.screen(80, 24)
        XCTAssertTrue(frame.line(0).contains("1 Yhdistykset"), frame.line(0))
        XCTAssertTrue(frame.line(0).contains("2 Avustukset"))
        XCTAssertTrue(frame.line(0).contains("3 Kokoukset"))
        XCTAssertTrue(frame.line(0).contains("F10 valikko"))
        // The active tab is highlighted, the others are not.
        let activeX = frame.line(0).distance(of: "Yhdistykset")
        XCTAssertEqual(frame[activeX, 0].role, .tabActive)
        XCTAssertEqual(frame[frame.line(0).distance(of: "Avustukset"), 0].role, .tabInactive)
        // The status line explains the program on the first screen and names the file.
        XCTAssertTrue(frame.line(22).contains("? ohje · F10 valikko · : komennot"), frame.line(22))
        XCTAssertTrue(frame.line(22).hasSuffix("kumppani.sqlite"), frame.line(22))
        // The key bar comes from the table: the pane's keys and the global ones.
        let keyBar = frame.line(23)
        XCTAssertTrue(keyBar.contains("? Ohje  F10 Valikko  : Komennot  q Lopeta"), keyBar)
        for expected in ["h Tervehdi", "a Mitä tähän tulee?"] {
            XCTAssertTrue(keyBar.contains(expected), "\(expected) missing in \(keyBar)")
        }
        XCTAssertEqual(frame[keyBar.distance(of: "F10"), 23].role, .keyBarKey)
    }

    func testTabsInEnglishAt120x40() throws {
        let (app, _) = try makeApp(language: .en)
        let frame = app.screen(120, 40)
        XCTAssertTrue(frame.line(0).contains("1 Associations  2 Grants  3 Meetings"), frame.line(0))
        XCTAssertTrue(frame.line(38).contains("? help · F10 menu · : commands"))
        XCTAssertTrue(frame.line(39).contains("q Quit"))
        XCTAssertTrue(frame.text.contains("The association directory will be here"))
    }

    func testTooSmallWindowsShowOnlyTheExplanation() throws {
        let (app, _) = try makeApp(language: .fi)
        let small = app.screen(79, 24)
        XCTAssertTrue(small.text.contains("Ikkuna on liian pieni: tarvitaan 80×24 (nyt 79×24)"), small.text)
        XCTAssertFalse(small.text.contains("Yhdistykset"))

        let tiny = app.screen(40, 12)
        let joined = tiny.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        XCTAssertTrue(joined.contains("Ikkuna on liian pieni: tarvitaan 80×24 (nyt 40×12)"), tiny.text)
        XCTAssertTrue(tiny.text.contains("tarvitaan 80×24 (nyt 40×12)"), tiny.text)   // numbers kept on one line
        XCTAssertFalse(tiny.text.contains("Kokoukset"))

        XCTAssertEqual(app.screen(1, 1).size, Size(width: 1, height: 1))
        XCTAssertEqual(app.screen(0, 0).text, "")

        let (en, _) = try makeApp(language: .en)
        XCTAssertTrue(en.screen(79, 30).text.contains("Window too small: needs 80×24 (now 79×30)"))
    }

    func testLanguageSwitchFromTheProgramMenuChangesTabTitles() throws {
        let (app, _) = try makeApp(language: .fi)
        app.press(.function(10))
        let items = KeyBindings.global.filter { $0.menu == .program }
        let index = try XCTUnwrap(items.firstIndex { $0.action == .language })
        for _ in 0..<index { app.press(.down) }
        app.press(.enter)
        // The entry cycles fi → sv → en: Swedish first, then English.
        let swedish = app.screen()
        XCTAssertEqual(app.state.language, .sv)
        XCTAssertTrue(swedish.line(0).contains("1 Föreningar"), swedish.line(0))
        XCTAssertFalse(swedish.line(0).contains("Yhdistykset"))
        XCTAssertTrue(swedish.line(22).contains("Språket bytt: svenska."))
        app.press(.function(10))
        for _ in 0..<index { app.press(.down) }
        app.press(.enter)
        let frame = app.screen()
        XCTAssertEqual(app.state.language, .en)
        XCTAssertTrue(frame.line(0).contains("1 Associations"), frame.line(0))
        XCTAssertFalse(frame.line(0).contains("Yhdistykset"))
        XCTAssertTrue(frame.line(22).contains("Language changed: English."))
    }

    func testWelcomeOnEmptyDatabaseOffersDemoAndImport() throws {
        let (app, services) = try makeApp(language: .fi, empty: true)
        let frame = app.screen()
        XCTAssertTrue(frame.text.contains("Tervetuloa Kumppaniin"))
        XCTAssertTrue(frame.text.contains("Näkymä 4:") && frame.text.contains("hyötyraportti"), "the first screen names all four views: \(frame.text)")
        XCTAssertTrue(frame.text.contains("d  lataa esimerkkiaineisto"), frame.text)
        XCTAssertTrue(frame.text.contains("i  tuo yhdistykset CSV-tiedostosta"))
        XCTAssertTrue(frame.line(23).contains("d Lataa esimerkit"), frame.line(23))
        XCTAssertTrue(frame.line(23).contains("i Tuo CSV"), frame.line(23))
        XCTAssertTrue(frame.line(23).contains("q Lopeta"), frame.line(23))

        var shown: [Frame] = []
        app.presentDuringWork = { shown.append($0) }
        app.press(.char("d"))
        XCTAssertEqual(services.calls, ["demo"])
        XCTAssertTrue(shown.contains { $0.text.contains("Ladataan esimerkkiaineistoa") && $0.text.contains("50 %") })
        let after = app.screen()
        XCTAssertFalse(after.text.contains("Tervetuloa Kumppaniin"))
        XCTAssertTrue(after.line(22).contains("Esimerkkiaineisto ladattu"))
    }

    func testWelcomeImportAsksForPathAndConfirmsAfterDryRun() throws {
        let (app, services) = try makeApp(language: .fi, empty: true)
        app.press(.char("i"))
        XCTAssertTrue(app.screen().text.contains("CSV- tai JSON-tiedoston polku"))
        app.type("/tmp/yhdistykset.csv")
        app.press(.enter)
        XCTAssertEqual(services.calls, ["import /tmp/yhdistykset.csv dryRun=true"])
        let preview = app.screen().text
        XCTAssertTrue(preview.contains("12 uutta") && preview.contains("2 päivitettävää, 1 ennallaan"), preview)
        XCTAssertTrue(preview.contains("Tuodaanko nyt?"), preview)
        app.press(.char("k"))
        XCTAssertEqual(services.calls.last, "import /tmp/yhdistykset.csv dryRun=false")
        XCTAssertTrue(app.screen().line(22).contains("Tuotiin 12 uutta yhdistystä, 2 päivitettiin, 1 ennallaan"))
        XCTAssertFalse(app.state.showsWelcome)
    }

    func testServiceErrorIsShownInTheStatusLine() throws {
        let (app, services) = try makeApp(language: .fi)
        services.failWith = StoreError.diskFull(path: "/tmp/x.sqlite")
        app.handle(.key(.char(":")))
        app.type("backup /tmp/x.sqlite")
        app.press(.enter)
        let frame = app.screen()
        XCTAssertEqual(services.calls, ["backup /tmp/x.sqlite"])
        XCTAssertEqual(frame[1, 22].role, .statusError)
        XCTAssertTrue(frame.line(22).contains(String(StoreError.diskFull(path: "/tmp/x.sqlite").message(.fi).prefix(30))), frame.line(22))
    }
}

extension String {
    /// Column of the first occurrence (ASCII-safe for our test strings with Finnish letters).
    func distance(of needle: String) -> Int {
        guard let r = range(of: needle) else { return -1 }
        return DisplayWidth.of(String(self[..<r.lowerBound]))
    }
}
