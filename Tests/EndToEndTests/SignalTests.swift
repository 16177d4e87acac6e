import Foundation
import XCTest
import Kumppani

/// SIGTERM, SIGHUP and SIGINT sent to the real binary in tmux while the secretary types minutes
/// (or the coordinator fills a form): what was typed is saved, the terminal is given back as it
/// was, the exit code is 128 + the signal and one line on standard error says what happened.
final class SignalTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        try TmuxSession.requireTmux()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-signal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let dir { try? FileManager.default.removeItem(at: dir) }
    }

    func testSIGTERMSavesMinutesNotYetAutosaved() throws { try minutesSignal(SIGTERM, name: "SIGTERM") }
    func testSIGHUPSavesMinutesNotYetAutosaved() throws { try minutesSignal(SIGHUP, name: "SIGHUP") }
    func testSIGINTSavesMinutesNotYetAutosaved() throws { try minutesSignal(SIGINT, name: "SIGINT") }

    func minutesSignal(_ signal: Int32, name: String) throws {
        let db = dir.appendingPathComponent("s.sqlite").path
        try seedMeeting(db)
        let run = try Run(db: db, in: dir)
        let app = run.session
        try openMinutes(app)

        var typed = "Puheenjohtaja avasi kokouksen."
        try app.sendLiteral(typed)
        try app.waitFor(typed, timeout: 15)
        try waitUntil(timeout: 10) { (try? self.discussion(db)) == typed }   // the autosave wrote it

        // The last words are typed while the program is stopped, so they sit unread in the terminal
        // when the signal comes: no autosave tick can write them, only the save on the signal.
        let pid = try app.descendant(named: "kumppani")
        kill(pid, SIGSTOP)
        let last = " Seuraavaksi käsiteltiin talousarvio."
        try app.sendLiteral(last)
        typed += last
        _ = try app.format("#{pane_pid}")   // a round trip: the tmux server has written the keys by now
        kill(pid, signal)
        kill(pid, SIGCONT)

        XCTAssertEqual(try run.waitForExit(timeout: 30), 128 + signal, "the exit code says which signal ended the program")
        XCTAssertEqual(try discussion(db), typed, "everything typed before \(name) is in the file")
        try run.assertTerminalRestored(file: #filePath, line: #line)
        let screen = try app.waitFor("kumppani: suljettiin signaalin \(name) vuoksi; muutokset on tallennettu.", timeout: 10)
        XCTAssertFalse(screen.contains("Pöytäkirja 1/"), "the app's screen is gone (alternate screen left):\n\(screen)")
        app.kill()
    }

    /// Ctrl-C in the terminal is SIGINT (the program keeps ISIG on as a way out that always works).
    func testCtrlCInTheTerminalSavesAndExits130() throws {
        let db = dir.appendingPathComponent("c.sqlite").path
        try seedMeeting(db)
        let run = try Run(db: db, in: dir, jobControl: true)
        let app = run.session
        try openMinutes(app)
        let text = "Todettiin kokous laillisesti koolle kutsutuksi."
        try app.sendLiteral(text)
        try app.waitFor(text, timeout: 15)
        try app.sendKeys("C-c")
        XCTAssertEqual(try run.waitForExit(timeout: 30), 128 + SIGINT)
        XCTAssertEqual(try discussion(db), text)
        try run.assertTerminalRestored(file: #filePath, line: #line)
        try app.waitFor("suljettiin signaalin SIGINT vuoksi", timeout: 10)
        app.kill()
    }

    /// Closing the terminal window (a real hangup: the pane and its terminal disappear): what is on
    /// screen is in the file and the program does not linger.
    func testClosingTheTerminalSavesWhatIsOnScreen() throws {
        let db = dir.appendingPathComponent("h.sqlite").path
        try seedMeeting(db)
        let app = try TmuxSession([try KumppaniBinary.url().path, "--db", db, "--lang", "fi"], width: 100, height: 30)
        try openMinutes(app)
        let text = "Sihteeri sulki ikkunan kesken kirjoituksen."
        try app.sendLiteral(text)
        try app.waitFor(text, timeout: 15)
        let pid = try app.descendant(named: "kumppani")
        app.kill()   // ends the tmux server: the terminal hangs up and the program gets SIGHUP
        try waitUntil(timeout: 30) { Self.hasEnded(pid) }
        XCTAssertEqual(try discussion(db), text)
    }

    /// A form with changes is not stored half-typed: it goes to a private draft file, and the next
    /// start says where it is.
    func testSIGTERMKeepsAnOpenFormInADraftFile() throws {
        let db = dir.appendingPathComponent("f.sqlite").path
        try seedMeeting(db)
        let csv = dir.appendingPathComponent("one.csv")
        try "nimi,kunta\nLahden Kerho ry,Lahti\n".write(to: csv, atomically: true, encoding: .utf8)
        let imported = try KumppaniProcess.run(["import", "associations", csv.path, "--db", db])
        XCTAssertEqual(imported.status, 0, imported.err)
        let run = try Run(db: db, in: dir)
        let app = run.session
        try app.waitFor("Lahden Kerho ry", timeout: 30)
        try app.sendKeys("e")
        try app.waitFor("Nimi", timeout: 15)
        try app.sendKeys("End")
        let typed = " Keskeneräinen"
        try app.sendLiteral(typed)
        try app.waitFor("Keskeneräinen", timeout: 15)
        kill(try app.descendant(named: "kumppani"), SIGTERM)

        XCTAssertEqual(try run.waitForExit(timeout: 30), 128 + SIGTERM)
        let draft = db + ".luonnos.txt"   // beside the database, named in the exit line
        let text = try String(contentsOfFile: draft, encoding: .utf8)
        XCTAssertTrue(text.split(separator: "\n").contains { $0.hasPrefix("Nimi: ") && $0.hasSuffix(typed) }, text)
        XCTAssertTrue(text.contains("SIGTERM"), text)
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: draft)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o777, 0o600, "the draft may hold contact details: owner only")
        let store = try Store.open(path: db, options: Store.Options(create: false, readOnly: true, migrate: false))
        XCTAssertEqual(try store.database.query("SELECT name FROM associations").compactMap { $0.string("name") },
                       ["Lahden Kerho ry"], "a half-edited form is not stored in the register")
        try run.assertTerminalRestored(file: #filePath, line: #line)
        try app.waitFor("keskeneräinen lomake tallennettiin tiedostoon", timeout: 10)
        app.kill()

        let again = try TmuxSession([try KumppaniBinary.url().path, "--db", db, "--lang", "fi"], width: 200, height: 30)
        try again.waitFor("katso :draft", timeout: 30)
        // The start notice names the command that shows the draft; deleting it takes a yes.
        try again.sendLiteral(":draft")
        try again.sendKeys("Enter")
        try again.waitFor("Lahden Kerho ry Keskeneräinen", timeout: 15)
        try again.sendKeys("2")
        try again.waitFor("Poistetaanko luonnos", timeout: 15)
        try again.sendKeys("k")
        try again.waitFor("Luonnos poistettiin.", timeout: 15)
        XCTAssertFalse(FileManager.default.fileExists(atPath: draft))
        try again.sendKeys("q")
        again.kill()
    }

    // MARK: Helpers

    /// Starts the planned meeting and opens its first item's discussion for typing.
    func openMinutes(_ app: TmuxSession) throws {
        try app.waitFor("Yhdistykset", timeout: 30)
        try app.sendKeys("3")
        try app.waitFor("Kokoukset – Päijät-Hämeen kumppanuuspöytä", timeout: 15)
        try app.sendKeys("s")
        try app.waitFor("Pöytäkirja 1/", timeout: 15)
        try app.sendKeys("Enter")
    }

    /// Gone or a zombie (its parent shell died with the terminal and init reaps it later).
    static func hasEnded(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        return stat.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("Z") ?? true
    }

    /// The app under a shell that records `stty -g` before and after it and its exit status, then
    /// prints a marker and stays: tmux 3.3 does not keep a dead pane's screen and modes reliably,
    /// so the terminal is inspected while the shell still owns it.
    struct Run {
        let session: TmuxSession
        let before: URL
        let after: URL
        let status: URL
        static let marker = "SHELL-AGAIN"

        init(db: String, in dir: URL, jobControl: Bool = false) throws {
            before = dir.appendingPathComponent("stty-before")
            after = dir.appendingPathComponent("stty-after")
            status = dir.appendingPathComponent("status")
            let q = TmuxSession.shellQuoted
            // `set -m`: job control as in an interactive shell, so the program is the terminal's
            // foreground process group and Ctrl-C reaches it alone, not the wrapper shells. Off
            // when the test stops the program (a job-control shell would report it as stopped).
            let script = (jobControl ? "set -m; " : "") + "stty -g > \(q(before.path)); \"$0\" \"$@\"; c=$?; stty -g > \(q(after.path)); "
                + "echo $c > \(q(status.path)); echo \(Self.marker); exec sleep 600"
            session = try TmuxSession([jobControl ? "bash" : "sh", "-c", script, try KumppaniBinary.url().path, "--db", db, "--lang", "fi"],
                                      width: 100, height: 30)
        }

        /// The program's exit status, once the shell has written it.
        func waitForExit(timeout: TimeInterval) throws -> Int32 {
            let deadline = Date().addingTimeInterval(timeout)
            repeat {
                if let text = try? String(contentsOf: status, encoding: .utf8), text.hasSuffix("\n"),
                   let code = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                    return code
                }
                Thread.sleep(forTimeInterval: 0.02)
            } while Date() < deadline
            throw TmuxSession.Failure(description: "the program did not exit; the screen was:\n\((try? session.capture()) ?? "")")
        }

        /// The shell got back the modes it had (echo, canonical input, flow control...), the main
        /// screen and a visible cursor.
        func assertTerminalRestored(file: StaticString, line: UInt) throws {
            try session.waitFor(Self.marker, timeout: 10)
            let original = try String(contentsOf: before, encoding: .utf8)
            let restored = try String(contentsOf: after, encoding: .utf8)
            XCTAssertFalse(original.isEmpty, file: file, line: line)
            XCTAssertEqual(restored, original, "the terminal modes (stty -g) are as before the program", file: file, line: line)
            XCTAssertEqual(try session.format("#{alternate_on}"), "0", "the alternate screen is left", file: file, line: line)
            XCTAssertEqual(try session.format("#{cursor_flag}"), "1", "the cursor is visible again", file: file, line: line)
        }
    }

    /// A body with members and one planned meeting today (so `s` starts it without asking).
    func seedMeeting(_ path: String) throws {
        let store = try Store.open(path: path)
        let s = MeetingStore(store: store)
        let body = try s.createBody(name: "Päijät-Hämeen kumppanuuspöytä", kind: .partnershipTable)
        for name in ["Aino Aalto", "Eero Esko"] {
            try s.addMember(bodyID: body, personID: try s.createPerson(name: name), role: .member)
        }
        try s.createMeeting(bodyID: body, heldOn: MeetingFormat.helsinkiDate(Date()), startsAt: "14:00", place: "Lahti")
    }

    func waitUntil(timeout: TimeInterval, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() > deadline { throw TmuxSession.Failure(description: "the condition did not hold within \(timeout) s") }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// The longest discussion text in the file, read through a separate connection.
    func discussion(_ path: String) throws -> String {
        let store = try Store.open(path: path, options: Store.Options(create: false, readOnly: true, migrate: false))
        return try store.database.query("SELECT discussion FROM agenda_items ORDER BY length(discussion) DESC LIMIT 1")
            .first?.string("discussion") ?? ""
    }
}

extension TmuxSession {
    /// A tmux format of the pane (`#{alternate_on}`, `#{cursor_flag}`), read after the program ended too.
    func format(_ format: String) throws -> String {
        guard let executable = Self.executable else { throw Failure(description: "tmux is not installed") }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-u", "-L", socket, "display-message", "-p", "-t", name, format]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
