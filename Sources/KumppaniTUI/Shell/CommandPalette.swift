import Foundation
import Kumppani

/// One command the palette offers: a row of the key table with where it runs.
struct PaletteCommand {
    var binding: KeyBinding
    var target: DialogTarget
    /// The localised label as listed (pane actions of other panes get the pane's name first).
    var label: String
    /// The English command name (`backup`, `directory.new`).
    var name: String { binding.action.rawValue }
}

/// The command palette (`:`): a query line, the matching commands, Enter runs the selected
/// one. Text after the first space is passed to the command (`:import ~/yhdistykset.csv`).
struct PaletteState: Equatable, Sendable {
    var query = TextField()
    var selected = 0

    /// The part before the first space is matched; the rest is the argument.
    var pattern: String { String(query.text.prefix { $0 != " " }) }
    var argument: String? {
        guard let space = query.text.firstIndex(of: " ") else { return nil }
        let rest = query.text[query.text.index(after: space)...].trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? nil : rest
    }

    /// The commands that match, best first; ties keep the table's order.
    func matches(_ commands: [PaletteCommand]) -> [PaletteCommand] {
        let p = pattern.lowercased()
        let scored = commands.enumerated().compactMap { (i, c) -> (Int, Int, PaletteCommand)? in
            let scores = [FuzzyMatch.score(c.name.lowercased(), query: p), FuzzyMatch.score(c.label.lowercased(), query: p)].compactMap { $0 }
            guard let best = scores.min() else { return nil }
            // The exact name first: `:directory.clear` as the help lists it runs that, never `directory.clear-marks`.
            return (c.name.lowercased() == p ? -1 : best, i, c)
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { $0.2 }
    }

    enum Outcome { case stay, close, run(PaletteCommand, argument: String?) }

    mutating func handle(_ event: Event, commands: [PaletteCommand]) -> Outcome {
        switch event {
        case .paste: _ = query.handle(event); selected = 0
        case .key(let key):
            let found = matches(commands)
            switch key {
            case .escape: return .close
            case .enter:
                guard found.indices.contains(selected) else { return .stay }
                return .run(found[selected], argument: argument)
            case .up: selected = max(0, selected - 1)
            case .down: selected = min(max(0, found.count - 1), selected + 1)
            case .backspace where query.text.isEmpty: return .close
            default:
                if query.handle(event) == .changed { selected = 0 }
            }
        default: break
        }
        return .stay
    }

    func render(into frame: inout Frame, area: Rect, commands: [PaletteCommand], l: L, box: BoxStyle) {
        let width = min(70, area.width - 4)
        let found = matches(commands)
        let rows = max(1, min(12, area.height - 6))
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + 1, width: width, height: rows + 4)
        frame.drawBox(rect, style: box, title: l["shell.palette.title"])
        let inner = rect.inset(by: 1)
        frame.put(":", x: inner.x + 1, y: inner.y, role: .label)
        let inputY = inner.y
        if found.isEmpty {
            frame.put(l["shell.palette.none"], x: inner.x + 1, y: inner.y + 2, role: .dim, clip: inner)
        }
        let top = max(0, selected - rows + 1)
        for row in 0..<rows where top + row < found.count {
            let i = top + row
            let c = found[i]
            let y = inner.y + 2 + row
            let role: StyleRole = i == selected ? .menuSelected : .dialog
            frame.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: role)
            let keys = c.binding.keys.isEmpty ? "" : KeyName.of(c.binding.keys, l)
            let keyWidth = DisplayWidth.of(keys)
            let nameWidth = DisplayWidth.of(c.name)
            frame.put(" " + c.label, x: inner.x, y: y, role: role, maxWidth: inner.width - keyWidth - nameWidth - 4, clip: inner)
            frame.put(c.name, x: inner.maxX - keyWidth - nameWidth - 3, y: y, role: i == selected ? role : .dim, clip: inner)
            frame.put(keys, x: inner.maxX - keyWidth - 1, y: y, role: i == selected ? role : .keyBarKey, clip: inner)
        }
        // Drawn last so the terminal cursor ends up in the query line.
        query.render(into: &frame, in: Rect(x: inner.x + 2, y: inputY, width: inner.width - 3, height: 1), focused: true)
    }
}
