import XCTest
@testable import KumppaniTUI

final class TextFieldTests: XCTestCase {
    private func type(_ text: String, into field: inout TextField) {
        for c in text { _ = field.handle(.key(.char(c))) }
    }

    private func draw(_ field: TextField, width: Int, focused: Bool = true) -> Frame {
        var frame = Frame(size: Size(width: width, height: 1))
        field.render(into: &frame, in: frame.bounds, focused: focused)
        return frame
    }

    func testTypingFinnishAndMovingTheCursorEditsByGrapheme() {
        var field = TextField()
        type("Hyvää päivää", into: &field)
        XCTAssertEqual(field.text, "Hyvää päivää")
        for _ in 0..<6 { _ = field.handle(.key(.left)) }   // before "päivää"
        _ = field.handle(.key(.backspace))                  // removes the space
        type("-", into: &field)
        XCTAssertEqual(field.text, "Hyvää-päivää")
        _ = field.handle(.key(.ctrl("e")))
        _ = field.handle(.key(.backspace))
        XCTAssertEqual(field.text, "Hyvää-päivä")
        let frame = draw(field, width: 20)
        XCTAssertEqual(frame.line(0), "Hyvää-päivä")
        XCTAssertEqual(frame.cursor?.x, 11)
    }

    func testCombiningMarkJoinsThePreviousLetterAsOneCursorStep() {
        var field = TextField(text: "ab")
        _ = field.handle(.key(.left))
        _ = field.handle(.key(.char("\u{0301}")))   // combining acute after "a"
        XCTAssertEqual(field.text, "a\u{0301}b")
        XCTAssertEqual(field.cursor, 1)
        _ = field.handle(.key(.backspace))
        XCTAssertEqual(field.text, "b")
    }

    func testCJKTextPlacesTheCursorByDisplayColumns() {
        var field = TextField()
        type("東京で会議", into: &field)
        _ = field.handle(.key(.left))
        _ = field.handle(.key(.left))
        let frame = draw(field, width: 20)
        XCTAssertEqual(frame.line(0), "東京で会議")
        XCTAssertEqual(frame.cursor?.x, 6)   // after three wide characters
    }

    func testWideCharacterIsNeverSplitWhileScrolling() {
        var field = TextField(text: "a漢字漢字漢字漢字漢字")   // 1 + 20 columns
        let width = 8
        for _ in 0...10 {
            let frame = draw(field, width: width)
            // Every cell that holds a wide character has its continuation inside the frame.
            for x in 0..<width where frame[x, 0].width == 2 {
                XCTAssertLessThan(x + 1, width)
                XCTAssertTrue(frame[x + 1, 0].isContinuation)
            }
            XCTAssertFalse(frame[0, 0].isContinuation)
            // The cursor is visible and sits on a character boundary.
            guard let cx = frame.cursor?.x else { return XCTFail("no cursor") }
            XCTAssertTrue((0..<width).contains(cx))
            XCTAssertFalse(frame[cx, 0].isContinuation)
            _ = field.handle(.key(.left))
        }
        let atEnd = draw(TextField(text: "a漢字漢字漢字漢字漢字"), width: width)
        XCTAssertTrue(atEnd.line(0).hasSuffix("字"), atEnd.line(0))
        let atStart = { () -> Frame in var f = field; _ = f.handle(.key(.home)); return self.draw(f, width: width) }()
        XCTAssertEqual(atStart.line(0), "a漢字漢")
    }

    func testCtrlWDeletesAWordBackAndCtrlUToTheStart() {
        var field = TextField(text: "Espoon Järjestöt ry")
        _ = field.handle(.key(.ctrl("w")))
        XCTAssertEqual(field.text, "Espoon Järjestöt ")
        _ = field.handle(.key(.ctrl("w")))
        XCTAssertEqual(field.text, "Espoon ")
        _ = field.handle(.key(.alt("b")))
        XCTAssertEqual(field.cursor, 0)
        _ = field.handle(.key(.alt("f")))
        XCTAssertEqual(field.cursor, 6)
        _ = field.handle(.key(.ctrl("k")))
        XCTAssertEqual(field.text, "Espoon")
        _ = field.handle(.key(.left))
        _ = field.handle(.key(.ctrl("u")))
        XCTAssertEqual(field.text, "n")
        XCTAssertEqual(field.cursor, 0)
    }

    /// Issue 15: control characters are no longer kept in the text (drawn as stand-ins); a paste
    /// loses only them (the app says so on the status line, `ControlCharacterAppTests`).
    func testPasteIsLiteralWithoutControlsAndLineBreaksBecomeSpaces() {
        var field = TextField()
        let result = field.handle(.paste("rivi1\nrivi2\u{1B}[2J\u{9B}31m"))
        XCTAssertEqual(result, .changed)
        XCTAssertEqual(field.text, "rivi1 rivi2[2J31m")
        let frame = draw(field, width: 40)
        XCTAssertEqual(frame.line(0), "rivi1 rivi2[2J31m")
        XCTAssertFalse(frame.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B })
        XCTAssertEqual(frame.cursor?.x, TextLayout.width(field.text))
    }

    func testMaxLengthCutsTypingAndPaste() {
        var field = TextField(maxLength: 5)
        _ = field.handle(.paste("1234567"))
        XCTAssertEqual(field.text, "12345")
        XCTAssertEqual(field.handle(.key(.char("8"))), .handled)
        XCTAssertEqual(field.text, "12345")
    }

    func testPlaceholderShowsDimOnlyWhenEmpty() {
        var field = TextField(placeholder: "Hae…")
        var frame = draw(field, width: 10)
        XCTAssertEqual(frame.line(0), "Hae…")
        XCTAssertEqual(frame[0, 0].role, .dim)
        type("x", into: &field)
        frame = draw(field, width: 10)
        XCTAssertEqual(frame.line(0), "x")
    }

    func testEnterSubmitsAndEscCancels() {
        var field = TextField(text: "x")
        XCTAssertEqual(field.handle(.key(.enter)), .submitted)
        XCTAssertEqual(field.handle(.key(.escape)), .cancelled)
        XCTAssertEqual(field.handle(.key(.function(5))), .ignored)
    }

    func testUnfocusedLongFieldShowsItsBeginning() {
        let field = TextField(text: "Pohjois-Pohjanmaan hyvinvointialue")
        XCTAssertEqual(draw(field, width: 10, focused: false).line(0), "Pohjois-Po")
        XCTAssertTrue(draw(field, width: 10, focused: true).line(0).hasSuffix("alue"))
    }
}
