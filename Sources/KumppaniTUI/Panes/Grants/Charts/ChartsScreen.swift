import Kumppani

/// The charts of one year, scrolled as a whole, and the screen Esc goes back to.
struct ChartsScreen {
    var charts: GrantCharts
    /// The first row of the charts shown; the keys stop where the last page is full, by the
    /// window the pane's area gives (`GrantChartsView.windowRows`).
    var scroll = 0
    var returnTo: GrantsScreen

    static func load(year: Int, returnTo: GrantsScreen, store: Store, language: Language) throws -> ChartsScreen {
        ChartsScreen(charts: try GrantCharts.build(store: store, year: year, language: language), returnTo: returnTo)
    }

    mutating func move(by step: Int, area: Rect) {
        let last = GrantChartsView.contentHeight(charts) - GrantChartsView.windowRows(in: area)
        scroll = min(max(0, scroll + step), max(0, last))
    }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        GrantChartsView.render(charts, scroll: scroll, into: &frame, in: area, context: context)
    }
}
