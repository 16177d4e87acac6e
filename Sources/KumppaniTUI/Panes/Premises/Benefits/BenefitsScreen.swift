import Kumppani

/// The benefit report: what the county gave (grants paid, premises lent) against what it got,
/// one group (target group or strategy goal) with two years' bars each, scrolled by group.
/// Its year and grouping are the pane's `ReportChoice`, so they survive a visit to the week.
struct BenefitsScreen {
    var report: BenefitReport?
    /// Who serves each goal of a report grouped by goal, read with the report (drawing never asks the store).
    var goalServing: [Int64: GoalServing] = [:]
    /// The first group shown (the report scrolls by group).
    var reportTop = 0

    mutating func load(store: Store, choice: ReportChoice, language: Language) throws {
        guard let year = choice.year else { return }
        report = try BenefitReport.build(store: store, year: year, by: choice.grouping, language: language)
        reportTop = min(reportTop, max(0, (report?.lines.count ?? 1) - 1))
        let strategy = StrategyStore(store: store)
        goalServing = [:]
        for goal in report?.lines.compactMap(\.goalID) ?? [] {
            goalServing[goal] = try strategy.serving(goalID: goal, language: language)
        }
    }

    mutating func scroll(by step: Int) {
        reportTop = min(max(0, (report?.lines.count ?? 1) - 1), max(0, reportTop + step))
    }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l, lang = context.language
        guard let report else { return }
        let x = area.x + 1, width = area.width - 2
        frame.put(report.title(lang), x: x, y: area.y, role: .title, maxWidth: width)
        guard !report.lines.isEmpty else {
            frame.put(l["benefits.empty"], x: x, y: area.y + 2, role: .dim, maxWidth: width)
            return
        }
        // One bar per year, scaled to the largest of the grants paid and premises value.
        let largest = max(1, report.lines.flatMap { [$0.current, $0.previous] }.map { $0.paidCents + $0.premisesValueCents }.max() ?? 1)
        let barWidth = max(4, min(24, width - 52))
        var y = area.y + 2
        let shown = report.lines.dropFirst(reportTop)
        if reportTop > 0 { frame.put(l["premises.ui.more_above", reportTop], x: x, y: area.y + 1, role: .dim, maxWidth: width) }
        var drawn = 0
        for line in shown where y + 3 < area.maxY {
            frame.put(line.label, x: x, y: y, role: .header, maxWidth: width)
            y += 1
            drawn += 1
            if let goal = line.goalID, let serving = goalServing[goal] {
                let groups = serving.targetGroups.isEmpty ? "" : " · " + serving.targetGroups.joined(separator: ", ")
                frame.put(l["premises.ui.serving", serving.associations.count, serving.activities.count, serving.applications] + groups,
                          x: x + 1, y: y, role: .dim, maxWidth: width - 1)
                y += 1
            }
            for (year, f) in [(report.year, line.current), (report.year - 1, line.previous)] where y < area.maxY {
                let grant = Int((Double(f.paidCents) / Double(largest) * Double(barWidth)).rounded())
                let rooms = Int((Double(f.premisesValueCents) / Double(largest) * Double(barWidth)).rounded())
                frame.put(String(year), x: x + 1, y: y, role: .dim)
                frame.put(String(repeating: "█", count: min(barWidth, grant)), x: x + 6, y: y, role: .barFill)
                frame.put(String(repeating: "▒", count: min(barWidth - min(barWidth, grant), rooms)), x: x + 6 + min(barWidth, grant), y: y, role: .barFill)
                frame.put(Self.summary(f, lang), x: x + 7 + barWidth, y: y, maxWidth: width - barWidth - 7)
                y += 1
            }
        }
        let below = report.lines.count - reportTop - drawn
        let legend = l["premises.ui.chart_legend"] + (below > 0 ? "  " + l["premises.ui.more_below", below] : "")
        if y < area.maxY { frame.put(legend, x: x, y: y, role: .dim, maxWidth: width) }
    }

    /// "1 500 € · 8,0 h (200 €) · 40 hlöä · 37,50 €/hlö · selvitykset 1/1", missing reports as missing.
    static func summary(_ f: BenefitReport.Figures, _ lang: Language) -> String {
        let l = L(lang)
        let hours = String(format: "%.1f", f.premisesHours).replacingOccurrences(of: ".", with: lang.usesNordicFormats ? "," : ".")
        var parts = [Money(cents: f.paidCents).formattedShort(lang)]
        if f.premisesMinutes > 0 { parts.append(l["premises.ui.hours", hours, Money(cents: f.premisesValueCents).formattedShort(lang)]) }
        if let people = f.peopleReached { parts.append(l["premises.ui.people", lang.count(people)]) }
        else if f.reportsExpected > 0 { parts.append(l["premises.ui.people_missing"]) }
        if let cost = f.costPerPersonCents { parts.append(l["premises.ui.per_person", Money(cents: cost).formatted(lang)]) }
        if f.reportsExpected > 0 { parts.append(l["premises.ui.reports", f.reportsReceived, f.reportsExpected]) }
        return parts.joined(separator: " · ")
    }
}
