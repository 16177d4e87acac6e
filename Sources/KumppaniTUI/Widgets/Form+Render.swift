import Kumppani

extension Form {
    /// One drawn line of the form, before scrolling.
    enum FormLine: Equatable {
        case field(Int)
        /// A multi-line field's further rows (1, 2, ...): part of the field when scrolling.
        case more(Int, Int)
        case error(Int, String)
        case suggestion(Int)
        case option(Int)
    }

    /// Every line in order: each field, its error under it (wrapped to `errorWidth` columns, so a long
    /// message such as the date hint is read whole), and the focused field's suggestions.
    func lines(errorWidth: Int) -> [FormLine] {
        var out: [FormLine] = []
        for i in fields.indices {
            out.append(.field(i))
            if fields[i].rows > 1 { out += (1..<fields[i].rows).map { FormLine.more(i, $0) } }
            if let message = shownErrors[i] {
                let wrapped = errorWidth > 2 ? TextLayout.wrap(message, width: errorWidth - 2) : [message]
                out += wrapped.enumerated().map { FormLine.error(i, ($0.offset == 0 ? "! " : "  ") + $0.element) }
            }
            if i == focus { out += suggestions.indices.map { FormLine.suggestion($0) } }
            if i == focus, checklistCursor != nil { out += fields[i].options.indices.map { FormLine.option($0) } }
        }
        return out
    }

    public func render(into frame: inout Frame, in rect: Rect, focused: Bool) {
        guard rect.width > 0, rect.height > 0 else { return }
        frame.fill(rect, role: .normal)
        var body = rect
        // The bottom line asks the discard question or says why a save was refused.
        let notice: (String, StyleRole)? = isConfirmingDiscard ? (L(language)["widgets.discard_changes"], .warning)
            : saveRefused ? (L(language)["widgets.fix_errors"], .statusError) : nil
        if let (message, role) = notice, rect.height > 1 {
            body = Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height - 1)
            frame.fill(rect.row(rect.height - 1), role: role)
            frame.put(TextLayout.truncate(message, to: rect.width), x: rect.x, y: rect.maxY - 1, role: role, clip: rect)
        }
        // A long label ("Kohderyhmä: Mielenterveyskuntoutujat") may take up to half the width while
        // the inputs keep 30 columns, so it is not cut mid-word where there is room for it.
        let labelWidth = min((fields.map { TextLayout.width($0.label) }.max() ?? 0) + 2,
                             max(1, rect.width / 3, min(rect.width / 2, rect.width - 30)))
        let inputX = body.x + labelWidth
        var inputWidth = max(0, body.width - labelWidth)
        var all = lines(errorWidth: inputWidth)
        // A form taller than its box keeps its last column for the ↑/↓ marks, so no text is covered.
        let scrolls = all.count > body.height && inputWidth > 1 && body.width > 1
        if scrolls { inputWidth -= 1; all = lines(errorWidth: inputWidth) }
        // Keep the focused field and what hangs under it on screen.
        let focusStart = all.firstIndex(of: .field(focus)) ?? 0
        var focusEnd = focusStart + 1
        while focusEnd < all.count, !isField(all[focusEnd]) { focusEnd += 1 }
        var top = max(0, focusEnd - body.height)
        if focusStart < top { top = focusStart }
        // An open checklist taller than the form keeps its highlighted option on screen.
        if let cursor = checklistCursor, let line = all.firstIndex(of: .option(cursor)), line >= top + body.height {
            top = line - body.height + 1
        }

