import Foundation

/// The statutory annual negotiation's table of goals, measures, responsible party, indicator
/// and status; goals still open carry over to the next year's negotiation.
extension MeetingStore {
    public func goals(bodyID: Int64, year: Int) throws -> [NegotiationGoal] {
        try db.query("SELECT * FROM negotiation_goals WHERE body_id = ? AND year = ? ORDER BY created_at, rowid", bodyID, year).map(Self.goal)
    }

    @discardableResult
    public func addGoal(bodyID: Int64, year: Int, goal: String, measures: String = "", responsible: String = "",
                        indicator: String = "", status: GoalStatus = .open) throws -> Int64 {
        let g = goal.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !g.isEmpty else { throw MeetingError.emptyText(field: "goal") }
        let id = Store.newID()
        try db.write {
            try db.run("""
                INSERT INTO negotiation_goals (id, body_id, year, goal, measures, responsible, indicator, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, id, bodyID, year, g, measures, responsible, indicator, status.rawValue, now, now)
        }
        return id
    }

    public func goal(_ id: Int64) throws -> NegotiationGoal? {
        try db.query("SELECT * FROM negotiation_goals WHERE id = ?", id).first.map(Self.goal)
    }

    /// With `base` (the goal as the edit began from) another window's change or deletion
    /// throws `GoalConflict` and writes nothing.
    public func updateGoal(_ g: NegotiationGoal, expecting base: NegotiationGoal? = nil) throws {
        let text = g.goal.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw MeetingError.emptyText(field: "goal") }
        try db.write {
            try GoalConflict.check(id: g.id, base: base, stored: try goal(g.id), mine: g)
            try db.run("UPDATE negotiation_goals SET goal = ?, measures = ?, responsible = ?, indicator = ?, status = ?, updated_at = ? WHERE id = ?",
                       text, g.measures, g.responsible, g.indicator, g.status.rawValue, now, g.id)
        }
    }

    public func deleteGoal(id: Int64) throws {
        try db.write { try db.run("DELETE FROM negotiation_goals WHERE id = ? AND id NOT IN (SELECT carried_from_id FROM negotiation_goals WHERE carried_from_id IS NOT NULL)", id) }
    }

    /// Copies the open and in-progress goals of the body's latest earlier year into `year`,
    /// each remembering where it came from. Running it twice copies nothing twice.
    /// Returns how many goals were carried.
    @discardableResult
    public func carryOverGoals(bodyID: Int64, toYear year: Int) throws -> Int {
        try db.write {
            guard let from = try db.scalarInt("SELECT max(year) FROM negotiation_goals WHERE body_id = ? AND year < ?", bodyID, year) else { return 0 }
            let candidates = try goals(bodyID: bodyID, year: Int(from)).filter { $0.status.carriesOver }
            var count = 0
            for g in candidates {
                let already = try db.scalarInt("SELECT count(*) FROM negotiation_goals WHERE carried_from_id = ? AND year = ?", g.id, year) ?? 0
                if already > 0 { continue }
                try db.run("""
                    INSERT INTO negotiation_goals (id, body_id, year, goal, measures, responsible, indicator, status, carried_from_id, created_at, updated_at, goal_sv, measures_sv)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, Store.newID(), bodyID, year, g.goal, g.measures, g.responsible, g.indicator, g.status.rawValue, g.id, now, now, g.goalSV, g.measuresSV)
                count += 1
            }
            return count
        }
    }

    static func goal(_ r: Row) -> NegotiationGoal {
        NegotiationGoal(id: r.int64("id") ?? 0, bodyID: r.int64("body_id") ?? 0, year: r.int("year") ?? 0,
                        goal: r.string("goal") ?? "", measures: r.string("measures") ?? "",
                        responsible: r.string("responsible") ?? "", indicator: r.string("indicator") ?? "",
                        status: GoalStatus(rawValue: r.string("status") ?? "") ?? .open, carriedFromID: r.int64("carried_from_id"),
                        goalSV: r.string("goal_sv") ?? "", measuresSV: r.string("measures_sv") ?? "")
    }
}
