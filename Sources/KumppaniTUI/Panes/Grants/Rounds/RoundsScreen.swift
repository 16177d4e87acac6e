import Kumppani

/// The home screen: every round with its board's money at a glance. It stays loaded (and keeps its
/// selection) while deeper screens are open, since they go back to it and the round keys act on it.
struct RoundsScreen {
    var rounds: [GrantRound] = []
    /// Each round's board: the rounds list shows its committed money and application count.
    var boards: [Int64: RoundBoard] = [:]
    var typeLabels: [String: String] = [:]
    var row = 0

    var selectedRound: GrantRound? { rounds.indices.contains(row) ? rounds[row] : nil }

    /// Reads the rounds again, keeping the selected round (by id) selected.
    mutating func load(store: Store, language: Language) throws {
        let grants = GrantStore(store: store)
        let keep = selectedRound?.id
        rounds = try grants.rounds()
        boards = [:]
        for r in rounds { boards[r.id] = try grants.board(roundID: r.id) }
        typeLabels = Dictionary(try grants.categories("grant_type", language: language).map { ($0.code, $0.label) },
                                uniquingKeysWith: { a, _ in a })
        if let keep { select(roundID: keep) }
        row = min(row, max(0, rounds.count - 1))
    }

    mutating func select(roundID: Int64) {
        if let i = rounds.firstIndex(where: { $0.id == roundID }) { row = i }
    }

    /// A round just saved: selected, and listed at once even before the next reload.
    mutating func show(_ round: GrantRound) {
        if let i = rounds.firstIndex(where: { $0.id == round.id }) { row = i } else { rounds.append(round); row = rounds.count - 1 }
    }

    mutating func move(by step: Int) { row = min(max(0, row + step), max(0, rounds.count - 1)) }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        RoundsView.render(rounds, boards: boards, typeLabels: typeLabels, selected: row, into: &frame, in: area, context: context)
    }
}
