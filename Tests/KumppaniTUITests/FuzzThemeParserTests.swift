import XCTest
import Kumppani
@testable import KumppaniTUI

/// Hostile theme files: 10,000 seeded cases. Every content line either sets a style or is
/// reported with a message; nothing crashes; a message never carries a control character.
final class FuzzThemeParserTests: XCTestCase {
    static var shippedThemes: [String] {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../themes").standardized
        let names = ["dark", "default", "light", "mono", "high-contrast"]
        return names.compactMap { try? String(contentsOf: dir.appendingPathComponent("\($0).theme"), encoding: .utf8) }
    }

    func testTenThousandMutatedThemesGiveStylesOrMessages() {
        XCTAssertEqual(Self.shippedThemes.count, 5, "the shipped themes are the seeds")
        // Six-line pieces of the shipped themes: every rule is a seed, and short inputs keep 10,000 cases fast.
        var seeds = ["normal = 250 on default dim\nerror = #ff0000 on #000000 bold underline reverse # c\n"]
        for theme in Self.shippedThemes {
            let lines = theme.split(separator: "\n", omittingEmptySubsequences: false)
            seeds += stride(from: 0, to: lines.count, by: 6).map { lines[$0..<min($0 + 6, lines.count)].joined(separator: "\n") }
        }
        var fuzzer = Fuzzer(seed: 0x7E4E, seeds: seeds,
                            dictionary: [" = ", " on ", "#", "# ", "bold", "default", "#ffffff", "255", "256", "bright-", "\n", "=", "on on"])
        var problems = 0, styles = 0
        let failures = Fuzz.run(cases: 10_000, fuzzer: &fuzzer) { input, index in
            let text = Fuzzer.text(input)
            let result = ThemeParser.parse(text, file: "fuzz.theme")
            problems += result.problems.count
            styles += result.styles.count
            _ = result.theme(named: "fuzz")
            for problem in result.problems {
                if problem.line < 1 { return "problem without a line: \(problem)" }
                for language in [Language.fi, .en] where !Fuzz.isGoodMessage(problem.message(language)) {
                    return "bad message \(problem.message(language).debugDescription)"
                }
            }
            // Every tenth case: each content line on its own is exactly one style or one problem.
            guard index % 10 == 0 else { return nil }
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let alone = ThemeParser.parse(String(line), file: "line.theme")
                let isContent = !ThemeParser.withoutComment(line).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                let outcomes = alone.styles.count + alone.problems.count
                if outcomes != (isContent ? 1 : 0) { return "line \(String(line).debugDescription) gave \(outcomes) outcomes" }
            }
            return nil
        }
        XCTAssertEqual(failures, [])
        XCTAssertGreaterThan(problems, 5000)
        XCTAssertGreaterThan(styles, 20_000)
    }

    /// A word from the file with terminal controls in it is shown escaped in the message.
    func testAnEchoedWordCannotCarryAnEscapeSequence() {
        let result = ThemeParser.parse("normal = \u{1B}]52;c;eA==\u{07} on black\n", file: "evil\u{1B}[2J.theme")
        XCTAssertEqual(result.problems.count, 1)
        let message = result.problems[0].message(.en)
        XCTAssertFalse(message.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, message)
        XCTAssertTrue(message.contains("U+001B]52;c;"), message)
    }
}
