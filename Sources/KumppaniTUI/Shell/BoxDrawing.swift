/// Boxes and wrapped text for the shell's overlays.
extension Frame {
    /// Clears `rect` in `role` and draws a border with an optional title on the top edge.
    mutating func drawBox(_ rect: Rect, style: BoxStyle, role: StyleRole = .dialog,
                          title: String? = nil, titleRole: StyleRole = .dialogTitle) {
        guard rect.width >= 2, rect.height >= 2 else { fill(rect, role: role); return }
        fill(rect, role: role)
        let (h, v, tl, tr, bl, br): (String, String, String, String, String, String) =
            style == .unicode ? ("─", "│", "┌", "┐", "└", "┘") : ("-", "|", "+", "+", "+", "+")
        let inner = rect.width - 2
        put(tl + String(repeating: h, count: inner) + tr, x: rect.x, y: rect.y, role: .border)
        put(bl + String(repeating: h, count: inner) + br, x: rect.x, y: rect.maxY - 1, role: .border)
        for yy in (rect.y + 1)..<(rect.maxY - 1) {
            put(v, x: rect.x, y: yy, role: .border)
            put(v, x: rect.maxX - 1, y: yy, role: .border)
        }
        if let title, inner > 4 {
            put(" \(title) ", x: rect.x + 2, y: rect.y, role: titleRole, maxWidth: inner - 2)
        }
    }
}

enum TextWrap {
    /// Splits text into lines of at most `width` columns at spaces; over-long words are cut.
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                while DisplayWidth.of(word) > width {
                    if !line.isEmpty { out.append(line); line = "" }
                    var head = ""
                    while let c = word.first, DisplayWidth.of(head) + DisplayWidth.of(c) <= width {
                        head.append(c); word.removeFirst()
                    }
                    if head.isEmpty { break }
                    out.append(head)
                }
                if line.isEmpty { line = word }
                else if DisplayWidth.of(line) + 1 + DisplayWidth.of(word) <= width { line += " " + word }
                else { out.append(line); line = word }
            }
            out.append(line)
        }
        return out
    }
}
