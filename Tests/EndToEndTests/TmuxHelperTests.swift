import Foundation
import Glibc
import XCTest

/// The tmux helper itself, with tiny shell scripts (the full app is tested with it elsewhere).
final class TmuxHelperTests: XCTestCase {
    func testShowsTheScreenOfTheGivenSizeAndEnvironment() throws {
        let session = try TmuxSession(["sh", "-c", "printf 'hello\\n'; printf '%s\\n' \"$GREETING\"; stty size; sleep 30"],
                                      width: 40, height: 10, environment: ["GREETING": "hyvää päivää"])
        defer { session.kill() }
        let screen = try session.waitFor("10 40")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 10)
        XCTAssertEqual(Array(lines.prefix(3)), ["hello", "hyvää päivää", "10 40"])
    }

    func testLiteralTextAndKeysReachTheProgram() throws {
        let session = try TmuxSession(["sh", "-c", "read line; echo \"got:$line:\"; sleep 30"],
                                      environment: ["LC_ALL": "C.UTF-8"])
        defer { session.kill() }
        try session.sendLiteral("ä <Enter> 'x'")
        try session.sendKeys("Enter")
        XCTAssertTrue(try session.waitFor("got:").contains("got:ä <Enter> 'x':"))
    }

    func testWaitForGivesUpWithTheScreenInTheError() throws {
        let session = try TmuxSession(["sh", "-c", "echo visible; sleep 30"])
        defer { session.kill() }
        try session.waitFor("visible")
        XCTAssertThrowsError(try session.waitFor("never shown", timeout: 0.3)) { error in
            XCTAssertTrue(String(describing: error).contains("visible"), String(describing: error))
        }
    }

    func testExitStatusAndLastScreenAfterTheCommandEnds() throws {
        // It waits for Enter: tmux can miss the output of a command that ends before its pane is ready.
        let session = try TmuxSession(["sh", "-c", "echo ready; read x; echo last words; exit 3"])
        defer { session.kill() }
        try session.waitFor("ready")
        try session.sendKeys("Enter")
        XCTAssertEqual(try session.waitForExit(), 3)
        // The status can be known before tmux has drawn the last output: wait for it, don't sample once.
        XCTAssertEqual(try session.waitFor("last words").split(separator: "\n").last, "last words")
    }

    func testSignalToTheCommandShowsInItsExitStatus() throws {
        let session = try TmuxSession(["sh", "-c", "echo started; sleep 30"])
        defer { session.kill() }
        try session.waitFor("started")
        XCTAssertEqual(Glibc.kill(try session.commandPID(), SIGTERM), 0)
        XCTAssertEqual(try session.waitForExit(), 128 + SIGTERM)
    }

    func testResizeReachesTheProgram() throws {
        let session = try TmuxSession(["sh", "-c", "stty size; read x; stty size; sleep 30"], width: 50, height: 12)
        defer { session.kill() }
        try session.waitFor("12 50")
        try session.resize(width: 70, height: 20)
        try session.sendKeys("Enter")
        try session.waitFor("20 70")
    }

    func testTheBuiltBinaryIsFound() throws {
        let binary = try KumppaniBinary.url()
        XCTAssertEqual(binary.lastPathComponent, "kumppani")
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: binary.path))
    }
}
