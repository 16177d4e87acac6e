import XCTest
import Kumppani
@testable import KumppaniTUI

final class ThemeParserTests: XCTestCase {
    func testGoodFileGivesStylesForItsRolesAndDefaultsForTheRest() {
        let text = """
        # a comment line

        normal = white on #1c1c1c   # trailing comment
        selection = black on bright-cyan bold underline reverse
        error = red
        dim = dim
        tab-active = 208 on default
        """
        let result = ThemeParser.parse(text, file: "mine.theme")
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.styles[.normal], TextStyle(fg: .indexed(7), bg: .rgb(0x1c, 0x1c, 0x1c)))
        XCTAssertEqual(result.styles[.selection],
                       TextStyle(fg: .indexed(0), bg: .indexed(14), bold: true, underline: true, reverse: true))
        XCTAssertEqual(result.styles[.error], TextStyle(fg: .indexed(1)))
        XCTAssertEqual(result.styles[.dim], TextStyle(dim: true))
        XCTAssertEqual(result.styles[.tabActive], TextStyle(fg: .indexed(208), bg: .terminalDefault))
        let theme = result.theme(named: "mine")
        XCTAssertEqual(theme.name, "mine")
        XCTAssertEqual(theme[.error], TextStyle(fg: .indexed(1)))
        // A role the file leaves out looks as in the built-in default theme.
        XCTAssertEqual(theme[.warning], Theme.builtInDefault[.warning])
    }

    func testEveryKindOfBadLineNamesFileAndLine() {
        let cases: [(String, ThemeProblem.Kind, String)] = [
            ("normal red", .notARule, "role = FG on BG"),
            ("= red", .notARule, "role = FG on BG"),
            ("sparkle = red", .unknownRole("sparkle"), "“sparkle”"),
            ("normal = purple", .unknownColor("purple"), "“purple”"),
            ("normal = red on mauve", .unknownColor("mauve"), "“mauve”"),
            ("normal = #12345g", .unknownColor("#12345g"), "“#12345g”"),
            ("normal = 256", .unknownColor("256"), "“256”"),
            ("normal = #ff00001 # too long", .unknownColor("#ff00001"), "“#ff00001”"),
            ("normal = red blink", .unknownAttribute("blink"), "“blink”"),
            ("normal = red on", .missingBackground, "after “on”"),
            ("normal =", .emptyStyle, "no style"),
        ]
        for (line, kind, detail) in cases {
            let result = ThemeParser.parse("# header\nerror = red\n\(line)\n", file: "/home/u/bad.theme")
            XCTAssertEqual(result.problems, [ThemeProblem(file: "/home/u/bad.theme", line: 3, kind: kind)], line)
            let message = result.problems.first?.message(.en) ?? ""
            XCTAssertTrue(message.hasPrefix("/home/u/bad.theme, line 3: "), message)
            XCTAssertTrue(message.contains(detail), message)
            XCTAssertTrue(message.contains("built-in default theme"), message)
            XCTAssertTrue(result.problems.first?.message(.fi).contains("/home/u/bad.theme, rivi 3") ?? false)
            // Any bad line: the whole built-in default theme, not a half-applied file.
            XCTAssertEqual(result.theme(named: "bad"), Theme.builtInDefault, line)
        }
    }

    func testDuplicateRoleIsReportedAtItsSecondLine() {
        let result = ThemeParser.parse("normal = red\n\nnormal = blue\n", file: "d.theme")
        XCTAssertEqual(result.problems, [ThemeProblem(file: "d.theme", line: 3, kind: .duplicateRole("normal"))])
    }

    func testHashStartsACommentUnlessItIsAColour() {
        XCTAssertEqual(ThemeParser.withoutComment("a = #ff0000 # red"), "a = #ff0000 ")
        XCTAssertEqual(ThemeParser.withoutComment("#ff0000 = x"), "")
        XCTAssertEqual(ThemeParser.withoutComment("a = red # comment"), "a = red ")
        XCTAssertEqual(ThemeParser.withoutComment("a = red #"), "a = red ")
        XCTAssertEqual(ThemeParser.withoutComment("a = #ff00001"), "a = #ff00001")
    }

    func testColourWords() {
        XCTAssertEqual(ThemeParser.color("default"), .terminalDefault)
        XCTAssertEqual(ThemeParser.color("black"), .indexed(0))
        XCTAssertEqual(ThemeParser.color("white"), .indexed(7))
        XCTAssertEqual(ThemeParser.color("bright-black"), .indexed(8))
        XCTAssertEqual(ThemeParser.color("Bright-White"), .indexed(15))
        XCTAssertEqual(ThemeParser.color("#A0b1C2"), .rgb(0xa0, 0xb1, 0xc2))
        XCTAssertNil(ThemeParser.color("bright-orange"))
        XCTAssertNil(ThemeParser.color("#fff"))
    }
}
