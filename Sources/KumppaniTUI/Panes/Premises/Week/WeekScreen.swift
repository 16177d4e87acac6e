import Kumppani

/// Drawing: the room list on the left and the chosen room's week, or the benefit report.
extension PremisesPane {
    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        switch view {
        case .week: renderWeek(into: &frame, in: area, context: context)
        case .benefits: renderBenefits(into: &frame, in: area, context: context)
        case .goals: renderGoals(into: &frame, in: area, context: context)
        }
        bookingForm?.render(into: &frame, in: area, context: context)
        premisesForm?.render(into: &frame, in: area, context: context)
        goalForm?.render(into: &frame, in: area, context: context)
        linkPicker?.dialog.render(into: &frame, in: area, focused: true)
    }

    private func renderWeek(into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l, lang = context.language
        guard !rooms.isEmpty else {
            frame.put(l["premises.ui.empty"] + " " + l["premises.ui.add_hint"], x: area.x + 2, y: area.y + 1, role: .dim, maxWidth: area.width - 4)
            return
        }
        let listWidth = min(26, max(16, area.width / 5))
        frame.put(l["premises.ui.rooms"], x: area.x + 1, y: area.y, role: .header, maxWidth: listWidth - 1)
        for (i, room) in rooms.enumerated() where area.y + 1 + i < area.maxY {
            frame.put((i == selected ? "▸ " : "  ") + room.name, x: area.x + 1, y: area.y + 1 + i,
                      role: i == selected ? .selection : .normal, maxWidth: listWidth - 2)
        }
        guard let room = selectedRoom, let monday else { return }
        let x = area.x + listWidth + 1, width = area.maxX - x - 1
        let sunday = monday.adding(days: 6)
        frame.put(l["premises.ui.week_title", room.name, monday.isoWeek, monday.formatted(lang), sunday.formatted(lang)],
                  x: x, y: area.y, role: .title, maxWidth: width)
        var facts: [String] = []
        if !room.address.isEmpty { facts.append(room.address) }
        if let c = room.capacity { facts.append(l["premises.ui.capacity", c]) }
        facts.append(room.priceCentsPerHour == 0 ? l["premises.ui.free"] : l["premises.ui.price", Money(cents: room.priceCentsPerHour).formattedShort(lang)])
        frame.put(facts.joined(separator: " · "), x: x, y: area.y + 1, role: .dim, maxWidth: width)
        var y = area.y + 3
        func label(_ day: CivilDate) -> String { "\(day.weekday.shortName(lang)) \(day.day).\(day.month)." }
        // The day labels' column is as wide as the widest ("Wed 25.11." is ten; at least nine, so
        // the Finnish columns stay put), then a space and the `▸` column: the marker never
        // touches a label.
        let labelWidth = max(9, (0..<7).map { label(monday.adding(days: $0)).count }.max() ?? 10)
        let marker = x + labelWidth + 1, text = marker + 1
        for offset in 0..<7 where y < area.maxY {
            let day = monday.adding(days: offset)
            let today = day == context.today
            frame.put(label(day), x: x, y: y, role: today ? .highlight : .label, maxWidth: labelWidth)
            let items = week.filter { $0.date == day }
            if items.isEmpty { frame.put("–", x: text, y: y, role: .dim); y += 1 }
            for o in items where y < area.maxY {
                let what = o.booking.title.isEmpty ? o.association : "\(o.association) – \(o.booking.title)"
                let repeats = o.booking.isRecurring ? " ↻" : ""
                // The booking chosen with Tab (for e, x, o) is marked and highlighted; a date left
                // out of a series is dimmed and says so.
                let chosen = selectedOccurrence.map { $0.booking.id == o.booking.id && $0.date == o.date } ?? false
                let times = Self.padded(o.booking.start.formatted(context.language)) + "–\(o.booking.end.formatted(context.language)) "
                let line = times + (o.skipped ? l["premises.ui.skipped_date", what] : what + repeats)
                frame.put(line, x: text, y: y, role: chosen ? .selection : (o.skipped ? .dim : .normal), maxWidth: width - (text - x))
                if chosen { frame.put("▸", x: marker, y: y, role: .selection) }
                y += 1
            }
        }
    }

    private func renderBenefits(into frame: inout Frame, in area: Rect, context: DrawContext) {
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
                frame.put(summary(f, lang), x: x + 7 + barWidth, y: y, maxWidth: width - barWidth - 7)
                y += 1
            }
        }
        let below = report.lines.count - reportTop - drawn
        let legend = l["premises.ui.chart_legend"] + (below > 0 ? "  " + l["premises.ui.more_below", below] : "")
        if y < area.maxY { frame.put(legend, x: x, y: y, role: .dim, maxWidth: width) }
    }

    /// "1 500 € · 8,0 h (200 €) · 40 hlöä · 37,50 €/hlö · selvitykset 1/1", missing reports as missing.
    func summary(_ f: BenefitReport.Figures, _ lang: Language) -> String {
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

    /// 9.30 lines up under 10.00: the start time right-aligned in five columns.
    static func padded(_ time: String) -> String { String(repeating: " ", count: max(0, 5 - time.count)) + time }
}
