import Glibc

// Signal handlers can only reach global state, so this file keeps the few globals the presenter
// needs to restore the terminal from a handler. They are written once before the handlers are
// installed and only read afterwards (except the received-signal flag).
nonisolated(unsafe) private var receivedSignal: sig_atomic_t = 0
nonisolated(unsafe) private var savedTerminal = termios()
nonisolated(unsafe) private var hasSavedTerminal = false
nonisolated(unsafe) private var previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
// The one line a crash prints, split around the signal number; made before the handlers exist
// (a handler may not allocate). Fixed buffers: written once per install, read by the handler.
nonisolated(unsafe) private var trapLineHead = UnsafeMutablePointer<UInt8>.allocate(capacity: 512)
nonisolated(unsafe) private var trapLineHeadCount = 0
nonisolated(unsafe) private var trapLineTail = UnsafeMutablePointer<UInt8>.allocate(capacity: 512)
nonisolated(unsafe) private var trapLineTailCount = 0

/// Restores the terminal on every exit path. Termination signals (INT, TERM, HUP) only set a flag
/// that the presenter loop sees within 250 ms, so the normal save and `endwin` path runs; a second
/// one exits at once. Crash signals write
/// the reset sequences straight to the terminal, restore the saved termios, and re-raise.
enum SignalGuard {
    static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// Saves the terminal state and installs the handlers. Call before ncurses starts, so ncurses
    /// sees our SIGINT/SIGTERM handlers and does not install its own.
    /// `trapLine`: the line printed after a crash signal, with `{1}` for the signal number.
    static func install(trapLine: String = "kumppani: internal error (signal {1}); the terminal was restored.") {
        let parts = trapLine.components(separatedBy: "{1}")
        trapLineHeadCount = copyLine(parts.first ?? "", into: trapLineHead)
        trapLineTailCount = copyLine((parts.count > 1 ? parts[1] : "") + "\n", into: trapLineTail)
        receivedSignal = 0
        hasSavedTerminal = tcgetattr(STDIN_FILENO, &savedTerminal) == 0
        for signal in terminationSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = onTerminationSignal
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0   // no SA_RESTART: a blocked read returns, so the loop notices sooner
            sigaction(signal, &action, previousActions + Int(signal))
        }
        for signal in crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = onCrashSignal
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(SA_NODEFER)
            sigaction(signal, &action, previousActions + Int(signal))
        }
    }

    private static func copyLine(_ text: String, into buffer: UnsafeMutablePointer<UInt8>) -> Int {
        let bytes = Array(text.utf8.prefix(511))
        for (i, b) in bytes.enumerated() { buffer[i] = b }
        return bytes.count
    }

    /// Puts back whatever handled these signals before (the Swift runtime's crash reporter, defaults).
    static func uninstall() {
        for signal in terminationSignals + crashSignals {
            sigaction(signal, previousActions + Int(signal), nil)
        }
    }

    /// "SIGTERM", "SIGHUP", "SIGINT" (the names users and scripts know), else "signal N".
    static func name(of signal: Int32) -> String {
        switch signal {
        case SIGINT: return "SIGINT"
        case SIGTERM: return "SIGTERM"
        case SIGHUP: return "SIGHUP"
        default: return "signal \(signal)"
        }
    }

    /// The termination signal received since `install`, if any.
    static var pendingSignal: Int32? {
        receivedSignal == 0 ? nil : Int32(receivedSignal)
    }
}

/// The first signal asks the loop to save and leave. A second one means the user will not wait
/// (saving is stuck, e.g. on a locked file): restore the terminal and exit at once.
private func onTerminationSignal(_ signal: Int32) {
    if receivedSignal != 0 {
        restoreTerminalFromHandler()
        _exit(128 + signal)
    }
    receivedSignal = sig_atomic_t(signal)
}

/// Only async-signal-safe calls: write and tcsetattr.
private func restoreTerminalFromHandler() {
    let reset: StaticString = "\u{1B}[?2004l\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m\r\n"
    _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
    if hasSavedTerminal { _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal) }
}

/// Only async-signal-safe calls: write, tcsetattr, sigaction, raise. A Swift runtime trap
/// (SIGILL/SIGTRAP) restores the terminal and prints one line, not a backtrace over the screen;
/// the minutes are already in the file (every change is saved as it is made).
private func onCrashSignal(_ signal: Int32) {
    restoreTerminalFromHandler()
    _ = write(STDERR_FILENO, trapLineHead, trapLineHeadCount)
    var digits: (UInt8, UInt8, UInt8) = (0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { raw in
        var n = max(0, Int(signal))
        repeat { raw[2 - count] = UInt8(0x30 + n % 10); n /= 10; count += 1 } while n > 0 && count < 3
        _ = write(STDERR_FILENO, raw.baseAddress! + (3 - count), count)
    }
    _ = write(STDERR_FILENO, trapLineTail, trapLineTailCount)
    // The default action ends the process with the signal (exit status 128 + N, a core if enabled).
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigemptyset(&action.sa_mask)
    sigaction(signal, &action, nil)
    raise(signal)
}
