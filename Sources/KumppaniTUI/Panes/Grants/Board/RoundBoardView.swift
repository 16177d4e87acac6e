import Kumppani

/// The round board: the budget bar, counts and sums per stage, and the applications grouped by stage.
enum RoundBoardView {
    /// The applications in board order (the order of the rows the cursor moves over).
    static func items(_ board: RoundBoard) -> [ApplicationSummary] { board.columns.flatMap(\.applications) }

    static func render(_ board: RoundBoard, selected: Int, flags: [Int64: Int] = [:], into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l, lang = context.language
        let m = { (c: Int64) in Money(cents: c).formatted(lang) }
        var y = area.y
        let x = area.x + 1, width = area.width - 2
        guard width > 10, area.height > 4 else { return }
        let r = board.round
        let titleWidth = frame.put("\(r.name) (\(r.year))", x: x, y: y, role: .title, maxWidth: width)
        if let closes = r.closesOn {
            frame.put("  " + l["grants.board.closes", closes.formatted(lang)], x: x + titleWidth, y: y, role: .dim,
                      maxWidth: max(0, width - titleWidth))
        }
        y += 1
        let b = board.budget
        // Each figure starts with its glyph in the bar below: the figures are the bar's legend.
        let g = BudgetGlyphs(ascii: context.boxStyle == .ascii)
        let figures = [l["grants.board.appropriation", m(b.appropriationCents)], "\(g.granted) " + l["grants.board.granted", m(b.grantedCents)],
                       "\(g.proposed) " + l["grants.board.proposed", m(b.proposedCents)], "\(g.paid) " + l["grants.board.paid", m(b.paidCents)],
                       b.overCommitCents > 0 ? "\(g.granted) " + l["grants.board.over", m(b.overCommitCents)] : "\(g.free) " + l["grants.board.free", m(b.freeCents)]]
        y = putWrapped(figures, x: x, y: y, width: width, maxY: area.maxY, into: &frame, overLast: b.overCommitCents > 0)
        drawBudgetBar(b, x: x, y: y, width: width, ascii: context.boxStyle == .ascii, l: l, into: &frame)
        y += 2
        // Counts and sums per stage, on as many lines as the width needs.
        var stageTexts = board.columns.filter { $0.count > 0 || GrantStage.mainLine.contains($0.stage) }.map {
            "\($0.stage.label(lang)) \($0.count)" + ($0.count > 0 ? " · \(Money(cents: $0.sumCents).formattedShort(lang))" : "")
        }
        if flags.values.contains(where: { $0 > 0 }) { stageTexts.append(l["grants.board.flag_legend"]) }
        y = putWrapped(stageTexts, x: x, y: y, width: width, maxY: area.maxY, into: &frame, role: .dim)
        y += 1
        let list = Rect(x: area.x, y: y, width: area.width, height: max(0, area.maxY - y))
        renderList(board, selected: selected, flags: flags, into: &frame, in: list, context: context)
    }

    /// Granted █, proposed ▒, free ░ over the appropriation; what goes beyond it in the warning colour.
    static func drawBudgetBar(_ b: Budget, x: Int, y: Int, width: Int, ascii: Bool, l: L, into frame: inout Frame) {
        let scale = max(b.appropriationCents, b.committedCents, 1)
        func cells(_ c: Int64) -> Int { max(0, Int((Double(max(0, c)) / Double(scale) * Double(width)).rounded())) }
        let granted = min(cells(min(b.grantedCents, b.appropriationCents)), width)
        let committed = min(cells(min(b.committedCents, b.appropriationCents)), width)
        let limit = min(cells(b.appropriationCents), width)
        let paid = min(cells(b.paidCents), width)
        let g = BudgetGlyphs(ascii: ascii)
        let full = g.granted, half = g.proposed, empty = g.free
        frame.put(String(repeating: full, count: granted), x: x, y: y, role: .barFill)
        frame.put(String(repeating: half, count: max(0, committed - granted)), x: x + granted, y: y, role: .barFill)
        frame.put(String(repeating: empty, count: max(0, limit - committed)), x: x + committed, y: y, role: .barEmpty)
        if b.overCommitCents > 0 {
            frame.put(String(repeating: full, count: max(1, width - limit)), x: x + limit, y: y, role: .barOver, maxWidth: width - limit)
        }
        // The paid share as a thin line under the bar.
        frame.put(String(repeating: g.paid, count: paid), x: x, y: y + 1, role: .success)
        _ = l
    }

