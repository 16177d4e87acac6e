import Kumppani

/// A titled group of bindings in the help overlay.
struct HelpGroup {
    var title: String
    var bindings: [KeyBinding]
}

/// The help overlay (`?`/`F1`): every binding of the global context and the current pane,
/// generated from the key table. Keyless bindings show their palette command (`:backup`).
struct HelpState: Equatable, Sendable {
    var offset = 0

    enum Outcome { case stay, close }

    /// `lineCount` and `page` come from the last render so scrolling stops at the end.
    mutating func handle(_ key: Key, lineCount: Int, page: Int) -> Outcome {
        let maxOffset = max(0, lineCount - page)
        switch key {
        case .escape, .char("?"), .function(1), .char("q"), .enter: return .close
        case .up, .char("k"): offset -= 1
        case .down, .char("j"): offset += 1
        case .pageUp: offset -= max(1, page - 1)
        case .pageDown, .char(" "): offset += max(1, page - 1)
        case .home: offset = 0
        case .end: offset = maxOffset
        default: break
        }
        offset = min(max(0, offset), maxOffset)
        return .stay
    }

    /// The help text as lines with roles. With a `width` (the columns the box has for text), a label
    /// too long for the rest of the line wraps under its own column instead of being cut at the box.
    static func lines(_ groups: [HelpGroup], l: L, width: Int? = nil) -> [(text: String, role: StyleRole)] {
        var out: [(String, StyleRole)] = []
        func keys(_ b: KeyBinding) -> String { b.keys.isEmpty ? ":" + b.action.rawValue : KeyName.of(b.keys, l) }
        // The key column fits the longest key, within reason; a longer one gets a line of its own.
        let longest = groups.flatMap(\.bindings).map { DisplayWidth.of(keys($0)) }.max() ?? 0
        let keyWidth = min(max(longest, 12), 20) + 2
        let indent = "  " + String(repeating: " ", count: keyWidth)
        func labelLines(_ label: String) -> [String] {
            guard let width, width - indent.count >= 10 else { return [label] }
            return TextLayout.wrap(label, width: width - indent.count)
        }
        for group in groups where !group.bindings.isEmpty {
            if !out.isEmpty { out.append(("", .dialog)) }
            out.append((group.title, .header))
            for b in group.bindings {
                let k = keys(b)
                let width = DisplayWidth.of(k)
                var label = labelLines(l[b.labelKey])
                if width >= keyWidth {
                    out.append(("  " + k, .dialog))
                } else {
                    out.append(("  " + k + String(repeating: " ", count: keyWidth - width) + label.removeFirst(), .dialog))
                }
                for rest in label { out.append((indent + rest, .dialog)) }
            }
        }
        return out
    }

    /// The visible area for the lines inside the overlay box.
    static func box(in area: Rect) -> Rect {
        area.centered(width: min(90, area.width - 4), height: area.height - 2)
    }

    static func page(in area: Rect) -> Int { max(1, box(in: area).height - 3) }

    /// The columns a help line may use: the box's inside less the one-column margin.
    static func textWidth(in area: Rect) -> Int { max(1, box(in: area).width - 3) }

    func render(into frame: inout Frame, area: Rect, groups: [HelpGroup], l: L, box style: BoxStyle) {
        let rect = HelpState.box(in: area)
        frame.drawBox(rect, style: style, title: l["shell.help.title"])
        let inner = rect.inset(by: 1)
        let all = HelpState.lines(groups, l: l, width: HelpState.textWidth(in: area))
        let page = HelpState.page(in: area)
        for row in 0..<page where offset + row < all.count {
            let line = all[offset + row]
            frame.put(line.text, x: inner.x + 1, y: inner.y + row, role: line.role, clip: inner)
        }
        let more = all.count > page ? l["shell.help.scroll", offset + 1, min(all.count, offset + page), all.count] : ""
        frame.put(l["shell.help.footer"] + (more.isEmpty ? "" : "   " + more), x: inner.x + 1,
                  y: inner.maxY - 1, role: .dim, clip: inner)
    }
}
