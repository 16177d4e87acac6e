import XCTest
import Kumppani
@testable import KumppaniTUI

final class ShellMenuPaletteTests: XCTestCase {
    func testF10OpensTheMenuAndArrowsAndEnterRunAnAction() throws {
        let (app, services) = try makeApp(language: .fi)
        app.press(.function(10))
        var frame = app.screen()
        XCTAssertTrue(frame.line(0).contains("Ohjelma"), frame.line(0))
        XCTAssertEqual(frame[frame.line(0).distance(of: "Ohjelma"), 0].role, .menuHotkey)
        XCTAssertTrue(frame.text.contains("Varmuuskopioi tietokanta…"))
        XCTAssertTrue(frame.text.contains("?/F1"))        // items teach their keys
        XCTAssertTrue(frame.text.contains(":backup"))     // ... or their palette command
        let items = KeyBindings.global.filter { $0.menu == .program }
        let backup = try XCTUnwrap(items.firstIndex { $0.action == .backup })
        for _ in 0..<backup { app.press(.down) }
        app.press(.enter)
        frame = app.screen()
        XCTAssertTrue(frame.text.contains("Tiedoston polku:"), frame.text)
        XCTAssertTrue(frame.text.contains("kumppani-varmuuskopio-2026-11-23.sqlite"))
        app.press(.ctrl("u"))
        app.type("/tmp/kopio.sqlite")
        app.press(.enter)
        XCTAssertEqual(services.calls, ["backup /tmp/kopio.sqlite"])
        XCTAssertTrue(app.screen().line(22).contains("Varmuuskopio tallennettu: /tmp/kopio.sqlite"))
    }

    func testRightArrowMovesToAPaneMenuBuiltFromItsBindings() throws {
        let (app, _) = try makeApp(language: .en)
        app.press(.function(10), .right, .right)
        let frame = app.screen()
        XCTAssertTrue(frame.text.contains("Show grants"), frame.text)
        XCTAssertTrue(frame.text.contains("Say hello"))
        app.press(.down, .enter)    // "Say hello" in the grants menu: switches to grants and runs it
        XCTAssertEqual(app.state.currentPane, .grants)
        XCTAssertTrue(app.screen().line(22).contains("Grants says hello (1)."))
    }

    func testAltOOpensTheProgramMenuDirectly() throws {
        let (app, _) = try makeApp(language: .fi)
        app.press(.char("2"))
        app.press(.alt("k"))
        XCTAssertEqual(app.state.topOverlayName, "menu")
        XCTAssertTrue(app.screen().text.contains("Näytä kokoukset"))
        app.press(.escape)
        app.press(.alt("o"))
        let frame = app.screen()
        XCTAssertTrue(frame.text.contains("Tuo yhdistykset (CSV tai JSON)…"))
        XCTAssertTrue(frame.text.contains("Lopeta"))
        app.press(.escape)
        XCTAssertNil(app.state.topOverlayName)

        let (en, _) = try makeApp(language: .en)
        en.press(.alt("p"))
        XCTAssertTrue(en.screen().text.contains("Back up the database…"))
    }

    func testPaletteFuzzyMatchesBkpToBackupAndRunsIt() throws {
        let (app, services) = try makeApp(language: .fi)
        app.press(.char(":"))
        app.type("bkp")
        let frame = app.screen()
        let listTop = try XCTUnwrap((0..<24).first { frame.line($0).contains("Varmuuskopioi tietokanta") })
        XCTAssertEqual(frame[frame.line(listTop).distance(of: "Varmuuskopioi"), listTop].role, .menuSelected)
        XCTAssertFalse(frame.text.contains("Näytä avustukset"))
        app.press(.enter)
        XCTAssertEqual(app.state.topOverlayName, "dialog")   // asks for the path
        app.press(.enter)
        XCTAssertEqual(services.calls, ["backup kumppani-varmuuskopio-2026-11-23.sqlite"])
    }

    func testPalettePassesTheArgumentAfterTheFirstSpace() throws {
        let (app, services) = try makeApp(language: .en)
        app.press(.char(":"))
        app.type("export /tmp/out file.csv")
        app.press(.enter)
        XCTAssertEqual(services.calls, ["export /tmp/out file.csv"])
        XCTAssertTrue(app.screen().line(22).contains("Exported 3 associations"))
        app.press(.char(":"))
        app.type("lang")
        app.press(.enter)
        XCTAssertEqual(app.state.language, .fi)
        XCTAssertTrue(app.screen().line(0).contains("1 Yhdistykset"))
    }

