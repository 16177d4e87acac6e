import CNcurses
import Foundation
import XCTest

/// ncurses without a real terminal: a screen on /dev/null, so the wide-character calls the presenter
/// relies on (setcchar, mvadd_wch, and reading a cell back) are checked on every machine.
final class NcursesHeadlessTests: XCTestCase {
    func testWideCharacterRoundTripsThroughAScreenOnDevNull() throws {
        let previousLocale = String(cString: setlocale(LC_CTYPE, nil))
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil else { throw XCTSkip("no C.UTF-8 locale") }
        defer { setlocale(LC_CTYPE, previousLocale) }
        guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else {
            return XCTFail("cannot open /dev/null")
        }
        defer { fclose(output); fclose(input) }
        guard let screen = newterm("xterm-256color", output, input) else {
            throw XCTSkip("no terminfo entry for xterm-256color")
        }
        defer { delscreen(screen) }
        let window = kumppani_stdscr()
        XCTAssertEqual(kumppani_max_x(window), 80)   // the terminfo default size without a tty

        // Draw 漢 (two columns wide) at (row 2, column 5), then ä next to it.
        var cell = cchar_t()
        XCTAssertEqual(setcchar(&cell, [wchar_t(0x6F22), 0], kumppani_a_bold(), 0, nil), OK)
        XCTAssertEqual(mvwadd_wch(window, 2, 5, &cell), OK)
        var umlaut = cchar_t()
        XCTAssertEqual(setcchar(&umlaut, [wchar_t(0xE4), 0], kumppani_a_normal(), 0, nil), OK)
        XCTAssertEqual(wadd_wch(window, &umlaut), OK)
        XCTAssertEqual(wnoutrefresh(window), OK)
        XCTAssertEqual(doupdate(), OK)

        func character(atRow y: Int32, column x: Int32) -> (UInt32, attr_t) {
            var readBack = cchar_t()
            _ = mvwin_wch(window, y, x, &readBack)
            var text = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
            var attributes: attr_t = 0
            var pair: Int16 = 0
            _ = getcchar(&readBack, &text, &attributes, &pair, nil)
            return (UInt32(bitPattern: text[0]), attributes)
        }
        let wide = character(atRow: 2, column: 5)
        XCTAssertEqual(wide.0, 0x6F22)
        XCTAssertNotEqual(wide.1 & kumppani_a_bold(), 0)
        // The wide character took two columns, so ä landed in column 7.
        XCTAssertEqual(character(atRow: 2, column: 7).0, 0xE4)
        // endwin reports ERR here only because /dev/null has no terminal modes to restore.
        _ = endwin()
        XCTAssertTrue(isendwin())
    }
}
