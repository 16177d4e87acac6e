import Foundation
import Kumppani

/// Screen layout: tabs, pane body, status line, key bar; overlays on top.
extension App {
    public static let minimumSize = Size(width: 80, height: 24)

    /// The pane body: everything between the top bar and the two bottom lines.
    func bodyArea(_ size: Size) -> Rect { Rect(x: 0, y: 1, width: size.width, height: size.height - 3) }

    public func render(size: Size) -> Frame {
        state.lastSize = size   // remembered for the progress overlay and help paging
        var frame = Frame(size: size)
        guard size.width >= App.minimumSize.width, size.height >= App.minimumSize.height else {
            renderTooSmall(into: &frame)
            return frame
        }
        let body = bodyArea(size)
        let ctx = makeContext()
        if state.showsWelcome {
            WelcomeView.render(into: &frame, area: body, l: l)
        } else {
            currentPane.render(into: &frame, in: body, context: ctx.drawing)
        }
        renderTopBar(into: &frame)
        renderStatusLine(into: &frame, y: size.height - 2)
        renderKeyBar(into: &frame, y: size.height - 1)
        if !state.overlays.isEmpty { frame.cursor = nil }
        for overlay in state.overlays {
            switch overlay {
            case .help(let h): h.render(into: &frame, area: body, groups: helpGroups(), l: l, box: state.boxStyle)
            case .menu(let m): m.render(into: &frame, menus: menus(), l: l, box: state.boxStyle)
            case .palette(let p): p.render(into: &frame, area: body, commands: paletteCommands(), l: l, box: state.boxStyle)
            case .dialog(let d): d.render(into: &frame, area: body, l: l, box: state.boxStyle)
            case .progress(let p): p.render(into: &frame, area: body, box: state.boxStyle, language: state.language)
            }
        }
        return frame
    }

