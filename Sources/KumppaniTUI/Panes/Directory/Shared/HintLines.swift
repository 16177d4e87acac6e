/// A key hint ("↑↓ field · ←→ choose · Enter merge · Esc back") on as many lines as it needs
/// in a narrow window, broken only between its " · " parts so no key is parted from its word.
enum HintLines {
    static let separator = " · "

    static func pack(_ hint: String, width: Int) -> [String] {
        guard width > 0, TextLayout.width(hint) > width else { return [hint] }
        var lines: [String] = []
        var line = ""
        for part in hint.components(separatedBy: separator) {
            let joined = line.isEmpty ? part : line + separator + part
            if TextLayout.width(joined) <= width { line = joined; continue }
            if !line.isEmpty { lines.append(line) }
            // A part wider than the line alone is wrapped at spaces.
            let wrapped = TextLayout.wrap(part, width: width)
            lines.append(contentsOf: wrapped.dropLast())
            line = wrapped.last ?? ""
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Draws the packed lines as the last lines of `rect` (dim).
    static func draw(_ lines: [String], into frame: inout Frame, in rect: Rect) {
        for (i, line) in lines.enumerated() {
            frame.put(line, x: rect.x, y: rect.maxY - lines.count + i, role: .dim, maxWidth: rect.width)
        }
    }
}
