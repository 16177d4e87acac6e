import Kumppani

/// Pane 2: the grant pipeline. Rounds → a round's board → an application, with side views for
/// warnings, disqualification, due dates and charts. Every change goes straight to the store;
/// every refusal is shown in the status line in the words of `GrantProblem`.
public struct GrantsPane: Pane {
    public let id = PaneID.grants
    public var titleKey: String { "shell.pane.grants" }
    public var bindings: [KeyBinding] { GrantsBindings.forScreen(screen) }
    public var isCapturingText: Bool { editor != nil || picker != nil }
    public var hasUnsavedWork: Bool { editor?.form.isChanged ?? false }

    enum Screen: Equatable { case rounds, board, application, side, charts }

    var screen: Screen = .rounds
    /// Where Esc goes from a side view or the charts.
    var returnTo: Screen = .rounds
    /// Where Esc goes from the application view (the board or the side list it was opened from).
    var detailReturn: Screen = .board
    var rounds: [GrantRound] = []
    var boards: [Int64: RoundBoard] = [:]
    var typeLabels: [String: String] = [:]
    var roundRow = 0
    /// Serious warnings and disqualifications per application of the selected round (the board's `!`).
    var flags: [Int64: Int] = [:]
    var boardRow = 0
    var detail: ApplicationDetail?
    var detailLines: [StyledLine] = []
    var detailScroll = 0
    var side: SideList?
    var charts: GrantCharts?
    /// The first row of the charts shown (they scroll as a whole); the keys stop where the
    /// last page is full, by the window the pane's area gives (`GrantChartsView.windowRows`).
    var chartsScroll = 0
    var editor: GrantEditor?
    var picker: ApplicantPicker?

    public init() {}

    var selectedRound: GrantRound? { rounds.indices.contains(roundRow) ? rounds[roundRow] : nil }
    var board: RoundBoard? { selectedRound.flatMap { boards[$0.id] } }
    var boardItems: [ApplicationSummary] { board.map(RoundBoardView.items) ?? [] }

    /// The application the pipeline keys act on: the open one, else the one selected on the board.
    var currentApplicationID: Int64? {
        switch screen {
        case .application: return detail?.application.id
        case .board: return boardItems.indices.contains(boardRow) ? boardItems[boardRow].id : nil
        case .side: return side?.selectedTarget
        default: return nil
        }
    }

    public mutating func activate(context: inout PaneContext) { reload(context: &context) }

    /// Reads everything shown again, keeping the selection where it was.
    mutating func reload(context: inout PaneContext) {
        do {
            let grants = GrantStore(store: context.store)
            let keepRound = selectedRound?.id
            rounds = try grants.rounds()
            boards = [:]
            for r in rounds { boards[r.id] = try grants.board(roundID: r.id) }
            typeLabels = Dictionary(try grants.categories("grant_type", language: context.language).map { ($0.code, $0.label) },
                                    uniquingKeysWith: { a, _ in a })
            if let keepRound, let i = rounds.firstIndex(where: { $0.id == keepRound }) { roundRow = i }
            roundRow = min(roundRow, max(0, rounds.count - 1))
            boardRow = min(boardRow, max(0, boardItems.count - 1))
            try computeFlags(context: context)
            if let id = detail?.application.id { try loadDetail(id, context: context) }
        } catch {
            context.post(GrantsPane.message(error, context.language), kind: .error)
        }
    }

    mutating func loadDetail(_ id: Int64, context: PaneContext) throws {
        let d = try ApplicationDetail.load(store: context.store, applicationID: id, today: context.today, language: context.language)
        detail = d
        detailLines = ApplicationDetailView.lines(d, context.language)
        // The case's flags right under the heading, before the first section.
        let flags = try Self.caseLines(d, store: context.store, language: context.language)
        detailLines.insert(contentsOf: flags, at: detailLines.firstIndex { $0.text.isEmpty } ?? detailLines.count)
        detailScroll = min(detailScroll, max(0, detailLines.count - 1))
    }

