import Foundation

/// One party of an annual negotiation (hyte-neuvottelu): the county, a municipality or an
/// association, with its representatives.
public struct NegotiationParty: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable { case county, municipality, association }
    public var id: Int64 = 0
    public var kind: Kind
    public var name: String
    public var associationID: Int64? = nil
    public var municipalityCode: String? = nil
    public var representatives: String = ""

    public init(id: Int64 = 0, kind: Kind, name: String, associationID: Int64? = nil, municipalityCode: String? = nil, representatives: String = "") {
        self.id = id; self.kind = kind; self.name = name; self.associationID = associationID
        self.municipalityCode = municipalityCode; self.representatives = representatives
    }
}

/// A goal agreed in a negotiation, with its follow-up and the strategy goals it serves.
public struct NegotiationItem: Sendable, Equatable {
    public var goal: NegotiationGoal
    public var followUp: String
    public var strategyGoalIDs: Set<Int64>
}

/// The annual negotiation as a record: its parties and the goals that belong to the meeting
/// (schema 9 adds `meeting_id` and `follow_up` to `negotiation_goals`). Built on the body-and-year
/// goals of `Negotiation.swift`: a goal of the meeting is also a goal of its body and year.
extension MeetingStore {
    @discardableResult
    public func addParty(meetingID: Int64, _ p: NegotiationParty) throws -> Int64 {
        let name = p.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw MeetingError.emptyText(field: "party") }
        let id = Store.newID()
        try db.write {
            try db.run("""
                INSERT INTO negotiation_parties (id, meeting_id, kind, name, association_id, municipality_code, representatives, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, id, meetingID, p.kind.rawValue, name, p.associationID, p.municipalityCode, p.representatives, now)
        }
        return id
    }

    public func parties(meetingID: Int64) throws -> [NegotiationParty] {
        try db.query("SELECT * FROM negotiation_parties WHERE meeting_id = ? ORDER BY CASE kind WHEN 'county' THEN 0 WHEN 'municipality' THEN 1 ELSE 2 END, name, id", meetingID).map {
            NegotiationParty(id: $0.int64("id") ?? 0, kind: NegotiationParty.Kind(rawValue: $0.string("kind") ?? "") ?? .association,
                             name: $0.string("name") ?? "", associationID: $0.int64("association_id"),
                             municipalityCode: $0.string("municipality_code"), representatives: $0.string("representatives") ?? "")
        }
    }

    /// Adds a goal to the negotiation meeting (its body and year), linked to strategy goals.
    /// Goals of one meeting are listed in the order they were added (same instant: by text).
    @discardableResult
    public func addNegotiationGoal(meetingID: Int64, goal: String, measures: String = "", responsible: String = "", indicator: String = "",
                                   followUp: String = "", status: GoalStatus = .open, strategyGoalIDs: Set<Int64> = []) throws -> Int64 {
        try db.write {
            guard let m = try meeting(meetingID) else { throw MeetingError.emptyText(field: "meeting") }
            let id = try addGoal(bodyID: m.bodyID, year: m.year, goal: goal, measures: measures, responsible: responsible,
                                 indicator: indicator, status: status)
            try db.run("UPDATE negotiation_goals SET meeting_id = ?, follow_up = ? WHERE id = ?", meetingID, followUp, id)
            for g in strategyGoalIDs {
                try db.run("INSERT OR IGNORE INTO strategy_links (goal_id, entity, entity_id) VALUES (?, 'negotiation_goal', ?)", g, id)
            }
            return id
        }
    }

    public func negotiationItems(meetingID: Int64) throws -> [NegotiationItem] {
        try db.query("SELECT * FROM negotiation_goals WHERE meeting_id = ? ORDER BY created_at, goal, id", meetingID).map { r in
            let goal = Self.goal(r)
            let links = try db.query("SELECT goal_id FROM strategy_links WHERE entity = 'negotiation_goal' AND entity_id = ?", goal.id).compactMap { $0.int64("goal_id") }
            return NegotiationItem(goal: goal, followUp: r.string("follow_up") ?? "", strategyGoalIDs: Set(links))
        }
    }

    public func setFollowUp(goalID: Int64, followUp: String, status: GoalStatus) throws {
        try db.write { try db.run("UPDATE negotiation_goals SET follow_up = ?, status = ?, updated_at = ? WHERE id = ?", followUp, status.rawValue, now, goalID) }
    }

    /// Carries the goals still open or in progress of `from` into the negotiation `to`, each
    /// keeping its status, follow-up and strategy links and naming where it came from. Running
    /// it twice carries nothing twice. Returns how many goals were carried.
    @discardableResult
    public func carryOverNegotiation(from: Int64, to: Int64) throws -> Int {
        try db.write {
            guard let target = try meeting(to) else { throw MeetingError.emptyText(field: "meeting") }
            var count = 0
            for item in try negotiationItems(meetingID: from) where item.goal.status.carriesOver {
                let already = try db.scalarInt("SELECT count(*) FROM negotiation_goals WHERE carried_from_id = ? AND meeting_id = ?", item.goal.id, to) ?? 0
                if already > 0 { continue }
                let id = Store.newID()
                let g = item.goal
                try db.run("""
                    INSERT INTO negotiation_goals (id, body_id, year, goal, measures, responsible, indicator, status, carried_from_id, meeting_id, follow_up, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, id, target.bodyID, target.year, g.goal, g.measures, g.responsible, g.indicator, g.status.rawValue, g.id, to, item.followUp, now, now)
                for s in item.strategyGoalIDs {
                    try db.run("INSERT OR IGNORE INTO strategy_links (goal_id, entity, entity_id) VALUES (?, 'negotiation_goal', ?)", s, id)
                }
                count += 1
            }
            return count
        }
    }
}
