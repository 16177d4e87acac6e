/// Boxes for the shell's overlays, drawn by the widgets' `BoxStyle`.
extension Frame {
    /// Clears `rect` in `role` and draws a border with an optional title on the top edge.
    mutating func drawBox(_ rect: Rect, style: BoxStyle, role: StyleRole = .dialog,
                          title: String? = nil, titleRole: StyleRole = .dialogTitle) {
        guard rect.width >= 2, rect.height >= 2 else { fill(rect, role: role); return }
        style.draw(in: &self, rect: rect, title: title, titleRole: titleRole, fillRole: role)
    }
}
