import Kumppani

/// A titled list of lines, some of which lead to an application (Enter opens it):
/// the warnings, disqualification and due views.
struct SideList {
    var title: String
    var lines: [StyledLine]
    /// The application each line leads to, if any.
    var targets: [Int64?]
    var selected = 0

    init(title: String, lines: [(StyledLine, Int64?)]) {
        self.title = title
        self.lines = lines.map(\.0)
        self.targets = lines.map(\.1)
        selected = targets.firstIndex { $0 != nil } ?? 0
    }

    var selectedTarget: Int64? { targets.indices.contains(selected) ? targets[selected] : nil }

    mutating func move(by step: Int) {
        guard !lines.isEmpty else { return }
        selected = min(max(0, selected + step), lines.count - 1)
    }

    func render(into frame: inout Frame, in area: Rect, emptyText: String) {
        guard area.height > 2 else { return }
        frame.put(title, x: area.x + 1, y: area.y, role: .title, maxWidth: area.width - 2)
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
        if lines.isEmpty { frame.put(emptyText, x: body.x + 1, y: body.y, role: .dim, maxWidth: body.width - 2); return }
        // Long lines wrap (a due date or a reason is never cut off); a selected line lights all its rows.
        var rows: [(line: StyledLine, owner: Int)] = []
        for (i, line) in lines.enumerated() { rows += line.wrapped(width: body.width - 2).map { ($0, i) } }
        let firstRow = rows.firstIndex { $0.owner == selected } ?? 0
        let top = ScrollWindow.top(selected: firstRow, count: rows.count, height: body.height)
        for (r, row) in rows.enumerated().dropFirst(top).prefix(body.height) {
            let y = body.y + r - top
            let isSelected = row.owner == selected && targets[row.owner] != nil
            if isSelected { frame.fill(Rect(x: body.x, y: y, width: body.width, height: 1), role: .selection) }
            frame.put(row.line.text, x: body.x + 1 + row.line.indent, y: y, role: isSelected ? .selection : row.line.role,
                      maxWidth: body.width - 2 - row.line.indent)
        }
    }
}

/// Builds the side lists from the domain layer.
enum GrantsSideLists {
    static func warnings(store: Store, round: GrantRound, today: CivilDate, language: Language) throws -> SideList {
        let l = L(language)
        var lines: [(StyledLine, Int64?)] = []
        var lastName = ""
        for w in try ContinuityCheck(store: store).warnings(roundID: round.id, today: today) {
            if w.associationName != lastName {
                lines.append((StyledLine(w.associationName + (w.applicationID == nil ? " — " + l["grants.warnings.no_application"] : ""), .header), w.applicationID))
                lastName = w.associationName
            }
            lines.append((w.kind.isSerious ? StyledLine("! " + w.message(language), .warning, indent: 2)
                                           : StyledLine("· " + w.message(language), .normal, indent: 2), w.applicationID))
        }
        return SideList(title: l["grants.warnings.title", round.name], lines: lines)
    }

    static func conflicts(store: Store, round: GrantRound, today: CivilDate, language: Language) throws -> SideList {
        let l = L(language)
        let body = try round.decidingBodyID.flatMap { try store.database.scalarString("SELECT name FROM bodies WHERE id = ?", $0) }
        var lines: [(StyledLine, Int64?)] = []
        if body == nil { lines.append((StyledLine(l["grants.conflicts.no_body"], .warning), nil)) }
        var lastName = ""
        for c in try DisqualificationCheck(store: store).conflicts(roundID: round.id, on: today, language: language) {
            if c.associationName != lastName {
                lines.append((StyledLine(c.associationName, .header), c.applicationID))
                lastName = c.associationName
            }
            lines.append((StyledLine(l["grants.conflicts.line", c.personName, c.reason], indent: 2), c.applicationID))
        }
        return SideList(title: l["grants.conflicts.title", round.name, body ?? "–"], lines: lines)
    }

    static func due(store: Store, today: CivilDate, language: Language) throws -> SideList {
        let l = L(language)
        let items = try DueList.items(store: store, today: today)
        let lines = items.map { item -> (StyledLine, Int64?) in
            let role: StyleRole
            switch item.kind {
            case .reportOverdue: role = .error
            case .reportDueSoon: role = .warning
            case .notFullyPaid: role = .normal
            }
            return (StyledLine("\(item.associationName) · \(item.roundName): \(item.message(language))", role), item.applicationID)
        }
        return SideList(title: l["grants.due.title", today.formatted(language)], lines: lines)
    }
}

