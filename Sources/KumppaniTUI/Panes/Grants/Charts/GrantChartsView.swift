import Kumppani

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
