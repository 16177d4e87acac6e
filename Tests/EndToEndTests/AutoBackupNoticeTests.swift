import XCTest
import Kumppani

/// A failed daily backup does not stop the work, but the coordinator is told on the screen.
final class AutoBackupNoticeTests: XCTestCase {
    func testTheUISaysWhenTheDaysBackupCouldNotBeMade() throws {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-backup-notice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temp) }
        let db = temp.appendingPathComponent("k.sqlite")
        let demo = try KumppaniProcess.run(["demo", "--db", db.path, "--associations", "30"], environment: ["KUMPPANI_NOW": "2026-11-23"])
        XCTAssertEqual(demo.status, 0, demo.err)
        // A file where the backup folder should be: the copy cannot be made.
        let blocker = temp.appendingPathComponent("k.sqlite-backups")
        try? FileManager.default.removeItem(at: blocker)
        try "not a folder".write(to: blocker, atomically: true, encoding: .utf8)

        let result = try Replay.run("<Down>", db: db, in: temp, size: "120x30", language: "fi")
        XCTAssertEqual(result.outcome.status, 0, result.outcome.err)
        // Too long for the status line: the whole warning opens in a dialog.
        let screen = result.finalScreen
        XCTAssertTrue(screen.contains("─ Varoitus ─"), screen)
        XCTAssertTrue(screen.contains("Varoitus: päivän automaattista varmuuskopiota ei voitu tehdä"), screen)
        XCTAssertTrue(screen.contains("Kumppani toimii silti."), screen)
        XCTAssertTrue(try String(contentsOf: blocker, encoding: .utf8) == "not a folder", "nothing was overwritten")
    }
}
