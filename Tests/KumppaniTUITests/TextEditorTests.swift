import XCTest
@testable import KumppaniTUI

final class TextEditorTests: XCTestCase {
    private func editor(_ text: String, width: Int, height: Int) -> TextEditor {
        var e = TextEditor(text: text)
        e.setViewport(width: width, height: height)
        return e
    }

    private func draw(_ e: TextEditor, width: Int, height: Int) -> Frame {
        var frame = Frame(size: Size(width: width, height: height))
        e.render(into: &frame, in: frame.bounds, focused: true)
        return frame
    }

    private func type(_ text: String, into e: inout TextEditor) {
        for c in text { _ = e.handle(.key(.char(c))) }
    }

    func testSoftWrapBreaksAtWordsAndHardBreaksLongWords() {
        let e = editor("Kokous alkoi kello 14.05 ja päättyi\nPitkäsanaisuusharjoitus", width: 12, height: 6)
        let frame = draw(e, width: 12, height: 6)
        XCTAssertEqual(frame.line(0), "Kokous alkoi")   // exactly 12 columns fit
        XCTAssertEqual(frame.line(1), "kello 14.05")
        XCTAssertEqual(frame.line(2), "ja päättyi")
        XCTAssertEqual(frame.line(3), "Pitkäsanaisu")
        XCTAssertEqual(frame.line(4), "usharjoitus")
        XCTAssertEqual(frame.line(5), "")
    }

    func testUpAndDownMoveByVisualLineKeepingTheGoalColumn() {
        var e = editor("aaaa bbbbbbbbb cc\nxy\nzzzzzzzzzz", width: 10, height: 10)
        // Lines: "aaaa " | "bbbbbbbbb " | "cc" ; "xy" ; "zzzzzzzzzz"
        _ = e.handle(.key(.right)); _ = e.handle(.key(.right)); _ = e.handle(.key(.right))
        _ = e.handle(.key(.down))
        XCTAssertEqual(e.cursor, TextPosition(paragraph: 0, offset: 8))      // column 3 of "bbbbbbbbb"
        _ = e.handle(.key(.down))
        XCTAssertEqual(e.cursor, TextPosition(paragraph: 0, offset: 17))     // "cc" is shorter: its end
        _ = e.handle(.key(.down))
        XCTAssertEqual(e.cursor, TextPosition(paragraph: 1, offset: 2))
        _ = e.handle(.key(.down))
        XCTAssertEqual(e.cursor, TextPosition(paragraph: 2, offset: 3))      // goal column 3 kept
        let frame = draw(e, width: 10, height: 10)
        XCTAssertEqual(frame.cursor?.x, 3)
        XCTAssertEqual(frame.cursor?.y, 4)
        _ = e.handle(.key(.up)); _ = e.handle(.key(.up))
        XCTAssertEqual(e.cursor, TextPosition(paragraph: 0, offset: 17))
        _ = e.handle(.key(.home))
        XCTAssertEqual(e.cursor, TextPosition(paragraph: 0, offset: 15))
        _ = e.handle(.key(.up)); _ = e.handle(.key(.end))
        XCTAssertEqual(e.cursor, TextPosition(paragraph: 0, offset: 14))      // before the wrap, on the line
    }

    func testEnterSplitsAndBackspaceJoinsParagraphs() {
        var e = editor("Päätös tehtiin", width: 40, height: 5)
        for _ in 0..<7 { _ = e.handle(.key(.right)) }
        _ = e.handle(.key(.enter))
        XCTAssertEqual(e.text, "Päätös \ntehtiin")
        XCTAssertEqual(draw(e, width: 40, height: 5).line(1), "tehtiin")
        _ = e.handle(.key(.backspace))
        XCTAssertEqual(e.text, "Päätös tehtiin")
        _ = e.handle(.key(.end)); _ = e.handle(.key(.enter))
        type("Seuraava", into: &e)
        _ = e.handle(.key(.up)); _ = e.handle(.key(.end)); _ = e.handle(.key(.delete))
        XCTAssertEqual(e.text, "Päätös tehtiinSeuraava")
    }

    func testUndoRedoStepsByWordNotByCharacter() {
        var e = editor("", width: 40, height: 5)
        let revision0 = e.revision
        type("hyvä kokous", into: &e)
        XCTAssertGreaterThan(e.revision, revision0)
        _ = e.handle(.key(.ctrl("z")))
        XCTAssertEqual(e.text, "hyvä ")
        _ = e.handle(.key(.ctrl("z")))
        XCTAssertEqual(e.text, "")
        _ = e.handle(.key(.ctrl("y")))
        XCTAssertEqual(e.text, "hyvä ")
        _ = e.handle(.key(.ctrl("y")))
        XCTAssertEqual(e.text, "hyvä kokous")
        XCTAssertEqual(draw(e, width: 40, height: 5).line(0), "hyvä kokous")
    }

