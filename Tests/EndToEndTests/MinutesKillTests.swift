import Foundation
import XCTest
import Kumppani

/// Types minutes into the real binary in tmux in bursts, kills it with SIGKILL right after the
/// last one, starts it again and finds every burst typed more than a second before the kill, in
/// the file and on screen: the autosave promise (at most the last second is lost).
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

        // Bursts of typing with the time each was sent; the kill comes right after the last one.
        // The first two were typed more than a second before the kill (1.2 s by the clock, measured
        // from when the keys went to the terminal, and at least until they were on screen).
        let bursts = ["Puheenjohtaja avasi kokouksen ja totesi läsnäolijat.",
                      " Sihteeriksi valittiin Eero Esko.",
                      " Seuraavaksi keskusteltiin talousarviosta"]
        for (i, burst) in bursts.enumerated() {
            try first.sendLiteral(burst)
            let sent = Date()
            if i == bursts.count - 1 { break }
            try first.waitFor(String(burst.suffix(20)), timeout: 15)
            let wait = 1.2 - Date().timeIntervalSince(sent)
            if wait > 0 { Thread.sleep(forTimeInterval: wait) }   // the promise's own condition, not a sync
        }
        let pid = try first.commandPID()
        Foundation.kill(pid, SIGKILL)
        XCTAssertEqual(try first.waitForExit(), 128 + SIGKILL)
        first.kill()

        let promised = bursts[0] + bursts[1]
        let saved = try discussion(db)
        XCTAssertTrue(saved.hasPrefix(promised), "text typed more than a second before the kill is in the file; found: \(saved)")
        // Not promised (typed just before the kill), reported for the record.
        print("MinutesKillTests: the last burst, typed just before SIGKILL, was \(saved == promised + bursts[2] ? "saved" : "lost")")

        let second = try TmuxSession(arguments, width: 100, height: 30)
        try second.waitFor("Yhdistykset", timeout: 20)
        try second.sendKeys("3")
        try second.waitFor("kokous käynnissä")
        try second.sendKeys("Enter")                 // a meeting in session opens its minutes again
        let screen = try second.waitFor("Puheenjohtaja avasi kokouksen")
        XCTAssertTrue(Self.rightColumn(of: screen, from: "Keskustelu").contains(promised), screen)
        try second.sendKeys("q")
        second.kill()
    }

    /// The text right of the item list, from the column where `anchor` starts, its wrapped lines
    /// joined by single spaces (the editor wraps long minutes).
    static func rightColumn(of screen: String, from anchor: String) -> String {
        let rows = screen.rows
        guard let row = rows.firstIndex(where: { $0.contains(anchor) }), let range = rows[row].range(of: anchor) else { return "" }
        let start = rows[row].distance(from: rows[row].startIndex, to: range.lowerBound)   // in characters
        return rows[row...].map(Array.init).map { $0.count > start ? String($0[start...]) : "" }
            .joined(separator: " ").split(separator: " ").joined(separator: " ")
    }
}
