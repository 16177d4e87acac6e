import XCTest
import Kumppani
@testable import KumppaniTUI

final class InputDecoderTests: XCTestCase {
    private func decode(_ inputs: [RawInput]) -> [Event] {
        var decoder = InputDecoder()
        return inputs.flatMap { decoder.feed($0) }
    }

    private func scalars(_ text: String) -> [RawInput] { text.unicodeScalars.map { .scalar($0) } }

    func testPlainCharactersAndControlKeys() {
        XCTAssertEqual(decode(scalars("aä\t\r\n\u{7F}\u{08}\u{01}\u{1A}\u{00}")), [
            .key(.char("a")), .key(.char("ä")), .key(.tab), .key(.enter), .key(.enter),
            .key(.backspace), .key(.backspace), .key(.ctrl("a")), .key(.ctrl("z")),
        ])
        XCTAssertEqual(decode([.key(.up), .key(.function(5))]), [.key(.up), .key(.function(5))])
    }

    func testEscapeAloneAfterTheDelayAndAltLetter() {
        var decoder = InputDecoder()
        XCTAssertEqual(decoder.feed(.scalar("\u{1B}")), [])
        XCTAssertEqual(decoder.pendingWait, .escapeDelay)
        XCTAssertEqual(decoder.feed(.timeout), [.key(.escape)])
        XCTAssertEqual(decoder.pendingWait, InputDecoder.Wait.none)

        XCTAssertEqual(decode(scalars("\u{1B}f\u{1B}X")), [.key(.alt("f")), .key(.alt("x"))])
        XCTAssertEqual(decode(scalars("\u{1B}\u{1B}") + [.timeout]), [.key(.escape), .key(.escape)])
        XCTAssertEqual(decode(scalars("\u{1B}1")), [.key(.escape), .key(.char("1"))])
        XCTAssertEqual(decode([.scalar("\u{1B}"), .key(.down)]), [.key(.escape), .key(.down)])
    }

    func testBracketedPasteIsOneLiteralEvent() {
        let pasted = "\u{1B}[200~rivi 1\r\n<Enter>\u{1B}[A\u{03}\rloppu\u{1B}[201~x"
        XCTAssertEqual(decode(scalars(pasted)), [.paste("rivi 1\n<Enter>\u{1B}[A\u{03}\nloppu"), .key(.char("x"))])
    }

    func testPasteWithoutItsEndIsDeliveredAfterTheWait() {
        var decoder = InputDecoder()
        for input in scalars("\u{1B}[200~abc") { _ = decoder.feed(input) }
        XCTAssertEqual(decoder.pendingWait, .pasteEnd)
        XCTAssertEqual(decoder.feed(.timeout), [.paste("abc")])
    }

    func testSequencesNcursesDidNotDecode() {
        XCTAssertEqual(decode(scalars("\u{1B}[3~\u{1B}[1;5A\u{1B}[Z\u{1B}[15~\u{1B}[24~")),
                       [.key(.delete), .key(.up), .key(.backTab), .key(.function(5)), .key(.function(12))])
        // Unknown sequences never turn into typed text.
        XCTAssertEqual(decode(scalars("\u{1B}[99~\u{1B}[?1;2cz")), [.key(.char("z"))])
    }
}
