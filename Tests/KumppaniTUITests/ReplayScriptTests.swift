import XCTest
import Kumppani
@testable import KumppaniTUI

final class ReplayScriptTests: XCTestCase {
    private func keys(_ script: String) throws -> [ReplayStep] { try ReplayScript.parse(script) }
    private func key(_ k: Key) -> ReplayStep { .event(.key(k)) }

    func testTextIsTypedOneGraphemeAtATimeAndLineBreaksAreIgnored() throws {
        XCTAssertEqual(try keys("Hä 漢\n👍🏽e\u{301}\r\n!"), [
            key(.char("H")), key(.char("ä")), key(.char(" ")), key(.char("漢")),
            key(.char("👍🏽")), key(.char("e\u{301}")), key(.char("!")),
        ])
    }

    func testEveryNamedToken() throws {
        let script = "<Enter><Esc><Tab><S-Tab><BS><Del><Up><Down><Left><Right><Home><End><PgUp><PgDn><Space><lt><Dump>"
        XCTAssertEqual(try keys(script), [
            key(.enter), key(.escape), key(.tab), key(.backTab), key(.backspace), key(.delete),
            key(.up), key(.down), key(.left), key(.right), key(.home), key(.end), key(.pageUp), key(.pageDown),
            key(.char(" ")), key(.char("<")), .dump,
        ])
    }

    func testFunctionCtrlAndAltKeys() throws {
        let functions = (1...12).map { "<F\($0)>" }.joined()
        XCTAssertEqual(try keys(functions), (1...12).map { key(.function($0)) })
        let letters = "abcdefghijklmnopqrstuvwxyz"
        XCTAssertEqual(try keys(letters.map { "<C-\($0)>" }.joined()), letters.map { key(.ctrl($0)) })
        XCTAssertEqual(try keys(letters.map { "<M-\($0)>" }.joined()), letters.map { key(.alt($0)) })
        XCTAssertEqual(try keys("<C-S><m-X>"), [key(.ctrl("s")), key(.alt("x"))])
    }

    func testResize() throws {
        XCTAssertEqual(try keys("a<Resize 120x40>b"), [key(.char("a")), .event(.resize(Size(width: 120, height: 40))), key(.char("b"))])
        XCTAssertThrowsError(try keys("\n  <Resize 0x40>")) { error in
            XCTAssertEqual(error as? ReplayScriptError, ReplayScriptError(line: 2, column: 3, kind: .badResize("0x40")))
        }
    }

    func testPasteIsLiteralIncludingAngleBracketsAndNewlines() throws {
        let script = "x<Paste>a <Enter>\nb<lt>\n</Paste><Enter>"
        XCTAssertEqual(try keys(script), [key(.char("x")), .event(.paste("a <Enter>\nb<lt>\n")), key(.enter)])
    }

    func testPositionsAfterAPasteCountItsLines() throws {
        XCTAssertThrowsError(try keys("<Paste>1\n2\n</Paste>ab<Nope>")) { error in
            XCTAssertEqual(error as? ReplayScriptError, ReplayScriptError(line: 3, column: 11, kind: .unknownToken("<Nope>")))
        }
    }

    func testUnknownTokenNamesLineAndColumn() throws {
        XCTAssertThrowsError(try keys("abc\nde<F13>")) { error in
            let problem = error as? ReplayScriptError
            XCTAssertEqual(problem, ReplayScriptError(line: 2, column: 3, kind: .unknownToken("<F13>")))
            XCTAssertEqual(problem?.message(.en), "replay script, line 2, column 3: unknown token “<F13>”")
            XCTAssertEqual(problem?.message(.fi), "toistoskripti, rivi 2, sarake 3: tuntematon merkintä ”<F13>”")
        }
        XCTAssertThrowsError(try keys("<C-1>")) { error in
            XCTAssertEqual((error as? ReplayScriptError)?.kind, .unknownToken("<C-1>"))
        }
    }

    func testUnclosedTokenAndPaste() throws {
        XCTAssertThrowsError(try keys("a < b\n>")) { error in
            XCTAssertEqual(error as? ReplayScriptError, ReplayScriptError(line: 1, column: 3, kind: .unclosedToken))
        }
        XCTAssertThrowsError(try keys("ok\n  <Paste>never closed")) { error in
            XCTAssertEqual(error as? ReplayScriptError, ReplayScriptError(line: 2, column: 3, kind: .unclosedPaste))
        }
    }
}
