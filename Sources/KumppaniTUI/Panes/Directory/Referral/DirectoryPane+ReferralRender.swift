import Kumppani

extension DirectoryPane {
    func renderReferral(_ state: ReferralState, into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l
        frame.fill(area, role: .normal)
        let inner = context.boxStyle.draw(in: &frame, rect: area, title: l["directory.referral.title"])
        guard inner.height > 6 else { return }
        let formHeight = min(state.form.fields.count, inner.height / 3)
        let (formRect, rest) = inner.splitTop(formHeight)
        state.form.render(into: &frame, in: Rect(x: formRect.x + 1, y: formRect.y, width: formRect.width - 2, height: formRect.height),
                          focused: !state.inResults)
        let hint = state.hint(inResults: state.inResults, language: context.language)
        frame.put(hint.text, x: rest.x + 1, y: rest.y, role: hint.isProblem ? .warning : .dim, maxWidth: rest.width - 2)
        let below = Rect(x: rest.x, y: rest.y + 1, width: rest.width, height: rest.height - 1)
        let cardHeight = state.selected == nil ? 0 : min(9, below.height / 2)
        let (listRect, cardRect) = below.splitTop(below.height - cardHeight)
        var shown = state.list
        shown.setViewport(height: listRect.height)
        ColumnFit.fitted(shown, width: listRect.width).render(into: &frame, in: listRect, focused: state.inResults)
        if let chosen = state.selected, cardRect.height > 1 {
            frame.fill(Rect(x: cardRect.x, y: cardRect.y, width: cardRect.width, height: 1), role: .border, with: context.boxStyle.horizontal)
            for (i, line) in Self.cardPreview(chosen, language: context.language).prefix(cardRect.height - 1).enumerated() {
                frame.put(line, x: cardRect.x + 1, y: cardRect.y + 1 + i, maxWidth: cardRect.width - 2)
            }
        }
    }

    /// The chosen activity under the results: what a referral needs first (when, where, cost, whom to
    /// call), since a small window shows only a few lines and the title is in the list already.
    static func cardPreview(_ r: ReferralResult, language: Language) -> [String] {
        let order = ["directory.card.time", "directory.card.place", "directory.card.cost", "directory.card.contact",
                     "directory.card.association", "directory.card.for", "directory.card.kind", "directory.card.accessibility",
                     "directory.card.website", "directory.card.activity"]
        let fields = ReferralCard.fields(r, language: language)
        return order.compactMap { key in fields.first { $0.key == key }.map { "\($0.label): \($0.value)" } }
    }
}