    func testPaletteOffersPaneActionsAndMatchesFinnishLabels() throws {
        let (app, _) = try makeApp(language: .fi)
        let state = PaletteState(query: TextField(text: "tervehdi"))
        let labels = state.matches(app.paletteCommands()).map(\.label)
        XCTAssertEqual(labels.first, "Tervehdi")   // the current pane's own action first
        XCTAssertTrue(labels.contains("Avustukset: Tervehdi"))
        XCTAssertNil(FuzzyMatch.score("backup", query: "xyz"))
        XCTAssertNotNil(FuzzyMatch.score("backup", query: "bkp"))
        XCTAssertLessThan(try XCTUnwrap(FuzzyMatch.score("backup", query: "bac")), try XCTUnwrap(FuzzyMatch.score("backup", query: "bkp")))
    }

    func testThemePickerListsAvailableThemes() throws {
        let (app, _) = try makeApp(language: .fi)
        app.press(.char(":"))
        app.type("theme")
        app.press(.enter)
        let frame = app.screen()
        XCTAssertTrue(frame.text.contains("high-contrast"), frame.text)
        app.press(.down, .enter)
        XCTAssertEqual(app.themeName, "mono")
        XCTAssertTrue(app.takeFullRedrawRequest())
    }

    func testOverlaysFitAtTheMinimumSizeInBothLanguages() throws {
        for language in Language.allCases {
            let (app, _) = try makeApp(language: language)
            for open in [Key.function(10), .char(":"), .char("?")] {
                app.press(open)
                let frame = app.screen(80, 24)
                XCTAssertTrue(frame.line(23).contains("Esc"), frame.text)
                app.press(.escape)
                XCTAssertNil(app.state.topOverlayName)
            }
        }
    }
}

/// A clock the test moves forward.
private final class StepClock: Clock, @unchecked Sendable {
    var date = Date(timeIntervalSince1970: 1_795_435_200)
    func now() -> Date { date }
}

final class ShellStatusAndPasteTests: XCTestCase {
    func testInfoMessagesFadeOnIdleButErrorsStay() throws {
        let clock = StepClock()
        let services = FakeServices()
        let app = App(store: try Store.inMemory(clock: clock), services: services, language: .fi, clock: clock)
        app.press(.char("h"))
        XCTAssertTrue(app.screen().line(22).contains("Yhdistykset tervehtii (1)."))
        app.idle()
        XCTAssertTrue(app.screen().line(22).contains("tervehtii"))
        clock.date += 60
        app.handle(.tick)
        XCTAssertTrue(app.screen().line(22).contains("? ohje · F10 valikko"), app.screen().line(22))

        services.failWith = StoreError.locked(path: "/tmp/k.sqlite")
        app.handle(.key(.char(":")))
        app.type("backup /tmp/b.sqlite")
        app.press(.enter)
        clock.date += 60
        app.handle(.tick)
        XCTAssertEqual(app.screen()[1, 22].role, .statusError)
    }

    func testPasteIntoThePaletteIsTextNotCommands() throws {
        let (app, services) = try makeApp(language: .en)
        app.press(.char(":"))
        app.handle(.paste("export /tmp/a b.csv\nq"))
        XCTAssertFalse(app.shouldQuit)
        XCTAssertEqual(app.state.topOverlayName, "palette")
        XCTAssertTrue(app.screen().text.contains(":export /tmp/a b.csv q"), app.screen().text)
        XCTAssertEqual(services.calls, [])
    }

    func testAFileWithErrorsIsRefusedListingTheRowsAndOffersNoImport() throws {
        let (app, services) = try makeApp(language: .fi)
        services.importResult = ImportSummary(inserted: 0,
                                              problems: (1...40).map { "rivi \($0): nimi puuttuu ja osoite on liian pitkä tähän kenttään" })
        app.press(.char(":"))
        app.type("import /tmp/x.csv")
        app.press(.enter)
        let text = app.screen().text
        XCTAssertTrue(text.contains("Tiedostoa /tmp/x.csv ei tuotu, koska siinä on"), text)
        XCTAssertTrue(text.contains("virheitä (40). Mitään ei muutettu."), text)
        XCTAssertTrue(text.contains("Korjaa rivit ja tuo tiedosto uudelleen."), text)
        XCTAssertTrue(text.contains("rivi 1: nimi puuttuu"), text)
        XCTAssertFalse(text.contains("uutta yhdistystä"), text)
        XCTAssertFalse(text.contains("Kyllä (k)"), text)
        XCTAssertTrue(text.contains(" OK "), text)
        app.press(.enter)
        XCTAssertEqual(services.calls, ["import /tmp/x.csv dryRun=true"])
    }

    func testLongDialogTextKeepsItsButtonsVisible() throws {
        let (app, _) = try makeApp(language: .fi)
        app.handle(.key(.char(":")))
        app.type("import " + String(repeating: "/pitkä/polku/hakemistoon", count: 60) + ".csv")
        app.press(.enter)
        let text = app.screen().text
        XCTAssertTrue(text.contains("Kyllä (k)"), text)
        XCTAssertTrue(text.contains("Ei (e)"), text)
    }
}
