import Foundation

/// Editing the strategy goals from the UI: one goal by id, deleting a goal (its links go with
/// it, what they pointed at stays), and the items that can be linked to a goal, each with a
/// label the coordinator recognises.
extension StrategyStore {
    public func goal(id: Int64) throws -> StrategyGoal? {
        try db.queryOne("SELECT * FROM strategy_goals WHERE id = ?", id).map(Self.goal)
    }

    /// Saves a goal; with `expecting` (the goal as the form opened it) another window's change
    /// since is refused as an `EditConflict` and nothing is written.
    @discardableResult
    public func save(_ g: StrategyGoal, expecting base: StrategyGoal?) throws -> Int64 {
        try db.write {
            if g.id != 0 { try EditConflict.check(id: g.id, base: base, stored: goal(id: g.id), mine: g) }
            return try save(g)
        }
    }

    /// Deletes the goal and its links; the activities, rounds, applications and negotiation
    /// goals that served it stay as they are.
    public func deleteGoal(id: Int64) throws {
        try db.write { try db.run("DELETE FROM strategy_goals WHERE id = ?", id) }
    }

    /// One thing that can serve a goal, as a list shows it.
    public struct LinkCandidate: Sendable, Equatable {
        public var kind: StrategyLinkKind
        public var id: Int64
        public var label: String
    }

    /// Everything of one kind that could be linked, newest years first for rounds,
    /// applications and negotiation goals.
    public func candidates(_ kind: StrategyLinkKind, language: Language) throws -> [LinkCandidate] {
        let sql: String
        switch kind {
        case .activity:
            sql = "SELECT x.id, x.title || ' – ' || a.name AS label FROM activities x JOIN associations a ON a.id = x.association_id ORDER BY x.title, a.name"
        case .round:
            sql = "SELECT id, name || ' (' || year || ')' AS label FROM grant_rounds ORDER BY year DESC, name"
        case .application:
            sql = "SELECT g.id, a.name || ' – ' || r.name || ' (' || r.year || ')' AS label FROM grant_applications g JOIN associations a ON a.id = g.association_id JOIN grant_rounds r ON r.id = g.round_id ORDER BY r.year DESC, a.name"
        case .negotiationGoal:
            sql = "SELECT n.id, n.goal || ' – ' || b.name || ' ' || n.year AS label FROM negotiation_goals n JOIN bodies b ON b.id = n.body_id ORDER BY n.year DESC, n.goal"
        }
        return try db.query(sql).compactMap { r in r.int64("id").map { LinkCandidate(kind: kind, id: $0, label: r.string("label") ?? "") } }
    }

    /// What is linked to a goal, by kind in a fixed order (activities, rounds, applications,
    /// negotiation goals), each with its label; a link to a row since deleted is left out.
    public func links(goalID: Int64, language: Language) throws -> [LinkCandidate] {
        try StrategyLinkKind.allCases.flatMap { kind -> [LinkCandidate] in
            let ids = try linked(goalID: goalID, kind)
            guard !ids.isEmpty else { return [] }
            return try candidates(kind, language: language).filter { ids.contains($0.id) }
        }
    }
}

/// The goal form's fields, for noticing a change made in another window.
extension StrategyGoal: ConflictComparable {
    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        [("strategy.form.code", code), ("strategy.form.title", title),
         ("strategy.form.period_from", periodFrom.map(String.init) ?? ""), ("strategy.form.period_to", periodTo.map(String.init) ?? ""),
         ("strategy.form.description", description), ("strategy.form.indicators", indicators),
         ("strategy.form.title_sv", titleSV), ("strategy.form.description_sv", descriptionSV)]
    }
}

public typealias StrategyGoalConflict = EditConflict<StrategyGoal>
