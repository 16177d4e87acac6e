import Kumppani

/// What the terminal can show, told to the app when it is made, so it can choose ASCII borders
/// in a non-UTF-8 locale. `colors` is 0 in the mono tier.
public struct PresenterCapabilities: Equatable, Sendable {
    public var unicode: Bool
    public var colors: Int
    public init(unicode: Bool, colors: Int) { self.unicode = unicode; self.colors = colors }

    public var colorTier: ColorTier { ColorTier(colors: colors, noColor: false) }
}

/// Why the full-screen presenter cannot start here.
public enum PresenterProblem: Equatable, Sendable {
    case notATerminal
    case termUnset
    case termDumb(String)
    /// ncurses could not set up this terminal type (no terminfo entry).
    case terminalUnusable(String)

    /// Checks the environment before touching the terminal: both standard input and output must be
    /// terminals, and `TERM` must name one that can address the screen.
    public static func check(environment: [String: String], stdinIsTerminal: Bool, stdoutIsTerminal: Bool) -> PresenterProblem? {
        guard stdinIsTerminal, stdoutIsTerminal else { return .notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { return .termUnset }
        if term == "dumb" { return .termDumb(term) }
        return nil
    }

    /// One line for standard error.
    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .notATerminal: return l["presenter.not_a_terminal"]
        case .termUnset: return l["presenter.term_unset"]
        case .termDumb(let term): return l["presenter.term_dumb", term]
        case .terminalUnusable(let term): return l["presenter.init_failed", term]
        }
    }
}
