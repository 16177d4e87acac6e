import Foundation
import Kumppani

/// The first screen when `--db` names a file that is not Kumppani's: another program's SQLite
/// database, or an empty SQLite database nobody created for Kumppani (issue 15). The file was
/// decided from its header, read-only, and was not touched; this screen says so and offers to
/// type a path for a new database (Enter) or to quit (Esc). Once a path opens, the real app
/// takes over the same presenter, so the session goes on as if it had started there.
public final class ForeignFileApp: TerminalApp {
    public enum Kind: Sendable { case otherProgram, emptySQLite }
    /// Why a typed path did not open, in one line for the user.
    public struct Refusal: Error { public let message: String; public init(_ message: String) { self.message = message } }

    public let path: String
    public let kind: Kind
    let language: Language
    let baseTheme: Theme
    /// Opens (or creates) a database at the typed path: the app, or the one-line reason.
    let open: (String) -> Result<App, Refusal>
    var field = TextField()
    /// Why the last typed path did not open.
    public private(set) var problem: String?
    /// The real app, once a path opened.
    public private(set) var app: App?
    private var quit = false

    public init(path: String, kind: Kind, language: Language, theme: Theme,
                open: @escaping (String) -> Result<App, Refusal>) {
        self.path = path
        self.kind = kind
        self.language = language
        self.baseTheme = theme
        self.open = open
    }

    var l: L { L(language) }

    public var theme: Theme { app?.theme ?? baseTheme }
    public var shouldQuit: Bool { app?.shouldQuit ?? quit }
    public var isWaitingForWork: Bool { app?.isWaitingForWork ?? false }
    public func takeFullRedrawRequest() -> Bool { app?.takeFullRedrawRequest() ?? false }
    public func idle() { app?.idle() }

    public func handle(_ event: Event) {
        if let app { app.handle(event); return }
        switch event {
        case .key(.escape), .key(.ctrl("q")):
            quit = true
        case .key(.enter):
            submit()
        case .key(.char(let c)) where ControlCharacters.contains(String(c)):
            problem = l["text.control_refused", ControlCharacters.found(in: String(c))?.first ?? ""]
        case .key, .paste:
            if case .paste(let text) = event, let found = ControlCharacters.found(in: text) {
                problem = l["text.control_removed_from_paste", "\(found.count)", found.first]
            }
            if field.handle(event) == .changed, case .key = event { problem = nil }
        case .resize, .tick:
            break
        }
    }

    private func submit() {
        let typed = field.text.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { problem = l["startup.foreign.no_path"]; return }
        let target = (typed as NSString).expandingTildeInPath
        if URL(fileURLWithPath: target).standardizedFileURL.path == URL(fileURLWithPath: path).standardizedFileURL.path {
            problem = l["startup.foreign.same_file"]
            return
        }
        switch open(target) {
        case .success(let opened):
            app = opened
        case .failure(let refusal):
            problem = refusal.message
        }
    }

    public func render(size: Size) -> Frame {
        if let app { return app.render(size: size) }
        var frame = Frame(size: size)
        frame.fill(Rect(x: 0, y: 0, width: size.width, height: size.height), role: .normal)
        let width = max(1, min(76, size.width - 4))
        let x = max(0, (size.width - width) / 2)
        var y = min(1, max(0, size.height - 1))
        frame.put(l["startup.foreign.title"], x: x, y: y, role: .title, maxWidth: width)
        y += 2
        let explanation = kind == .otherProgram ? l["startup.foreign.other", path] : l["startup.foreign.empty", path]
        for text in [explanation, l["startup.foreign.prompt"]] {
            for line in TextLayout.wrap(text, width: width) where y < size.height {
                frame.put(line, x: x, y: y, role: .normal, maxWidth: width)
                y += 1
            }
            y += 1
        }
        if y < size.height {
            let label = l["startup.foreign.label"] + " "
            let w = frame.put(label, x: x, y: y, role: .label, maxWidth: width)
            field.render(into: &frame, in: Rect(x: x + w, y: y, width: max(1, width - w), height: 1), focused: true)
            y += 2
        }
        if let problem {
            for line in TextLayout.wrap(problem, width: width) where y < size.height - 1 {
                frame.put(line, x: x, y: y, role: .error, maxWidth: width)
                y += 1
            }
        }
        if size.height > 0 {
            frame.fill(Rect(x: 0, y: size.height - 1, width: size.width, height: 1), role: .keyBar)
            frame.put(l["startup.foreign.keys"], x: 1, y: size.height - 1, role: .keyBar, maxWidth: max(0, size.width - 2))
        }
        return frame
    }
}
