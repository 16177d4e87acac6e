import Kumppani

/// The strategy goals: the list on the left; on the right the chosen goal (period,
/// description, indicators), what serves it (associations, activities, target groups,
/// applications, negotiation goals), this year's figures and every link.
struct StrategyGoalsScreen {
    /// The chosen goal's details as the screen shows them, read with the list.
    struct GoalDetail {
        var links: [StrategyStore.LinkCandidate]
        var serving: GoalServing
        var figures: BenefitReport.Line?
        /// The year of `figures` (the report's year chosen on the pane).
        var year: Int
    }

    var goals: [StrategyGoal] = []
    var goalIndex = 0
    /// The goal to choose when the list is first read (the one chosen on the last visit).
    var returningTo: Int64?
    /// The chosen goal's links, what serves it and its figures this year (loaded with the list).
    var goalDetail: GoalDetail?

    var selectedGoal: StrategyGoal? { goals.indices.contains(goalIndex) ? goals[goalIndex] : nil }

    /// Reads the goals again, keeping the chosen one by id, and its details for `year`.
    mutating func load(store: Store, year: Int, language: Language) throws {
        let strategy = StrategyStore(store: store)
        let keep = selectedGoal?.id ?? returningTo
        returningTo = nil
        goals = try strategy.goals()
        goalIndex = keep.flatMap { id in goals.firstIndex { $0.id == id } } ?? min(goalIndex, max(0, goals.count - 1))
        guard let goal = selectedGoal else { goalDetail = nil; return }
        let report = try BenefitReport.build(store: store, year: year, by: .goal, language: language)
        goalDetail = GoalDetail(links: try strategy.links(goalID: goal.id, language: language),
                                serving: try strategy.serving(goalID: goal.id, language: language),
                                figures: report.lines.first { $0.goalID == goal.id }, year: year)
    }

    mutating func move(by step: Int) { goalIndex = min(max(0, goals.count - 1), max(0, goalIndex + step)) }

    mutating func select(goalID: Int64) { goalIndex = goals.firstIndex { $0.id == goalID } ?? goalIndex }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l, lang = context.language
        guard !goals.isEmpty else {
            frame.put(l["strategy.ui.empty"] + " " + l["strategy.ui.add_hint"], x: area.x + 2, y: area.y + 1, role: .dim, maxWidth: area.width - 4)
            return
        }
        let listWidth = min(30, max(16, area.width / 4))
        // The narrow list cuts with … ("Hyvinvointistrategian tavoit…"), so a cut word reads as cut.
        frame.put(TextLayout.truncate(l["strategy.ui.goals"], to: listWidth - 1), x: area.x + 1, y: area.y, role: .header, maxWidth: listWidth - 1)
        for (i, goal) in goals.enumerated() where area.y + 1 + i < area.maxY {
            frame.put(TextLayout.truncate((i == goalIndex ? "▸ " : "  ") + "\(goal.code) \(goal.title(in: lang))", to: listWidth - 2),
                      x: area.x + 1, y: area.y + 1 + i, role: i == goalIndex ? .selection : .normal, maxWidth: listWidth - 2)
        }
        guard let goal = selectedGoal else { return }
        let x = area.x + listWidth + 1, width = max(8, area.maxX - x - 1)
        var lines: [StyledLine] = [StyledLine("\(goal.code) \(goal.title(in: lang))", .title)]
        let period = [goal.periodFrom, goal.periodTo].map { $0.map(String.init) ?? "" }
        if goal.periodFrom != nil || goal.periodTo != nil { lines.append(StyledLine(l["strategy.ui.period", period[0], period[1]], .dim)) }
        if !goal.description(in: lang).isEmpty { lines.append(StyledLine(goal.description(in: lang))) }
        if !goal.indicators.isEmpty {
            lines.append(StyledLine(l["strategy.ui.indicators"], .header))
            lines += goal.indicators.split(separator: "\n").map { StyledLine("• " + $0, indent: 1) }
        }
        if let detail = goalDetail {
            let s = detail.serving
            // Long lists are cut to their first few, so the links and figures stay on the screen.
            func few(_ names: [String], _ count: Int = 8) -> String {
                names.prefix(count).joined(separator: ", ") + (names.count > count ? " " + l["strategy.ui.more", names.count - count] : "")
            }
            lines.append(StyledLine(l["strategy.ui.serving"], .header))
            lines.append(StyledLine(l["premises.ui.serving", s.associations.count, s.activities.count, s.applications]
                                    + " · " + l["strategy.ui.negotiation_goals", s.negotiationGoals], indent: 1))
            if !s.targetGroups.isEmpty { lines.append(StyledLine(l["strategy.ui.target_groups", s.targetGroups.joined(separator: ", ")], indent: 1)) }
            if !s.associations.isEmpty { lines.append(StyledLine(l["strategy.ui.associations", few(s.associations, 5)], indent: 1)) }
            if let figures = detail.figures {
                lines.append(StyledLine(l["strategy.ui.figures", detail.year], .header))
                lines.append(StyledLine(BenefitsScreen.summary(figures.current, lang), indent: 1))
            }
            lines.append(StyledLine(l["strategy.ui.links", detail.links.count], .header))
            if detail.links.isEmpty { lines.append(StyledLine(l["strategy.ui.link_hint"], .dim, indent: 1)) }
            lines += detail.links.prefix(8).map { StyledLine(GoalLinkPicker.kindLabel($0.kind, l) + ": " + $0.label, indent: 1) }
            if detail.links.count > 8 { lines.append(StyledLine(l["strategy.ui.more", detail.links.count - 8] + " " + l["strategy.ui.unlink_hint"], .dim, indent: 1)) }
        }
        let rows = lines.flatMap { $0.wrapped(width: width) }
        let room = area.height
        for (i, row) in rows.prefix(room).enumerated() {
            let last = i == room - 1 && rows.count > room
            frame.put(last ? l["premises.ui.more_below", rows.count - room + 1] : row.text, x: x + row.indent, y: area.y + i,
                      role: last ? .dim : row.role, maxWidth: width - row.indent)
        }
    }
}