/// The charts view: grants by municipality and by target group, and money against benefits.
/// The charts are drawn whole into a tall frame and shown through a window that scrolls, so
/// nothing is cut off at 80×24.
enum GrantChartsView {
    /// Rows of the scrolled part: two bar charts and the benefits table, with their headings.
    static func contentHeight(_ charts: GrantCharts) -> Int {
        guard !charts.byMunicipality.isEmpty else { return 1 }
        return (charts.byMunicipality.count + 2) + (charts.byTargetGroup.count + 2) + 2 + charts.benefits.count
    }

    /// Rows the title takes above the scrolled part.
    static let titleHeight = 2

    /// The rows of the scrolled window in `area`: the keys that scroll and the drawing use the same.
    static func windowRows(in area: Rect) -> Int {
        area.height > 3 && area.width > 20 ? area.height - titleHeight : 0
    }

    static func render(_ charts: GrantCharts, scroll: Int, into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l
        guard windowRows(in: area) > 0 else { return }
        let body = Rect(x: area.x, y: area.y + titleHeight, width: area.width, height: area.height - titleHeight)
        let content = contentHeight(charts)
        let top = min(max(0, scroll), max(0, content - body.height))
        var keys = l["grants.charts.year_keys"]
        if content > body.height {
            keys += " · " + l["grants.charts.scroll", top + 1, min(content, top + body.height), content]
        }
        let titleWidth = frame.put(l["grants.charts.title", charts.year], x: area.x + 1, y: area.y, role: .title, maxWidth: area.width - 2)
        frame.put("   " + keys, x: area.x + 1 + titleWidth, y: area.y, role: .dim, maxWidth: max(0, area.width - 2 - titleWidth))
        var whole = Frame(size: Size(width: area.width, height: content))
        renderContent(charts, into: &whole, width: area.width, context: context)
        frame.copy(from: whole, sourceY: top, into: body)
    }

    private static func renderContent(_ charts: GrantCharts, into frame: inout Frame, width: Int, context: DrawContext) {
        let l = context.l, lang = context.language
        let glyphs: BarGlyphs = context.boxStyle == .ascii ? .ascii : .unicode
        if charts.byMunicipality.isEmpty {
            frame.put(l["grants.charts.empty"], x: 1, y: 0, role: .dim, maxWidth: width - 2)
            return
        }
        var y = 0
        func chart(_ titleKey: String, _ bars: [GrantCharts.Bar]) {
            frame.put(l[titleKey], x: 1, y: y, role: .header, maxWidth: width - 2)
            BarChart(bars: bars.map { BarChart.Bar(label: $0.label, value: Double($0.cents), valueText: Money(cents: $0.cents).formattedShort(lang)) },
                     glyphs: glyphs).render(into: &frame, in: Rect(x: 1, y: y + 1, width: width - 2, height: bars.count))
            y += bars.count + 2
        }
        chart("grants.charts.by_municipality", charts.byMunicipality)
        chart("grants.charts.by_target_group", charts.byTargetGroup)
        frame.put(l["grants.charts.benefits"], x: 1, y: y, role: .header, maxWidth: width - 2)
        y += 1
        let w = max(10, width - 2 - 3 * 15)
        // Each column keeps a space before it, so long headings never run together.
        func head(_ key: String) -> String { " " + TextLayout.pad(TextLayout.truncate(l[key], to: 14), to: 14, alignment: .right) }
        frame.put(TextLayout.pad(l["grants.charts.col.group"], to: w) + head("grants.charts.col.money")
                  + head("grants.charts.col.people") + head("grants.charts.col.hours"),
                  x: 1, y: y, role: .label, maxWidth: width - 2)
        for b in charts.benefits {
            y += 1
            frame.put(TextLayout.pad(TextLayout.truncate(b.targetGroup, to: w - 1), to: w)
                      + TextLayout.pad(Money(cents: b.grantedCents).formattedShort(lang), to: 15, alignment: .right)
                      + TextLayout.pad(GrantFormat.count(b.peopleReached, lang), to: 15, alignment: .right)
                      + TextLayout.pad(GrantFormat.count(b.volunteerHours, lang), to: 15, alignment: .right), x: 1, y: y, maxWidth: width - 2)
        }
    }
}
