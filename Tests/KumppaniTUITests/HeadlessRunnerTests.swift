import XCTest
@testable import KumppaniTUI

/// A tiny app: shows what it was told, quits on `q`.
private final class EchoApp: TerminalApp {
    var typed = ""
    var idleCalls = 0
    var shouldQuit = false
    var theme: Theme = .builtInDefault
    var handled: [Event] = []

    func handle(_ event: Event) {
        handled.append(event)
        switch event {
        case .key(.char("q")): shouldQuit = true
        case .key(.char(let c)): typed.append(c)
        case .paste(let text): typed += text.replacingOccurrences(of: "\n", with: "/")
        default: break
        }
    }

    func render(size: Size) -> Frame {
        var frame = Frame(size: size)
        frame.put("[\(typed)]", x: 0, y: 0)
        frame.put("\(size) idle \(idleCalls)", x: 0, y: 1)
        return frame
    }

    func takeFullRedrawRequest() -> Bool { false }
    func idle() { idleCalls += 1 }
}

final class HeadlessRunnerTests: XCTestCase {
    func testDumpsAndTheFinalScreen() throws {
        let app = EchoApp()
        let steps = try ReplayScript.parse("ab<Dump><Resize 12x3>c<Paste>d\ne</Paste>")
        let output = HeadlessRunner.run(app: app, steps: steps, size: Size(width: 10, height: 2))
        // idle() ran once after each of the five events; the third row of the last screen is empty.
        XCTAssertEqual(output, "[ab]\n10x2 idle\n----\n[abcd/e]\n12x3 idle 5\n\n")
    }

    func testDumpAtTheStartShowsTheFirstScreen() throws {
        let output = HeadlessRunner.run(app: EchoApp(), steps: try ReplayScript.parse("<Dump>"), size: Size(width: 8, height: 1))
        XCTAssertEqual(output, "[]\n----\n[]\n")
    }

    func testStopsOnceTheAppQuits() throws {
        let app = EchoApp()
        let output = HeadlessRunner.run(app: app, steps: try ReplayScript.parse("xq<Dump>yz"), size: Size(width: 8, height: 1))
        XCTAssertEqual(output, "[x]\n")
        XCTAssertEqual(app.handled, [.key(.char("x")), .key(.char("q"))])
    }
}
