import Kumppani

/// The box a form over a pane is drawn in (pane 4's room, booking and goal forms, pane 3's body settings): the title, the
/// fields, the store's refusal inside the box and the editing hint at the bottom.
enum FormBox {
    static func render(_ form: Form, title: String, problem: String?, into frame: inout Frame, in area: Rect, context: DrawContext) {
        let width = min(area.width, max(60, min(90, area.width - 4)))
        let problemRows = problem.map { StyledLine("! " + $0, .error).wrapped(width: max(8, width - 4)) } ?? []
        let height = min(area.height, form.rowCount + 5 + problemRows.count)
        let outer = area.centered(width: width, height: height)
        frame.fill(outer, role: .dialog)
        let inner = context.boxStyle.draw(in: &frame, rect: outer, title: title)
        let shown = Array(problemRows.prefix(max(0, inner.height - 3)))
        let formRect = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: max(0, inner.height - 1 - shown.count))
        form.render(into: &frame, in: formRect, focused: true)
        for (i, row) in shown.enumerated() {
            frame.put(row.text, x: inner.x + 1 + row.indent, y: formRect.maxY + i, role: .error, maxWidth: inner.width - 2 - row.indent)
        }
        frame.put(context.l["text.form.hint"], x: inner.x + 1, y: inner.maxY - 1, role: .dim, maxWidth: inner.width - 2)
    }
}
