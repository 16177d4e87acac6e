import Foundation
import XCTest

/// A command running in a detached tmux session of a fixed size, for what only a real terminal
/// shows: the screen a person would see, keys, paste, resize, and the terminal after exit.
/// Each session has its own tmux server (a private socket), so tests never touch a user's tmux.
/// Synchronise with `waitFor` (it polls the screen), never with a fixed sleep.
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let name = "kumppani-test"
    let socket = "kumppani-test-\(UUID().uuidString.prefix(8))"
    private let configFile: URL
    /// The command's exit status is written here (tmux's own #{pane_dead_status} is sometimes left empty).
    private let statusFile: URL
    private var killed = false

    /// The tmux executable, or nil when it is not installed.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("tmux")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    /// Skips the test when tmux is missing, unless `KUMPPANI_E2E=1` (CI) demands these tests: then it fails.
    static func requireTmux(file: StaticString = #filePath, line: UInt = #line) throws {
        guard executable == nil else { return }
        if ProcessInfo.processInfo.environment["KUMPPANI_E2E"] == "1" {
            throw Failure(description: "tmux is not installed, but KUMPPANI_E2E=1 requires the terminal tests")
        }
        throw XCTSkip("tmux is not installed (apt-get install -y tmux)")
    }

    /// Starts `arguments` (program and its arguments, not a shell line) in a `width`×`height` pane.
    /// `environment` is added to the test's own; `TERM` defaults to xterm-256color.
    init(_ arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        try Self.requireTmux()
        configFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).conf")
        // remain-on-exit keeps the last screen and the exit status readable after the command ends;
        // no status line, so the pane is exactly the size asked for.
        try "set -g remain-on-exit on\nset -g status off\n"
            .write(to: configFile, atomically: true, encoding: .utf8)
        var environment = environment
        if environment["TERM"] == nil { environment["TERM"] = "xterm-256color" }
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).status")
        let wrapper = "\"$@\"; echo $? > \(Self.shellQuoted(statusFile.path))"
        let command = (["sh", "-c", wrapper, "sh", "env"] + assignments + arguments).map(Self.shellQuoted).joined(separator: " ")
        try tmux(["-f", configFile.path, "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), command])
    }

    deinit { kill() }

    /// Keys by tmux name: `"Enter"`, `"Escape"`, `"C-s"`, `"M-f"`, `"F5"`, `"BTab"`, `"Up"`.
    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// The terminal modes of the pane's terminal as `stty -a` prints them, read while the program runs.
    func terminalModes() throws -> String {
        let tty = try tmux(["display-message", "-p", "-t", name, "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let (_, output, errors) = try Self.run("/bin/stty", ["-a", "-F", tty])
        return output + errors
    }

    /// Text typed as it stands (no key names).
    func sendLiteral(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Pastes text the way a terminal does: bracketed when the program asked for bracketed paste.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "kumppani-test", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "kumppani-test", "-t", name])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// The screen as text, one line per row, trailing blanks removed. The line tmux adds once the
    /// command has ended ("Pane is dead ...") is shown blank, as the program never wrote it.
    func capture() throws -> String {
        var raw = try tmux(["capture-pane", "-p", "-t", name])
        if raw.hasSuffix("\n") { raw.removeLast() }
        return raw.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in line.hasPrefix("Pane is dead") ? "" : String(line.reversed().drop(while: { $0 == " " }).reversed()) }
            .joined(separator: "\n")
    }

    /// Polls the screen until it shows `text`; returns that screen, or throws with the last screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        repeat {
            screen = try capture()
            if screen.contains(text) { return screen }
            Thread.sleep(forTimeInterval: 0.02)
        } while Date() < deadline
        throw Failure(description: "timed out waiting for “\(text)”; the screen was:\n\(screen)")
    }

    /// The command's exit status once it has ended (polling like `waitFor`); 128 + n after signal n.
    func waitForExit(timeout: TimeInterval = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            Thread.sleep(forTimeInterval: 0.02)
        } while Date() < deadline
        throw Failure(description: "the command did not exit; the screen was:\n\((try? capture()) ?? "")")
    }

    /// The process id of the command (to send it a signal): the child of the pane's wrapper shell.
    /// Polls, since the shell may not have started the command yet.
    func commandPID(timeout: TimeInterval = 10) throws -> pid_t {
        let text = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"])
        let shell = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            if let pid = children.split(separator: " ").first.flatMap({ pid_t($0) }) { return pid }
            Thread.sleep(forTimeInterval: 0.02)
        } while Date() < deadline
        throw Failure(description: "no command running under pane process \(shell)")
    }

    /// Ends the session and its private tmux server.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: configFile)
        try? FileManager.default.removeItem(at: statusFile)
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let executable = Self.executable else { throw Failure(description: "tmux is not installed") }
        // -u: the tests' own locale may be C; the screen must still hold ä and 漢.
        let (status, output, errors) = try Self.run(executable.path, ["-u", "-L", socket] + arguments)
        guard status == 0 else {
            throw Failure(description: "tmux \(arguments.first ?? "") failed (\(status)): \(errors)")
        }
        return output
    }

    /// Runs a program to its end and returns its status, output and error output.
    /// posix_spawn rather than Foundation's Process: the tmux server that `new-session` forks
    /// inherits the child's descriptors, and Process waits for those to close, that is forever.
    /// Output goes to files for the same reason (a pipe would never reach its end).
    private static func run(_ path: String, _ arguments: [String]) throws -> (Int32, String, String) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-tmux-\(UUID().uuidString)")
        let outputPath = base.path + ".out", errorPath = base.path + ".err"
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot start \(path): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        return (exitStatus, output, errors)
    }

    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// The built `kumppani` binary: next to the test bundle (`.build/debug`), found from the bundle or
/// from this source file's package.
enum KumppaniBinary {
    static func url() throws -> URL {
        var candidates: [URL] = []
        for bundle in [Bundle.main] + Bundle.allBundles {
            candidates.append(bundle.bundleURL)
            candidates.append(bundle.bundleURL.deletingLastPathComponent())
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug"))
        for directory in candidates {
            let binary = directory.appendingPathComponent("kumppani")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: binary.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: binary.path) {
                return binary
            }
        }
        throw TmuxSession.Failure(description: "the kumppani binary was not found near \(Bundle.main.bundleURL.path)")
    }
}
