import Kumppani

/// One application as scrolling sections, and the screen Esc goes back to: the board it was
/// opened from, or a side list (which in turn knows where it came from).
struct ApplicationScreen {
    var detail: ApplicationDetail
    var lines: [StyledLine]
    var scroll = 0
    var returnTo: GrantsScreen

    /// Reads the application and lays out its lines, scrolled to the top.
    static func load(_ id: Int64, returnTo: GrantsScreen, store: Store, today: CivilDate, language: Language) throws -> ApplicationScreen {
        let (detail, lines) = try read(id, store: store, today: today, language: language)
        return ApplicationScreen(detail: detail, lines: lines, returnTo: returnTo)
    }

    /// Reads the same application again, keeping the scroll where it was (within the new lines).
    mutating func reload(store: Store, today: CivilDate, language: Language) throws {
        (detail, lines) = try Self.read(detail.application.id, store: store, today: today, language: language)
        scroll = min(scroll, max(0, lines.count - 1))
    }

    private static func read(_ id: Int64, store: Store, today: CivilDate, language: Language) throws -> (ApplicationDetail, [StyledLine]) {
        let d = try ApplicationDetail.load(store: store, applicationID: id, today: today, language: language)
        var lines = ApplicationDetailView.lines(d, language)
        // The case's flags right under the heading, before the first section.
        let flags = try GrantsPane.caseLines(d, store: store, language: language)
        lines.insert(contentsOf: flags, at: lines.firstIndex { $0.text.isEmpty } ?? lines.count)
        return (d, lines)
    }

    mutating func move(by step: Int) {
        // Rows as wrapped on a narrow (80-column) screen: the most there can be; drawing keeps the end in view.
        scroll = min(max(0, scroll + step), max(0, lines.wrapped(width: 76).count - 1))
    }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        let rows = lines.wrapped(width: area.width - 2)
        let top = min(scroll, max(0, rows.count - area.height))
        for (row, line) in rows.dropFirst(top).prefix(area.height).enumerated() {
            frame.put(line.text, x: area.x + 1 + line.indent, y: area.y + row, role: line.role, maxWidth: area.width - 2 - line.indent)
        }
    }
}
