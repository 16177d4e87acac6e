import Foundation
import XCTest
import Kumppani

/// `kill -9` while a form is open in the real binary (tmux): no signal handler runs, so only the
/// in-progress copy the idle tick keeps (`<db>.kesken-<pid>.json`) can save the input. The next
/// start names the draft, `:draft` puts it back into the form and Ctrl-S stores it.
final class KillNineFormTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        try TmuxSession.requireTmux()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-kill9form-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let dir { try? FileManager.default.removeItem(at: dir) }
    }

    func testAFormTypedBeforeKill9ComesBackWithDraft() throws {
        let db = dir.appendingPathComponent("k.sqlite").path
        let csv = dir.appendingPathComponent("one.csv")
        try "nimi,kunta\nLahden Kerho ry,Lahti\n".write(to: csv, atomically: true, encoding: .utf8)
        let imported = try KumppaniProcess.run(["import", "associations", csv.path, "--db", db])
        XCTAssertEqual(imported.status, 0, imported.err)

        let app = try TmuxSession([try KumppaniBinary.url().path, "--db", db, "--lang", "fi"], width: 200, height: 30)
        try app.waitFor("Lahden Kerho ry", timeout: 30)
        try app.sendKeys("e")
        try app.waitFor("Nimi", timeout: 15)
        try app.sendKeys("End")
        try app.sendLiteral(" Keskeneräinen")
        try app.waitFor("Lahden Kerho ry Keskeneräinen", timeout: 15)
        let pid = try app.descendant(named: "kumppani")
        let copy = db + ".kesken-\(pid).json"
        try waitUntil(timeout: 10) { (try? String(contentsOfFile: copy, encoding: .utf8))?.contains("Keskeneräinen") == true }
        kill(pid, SIGKILL)
        try waitUntil(timeout: 10) { kill(pid, 0) != 0 || SignalTests.hasEnded(pid) }
        app.kill()
        XCTAssertFalse(FileManager.default.fileExists(atPath: db + ".luonnos.txt"), "no signal handler ran")

        let again = try TmuxSession([try KumppaniBinary.url().path, "--db", db, "--lang", "fi"], width: 200, height: 30)
        try again.waitFor("katso :draft", timeout: 30)
        XCTAssertFalse(FileManager.default.fileExists(atPath: copy), "the dead process's copy became the draft")
        try again.sendLiteral(":draft")
        try again.sendKeys("Enter")
        try again.waitFor("Nimi: Lahden Kerho ry Keskeneräinen", timeout: 15)
        try again.sendKeys("3")
        try again.waitFor("Tiedostot poistettiin.", timeout: 15)
        try again.sendKeys("C-s")
        let store = try Store.open(path: db, options: Store.Options(create: false, readOnly: true, migrate: false))
        try waitUntil(timeout: 15) {
            (try? store.database.query("SELECT name FROM associations").compactMap { $0.string("name") }) == ["Lahden Kerho ry Keskeneräinen"]
        }
        let newPID = try again.descendant(named: "kumppani")
        try waitUntil(timeout: 5) { !FileManager.default.fileExists(atPath: db + ".kesken-\(newPID).json") }   // a saved form leaves no copy
        try again.sendKeys("q")
        again.kill()
    }

    func waitUntil(timeout: TimeInterval, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() > deadline { throw TmuxSession.Failure(description: "the condition did not hold within \(timeout) s") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}