    func testPauseEndsATypingRun() {
        var e = editor("", width: 40, height: 5)
        type("ab", into: &e)
        _ = e.handle(.tick)
        type("cd", into: &e)
        _ = e.handle(.key(.ctrl("z")))
        XCTAssertEqual(e.text, "ab")
    }

    func testPasteWithNewlinesMakesParagraphsLiterallyAndUndoesAtOnce() {
        var e = editor("alku loppu", width: 30, height: 6)
        for _ in 0..<5 { _ = e.handle(.key(.right)) }
        _ = e.handle(.paste("1. kohta\r\n2. \u{1B}[31mkohta\n"))
        XCTAssertEqual(e.text, "alku 1. kohta\n2. [31mkohta\nloppu")   // the ESC left out (issue 15)
        XCTAssertEqual(e.cursor, TextPosition(paragraph: 2, offset: 0))
        let frame = draw(e, width: 30, height: 6)
        XCTAssertEqual(frame.line(1), "2. [31mkohta")
        XCTAssertEqual(frame.line(2), "loppu")
        _ = e.handle(.key(.ctrl("z")))
        XCTAssertEqual(e.text, "alku loppu")
    }

    func testScrollingKeepsTheCursorVisibleInALongDocument() {
        let text = (1...1500).map { "Kappale \($0): " + String(repeating: "sana ", count: 12) }.joined(separator: "\n")
        var e = editor(text, width: 40, height: 10)
        for _ in 0..<50 { _ = e.handle(.key(.pageDown)) }
        let frame = draw(e, width: 40, height: 10)
        guard let cursorRow = frame.cursor?.y else { return XCTFail("no cursor") }
        XCTAssertTrue((0..<10).contains(cursorRow))
        // The paragraph holding the cursor is on screen.
        XCTAssertTrue(frame.text.contains("Kappale \(e.cursor.paragraph + 1):") || e.cursor.offset > 0)
        _ = e.handle(.key(.alt(">")))
        let end = draw(e, width: 40, height: 10)
        XCTAssertTrue(end.text.contains("Kappale 1500:"))
        type("X", into: &e)
        XCTAssertTrue(e.text.hasSuffix("sana X"))
    }

    func testWideCharactersWrapWithoutSplitting() {
        let e = editor("会議の議事録を書きます", width: 7, height: 4)
        let frame = draw(e, width: 7, height: 4)
        XCTAssertEqual(frame.line(0), "会議の")
        XCTAssertEqual(frame.line(1), "議事録")
        XCTAssertEqual(frame.line(2), "を書き")
        XCTAssertEqual(frame.line(3), "ます")
    }

    func testAKeystrokeRewrapsOnlyTheEditedParagraph() {
        let text = (1...1500).map { "Kappale \($0) " + String(repeating: "teksti ", count: 9) }.joined(separator: "\n")
        var e = editor(text, width: 30, height: 10)
        let wrappedAtOpen = e.wraps.filter { !$0.isEmpty }.count
        XCTAssertLessThan(wrappedAtOpen, 30, "only a screenful around the cursor is wrapped")
        _ = e.handle(.key(.down))
        type("uusi ", into: &e)
        XCTAssertFalse(e.wraps[0].isEmpty)
        XCTAssertTrue(e.wraps[1400].isEmpty, "far paragraphs are never wrapped")
        XCTAssertEqual(e.wraps.filter { !$0.isEmpty }.count, wrappedAtOpen)
        XCTAssertTrue(draw(e, width: 30, height: 10).text.contains("uusi "))
    }

    func testWordDeletionAndLineKillInTheEditor() {
        var e = editor("Sovittiin seuraava kokous", width: 40, height: 3)
        _ = e.handle(.key(.alt(">")))
        _ = e.handle(.key(.ctrl("w")))
        XCTAssertEqual(e.text, "Sovittiin seuraava ")
        _ = e.handle(.key(.alt("b")))
        _ = e.handle(.key(.ctrl("k")))
        XCTAssertEqual(e.text, "Sovittiin ")
        _ = e.handle(.key(.ctrl("z")))
        XCTAssertEqual(e.text, "Sovittiin seuraava ")
        _ = e.handle(.key(.ctrl("a")))
        XCTAssertEqual(e.handle(.key(.backspace)), .handled, "nothing before the start")
    }
}