    /// `flags`: how many warnings or disqualifications each application has; those rows start with `!`.
    static func renderList(_ board: RoundBoard, selected: Int, flags: [Int64: Int], into frame: inout Frame, in rect: Rect, context: DrawContext) {
        let l = context.l, lang = context.language
        guard rect.height > 0 else { return }
        let items = self.items(board)
        if items.isEmpty {
            frame.put(l["grants.board.empty"], x: rect.x + 1, y: rect.y, role: .dim, maxWidth: rect.width - 2)
            return
        }
        // Lines: a header per non-empty stage, then its applications.
        var lines: [(text: String, role: StyleRole, item: Int?)] = []
        var index = 0
        let amountWidth = 14
        let nameWidth = max(10, rect.width - 3 * (amountWidth + 1) - 3)
        for column in board.columns where column.count > 0 {
            lines.append(("\(column.stage.label(lang)) (\(column.count))", .header, nil))
            for a in column.applications {
                let amount = a.grantedCents ?? a.proposedCents
                let flagged = (flags[a.id] ?? 0) > 0
                let text = (flagged ? "!" : " ") + TextLayout.pad(TextLayout.truncate(a.associationName, to: nameWidth), to: nameWidth) + " "
                    + TextLayout.pad(Money(cents: a.requestedCents).formatted(lang), to: amountWidth, alignment: .right) + " "
                    + TextLayout.pad(amount.map { Money(cents: $0).formatted(lang) } ?? "–", to: amountWidth, alignment: .right) + " "
                    + TextLayout.pad(a.paidCents > 0 ? Money(cents: a.paidCents).formatted(lang) : "", to: amountWidth, alignment: .right)
                lines.append((text, flagged ? .warning : .normal, index))
                index += 1
            }
        }
        let header = " " + TextLayout.pad(l["grants.col.applicant"], to: nameWidth) + " "
            + TextLayout.pad(l["grants.col.requested"], to: amountWidth, alignment: .right) + " "
            + TextLayout.pad(l["grants.col.amount"], to: amountWidth, alignment: .right) + " "
            + TextLayout.pad(l["grants.col.paid"], to: amountWidth, alignment: .right)
        frame.put(header, x: rect.x, y: rect.y, role: .label, maxWidth: rect.width)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        let selectedLine = lines.firstIndex { $0.item == selected } ?? 0
        let top = ScrollWindow.top(selected: selectedLine, count: lines.count, height: body.height, leadingContext: 1)
        for (row, line) in lines.dropFirst(top).prefix(body.height).enumerated() {
            let y = body.y + row
            let isSelected = line.item == selected
            if isSelected { frame.fill(Rect(x: body.x, y: y, width: body.width, height: 1), role: .selection) }
            frame.put(line.text, x: body.x, y: y, role: isSelected ? .selection : line.role, maxWidth: body.width)
        }
    }

    /// Puts short texts side by side, wrapping to new lines; returns the next free y.
    static func putWrapped(_ texts: [String], x: Int, y: Int, width: Int, maxY: Int, into frame: inout Frame,
                           role: StyleRole = .normal, overLast: Bool = false) -> Int {
        var cx = x, cy = y
        for (i, t) in texts.enumerated() {
            let w = TextLayout.width(t)
            if cx > x && cx + w > x + width { cx = x; cy += 1 }
            guard cy < maxY else { break }
            let r: StyleRole = overLast && i == texts.count - 1 ? .barOver : role
            frame.put(t, x: cx, y: cy, role: r, maxWidth: x + width - cx)
            cx += w + 3
        }
        return cy + 1
    }
}

/// The budget bar's glyphs, also shown before the figures they stand for.
struct BudgetGlyphs {
    let granted: Character, proposed: Character, free: Character, paid: Character
    init(ascii: Bool) {
        granted = ascii ? "#" : "█"; proposed = ascii ? "=" : "▒"; free = ascii ? "-" : "░"; paid = ascii ? "^" : "▔"
    }
}

/// Which row a scrolling list starts from so the selected one stays visible (kept near the middle).
enum ScrollWindow {
    static func top(selected: Int, count: Int, height: Int, leadingContext: Int = 0) -> Int {
        guard height > 0, count > height else { return 0 }
        return max(0, min(selected - max(leadingContext, height / 2), count - height))
    }
}
