import Foundation
import XCTest
import Kumppani

/// Types minutes into the real binary in tmux, kills it with SIGKILL mid-sentence, starts it
/// again and finds the text: the autosave promise (at most the last second is lost).
final class MinutesKillTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        try TmuxSession.requireTmux()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let dir { try? FileManager.default.removeItem(at: dir) }
    }

    /// A body with members and one planned meeting.
    func seed(_ path: String) throws {
        let store = try Store.open(path: path)
        let s = MeetingStore(store: store)
        let body = try s.createBody(name: "Päijät-Hämeen kumppanuuspöytä", kind: .partnershipTable)
        for name in ["Aino Aalto", "Eero Esko", "Liisa Laine"] {
            try s.addMember(bodyID: body, personID: try s.createPerson(name: name), role: .member)
        }
        // Dated today, so that `s` starts it without asking about the date.
        try s.createMeeting(bodyID: body, heldOn: MeetingFormat.helsinkiDate(Date()), startsAt: "14:00", place: "Lahti")
    }

    /// The longest discussion text in the file, read through a separate connection.
    func discussion(_ path: String) throws -> String {
        let store = try Store.open(path: path, options: Store.Options(create: false, readOnly: true, migrate: false))
        return try store.database.query("SELECT discussion FROM agenda_items ORDER BY length(discussion) DESC LIMIT 1")
            .first?.string("discussion") ?? ""
    }

    func testKillDuringTypingLosesAtMostTheLastSecond() throws {
        let db = dir.appendingPathComponent("k.sqlite").path
        try seed(db)
        let binary = try KumppaniBinary.url().path
        let arguments = [binary, "--db", db, "--lang", "fi"]

        let first = try TmuxSession(arguments, width: 100, height: 30)
        try first.waitFor("Yhdistykset", timeout: 20)
        try first.sendKeys("3")
        try first.waitFor("Kokoukset – Päijät-Hämeen kumppanuuspöytä")
        try first.sendKeys("s")
        try first.waitFor("Pöytäkirja 1/")
        try first.sendKeys("Enter")
        let sentence = "Puheenjohtaja avasi kokouksen ja totesi läsnäolijat."
        try first.sendLiteral(sentence)
        try first.waitFor("totesi läsnäolijat.")
        // The autosave writes while the field is still open: wait for the file, not a fixed time.
        try waitUntil(timeout: 5) { (try? self.discussion(db)) == sentence }
        try first.sendLiteral(" Seuraavaksi keskus")
        let pid = try first.commandPID()
        Foundation.kill(pid, SIGKILL)
        XCTAssertEqual(try first.waitForExit(), 128 + SIGKILL)
        first.kill()

        XCTAssertTrue(try discussion(db).hasPrefix(sentence), "nothing older than a second is lost")
        let second = try TmuxSession(arguments, width: 100, height: 30)
        try second.waitFor("Yhdistykset", timeout: 20)
        try second.sendKeys("3")
        try second.waitFor("kokous käynnissä")
        try second.sendKeys("Enter")                 // a meeting in session opens its minutes again
        let screen = try second.waitFor("Puheenjohtaja avasi kokouksen")
        XCTAssertTrue(screen.contains("totesi läsnäolijat."), screen)
        try second.sendKeys("q")
        second.kill()
    }

    func waitUntil(timeout: TimeInterval, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() > deadline { XCTFail("the text did not reach the file within \(timeout) s"); return }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }
}
