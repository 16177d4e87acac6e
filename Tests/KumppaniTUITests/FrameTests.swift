import XCTest
@testable import KumppaniTUI

final class FrameTests: XCTestCase {
    func testWideCharacterIsNeverSplitAtTheEdge() {
        var frame = Frame(size: Size(width: 5, height: 1))
        let written = frame.put("ab漢字", x: 0, y: 0)
        XCTAssertEqual(written, 4)
        XCTAssertEqual(frame.line(0), "ab漢")
    }

    func testControlCharactersBecomeVisibleStandIns() {
        var frame = Frame(size: Size(width: 20, height: 1))
        frame.put("a\u{1B}[2Jb\u{202E}c", x: 0, y: 0)
        XCTAssertFalse(frame.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
        XCTAssertEqual(frame.line(0), "a\u{241B}[2Jb\u{FFFD}c")
    }
}
