import Kumppani

/// The list of grant rounds with their money at a glance.
enum RoundsView {
    static func render(_ rounds: [GrantRound], boards: [Int64: RoundBoard], typeLabels: [String: String], selected: Int,
                       into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l, lang = context.language
        guard area.height > 2, area.width > 10 else { return }
        frame.put(l["grants.rounds.title"], x: area.x + 1, y: area.y, role: .title, maxWidth: area.width - 2)
        if rounds.isEmpty {
            frame.put(l["grants.rounds.empty"], x: area.x + 1, y: area.y + 2, role: .dim, maxWidth: area.width - 2)
            return
        }
        let amount = 15, count = 6, year = 5
        let typeWidth = area.width >= 110 ? 22 : 0
        let nameWidth = max(8, area.width - 2 - year - typeWidth - 2 * (amount + 1) - (count + 1) - (typeWidth > 0 ? 1 : 0) - 2)
        func row(_ cols: [(String, Int, TextAlignment)]) -> String {
            " " + cols.filter { $0.1 > 0 }.map { TextLayout.pad(TextLayout.truncate($0.0, to: $0.1), to: $0.1, alignment: $0.2) }.joined(separator: " ")
        }
        frame.put(row([(l["grants.col.round"], nameWidth, .left), (l["grants.col.year"], year, .left), (l["grants.col.type"], typeWidth, .left),
                       (l["grants.col.appropriation"], amount, .right), (l["grants.col.committed"], amount, .right),
                       (l["grants.col.count"], count, .right)]), x: area.x, y: area.y + 2, role: .label, maxWidth: area.width)
        let body = Rect(x: area.x, y: area.y + 3, width: area.width, height: area.height - 3)
        let top = ScrollWindow.top(selected: selected, count: rounds.count, height: body.height)
        for (i, r) in rounds.enumerated().dropFirst(top).prefix(body.height) {
            let y = body.y + i - top
            let budget = boards[r.id]?.budget
            let over = (budget?.overCommitCents ?? 0) > 0
            let text = row([(r.name, nameWidth, .left), (String(r.year), year, .left), (typeLabels[r.grantTypeCode] ?? r.grantTypeCode, typeWidth, .left),
                            (Money(cents: r.appropriationCents).formatted(lang), amount, .right),
                            (Money(cents: budget?.committedCents ?? 0).formatted(lang), amount, .right),
                            (String(boards[r.id].map { RoundBoardView.items($0).count } ?? 0), count, .right)])
            let role: StyleRole = i == selected ? .selection : (over ? .barOver : .normal)
            if i == selected { frame.fill(Rect(x: body.x, y: y, width: body.width, height: 1), role: .selection) }
            frame.put(text, x: body.x, y: y, role: role, maxWidth: body.width)
        }
    }
}
