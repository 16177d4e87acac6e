import XCTest
import Kumppani
@testable import KumppaniTUI

final class ShellStatusLineTests: XCTestCase {
    func testALongMessageWinsOverTheFileName() throws {
        let (app, _) = try makeApp(language: .fi)
        let short = app.screen().line(22)
        XCTAssertTrue(short.hasSuffix("kumppani.sqlite"), short)   // the file name shows while there is room

        let long = "Määräraha ylittyisi 500,00 €: määräraha 1 500,00 €, jo esitetty tai myönnetty 0,00 €, tämä 2 000,00 €."
        app.post(long, kind: .error)
        let line = app.screen().line(22)
        XCTAssertTrue(line.hasPrefix(" Määräraha ylittyisi 500,00 €: määräraha 1 500,00 €, jo esitetty tai myönnetty"), line)
        XCTAssertTrue(line.hasSuffix("…"), line)
        XCTAssertFalse(line.contains("kumppani.sqlite"), line)
    }

    func testHelpKeysLongerThanTheColumnGetALineOfTheirOwn() {
        let long = KeyBinding(action: "test.long", keys: [.escape, .backspace, .function(5), .function(6), .function(7)], labelKey: "shell.action.quit",
                              context: .global, showInKeyBar: false, menu: nil)
        let lines = HelpState.lines([HelpGroup(title: "T", bindings: [long])], l: L(.fi)).map(\.text)
        guard lines.count == 3 else { return XCTFail("\(lines)") }
        let keyLine = lines[1]
        XCTAssertFalse(keyLine.contains("Lopeta"), "the label does not run into the keys: \(keyLine)")
        XCTAssertTrue(lines[2].hasSuffix("Lopeta"), lines[2])
    }
}

final class ShellKeyBarTests: XCTestCase {
    /// A pane whose text field has the keyboard: `q` types a letter there.
    struct TypingPane: Pane {
        var id: PaneID { .directory }
        var titleKey: String { "shell.pane.directory" }
        var bindings: [KeyBinding] { [] }
        var isCapturingText: Bool { true }
        mutating func perform(_ action: ActionID, argument: String?, context: inout PaneContext) -> PaneResult { .ignored }
        func render(into frame: inout Frame, in area: Rect, context: DrawContext) {}
    }

    func testTheWayOutIsAlwaysShownExceptWhileTyping() throws {
        let (app, _) = try makeApp(language: .fi)
        XCTAssertTrue(app.screen().line(23).contains("q Lopeta"), app.screen().line(23))
        let (typing, _) = try makeApp(language: .fi, panes: [TypingPane()])
        let bar = typing.screen().line(23)
        XCTAssertFalse(bar.contains("q Lopeta"), bar)
        XCTAssertTrue(bar.contains("F1 Ohje") && bar.contains("F10 Valikko"), bar)   // `?` would type itself
    }
}