        for (row, line) in all.dropFirst(top).prefix(body.height).enumerated() {
            let y = body.y + row
            switch line {
            case .field(let i):
                let isFocused = focused && i == focus && !isConfirmingDiscard
                let labelRole: StyleRole = shownErrors[i] != nil ? .error : (i == focus ? .title : .label)
                frame.put(Self.fitLabel(fields[i].label, to: labelWidth - 1), x: body.x, y: y, role: labelRole, clip: body)
                // A multi-line field draws all its rows at once, clipped to what is shown of the form.
                let height = min(fields[i].rows, body.maxY - y)
                drawInput(fields[i].input, into: &frame, in: Rect(x: inputX, y: y, width: inputWidth, height: height), focused: isFocused)
            case .more(let i, let row):
                // Drawn with its field; only when the field's first row scrolled off is it drawn from here.
                if row == 1 && y == body.y, fields[i].rows > 1 {
                    let isFocused = focused && i == focus && !isConfirmingDiscard
                    if case .multiline(let editor) = fields[i].input {
                        let height = min(fields[i].rows - row, body.maxY - y)
                        editor.render(into: &frame, in: Rect(x: inputX, y: y, width: inputWidth, height: height), focused: isFocused)
                    }
                }
            case .error(_, let message):
                frame.put(message, x: inputX, y: y, role: .error, maxWidth: inputWidth, clip: body)
            case .suggestion(let s):
                let itemRect = Rect(x: inputX, y: y, width: inputWidth, height: 1)
                frame.fill(itemRect, role: .menuItem)
                frame.put(" " + suggestions[s], x: inputX, y: y, role: .menuItem, clip: itemRect)
                if s == suggestionIndex { frame.paint(itemRect, role: .menuSelected) }
            case .option(let o):
                let itemRect = Rect(x: inputX, y: y, width: inputWidth, height: 1)
                let chosen = fields[focus].value.chosenIndices?.contains(o) ?? false
                frame.fill(itemRect, role: .menuItem)
                frame.put((chosen ? " [x] " : " [ ] ") + fields[focus].options[o], x: inputX, y: y, role: .menuItem, clip: itemRect)
                if o == checklistCursor {
                    frame.paint(itemRect, role: .menuSelected)
                    if focused { frame.cursor = (inputX + 2, y) }
                }
            }
        }
        // Fields scrolled out of the box (an error's lines pushed the last one down): a mark says so.
        if scrolls, body.height > 1 {
            if top > 0 { frame.put("↑", x: body.maxX - 1, y: body.y, role: .dim, clip: body) }
            if top + body.height < all.count { frame.put("↓", x: body.maxX - 1, y: body.maxY - 1, role: .dim, clip: body) }
        }
    }

    /// A label cut to `width`: "Group: measure" keeps its measure whole and shortens the group
    /// ("Mielenterveyskunt…: vap.ehtoistunnit"), since two labels of one group differ only there.
    static func fitLabel(_ label: String, to width: Int) -> String {
        guard TextLayout.width(label) > width, let colon = label.range(of: ": ", options: .backwards) else {
            return TextLayout.truncate(label, to: width)
        }
        let tail = String(label[colon.lowerBound...])
        let room = width - TextLayout.width(tail)
        guard room >= 4 else { return TextLayout.truncate(label, to: width) }
        return TextLayout.truncate(String(label[..<colon.lowerBound]), to: room) + tail
    }

    private func isField(_ line: FormLine) -> Bool {
        if case .field = line { return true }
        return false
    }

    private func drawInput(_ input: FormInput, into frame: inout Frame, in rect: Rect, focused: Bool) {
        let role: StyleRole = focused ? .inputFocused : .input
        switch input {
        case .text(let field):
            field.render(into: &frame, in: rect, focused: focused)
        case .multiline(let editor):
            editor.render(into: &frame, in: rect, focused: focused)
            // The input colour marks the field's rows, as on one-line fields; a dim placeholder stays dim.
            let inputRole: StyleRole = focused ? .inputFocused : .input
            for y in rect.y..<rect.maxY {
                for x in rect.x..<rect.maxX where x < frame.size.width && y < frame.size.height && x >= 0 && y >= 0 && frame[x, y].role == .normal {
                    frame.paint(Rect(x: x, y: y, width: 1, height: 1), role: inputRole)
                }
            }
        case .choice(let options, let selected):
            let name = options.indices.contains(selected) ? options[selected] : ""
            frame.fill(rect, role: role)
            // A long choice (a meeting's § with its title) is cut inside the marks, so › still shows.
            frame.put("‹ " + TextLayout.truncate(name, to: max(1, rect.width - 4)) + " ›", x: rect.x, y: rect.y, role: role, clip: rect)
            if focused { frame.cursor = (rect.x, rect.y) }
        case .checkbox(let on):
            frame.put(on ? "[x]" : "[ ]", x: rect.x, y: rect.y, role: role, clip: rect)
            if focused { frame.cursor = (rect.x + 1, rect.y) }
        case .multiChoice(let options, let chosen, let placeholder):
            frame.fill(rect, role: role)
            let names = chosen.sorted().filter { options.indices.contains($0) }.map { options[$0] }
            if names.isEmpty, let placeholder {
                frame.put(placeholder, x: rect.x, y: rect.y, role: .dim, clip: rect)
            } else {
                frame.put(TextLayout.truncate(names.joined(separator: ", "), to: rect.width), x: rect.x, y: rect.y, role: role, clip: rect)
            }
            if focused && checklistCursor == nil { frame.cursor = (rect.x, rect.y) }
        }
    }
}
