import Kumppani

/// Who receives a dialog's answer.
public enum DialogTarget: Equatable, Sendable {
    case app
    case pane(PaneID)
}

/// A dialog a pane (or the app) asks for. The answer comes back as
/// `perform(action, argument: answer)` on the target: confirm → `argument` as given;
/// prompt → the typed text; choice → the chosen option; message → `argument`.
/// Cancelling (`Esc`, `n`) runs nothing.
public struct DialogRequest: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A yes/no question; `y` or Enter on "Yes" answers yes.
        case confirm(message: String)
        /// Information with an OK button.
        case message(text: String)
        /// One line of text; Enter accepts.
        case prompt(label: String, initial: String)
        /// Pick one of a list; Enter accepts.
        case choice(options: [String], selected: Int)
        /// A message, then a list of choices (Up/Down or the digit keys, Enter); the answer
        /// is the chosen option's index as text ("0", "1", …). See `ConflictDialog`.
        case options(message: String, options: [String], selected: Int)
    }
    public var title: String
    public var kind: Kind
    public var action: ActionID?
    public var argument: String?
    /// Filled in by the shell for requests from panes.
    public var target: DialogTarget

    public init(title: String, kind: Kind, action: ActionID? = nil, argument: String? = nil,
                target: DialogTarget = .app) {
        self.title = title; self.kind = kind; self.action = action; self.argument = argument; self.target = target
    }
}

/// An open dialog: the request plus its editing state.
struct DialogState: Equatable, Sendable {
    var request: DialogRequest
    var input = TextField()
    var selected = 0
    var yes = true

    init(_ request: DialogRequest) {
        self.request = request
        switch request.kind {
        case .prompt(_, let initial): input = TextField(text: initial)
        case .choice(_, let selected), .options(_, _, let selected): self.selected = selected
        default: break
        }
    }

    enum Outcome: Equatable { case stay, cancel, accept(argument: String?) }

    mutating func handle(_ event: Event) -> Outcome {
        if case .paste = event, case .prompt = request.kind { _ = input.handle(event); return .stay }
        guard case .key(let key) = event else { return .stay }
        if key == .escape { return .cancel }
        switch request.kind {
        case .confirm:
            switch key {
            case .char("y"), .char("Y"), .char("k"), .char("K"): return .accept(argument: request.argument)
            case .char("n"), .char("N"), .char("e"), .char("E"): return .cancel
            case .left, .right, .tab, .backTab: yes.toggle()
            case .enter: return yes ? .accept(argument: request.argument) : .cancel
            default: break
            }
        case .message:
            if key == .enter || key == .char(" ") { return .accept(argument: request.argument) }
        case .prompt:
            if key == .enter { return .accept(argument: input.text) }
            _ = input.handle(event)
        case .choice(let options, _):
            switch key {
            case .up: selected = max(0, selected - 1)
            case .down: selected = min(options.count - 1, selected + 1)
            case .home: selected = 0
            case .end: selected = max(0, options.count - 1)
            case .enter: return options.indices.contains(selected) ? .accept(argument: options[selected]) : .cancel
            default: break
            }
        case .options(_, let options, _):
            return handleOptions(key, count: options.count)
        }
        return .stay
    }

    func render(into frame: inout Frame, area: Rect, l: L, box: BoxStyle) {
        var options: [String] = []
        if case .choice(let o, _) = request.kind { options = o }
        if case .options(_, let o, _) = request.kind { options = o.enumerated().map { "\($0.offset + 1)  \($0.element)" } }
        // Wide enough for the longest option when the screen allows: a choice is never cut short.
        let longest = options.map(DisplayWidth.of).max() ?? 0
        let width = min(max(40, area.width * 2 / 3, longest + 4), area.width - 2)
        var body: [String] = []
        switch request.kind {
        case .confirm(let message): body = TextLayout.wrap(message, width: width - 4)
        case .message(let text): body = TextLayout.wrap(text, width: width - 4)
        case .prompt(let label, _): body = TextLayout.wrap(label, width: width - 4)
        case .choice: body = []
        case .options(let message, _, _): body = TextLayout.wrap(message, width: width - 4)
        }
        // Long messages are cut so the buttons always stay visible.
        body = Array(body.prefix(max(1, area.height - 4 - (options.isEmpty ? 2 : 1))))
        let extra = options.isEmpty ? 2 : min(options.count, max(1, area.height - body.count - 4))
        let rect = area.centered(width: width, height: body.count + extra + 2)
        frame.drawBox(rect, style: box, title: request.title)
        let inner = rect.inset(by: 1)
        for (i, line) in body.enumerated() {
            frame.put(line, x: inner.x + 1, y: inner.y + i, role: .dialog, maxWidth: inner.width - 2, clip: inner)
        }
        let y = inner.y + body.count
        switch request.kind {
        case .confirm:
            let yesText = " \(l["common.yes"]) (\(l["shell.dialog.yes_key"])) "
            let noText = " \(l["common.no"]) (\(l["shell.dialog.no_key"])) "
            let x = inner.x + 1
            let w = frame.put(yesText, x: x, y: y + 1, role: yes ? .menuSelected : .dialog, clip: inner)
            frame.put(noText, x: x + w + 2, y: y + 1, role: yes ? .dialog : .menuSelected, clip: inner)
        case .message:
            let ok = " \(l["common.ok"]) "
            frame.put(ok, x: inner.x + (inner.width - DisplayWidth.of(ok)) / 2, y: y + 1, role: .menuSelected, clip: inner)
        case .prompt:
            input.render(into: &frame, in: Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1), focused: true)
            frame.put(l["shell.dialog.prompt_hint"], x: inner.x + 1, y: y + 1, role: .dim, maxWidth: inner.width - 2, clip: inner)
        case .choice, .options:
            let top = max(0, min(selected - extra + 1, options.count - extra))
            for row in 0..<extra where top + row < options.count {
                let i = top + row
                let role: StyleRole = i == selected ? .menuSelected : .dialog
                frame.fill(Rect(x: inner.x, y: y + row, width: inner.width, height: 1), role: role)
                frame.put(" \(options[i])", x: inner.x, y: y + row, role: role, clip: inner)
            }
        }
    }
}

/// The progress overlay shown while a service call runs.
struct ProgressState: Equatable, Sendable {
    var title: String
    var fraction: Double

    func render(into frame: inout Frame, area: Rect, box: BoxStyle, language: Language) {
        let rect = area.centered(width: min(60, area.width - 2), height: 4)
        frame.drawBox(rect, style: box, title: title)
        let inner = rect.inset(by: 1)
        let glyphs: BarGlyphs = box == .unicode ? .unicode : .ascii
        ProgressBar(fraction: fraction, language: language, glyphs: glyphs)
            .render(into: &frame, in: Rect(x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, height: 1))
    }
}
