import CNcurses
import Foundation
import Kumppani
import KumppaniTUI

/// Why the presenter cannot start in this process, or nil. The CLI prints `message(language)`
/// on standard error and exits 2.
func presenterProblem(environment: [String: String] = ProcessInfo.processInfo.environment) -> PresenterProblem? {
    PresenterProblem.check(environment: environment, stdinIsTerminal: isatty(STDIN_FILENO) != 0,
                           stdoutIsTerminal: isatty(STDOUT_FILENO) != 0)
}

/// Runs the app full screen until it quits or a termination signal arrives. Returns the exit code:
/// 0 after a normal quit, 128 + signal after SIGINT/SIGTERM/SIGHUP, 2 when no terminal can be used.
/// `noColor` is `--no-color`; `NO_COLOR` in the environment has the same effect.
/// `onSignal(app, name)` saves what is pending after a termination signal (name: "SIGTERM") and
/// returns one line that is printed on standard error once the terminal is restored.
func runPresenter<A: TerminalApp>(makeApp: (PresenterCapabilities) -> A, noColor: Bool, language chosen: Language? = nil,
                                  onSignal: (A, String) -> String) -> Int32 {
    let environment = ProcessInfo.processInfo.environment
    let language = chosen ?? Language.resolve(option: nil, environment: environment)
    if let problem = presenterProblem(environment: environment) {
        FileHandle.standardError.write(Data(CommandContext.forDescriptor(2, problem.message(language) + "\n")))
        return 2
    }
    setlocale(LC_ALL, "")   // before ncurses starts, or every ä and ö is drawn as garbage
    SignalGuard.install(trapLine: L(language)["files.trap"])
    defer { SignalGuard.uninstall() }
    guard let screen = newterm(nil, kumppani_stdout(), kumppani_stdin()) else {
        let message = PresenterProblem.terminalUnusable(environment["TERM"] ?? "").message(language)
        FileHandle.standardError.write(Data(CommandContext.forDescriptor(2, message + "\n")))
        return 2
    }
    defer { delscreen(screen) }

    let session = TerminalSession(noColor: noColor || environment["NO_COLOR"] != nil,
                                  escapeDelaySet: environment["ESCDELAY"] != nil)
    let app = makeApp(session.capabilities)
    let code = PresenterLoop(app: app, session: session).run()
    // Save before giving the terminal back, so a slow disk never leaves the screen half restored.
    let farewell = code > 128 ? onSignal(app, SignalGuard.name(of: code - 128)) : nil
    session.end()
    if let farewell { FileHandle.standardError.write(Data(CommandContext.forDescriptor(2, farewell + "\n"))) }
    return code
}

/// Sets up ncurses modes on start and undoes them on `end`.
final class TerminalSession {
    let tier: ColorTier
    let defaultColors: Bool
    let capabilities: PresenterCapabilities
    let escapeDelay: Int32
    private var ended = false

    init(noColor: Bool, escapeDelaySet: Bool) {
        cbreak()       // not raw(): Ctrl-C stays SIGINT (a way out that always works)
        noecho()
        nonl()
        let screen = kumppani_stdscr()
        keypad(screen, true)
        meta(screen, true)
        mousemask(0, nil)
        if !escapeDelaySet { set_escdelay(25) }
        escapeDelay = max(10, get_escdelay())
        Self.disableFlowControl()

        var colors = 0
        var defaultColors = false
        if !noColor, has_colors() {
            start_color()
            defaultColors = use_default_colors() == OK
            colors = Int(kumppani_colors())
        }
        tier = ColorTier(colors: colors, noColor: noColor)
        self.defaultColors = defaultColors
        let codeset = String(cString: kumppani_codeset()).uppercased()
        capabilities = PresenterCapabilities(unicode: codeset == "UTF-8" || codeset == "UTF8",
                                             colors: tier == .mono ? 0 : tier.rawValue)
    }

    /// Ctrl-S and Ctrl-Q reach the app instead of freezing the screen, and Ctrl-Z is undo in every
    /// text field instead of suspending the program (the terminal's suspend character is switched
    /// off). Saved as ncurses' program mode; `endwin` puts the shell's settings back.
    private static func disableFlowControl() {
        var settings = termios()
        if tcgetattr(STDIN_FILENO, &settings) == 0 {
            settings.c_iflag &= ~tcflag_t(IXON)
            withUnsafeMutableBytes(of: &settings.c_cc) { $0[Int(VSUSP)] = 0 }   // _POSIX_VDISABLE
            tcsetattr(STDIN_FILENO, TCSANOW, &settings)
            def_prog_mode()
        }
    }

    /// Bracketed paste on: pasted text arrives marked, so it is inserted literally.
    func startBracketedPaste() { Self.writeToTerminal("\u{1B}[?2004h") }

    func end() {
        guard !ended else { return }
        ended = true
        Self.writeToTerminal("\u{1B}[?2004l")
        curs_set(1)
        endwin()
    }

    static func writeToTerminal(_ text: String) {
        fflush(kumppani_stdout())
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }
}
