import XCTest
import Kumppani
@testable import KumppaniTUI

final class ShellNavigationTests: XCTestCase {
    func testDigitTwoSwitchesToGrants() throws {
        let (app, _) = try makeApp(language: .fi)
        app.press(.char("2"))
        let frame = app.screen()
        XCTAssertEqual(app.state.currentPane, .grants)
        XCTAssertEqual(frame[frame.line(0).distance(of: "Avustukset"), 0].role, .tabActive)
        XCTAssertEqual(frame[frame.line(0).distance(of: "Yhdistykset"), 0].role, .tabInactive)
        XCTAssertTrue(frame.text.contains("Tähän tulevat avustukset"))
        app.press(.char("3"))
        XCTAssertTrue(app.screen().text.contains("Tähän tulevat kokoukset"))
    }

    func testHelpListsKeysFromTheTableAndEscCloses() throws {
        let (app, _) = try makeApp(language: .fi)
        app.press(.char("?"))
        let frame = app.screen(120, 60)
        XCTAssertTrue(frame.text.contains("Ohje: näppäimet"))
        XCTAssertTrue(frame.text.contains("?/F1"), frame.text)
        XCTAssertTrue(frame.text.contains("Ctrl-L"))
        XCTAssertTrue(frame.text.contains(":backup"))
        XCTAssertTrue(frame.text.contains("Tervehdi"))       // the current pane's own row
        app.press(.escape)
        XCTAssertNil(app.state.topOverlayName)
        XCTAssertFalse(app.screen().text.contains("Ohje: näppäimet"))
        app.press(.function(1))
        XCTAssertEqual(app.state.topOverlayName, "help")
        app.press(.char("?"))
        XCTAssertNil(app.state.topOverlayName)
    }

    func testHelpScrollsWhenItDoesNotFit() throws {
        let (app, _) = try makeApp(language: .en)
        app.press(.char("?"))
        let first = app.screen(80, 24).text
        XCTAssertTrue(first.contains("Everywhere"))
        app.press(.pageDown)                              // (the editing keys now follow the pane's group)
        let later = app.screen(80, 24).text
        XCTAssertFalse(later.contains("Everywhere"), later)
        XCTAssertTrue(later.contains("Say hello"), later)   // the pane's group after the global one
    }

    func testEveryBindingHasLabelsInBothLanguagesAndAppearsInHelp() throws {
        let (app, _) = try makeApp(language: .fi)
        var tables = KeyBindings.global + KeyBindings.welcome
        for id in PaneID.allCases { tables += app.pane(id).bindings }
        for b in tables {
            XCTAssertNotNil(Catalog.all[b.labelKey], "no catalog entry for \(b.labelKey)")
            XCTAssertNotEqual(L(.fi)[b.labelKey], b.labelKey)
            XCTAssertNotEqual(L(.en)[b.labelKey], b.labelKey)
        }
        for id in PaneID.allCases {
            app.press(.char(Character(String(id.number))))
            app.press(.char("?"))
            let help = app.helpGroups()
            let lines = HelpState.lines(help, l: L(.fi)).map(\.text).joined(separator: "\n")
            for b in KeyBindings.global + app.pane(id).bindings {
                XCTAssertTrue(lines.contains(L(.fi)[b.labelKey]), "\(b.action) missing in help")
            }
            app.press(.escape)
        }
    }

    func testQQuits() throws {
        let (app, _) = try makeApp()
        XCTAssertFalse(app.shouldQuit)
        app.press(.char("q"))
        XCTAssertTrue(app.shouldQuit)
    }

    func testQTypedIntoATextFieldDoesNotQuit() throws {
        let (app, _) = try makeApp(panes: [TypingPane()])
        app.press(.char("2"), .char("e"))
        app.type("q1?:")
        app.handle(.paste("q\n"))
        XCTAssertFalse(app.shouldQuit)
        XCTAssertEqual(app.state.currentPane, .grants)
        XCTAssertNil(app.state.topOverlayName)
        XCTAssertTrue(app.screen().text.contains("Field: [q1?:q␊]"), app.screen().text)
        app.press(.escape)      // leaves the field: the pane took Esc
        app.press(.char("q"))
        XCTAssertTrue(app.shouldQuit)
    }

    func testQAsksFirstWhenAPaneHasUnsavedWork() throws {
        var pane = TypingPane()
        pane.unsaved = true
        let (app, _) = try makeApp(panes: [pane])
        app.press(.char("q"))
        XCTAssertFalse(app.shouldQuit)
        XCTAssertTrue(app.screen().text.contains("tallentamatonta työtä"))
        app.press(.char("e"))   // "Ei"
        XCTAssertFalse(app.shouldQuit)
        app.press(.char("q"), .char("k"))
        XCTAssertTrue(app.shouldQuit)
    }

    func testCtrlLRequestsOneFullRedraw() throws {
        let (app, _) = try makeApp()
        XCTAssertFalse(app.takeFullRedrawRequest())
        app.press(.ctrl("l"))
        XCTAssertTrue(app.takeFullRedrawRequest())
        XCTAssertFalse(app.takeFullRedrawRequest())
    }

    func testPaneDialogAnswerAndMessageReachTheScreen() throws {
        let (app, _) = try makeApp(language: .en)
        app.press(.char("h"), .char("h"))
        XCTAssertTrue(app.screen().line(22).contains("Associations says hello (2)."))
        app.press(.char("a"))
        XCTAssertTrue(app.screen().text.contains("The association directory will be here"))
        XCTAssertEqual(app.state.topOverlayName, "dialog")
        app.press(.enter)
        XCTAssertNil(app.state.topOverlayName)
    }
}

/// A pane that opens an association in pane 1, as the grants pane will.
private struct LinkingPane: Pane {
    let id = PaneID.grants
    var titleKey: String { "shell.pane.grants" }
    var bindings: [KeyBinding] {
        [KeyBinding(action: "grants.open-association", keys: [.enter], labelKey: "shell.placeholder.hello", context: .pane(id))]
    }
    mutating func perform(_ action: ActionID, argument: String?, context: inout PaneContext) -> PaneResult {
        guard action == "grants.open-association" else { return .ignored }
        context.switchTo(.directory, action: "directory.hello")
        return .handled
    }
    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {}
}

final class ShellPaneContextTests: XCTestCase {
    func testAPaneCanSwitchToAnotherPaneAndRunAnActionThere() throws {
        let (app, _) = try makeApp(language: .fi, panes: [LinkingPane()])
        app.press(.char("2"), .enter)
        XCTAssertEqual(app.state.currentPane, .directory)
        XCTAssertTrue(app.screen().line(22).contains("Yhdistykset tervehtii (1)."), app.screen().line(22))
    }

    func testSlashIsForwardedToThePaneAndExplainedWhenThereIsNoList() throws {
        let (app, _) = try makeApp(language: .fi)
        app.press(.char("/"))
        XCTAssertTrue(app.screen().line(22).contains("Tässä näkymässä ei ole haettavaa luetteloa."))
        app.press(.escape)
        XCTAssertTrue(app.screen().line(22).contains("? ohje · F10 valikko"))
    }

    func testAsciiBoxStyleDrawsPlainCharacters() throws {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))
        let app = App(store: try Store.inMemory(clock: clock), services: FakeServices(), language: .en,
                      boxStyle: .ascii, clock: clock)
        app.press(.char("?"))
        let text = app.screen().text
        XCTAssertTrue(text.contains("+- Help: keys -"), text)
        XCTAssertFalse(text.contains("┌"))
    }
}