    /// Below 80×24 only a centred explanation, wrapped to whatever width there is.
    private func renderTooSmall(into frame: inout Frame) {
        let size = frame.size
        guard size.width > 0, size.height > 0 else { return }
        let text = l["shell.too_small", App.minimumSize.width, App.minimumSize.height, size.width, size.height]
        // Too narrow for one line: break after the colon first, so the numbers stay together.
        let parts = DisplayWidth.of(text) <= size.width ? [text]
            : text.split(separator: ":", maxSplits: 1).enumerated().map { $0.offset == 0 ? $0.element + ":" : String($0.element) }
        let lines = parts.flatMap { TextLayout.wrap($0.trimmingCharacters(in: .whitespaces), width: size.width) }
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
            frame.put(line, x: x, y: top + i, role: .warning)
        }
    }

    private func renderTopBar(into frame: inout Frame) {
        let width = frame.size.width
        frame.fill(Rect(x: 0, y: 0, width: width, height: 1), role: .tabInactive)
        var x = 1
        for id in PaneID.allCases {
            let role: StyleRole = id == state.currentPane ? .tabActive : .tabInactive
            x += frame.put(" \(id.number) \(l[pane(id).titleKey]) ", x: x, y: 0, role: role)
        }
        let hint = l["shell.menu.hint"]
        let hintX = width - DisplayWidth.of(hint) - 1
        if hintX > x { frame.put(hint, x: hintX, y: 0, role: .menuBar) }
    }

    private func renderStatusLine(into frame: inout Frame, y: Int) {
        let width = frame.size.width
        let isError = state.status?.kind == .error
        let role: StyleRole = isError ? .statusError : .statusBar
        frame.fill(Rect(x: 0, y: y, width: width, height: 1), role: role)
        // While a field has the keyboard, `?` and `:` type themselves: the hint names F1 instead.
        let typing = currentPane.isCapturingText && !state.showsWelcome
        let message = state.status?.text ?? l[typing ? "shell.status.hint_typing" : "shell.status.hint"]
        // Only the first line of a message: the status line is one row.
        let firstLine = message.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        var file = state.databasePath == ":memory:" ? l["shell.status.memory"] : PathText.name(of: state.databasePath)
        let sync = syncStatusText()
        if let sync { file += " · " + sync }
        // With a copy identity the exchange state follows the name and may take half the line.
        let fileWidth = min(DisplayWidth.of(file), sync == nil ? width / 3 : width / 2)
        // The message wins: the file name only shows when both fit.
        let showsFile = DisplayWidth.of(firstLine) + fileWidth + 3 <= width
        if showsFile { frame.put(file, x: width - fileWidth - 1, y: y, role: .statusBar, maxWidth: fileWidth) }
        let room = showsFile ? width - fileWidth - 3 : width - 1
        frame.put(" " + TextLayout.truncate(firstLine, to: max(0, room - 1)), x: 0, y: y, role: role, maxWidth: room)
    }

    /// Key bar items for what is on screen now: the overlay's keys, or the pane's marked
    /// rows followed by the global ones (which always fit; pane items are dropped first).
    func keyBarItems() -> [(keys: String, label: String)] {
        switch state.overlays.last {
        case .help: return [("↑↓", l["shell.keybar.scroll"]), (l["shell.key.pgup"] + "/" + l["shell.key.pgdn"], l["shell.keybar.page"]), (l["shell.key.esc"], l["shell.keybar.close"])]
        case .menu: return [("←→", l["shell.keybar.menus"]), ("↑↓", l["shell.keybar.choose"]), (l["shell.key.enter"], l["shell.keybar.run"]), (l["shell.key.esc"], l["shell.keybar.close"])]
        case .palette: return [("↑↓", l["shell.keybar.choose"]), (l["shell.key.enter"], l["shell.keybar.run"]), (l["shell.key.esc"], l["shell.keybar.close"])]
        case .dialog(let d):
            // A list of choices: Esc is not one of them, so the bar says that it changes nothing.
            if case .options(_, let options, _) = d.request.kind {
                return [("1–\(options.count)", l["shell.keybar.digits"]), (l["shell.key.enter"], l["shell.keybar.accept"]),
                        (l["shell.key.esc"], l["shell.keybar.close_unchanged"])]
            }
            return [(l["shell.key.enter"], l["shell.keybar.accept"]), (l["shell.key.esc"], l["shell.keybar.cancel"])]
        case .progress: return [("", l["shell.keybar.wait"])]
        case nil: break
        }
        let local = state.showsWelcome ? KeyBindings.welcome : currentPane.bindings
        let typing = currentPane.isCapturingText && !state.showsWelcome
        return (local.filter(\.showInKeyBar) + shownGlobals()).map { b in
            // While typing, a letter key would type itself: show the binding's other key (F1 for help).
            let key = typing && b.context == .global ? b.keys.first { if case .char = $0 { return false }; return true } : b.keys.first
            return (key.map { KeyName.of($0, l) } ?? "", l[b.labelKey])
        }
    }

    /// The global keys on the bar: help and the menu always; not while a field has the keyboard
    /// those whose only key is a letter (`q`, `:`): there it types itself.
    private func shownGlobals() -> [KeyBinding] {
        let typing = currentPane.isCapturingText && !state.showsWelcome
        func typesItself(_ b: KeyBinding) -> Bool { b.keys.allSatisfy { if case .char = $0 { return true }; return false } }
        return KeyBindings.global.filter { $0.showInKeyBar && !(typing && typesItself($0)) }
    }

    /// Globals that give way to the pane's own keys on a narrow screen, because another bar
    /// still names them: the top bar always shows F10, and the idle status line `?` and `:`.
    /// Quit (the way out) always stays.
    private var optionalGlobals: Set<ActionID> {
        state.status == nil ? [.palette, .menu, .help] : [.palette, .menu]
    }

    private func renderKeyBar(into frame: inout Frame, y: Int) {
        let width = frame.size.width
        frame.fill(Rect(x: 0, y: y, width: width, height: 1), role: .keyBar)
        var items = keyBarItems()
        func itemWidth(_ i: (keys: String, label: String)) -> Int { DisplayWidth.of(i.keys) + DisplayWidth.of(i.label) + 3 }
        func total() -> Int { items.map(itemWidth).reduce(0, +) }
        if state.overlays.isEmpty {
            let globals = shownGlobals()
            var globalCount = globals.count
            // First the optional globals give way, from the end; then pane items from the end.
            for binding in globals.reversed() where total() > width && optionalGlobals.contains(binding.action) {
                let label = l[binding.labelKey]
                if let i = items.lastIndex(where: { $0.label == label }) { items.remove(at: i); globalCount -= 1 }
            }
            while total() > width, items.count > globalCount, items.count > 1 {
                items.remove(at: items.count - globalCount - 1)
            }
        } else {
            while total() > width, items.count > 1 { items.removeLast() }
        }
        var x = 1
        for item in items {
            if !item.keys.isEmpty { x += frame.put(item.keys, x: x, y: y, role: .keyBarKey) + 1 }
            x += frame.put(item.label, x: x, y: y, role: .keyBar) + 2
        }
    }
}
