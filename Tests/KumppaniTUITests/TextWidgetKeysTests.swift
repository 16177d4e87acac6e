import XCTest
import Kumppani
@testable import KumppaniTUI

/// The same editing keys in `TextField`, `TextEditor` and `Form` (issue 13), and the decoder and
/// replay notation that deliver Ctrl-arrows and Alt-Backspace.
final class TextWidgetKeysTests: XCTestCase {
    private func typed(_ text: String, into field: inout TextField) {
        for c in text { _ = field.handle(.key(.char(c))) }
    }

    func testTextFieldUndoesByWordAndRedoes() {
        var field = TextField()
        typed("Lahden seudun", into: &field)
        XCTAssertEqual(field.handle(.key(.ctrl("z"))), .changed)
        XCTAssertEqual(field.text, "Lahden ", "one typed word is one step")
        _ = field.handle(.key(.ctrl("z")))
        XCTAssertEqual(field.text, "")
        XCTAssertEqual(field.handle(.key(.ctrl("z"))), .handled, "nothing left to undo")
        _ = field.handle(.key(.ctrl("y")))
        XCTAssertEqual(field.text, "Lahden ")
        _ = field.handle(.key(.ctrl("w")))
        XCTAssertEqual(field.text, "")
        _ = field.handle(.key(.ctrl("z")))
        XCTAssertEqual(field.text, "Lahden ", "a deleted word comes back")
    }

    func testTextFieldUndoBringsBackAReplacedSelection() {
        var field = TextField(text: "32500,00")
        field.replacesOnType = true
        typed("1000", into: &field)
        XCTAssertEqual(field.text, "1000")
        _ = field.handle(.key(.ctrl("z")))
        _ = field.handle(.key(.ctrl("z")))
        XCTAssertEqual(field.text, "32500,00")
    }

    func testWordKeysAreTheSameInFieldAndEditor() {
        var field = TextField(text: "Heinolan omaishoitajat ry")
        var editor = TextEditor(text: "Heinolan omaishoitajat ry")
        editor.setViewport(width: 80, height: 5)
        editor.moveCursor(to: TextPosition(paragraph: 0, offset: 100))
        for key: Key in [.ctrlLeft, .ctrlLeft, .altBackspace] {
            _ = field.handle(.key(key)); _ = editor.handle(.key(key))
        }
        XCTAssertEqual(field.text, "omaishoitajat ry")
        XCTAssertEqual(editor.text, "omaishoitajat ry")
        for key: Key in [.ctrlRight, .ctrl("k")] { _ = field.handle(.key(key)); _ = editor.handle(.key(key)) }
        XCTAssertEqual(field.text, "omaishoitajat")
        XCTAssertEqual(editor.text, "omaishoitajat")
        for key: Key in [.ctrl("a"), .char("x"), .ctrl("e"), .ctrl("u")] { _ = field.handle(.key(key)); _ = editor.handle(.key(key)) }
        XCTAssertEqual(field.text, "")
        XCTAssertEqual(editor.text, "")
        for key: Key in [.ctrl("z")] { _ = field.handle(.key(key)); _ = editor.handle(.key(key)) }
        XCTAssertEqual(field.text, "xomaishoitajat")
        XCTAssertEqual(editor.text, "xomaishoitajat")
    }

    func testDecoderReadsAltBackspaceAndCtrlArrows() {
        func decode(_ inputs: [RawInput]) -> [Event] {
            var decoder = InputDecoder()
            return inputs.flatMap { decoder.feed($0) }
        }
        func scalars(_ text: String) -> [RawInput] { text.unicodeScalars.map { .scalar($0) } }
        XCTAssertEqual(decode(scalars("\u{1B}\u{7F}")), [.key(.altBackspace)], "ESC DEL is one key, not Esc then Backspace")
        XCTAssertEqual(decode(scalars("\u{1B}\u{08}")), [.key(.altBackspace)])
        XCTAssertEqual(decode(scalars("\u{1B}") + [.key(.backspace)]), [.key(.altBackspace)])
        XCTAssertEqual(decode(scalars("\u{1B}[1;5D\u{1B}[1;5C\u{1B}[1;3D")), [.key(.ctrlLeft), .key(.ctrlRight), .key(.ctrlLeft)])
        XCTAssertEqual(decode(scalars("\u{1B}[D\u{1B}[1;2C")), [.key(.left), .key(.right)], "other modifiers stay plain arrows")
        XCTAssertEqual(decode(scalars("\u{1B}") + [.timeout] + scalars("\u{7F}")), [.key(.escape), .key(.backspace)],
                       "an Esc the user pressed alone stays Esc")
    }

    func testReplayTokensForWordKeys() throws {
        XCTAssertEqual(try ReplayScript.parse("<C-Left><c-right><M-BS>"),
                       [.event(.key(.ctrlLeft)), .event(.key(.ctrlRight)), .event(.key(.altBackspace))])
    }

    func testTheHelpOverlayShowsTheEditingKeys() throws {
        let (app, _) = try makeApp(language: .fi)
        app.press(.char("?"))
        let text = app.screen(100, 70).text
        XCTAssertTrue(text.contains("Tekstin muokkaus (lomakkeet ja pöytäkirja)"), text)
        XCTAssertTrue(text.contains("Ctrl-Z") && text.contains("Kumoa"), text)
        XCTAssertTrue(text.contains("Ctrl-S/F2") && text.contains("Tallenna lomake mistä kentästä tahansa"), text)
    }

    func testHelpListsTheEditingKeysInBothLanguages() {
        for (language, expected) in [(Language.fi, ["Tekstin muokkaus", "Ctrl-Z", "Kumoa", "Ctrl-W/Alt-Askelpalautin", "Ctrl-←/Alt-B", "Ctrl-S/F2"]),
                                     (.en, ["Editing text", "Undo", "Ctrl-W/Alt-Backspace", "Ctrl-→/Alt-F", "Delete to the end of the line"])] {
            let lines = HelpState.lines([HelpGroup(title: L(language)["text.help.title"], bindings: TextKeys.bindings)], l: L(language))
            let text = lines.map(\.text).joined(separator: "\n")
            for e in expected { XCTAssertTrue(text.contains(e), "\(e) missing in\n\(text)") }
        }
    }
}
