import Kumppani

/// One round's board: its applications by stage, the cursor over them, and which of them have
/// serious warnings or disqualifications (the `!` rows).
struct BoardScreen {
    var board: RoundBoard
    /// Serious warnings and disqualifications per application (the board's `!`).
    var flags: [Int64: Int] = [:]
    var row = 0

    var round: GrantRound { board.round }
    var items: [ApplicationSummary] { RoundBoardView.items(board) }
    var selectedApplicationID: Int64? { items.indices.contains(row) ? items[row].id : nil }

    /// The board of `round` as `home` last read it (else from the file), with its flags counted.
    static func load(_ round: GrantRound, home: RoundsScreen, store: Store, today: CivilDate) throws -> BoardScreen {
        var s = BoardScreen(board: try home.boards[round.id] ?? GrantStore(store: store).board(roundID: round.id))
        try s.countFlags(store: store, today: today)
        return s
    }

    /// After a reload: the board as `home` holds it now, the cursor kept in range, the flags counted again.
    mutating func refresh(home: RoundsScreen, store: Store, today: CivilDate) throws {
        if let b = home.boards[round.id] { board = b }
        row = min(row, max(0, items.count - 1))
        try countFlags(store: store, today: today)
    }

    /// Counts the serious problems on each application of the round: late or missing reports,
    /// dissolved or dormant applicants, members who must step aside.
    mutating func countFlags(store: Store, today: CivilDate) throws {
        flags = [:]
        for w in try ContinuityCheck(store: store).warnings(roundID: round.id, today: today) where w.kind.isSerious {
            if let id = w.applicationID { flags[id, default: 0] += 1 }
        }
        for c in try DisqualificationCheck(store: store).conflicts(roundID: round.id, on: today) {
            flags[c.applicationID, default: 0] += 1
        }
    }

    /// Keeps the cursor on an application after the board regrouped it.
    mutating func follow(_ id: Int64) {
        if let i = items.firstIndex(where: { $0.id == id }) { row = i }
    }

    mutating func move(by step: Int) { row = min(max(0, row + step), max(0, items.count - 1)) }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        RoundBoardView.render(board, selected: row, flags: flags, into: &frame, in: area, context: context)
    }
}
