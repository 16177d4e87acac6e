import XCTest
import Kumppani
@testable import KumppaniTUI

/// Hostile replay scripts: 12,000 seeded cases. Each parses to steps or fails with a message
/// that names a line and column inside the script.
final class FuzzReplayScriptTests: XCTestCase {
    static let seeds = [
        "<C-n>Lahden Martat<Tab>info@martat.example<Enter><Dump>\n<Resize 40x12><Down><Down><PgDn><Esc>",
        "<Paste>liitetty <Enter> teksti\r\nrivit</Paste><F5><M-x><lt><S-Tab><Del><Bs>",
        "hae\t<Home><End><Up><Left><Right><Ins><Space><F12><Resize 1x1><Dump>",
    ]

    func testTwelveThousandMutatedScriptsParseOrFailWithAPosition() throws {
        var fuzzer = Fuzzer(seed: 0x4E91, seeds: Self.seeds,
                            dictionary: ["<", ">", "<Paste>", "</Paste>", "<Resize ", "x", "0", "99999", "<F", "<C-", "<M-", "\r\n"])
        var parsed = 0, rejected = 0
        let failures = try Fuzz.run(cases: 12_000, fuzzer: &fuzzer) { input, _ in
            let script = Fuzzer.text(input)
            do {
                let steps = try ReplayScript.parse(script)
                parsed += 1
                for case .event(.resize(let size)) in steps where !(1...1000).contains(size.width) || !(1...1000).contains(size.height) {
                    return "accepted a resize to \(size)"
                }
            } catch let error as ReplayScriptError {
                rejected += 1
                let lines = script.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
                if error.line < 1 || error.line > lines.count || error.column < 1 { return "position \(error.line):\(error.column)" }
                for language in [Language.fi, .en] where !Fuzz.isGoodMessage(error.message(language)) {
                    return "bad message \(error.message(language).debugDescription)"
                }
            }
            return nil
        }
        XCTAssertEqual(failures, [])
        XCTAssertGreaterThan(parsed, 1000)
        XCTAssertGreaterThan(rejected, 1000)
    }

    /// Ten thousand unclosed `<Paste>` openers are refused quickly (no quadratic rescan).
    func testManyUnclosedPastesAreRefused() {
        let script = String(repeating: "<Paste>", count: 10_000)
        XCTAssertThrowsError(try ReplayScript.parse(script)) { error in
            XCTAssertEqual((error as? ReplayScriptError)?.kind, ReplayScriptError.Kind.unclosedPaste)
        }
    }
}
