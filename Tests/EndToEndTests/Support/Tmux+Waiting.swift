import Foundation

/// Polling helpers beyond `waitFor(text)`: any condition on the screen, text that must go away,
/// the screen with its colour codes, and the process id of a program started by a shell inside the pane.
extension TmuxSession {
    /// Polls until `condition` holds for the screen; returns that screen or throws with the last one.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        repeat {
            screen = try capture()
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.02)
        } while Date() < deadline
        throw Failure(description: "timed out waiting until \(what); the screen was:\n\(screen)")
    }

    /// Polls until the screen no longer shows `text`.
    @discardableResult
    func waitForAbsence(of text: String, timeout: TimeInterval = 15) throws -> String {
        try waitUntil("“\(text)” is gone", timeout: timeout) { !$0.contains(text) }
    }

    /// The screen with its SGR escape sequences (`capture-pane -e`).
    func captureWithEscapes() throws -> String {
        guard let executable = Self.executable else { throw Failure(description: "tmux is not installed") }
        // capture-pane talks to the running server and forks nothing, so Process (with a pipe) is safe here.
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-u", "-L", socket, "capture-pane", "-e", "-p", "-t", name]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The id of the first process named `command` below the pane's command (a shell may stand between).
    func descendant(named command: String, timeout: TimeInterval = 15) throws -> pid_t {
        let root = try commandPID(timeout: timeout)
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            var queue = [root]
            while let pid = queue.first {
                queue.removeFirst()
                let comm = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                if comm == command { return pid }
                let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
                queue += children.split(separator: " ").compactMap { pid_t($0) }
            }
            Thread.sleep(forTimeInterval: 0.02)
        } while Date() < deadline
        throw Failure(description: "no process \(command) below \(root)")
    }
}
