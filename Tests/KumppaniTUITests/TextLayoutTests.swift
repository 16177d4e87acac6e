import XCTest
@testable import KumppaniTUI

final class TextLayoutTests: XCTestCase {
    func testTruncateAddsAnEllipsisAndNeverSplitsWideCharacters() {
        XCTAssertEqual(TextLayout.truncate("Hämeenlinna", to: 6), "Hämee…")
        XCTAssertEqual(TextLayout.truncate("Hämeenlinna", to: 11), "Hämeenlinna")
        XCTAssertEqual(TextLayout.truncate("漢字漢字", to: 4), "漢…")     // 3 columns: no half character
        XCTAssertEqual(TextLayout.truncate("abc", to: 0), "")
    }

    func testPadAlignsByDisplayWidth() {
        XCTAssertEqual(TextLayout.pad("äö", to: 4), "äö  ")
        XCTAssertEqual(TextLayout.pad("12", to: 5, alignment: .right), "   12")
        XCTAssertEqual(TextLayout.pad("漢", to: 4, alignment: .center), " 漢 ")
        XCTAssertEqual(TextLayout.width(TextLayout.pad("liian pitkä teksti", to: 7)), 7)
    }

    func testWrapBreaksAtSpacesAndHardBreaksLongWords() {
        XCTAssertEqual(TextLayout.wrap("Hyvinvointialueen järjestöyhteistyö", width: 12),
                       ["Hyvinvointia", "lueen", "järjestöyhte", "istyö"])
        XCTAssertEqual(TextLayout.wrap("yksi kaksi kolme\nneljä", width: 10), ["yksi kaksi", "kolme", "neljä"])
        XCTAssertEqual(TextLayout.wrap("漢字漢字漢", width: 4), ["漢字", "漢字", "漢"])
        XCTAssertEqual(TextLayout.wrap("", width: 5), [""])
    }

    func testControlCharactersCountAsTheirStandIns() {
        XCTAssertEqual(TextLayout.width("a\u{1B}b"), 3)
    }
}