    /// Counts the serious problems on each application of the selected round (the board's `!`):
    /// late or missing reports, dissolved or dormant applicants, members who must step aside.
    mutating func computeFlags(context: PaneContext) throws {
        flags = [:]
        guard let round = selectedRound else { return }
        for w in try ContinuityCheck(store: context.store).warnings(roundID: round.id, today: context.today) where w.kind.isSerious {
            if let id = w.applicationID { flags[id, default: 0] += 1 }
        }
        for c in try DisqualificationCheck(store: context.store).conflicts(roundID: round.id, on: context.today) {
            flags[c.applicationID, default: 0] += 1
        }
    }

    static func message(_ error: Error, _ language: Language) -> String {
        if let p = error as? GrantProblem { return p.message(language) }
        if let e = error as? DatabaseError { return GrantProblem.storage(e.message).message(language) }
        return "\(error)"
    }

    // MARK: Keys

    public mutating func handle(_ event: Event, context: inout PaneContext) -> PaneResult {
        if picker != nil { return handlePicker(event, context: &context) }
        if editor != nil { return handleEditor(event, context: &context) }
        guard case .key(let key) = event else { return .ignored }
        switch key {
        case .up: move(by: -1, area: context.area); return .handled
        case .down: move(by: 1, area: context.area); return .handled
        case .pageUp: move(by: -10, area: context.area); return .handled
        case .pageDown: move(by: 10, area: context.area); return .handled
        case .home: move(by: -1_000_000, area: context.area); return .handled
        case .end: move(by: 1_000_000, area: context.area); return .handled
        default: break
        }
        if key == .escape && screen == .rounds { return .ignored }
        guard let binding = bindings.first(where: { $0.matches(key) }) else { return .ignored }
        return perform(binding.action, argument: nil, context: &context)
    }

    mutating func move(by step: Int, area: Rect) {
        func clamp(_ v: Int, _ count: Int) -> Int { min(max(0, v), max(0, count - 1)) }
        switch screen {
        case .rounds: roundRow = clamp(roundRow + step, rounds.count); boardRow = 0
        case .board: boardRow = clamp(boardRow + step, boardItems.count)
        // Rows as wrapped on a narrow (80-column) screen: the most there can be; drawing keeps the end in view.
        case .application: detailScroll = clamp(detailScroll + step, detailLines.wrapped(width: 76).count)
        case .side: side?.move(by: step)
        case .charts:
            let content = charts.map(GrantChartsView.contentHeight) ?? 0
            chartsScroll = clamp(chartsScroll + step, content - GrantChartsView.windowRows(in: area) + 1)
        }
    }

    // MARK: Drawing

    public func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        switch screen {
        case .rounds:
            RoundsView.render(rounds, boards: boards, typeLabels: typeLabels, selected: roundRow, into: &frame, in: area, context: context)
        case .board:
            if let board { RoundBoardView.render(board, selected: boardRow, flags: flags, into: &frame, in: area, context: context) }
        case .application:
            renderDetail(into: &frame, in: area)
        case .side:
            side?.render(into: &frame, in: area, emptyText: context.l["grants.side.empty"])
        case .charts:
            if let charts { GrantChartsView.render(charts, scroll: chartsScroll, into: &frame, in: area, context: context) }
        }
        if let editor { editor.render(into: &frame, in: area, context: context) }
        if let picker { picker.dialog.render(into: &frame, in: area, focused: true) }
    }

    func renderDetail(into frame: inout Frame, in area: Rect) {
        let rows = detailLines.wrapped(width: area.width - 2)
        let top = min(detailScroll, max(0, rows.count - area.height))
        for (row, line) in rows.dropFirst(top).prefix(area.height).enumerated() {
            frame.put(line.text, x: area.x + 1 + line.indent, y: area.y + row, role: line.role, maxWidth: area.width - 2 - line.indent)
        }
    }
}
