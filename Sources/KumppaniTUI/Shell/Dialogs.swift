import Kumppani

/// Who receives a dialog's answer.
public enum DialogTarget: Equatable, Sendable {
    case app
    case pane(PaneID)
}

/// A dialog's answer, typed: what the user typed, which row they chose, or yes. A choice is
/// always its index, never its (translated, possibly repeated) label: the asker maps the index
/// to its own value (a person's id, a role).
public enum DialogAnswer: Equatable, Sendable {
    /// A prompt's text, as typed.
    case text(String)
    /// The index of the chosen row of a `.choice` or `.options` dialog.
    case choice(Int)
    /// Yes to a confirm, OK to a message.
    case confirmed

    /// The answer as a palette argument, for askers that take text: a prompt's text, a choice's
    /// index in digits, a confirm's `argument`.
    public func asArgument(confirming argument: String?) -> String? {
        switch self {
        case .text(let text): return text
        case .choice(let index): return String(index)
        case .confirmed: return argument
        }
    }
}

/// A dialog a pane (or the app) asks for. The answer comes back typed, as
/// `answer(action, answer, argument:)` on the target (`DialogAnswer`): confirm and message →
/// `.confirmed` with `argument` as given; prompt → `.text`; choice and options → `.choice(index)`.
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
        /// is `.choice(index)`. See `ConflictDialog`.
        case options(message: String, options: [String], selected: Int)
    }
    public var title: String
    public var kind: Kind
    public var action: ActionID?
    public var argument: String?
    /// Filled in by the shell for requests from panes.
    public var target: DialogTarget
    /// A prompt asked again after a refused answer: its initial text is what the user typed, so a
    /// signal's draft keeps it even when it is not changed again (`App.changedPrompt`).
    public var initialIsTyped = false

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
    /// The first message line shown, when the message is longer than the dialog (PgUp/PgDn).
    var scroll = 0

    init(_ request: DialogRequest) {
        self.request = request
        switch request.kind {
        case .prompt(_, let initial): input = TextField(text: initial)
        case .choice(_, let selected), .options(_, _, let selected): self.selected = selected
        default: break
        }
    }

    enum Outcome: Equatable { case stay, cancel, accept(DialogAnswer) }

    mutating func handle(_ event: Event) -> Outcome {
        if case .paste = event, case .prompt = request.kind { _ = input.handle(event); return .stay }
        guard case .key(let key) = event else { return .stay }
        if key == .escape { return .cancel }
        switch request.kind {
        case .confirm:
            switch key {
            case .char("y"), .char("Y"), .char("k"), .char("K"), .char("j"), .char("J"): return .accept(.confirmed)  // yes, kyllä, ja
            case .char("n"), .char("N"), .char("e"), .char("E"): return .cancel
            case .left, .right, .tab, .backTab: yes.toggle()
            case .enter: return yes ? .accept(.confirmed) : .cancel
            default: break
            }
        case .message:
            if key == .enter || key == .char(" ") { return .accept(.confirmed) }
        case .prompt:
            // Ctrl-S and F2 accept as they save a form: a prompt is a form of one field.
            if key == .enter || key == .ctrl("s") || key == .function(2) { return .accept(.text(input.text)) }
            _ = input.handle(event)
        case .choice(let options, _):
            switch key {
            case .up: selected = max(0, selected - 1)
            case .down: selected = min(options.count - 1, selected + 1)
            case .home: selected = 0
            case .end: selected = max(0, options.count - 1)
            case .enter: return options.indices.contains(selected) ? .accept(.choice(selected)) : .cancel
            default: break
            }
        case .options(_, let options, _):
            return handleOptions(key, count: options.count)
        }
        return .stay
    }

    /// PgUp/PgDn scroll a message longer than the dialog; true when the key was used.
    mutating func scrollMessage(_ key: Key, area: Rect) -> Bool {
        guard key == .pageUp || key == .pageDown else { return false }
        let layout = layout(in: area)
        let step = max(1, layout.visible - 1)
        scroll = min(max(0, scroll + (key == .pageDown ? step : -step)), max(0, layout.body.count - layout.visible))
        return true
    }

    /// Where the parts of the dialog go in `area`: its width, the wrapped message, how many
    /// message lines show at once and how many option rows there are.
    struct Layout { var width: Int; var body: [String]; var visible: Int; var optionRows: Int }

    func layout(in area: Rect) -> Layout {
        let options = optionLabels
        var message = ""
        switch request.kind {
        case .confirm(let m), .message(let m), .prompt(let m, _), .options(let m, _, _): message = m
        case .choice: break
        }
        // Wide enough for the longest option, and for an `.options` message line (a conflict's
        // "now: …" value) when the screen allows: a value on one line is easier to compare.
        let longest = options.map(DisplayWidth.of).max() ?? 0
        // And for the title (a tag dialog names the association): cut only when the screen is narrower.
        var wanted = max(40, area.width * 2 / 3, longest + 4, DisplayWidth.of(request.title) + 6)
        if case .options = request.kind {
            let longestLine = message.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
            wanted = max(wanted, min(longestLine, 72) + 4)
        }
        let width = min(wanted, area.width - 2)
        let body = message.isEmpty ? [] : TextLayout.wrap(message, width: width - 4)
        // The options always show (as many as fit); the message scrolls in what is left.
        let optionRows = options.isEmpty ? 2 : min(options.count, max(1, area.height - 5))
        var visible = max(1, area.height - 4 - optionRows)
        if body.count > visible { visible = max(1, visible - 1) }   // a line for the scroll hint
        return Layout(width: width, body: body, visible: min(body.count, visible), optionRows: optionRows)
    }

    /// The option rows as shown: a choice as is, an `.options` entry with its digit.
    var optionLabels: [String] {
        switch request.kind {
        case .choice(let o, _): return o
        case .options(_, let o, _): return o.enumerated().map { "\($0.offset + 1)  \($0.element)" }
        default: return []
        }
    }

    func render(into frame: inout Frame, area: Rect, l: L, box: BoxStyle) {
        let options = optionLabels
        let layout = layout(in: area)
        let width = layout.width
        let top = min(scroll, max(0, layout.body.count - layout.visible))
        let scrolls = layout.body.count > layout.visible
        var body = Array(layout.body.dropFirst(top).prefix(layout.visible))
        if scrolls {
            body.append(l["shell.dialog.scroll", top + 1, top + layout.visible, layout.body.count])
        }
        let extra = layout.optionRows
        let rect = area.centered(width: width, height: body.count + extra + 2)
        frame.drawBox(rect, style: box, title: request.title)
        let inner = rect.inset(by: 1)
        for (i, line) in body.enumerated() {
            let role: StyleRole = scrolls && i == body.count - 1 ? .dim : .dialog
            frame.put(line, x: inner.x + 1, y: inner.y + i, role: role, maxWidth: inner.width - 2, clip: inner)
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

extension DialogAnswer {
    /// A prompt's text; nil for a choice or a confirmation.
    public var text: String? { if case .text(let t) = self { return t } else { return nil } }
    /// A choice's index; nil otherwise.
    public var index: Int? { if case .choice(let i) = self { return i } else { return nil } }
}
