import Foundation
import XCTest

/// The real binary in a real terminal (tmux): what only a terminal shows — the first screen, keys,
/// Esc timing, resize, bracketed paste, colours, and the terminal as it is left after exit or SIGTERM.
/// Skipped when tmux is missing, unless KUMPPANI_E2E=1 demands it.
final class ShellTmuxTests: XCTestCase {
    static let demo = DemoDatabase.make(associations: 60, seed: 7)
    var temp: URL!
    var db: URL!
    var session: TmuxSession?

    override class func tearDown() {
        if case .success(let demo) = demo { demo.remove() }
        super.tearDown()
    }

    /// tmux is required by `TmuxSession` itself (skip or fail), so the one test without a terminal runs everywhere.
    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        db = try Self.demo.get().copy(into: temp)
    }

    override func tearDownWithError() throws {
        session?.kill()
        session = nil
        if let temp { try? FileManager.default.removeItem(at: temp) }
    }

    var environment: [String: String] {
        ["LC_ALL": "C.UTF-8", "HOME": temp.path, "KUMPPANI_NOW": "2026-11-23"]
    }

    /// Starts the UI directly in the pane and waits for its first screen.
    @discardableResult
    func start(language: String = "fi", width: Int = 80, height: Int = 24, extraEnvironment: [String: String] = [:],
               extraArguments: [String] = []) throws -> TmuxSession {
        let session = try TmuxSession([try KumppaniBinary.url().path, "--db", db.path, "--lang", language] + extraArguments,
                                      width: width, height: height, environment: environment.merging(extraEnvironment) { $1 })
        self.session = session
        try session.waitFor(language == "fi" ? "1 Yhdistykset  2 Avustukset  3 Kokoukset" : "1 Associations  2 Grants  3 Meetings")
        return session
    }

    /// Starts the UI from a shell that prints a marker first and, after the program ends, its exit
    /// status and the terminal modes: what a person sees when they are back at the prompt.
    func startInShell() throws -> TmuxSession {
        let binary = TmuxSession.shellQuoted(try KumppaniBinary.url().path)
        let script = "echo BEFORE-KUMPPANI; \(binary) --db \(TmuxSession.shellQuoted(db.path)) --lang fi; echo \"DONE $?\"; stty -a"
        let session = try TmuxSession(["sh", "-c", script], environment: environment)
        self.session = session
        try session.waitFor("1 Yhdistykset  2 Avustukset  3 Kokoukset")
        return session
    }

    /// The terminal after the program: line editing and echo back on, and the screen from before it.
    func assertTerminalRestored(_ screen: String, file: StaticString = #filePath, line: UInt = #line) {
        let modes = Set(screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        XCTAssertTrue(modes.contains("icanon"), "canonical mode restored:\n\(screen)", file: file, line: line)
        XCTAssertTrue(modes.contains("echo"), "echo restored:\n\(screen)", file: file, line: line)
        XCTAssertFalse(modes.contains("-icanon") || modes.contains("-echo"), screen, file: file, line: line)
        // That the earlier output comes back (the alternate screen is left) was checked by hand in a
        // default tmux server; this harness's private server shows a cleared screen either way.
        XCTAssertFalse(screen.contains("Yhdistykset  2 Avustukset"), "no UI left on the screen", file: file, line: line)
    }

    func testFirstScreenShowsTheTabsAndKeyBarAndDigitsSwitchPanes() throws {
        let session = try start()
        let first = try session.capture().rows
        XCTAssertEqual(first.count, 24)
        XCTAssertTrue(first[0].contains("1 Yhdistykset  2 Avustukset  3 Kokoukset"), first[0])
        XCTAssertTrue(first[0].contains("F10 valikko"))
        let keyBar = first[23]
        XCTAssertTrue(keyBar.contains("a Lisää yhdistys") && keyBar.contains("q Lopeta"), keyBar)
        XCTAssertTrue(first[22].contains("? ohje · F10 valikko · : komennot"), "the way to help is on the status line: \(first[22])")
        XCTAssertTrue(first.joined(separator: "\n").contains("Ahtialan"), "the directory list with the demo data")

        try session.sendKeys("2")
        let grants = try session.waitForAbsence(of: "järjestys: nimi")
        XCTAssertTrue(grants.rows[0].contains("1 Yhdistykset  2 Avustukset"), "the tabs stay")
        XCTAssertFalse(grants.contains("a Lisää yhdistys"), "the key bar follows the pane")
        try session.sendKeys("1")
        // The key bar is the last row drawn: waiting for it means the whole screen is there.
        let back = try session.waitFor("a Lisää yhdistys")
        XCTAssertTrue(back.contains("järjestys: nimi"), back)
    }

    func testHelpListsKeysAndEscClosesItWithoutEatingTheNextKey() throws {
        let session = try start()
        try session.sendKeys("?")
        let entries = ["Näytä yhdistykset", "Näytä avustukset", "F10", "Valikko", "Esc"]
        // A loaded machine may show the frame half written: wait for the whole help, not its title.
        let help: String
        do {
            help = try session.waitUntil("the help with its keys") { screen in
                screen.contains("Ohje: näppäimet") && entries.allSatisfy { screen.contains($0) }
            }
        } catch {
            help = try session.capture()
        }
        for entry in entries {
            XCTAssertTrue(help.contains(entry), "help lists \(entry):\n\(help)")
        }
        try session.sendKeys("Escape")
        // Esc followed quickly by a letter would be Alt+letter: wait until the help is really gone.
        try session.waitForAbsence(of: "Ohje: näppäimet")
        try session.sendKeys("2")
        let grants = try session.waitForAbsence(of: "järjestys: nimi")
        XCTAssertFalse(grants.contains("Ohje: näppäimet"))
    }

    func testResizeRedrawsAndTooSmallSaysWhatIsNeeded() throws {
        let session = try start()
        try session.resize(width: 120, height: 40)
        let wide = try session.waitUntil("the UI fills 120×40") { screen in
            let rows = screen.rows
            return rows.count == 40 && rows[0].count > 100 && rows[39].contains("q Lopeta")
        }
        XCTAssertTrue(wide.rows[0].hasSuffix("F10 valikko"), "the top bar is redrawn at the new width")
        XCTAssertTrue(wide.contains("│ Perustiedot"), "at 120 columns the detail sits beside the list:\n\(wide)")

        try session.resize(width: 60, height: 20)
        let small = try session.waitFor("Ikkuna on liian pieni: tarvitaan 80×24")
        XCTAssertTrue(small.contains("60×20"), small)
        XCTAssertFalse(small.contains("Yhdistykset  2 Avustukset"), "no half-drawn UI")

        try session.resize(width: 80, height: 24)
        let normal = try session.waitFor("1 Yhdistykset  2 Avustukset  3 Kokoukset")
        XCTAssertFalse(normal.contains("liian pieni"))
        XCTAssertTrue(normal.rows[23].contains("q Lopeta"))
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }

    func testF10OpensTheMenuAndEscClosesIt() throws {
        let session = try start()
        try session.sendKeys("F10")
        let menu = try session.waitFor("Vie kaikki tiedot…")
        XCTAssertTrue(menu.contains("Ohjelma") && menu.contains("Lopeta"), menu)
        XCTAssertTrue(menu.rows[23].contains("Enter suorita"), "the key bar says how to use the menu")
        try session.sendKeys("Escape")
        let closed = try session.waitForAbsence(of: "Vie kaikki tiedot…")
        XCTAssertTrue(closed.contains("järjestys: nimi"))
    }

    func testBracketedPasteIsTypedIntoTheSearchNotRunAsKeys() throws {
        let session = try start()
        try session.sendKeys("/")
        // q would quit and ? would open the help if the paste were read as keys.
        try session.paste("Lahden q?x")
        let screen = try session.waitFor("/ Lahden q?x")
        XCTAssertFalse(screen.contains("Ohje: näppäimet"), screen)
        XCTAssertTrue(screen.rows[0].contains("1 Yhdistykset"), "still running")
        try session.sendKeys("Escape")
        try session.waitForAbsence(of: "Lahden q?x")
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)
    }

    func testEnglishWithLangOption() throws {
        let session = try start(language: "en")
        let screen = try session.capture()
        XCTAssertTrue(screen.contains("associations · order: name"), screen)
        XCTAssertTrue(screen.rows[23].contains("a Add association") && screen.rows[23].contains("q Quit"), screen.rows[23])
    }

    func testQuitExitsZeroAndLeavesTheTerminalAsItWas() throws {
        let session = try startInShell()
        XCTAssertFalse(try session.capture().contains("BEFORE-KUMPPANI"), "the UI runs on the alternate screen")
        try session.sendKeys("q")
        let after = try session.waitFor("DONE ")
        XCTAssertTrue(after.contains("DONE 0"), after)
        // stty prints its modes after DONE: wait for them rather than racing the shell.
        assertTerminalRestored(try session.waitFor("icanon"))
    }

    func testSigtermRestoresTheTerminalAndExitsWith143() throws {
        let session = try startInShell()
        let pid = try session.descendant(named: "kumppani")
        XCTAssertEqual(Foundation.kill(pid, SIGTERM), 0)
        let after = try session.waitFor("DONE ")
        XCTAssertTrue(after.contains("DONE 143"), after)
        assertTerminalRestored(try session.waitFor("icanon"))
    }

    /// With NO_COLOR the UI still starts, draws and quits. (Which attributes reach the terminal is
    /// checked in the colour-tier unit tests; this harness's captures carry no colour codes at all.)
    func testNoColorStillStarts() throws {
        let plain = try start(extraEnvironment: ["NO_COLOR": "1"], extraArguments: ["--theme", "dark"])
        XCTAssertTrue(try plain.capture().contains("a Lisää yhdistys"))
        try plain.sendKeys("q")
        XCTAssertEqual(try plain.waitForExit(), 0)
    }

    /// Not a terminal: no tmux needed, so this one runs everywhere.
    func testStandardInputNotATerminalExitsWithOneLineMessage() throws {
        let outcome = try KumppaniProcess.run(["--db", db.path, "--lang", "en"])
        XCTAssertEqual(outcome.status, 2)
        let lines = outcome.err.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, outcome.err)
        XCTAssertTrue(outcome.err.contains("not a terminal"), outcome.err)
        XCTAssertTrue(outcome.err.hasPrefix("kumppani: ") && !outcome.err.hasPrefix("kumppani: kumppani:"), outcome.err)
        XCTAssertEqual(outcome.out, "", "nothing drawn on the output")
    }
}
