import XCTest
import Kumppani
@testable import KumppaniTUI

/// Issue 15: a paste that starts with a combining mark can be written in a replay script (Swift
/// joins the mark to the `>` of `<Paste>` into one Character, and the opening was not seen).
final class ReplayPasteCombiningTests: XCTestCase {
    func testAPasteStartingWithACombiningMarkKeepsTheMark() throws {
        XCTAssertEqual(try ReplayScript.parse("e<Paste>\u{301}x</Paste><Enter>"),
                       [.event(.key(.char("e"))), .event(.paste("\u{301}x")), .event(.key(.enter))])
        XCTAssertEqual(try ReplayScript.parse("<Paste>\u{301}\u{308}</Paste>"), [.event(.paste("\u{301}\u{308}"))])
    }

    func testAnUnclosedPasteStartingWithAMarkIsStillReported() {
        XCTAssertThrowsError(try ReplayScript.parse("<Paste>\u{301}ei loppua")) { error in
            XCTAssertEqual(error as? ReplayScriptError, ReplayScriptError(line: 1, column: 1, kind: .unclosedPaste))
        }
    }
}
