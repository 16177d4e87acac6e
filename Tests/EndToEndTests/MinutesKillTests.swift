import Foundation
import XCTest
import Kumppani

/// Types minutes into the real binary in tmux, kills it with SIGKILL mid-sentence, starts it
/// again and finds the text: the autosave promise (at most the last second is lost).
///
/// TODO: switch to the shared helper `Support/Tmux.swift` once it is on main; `MinutesTmux`
/// below is the minimum this test needs.
final class MinutesKillTests: XCTestCase {
    var tmux: MinutesTmux!
    var dir: URL!

    override func setUpWithError() throws {
        let required = ProcessInfo.processInfo.environment["KUMPPANI_E2E"] == "1"
        guard let t = MinutesTmux() else {
            if required { XCTFail("tmux is required (KUMPPANI_E2E=1) but not installed") }
            throw XCTSkip("tmux is not installed")
        }
        tmux = t
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() {
        tmux?.killAll()
        if let dir { try? FileManager.default.removeItem(at: dir) }
    }

    static var binary: String {
        let debug = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("kumppani").path
        if FileManager.default.isExecutableFile(atPath: debug) { return debug }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/kumppani").path
    }

    /// A body with members and one planned meeting.
    func seed(_ path: String) throws {
        let store = try Store.open(path: path)
        let s = MeetingStore(store: store)
        let body = try s.createBody(name: "Päijät-Hämeen kumppanuuspöytä", kind: .partnershipTable)
        for name in ["Aino Aalto", "Eero Esko", "Liisa Laine"] {
            try s.addMember(bodyID: body, personID: try s.createPerson(name: name), role: .member)
        }
        try s.createMeeting(bodyID: body, heldOn: "2026-11-23", startsAt: "14:00", place: "Lahti")
    }

    func discussion(_ path: String) throws -> String {
        let store = try Store.open(path: path, options: Store.Options(create: false, readOnly: true, migrate: false))
        return try store.database.query("SELECT discussion FROM agenda_items ORDER BY length(discussion) DESC LIMIT 1").first?.string("discussion") ?? ""
    }

    func testKillDuringTypingLosesAtMostTheLastSecond() throws {
        let db = dir.appendingPathComponent("k.sqlite").path
        try seed(db)
        // A build whose launcher is not wired to the UI yet says so without a terminal too.
        let preflight = tmux.run(["--program", Self.binary, "--db", db, "--lang", "fi"]).output
        if MinutesTmux.unwired(preflight) { throw XCTSkip("the binary's UI is not wired yet: \(preflight)") }
        let command = "exec '\(Self.binary)' --db '\(db)' --lang fi"
        let first = try tmux.start(command, width: 100, height: 30)
        _ = try tmux.waitFor(first, "Yhdistykset", timeout: 20)
        tmux.send(first, keys: ["3"])
        _ = try tmux.waitFor(first, "Kokoukset – Päijät-Hämeen kumppanuuspöytä")
        tmux.send(first, keys: ["s"])
        _ = try tmux.waitFor(first, "Pöytäkirja ·")
        tmux.send(first, keys: ["Enter"])
        let sentence = "Puheenjohtaja avasi kokouksen ja totesi läsnäolijat."
        tmux.send(first, literal: sentence)
        _ = try tmux.waitFor(first, "totesi läsnäolijat.")
        // The autosave writes while the field is still open: wait for the file, not a fixed time.
        try waitUntil(timeout: 5) { (try? self.discussion(db)) == sentence }
        tmux.send(first, literal: " Seuraavaksi keskus")
        try tmux.kill9(first)

        XCTAssertTrue(try discussion(db).hasPrefix(sentence), "nothing older than a second is lost")
        let second = try tmux.start(command, width: 100, height: 30)
        _ = try tmux.waitFor(second, "Yhdistykset", timeout: 20)
        tmux.send(second, keys: ["3"])
        _ = try tmux.waitFor(second, "kokous käynnissä")
        tmux.send(second, keys: ["Enter"])
        let screen = try tmux.waitFor(second, "Puheenjohtaja avasi kokouksen")
        XCTAssertTrue(screen.contains("totesi läsnäolijat."), screen)
        tmux.send(second, keys: ["q"])
    }

    func waitUntil(timeout: TimeInterval, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() > deadline { XCTFail("condition not met within \(timeout) s"); return }
            usleep(20_000)
        }
    }
}

/// tmux sessions for one test: start, send keys, read the screen, wait for text.
final class MinutesTmux {
    private var sessions: [String] = []
    let executable: String
    /// A server of our own, configured so a pane stays after its program dies (its last screen
    /// then explains a crash or an early exit).
    let socket = "kumppani-e2e-\(UUID().uuidString.prefix(8))"
    let config: String

    init?() {
        let candidates = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        executable = path
        config = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).conf").path
        guard FileManager.default.createFile(atPath: config, contents: Data("set -g remain-on-exit on\n".utf8)) else { return nil }
    }

    /// Runs tmux through posix_spawn and waitpid, its output in a file: the tmux server
    /// daemonises from the first command and must not inherit a pipe we wait on.
    @discardableResult
    func run(_ args: [String], capture: Bool = true) -> (status: Int32, output: String) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? out : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = args.first == "--program" ? Array(args.dropFirst()) : [executable, "-L", socket, "-f", config] + args
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        env["LANG"] = "C.UTF-8"
        env.removeValue(forKey: "TMUX")
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, nil, cArgs, cEnv) == 0 else { return (-1, "spawn failed") }
        var status: Int32 = 0
        // Never hang the test run: a program that does not finish in 15 s is killed.
        let deadline = Date().addingTimeInterval(15)
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid || (r == -1 && errno != EINTR) { break }
            if Date() > deadline { kill(pid, SIGKILL) }
            usleep(5_000)
        }
        let output = capture ? ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "") : ""
        return ((status >> 8) & 0xff, output)
    }

    func start(_ command: String, width: Int, height: Int) throws -> String {
        let name = "k\(UUID().uuidString.prefix(8))"
        let r = run(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command], capture: false)
        guard r.status == 0 else { throw NSError(domain: "tmux", code: Int(r.status), userInfo: [NSLocalizedDescriptionKey: "tmux new-session failed"]) }
        sessions.append(name)
        return name
    }

    func send(_ session: String, keys: [String]) { run(["send-keys", "-t", session] + keys) }
    func send(_ session: String, literal: String) { run(["send-keys", "-t", session, "-l", literal]) }
    func screen(_ session: String) -> String { run(["capture-pane", "-p", "-t", session]).output }

    func waitFor(_ session: String, _ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen(session)
            if last.contains(text) { return last }
            usleep(30_000)
        }
        throw NSError(domain: "tmux", code: 1, userInfo: [NSLocalizedDescriptionKey: "“\(text)” did not appear. Screen:\n\(last)"])
    }

    /// The binary of a build where the launcher has not been wired to the UI yet.
    static func unwired(_ screen: String) -> Bool {
        screen.contains("UI not yet wired") || screen.contains("under construction")
    }

    func kill9(_ session: String) throws {
        let pid = run(["display-message", "-p", "-t", session, "#{pane_pid}"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let n = Int32(pid) else { throw NSError(domain: "tmux", code: 2, userInfo: [NSLocalizedDescriptionKey: "no pane pid: \(pid)"]) }
        kill(n, SIGKILL)
        let deadline = Date().addingTimeInterval(5)
        while kill(n, 0) == 0 && Date() < deadline { usleep(10_000) }
        run(["kill-session", "-t", session])
    }

    func killAll() {
        run(["kill-server"], capture: false)
        try? FileManager.default.removeItem(atPath: config)
    }
}
