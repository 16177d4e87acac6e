import XCTest
import Kumppani
@testable import KumppaniTUI

/// `TextEditor.text` is a join of cached per-paragraph UTF-8 (the autosave reads it after every
/// key). These tests drive every kind of edit and compare it, at each step, with the document
/// built from scratch out of the editor's graphemes: a path that forgot to refresh the cache fails.
final class TextEditorCachedTextTests: XCTestCase {
    /// The document built the slow way, from the paragraphs' characters.
    private func fromScratch(_ e: TextEditor) -> [UInt8] {
        Array(e.paragraphs.characters.map { String($0) }.joined(separator: "\n").utf8)
    }

    private func assertCached(_ e: TextEditor, _ step: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Array(e.text.utf8), fromScratch(e), "after \(step)", file: file, line: line)
    }

    private static let words = ["pöytäkirja", "käsiteltiin", "Åsa", "e\u{301}", "👩‍👩‍👧", "ja", "ß", "🇫🇮", "x"]
    private static let pastes = ["liite 2", "rivi 1\nrivi 2", "a\r\nb\r\nc", "\tsisennys", "\n", "ä\n\nö\n", "👍🏽 ok"]

    private func randomEvent(_ random: inout SeededRandom) -> (Event, String) {
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        switch random.next() % 22 {
        case 0...5:
            let c = pick(Array(pick(Self.words)) + [" ", " ", "."])
            return (.key(.char(c)), "typing \(c)")
        case 6: return (.key(.enter), "Enter (split)")
        case 7, 8: return (.key(.backspace), "Backspace (maybe join)")
        case 9: return (.key(.delete), "Delete (maybe join)")
        case 10: return (.key(pick([.ctrl("w"), .alt("d"), .ctrl("u"), .ctrl("k")])), "word/line delete")
        case 11, 12: return (.key(.ctrl("z")), "undo")
        case 13: return (.key(.ctrl("y")), "redo")
        case 14: let text = pick(Self.pastes); return (.paste(text), "paste \(text.debugDescription)")
        case 15: return (.key(.char("\n")), "typed newline")
        case 16: return (.tick, "tick")
        default:
            let key: Key = pick([.left, .right, .up, .down, .home, .end, .pageUp, .pageDown, .alt("<"), .alt(">"), .alt("b"), .alt("f")])
            return (.key(key), "move \(key)")
        }
    }

    func testTextEqualsTheDocumentBuiltFromScratchAfterEveryKindOfEdit() {
        for seed in UInt64(1)...6 {
            var random = SeededRandom(seed: seed)
            var e = TextEditor(text: "Kokous avattiin.\nLäsnä: Åsa, Ülle\r\nja 👩‍👩‍👧.\n\nPäätös:")
            e.setViewport(width: 12, height: 4)
            assertCached(e, "loading")
            for step in 0..<1_500 {
                if step == 700 {
                    e.text = "Uusi\tteksti\nkahdella kappaleella"    // the setter (loading another field)
                    assertCached(e, "seed \(seed) setText")
                    continue
                }
                let (event, name) = randomEvent(&random)
                let revision = e.revision
                _ = e.handle(event)
                assertCached(e, "seed \(seed) step \(step): \(name)")
                if Array(e.text.utf8) != fromScratch(e) { return }   // one failure per seed is enough
                // The autosave relies on this: the text changed only if the revision moved.
                if e.revision == revision { XCTAssertEqual(e.text, TextEditor(text: e.text).text) }
            }
        }
    }

    func testUndoAndRedoRestoreTheCachedTextExactly() {
        var e = TextEditor(text: "eka\ntoka")
        e.setViewport(width: 20, height: 5)
        let original = e.text
        for c in "lisää sanoja" { _ = e.handle(.key(.char(c))) }
        _ = e.handle(.paste("liitetty\nkappale"))
        let edited = e.text
        XCTAssertEqual(edited, "lisää sanojaliitetty\nkappaleeka\ntoka")
        while e.canUndo { _ = e.handle(.key(.ctrl("z"))) }
        XCTAssertEqual(e.text, original)
        assertCached(e, "undo all")
        while e.canRedo { _ = e.handle(.key(.ctrl("y"))) }
        XCTAssertEqual(e.text, edited)
        assertCached(e, "redo all")
    }
}
