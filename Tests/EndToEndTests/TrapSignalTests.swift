import Foundation
import XCTest
import Kumppani

/// Issue 15: a Swift runtime trap (SIGILL, SIGTRAP: a failed precondition, an index out of range)
/// restores the terminal and prints one line instead of drawing a backtrace over the screen; what
/// was typed into the minutes is already in the file.
extension SignalTests {
    func testSIGILLRestoresTheTerminalAndPrintsOneLine() throws { try trapSignal(SIGILL) }
    func testSIGTRAPRestoresTheTerminalAndPrintsOneLine() throws { try trapSignal(SIGTRAP) }

    func trapSignal(_ signal: Int32) throws {
        let db = dir.appendingPathComponent("t.sqlite").path
        try seedMeeting(db)
        let run = try Run(db: db, in: dir)
        let app = run.session
        try openMinutes(app)
        let typed = "Kokous alkoi ajallaan."
        try app.sendLiteral(typed)
        try app.waitFor(typed, timeout: 15)
        try waitUntil(timeout: 10) { (try? self.discussion(db)) == typed }

        kill(try app.descendant(named: "kumppani"), signal)

        XCTAssertEqual(try run.waitForExit(timeout: 30), 128 + signal, "the process ends by the signal")
        XCTAssertEqual(try discussion(db), typed, "the minutes typed before the trap are in the file")
        try run.assertTerminalRestored(file: #filePath, line: #line)
        let screen = try app.waitFor("kumppani: sisäinen virhe (signaali \(signal)); pääte palautettiin.", timeout: 10)
        XCTAssertFalse(screen.contains("Pöytäkirja 1/"), "the app's screen is gone:\n\(screen)")
        XCTAssertFalse(screen.contains("Backtrace") || screen.contains("Thread 0"), "no backtrace over the screen:\n\(screen)")
        app.kill()
    }
}
