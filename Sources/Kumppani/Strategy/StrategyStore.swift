import Foundation

/// A goal of the county's wellbeing strategy or welfare plan, with its indicators.
public struct StrategyGoal: Sendable, Equatable {
    public var id: Int64 = 0
    public var code: String
    public var title: String
    public var description: String = ""
    public var periodFrom: Int? = nil
    public var periodTo: Int? = nil
    /// One indicator a line.
    public var indicators: String = ""
    /// The Swedish title and description (issue 17); empty when not written.
    public var titleSV: String = ""
    public var descriptionSV: String = ""

    public init(id: Int64 = 0, code: String, title: String, description: String = "", periodFrom: Int? = nil, periodTo: Int? = nil, indicators: String = "",
                titleSV: String = "", descriptionSV: String = "") {
        self.id = id; self.code = code; self.title = title; self.description = description
        self.periodFrom = periodFrom; self.periodTo = periodTo; self.indicators = indicators
        self.titleSV = titleSV; self.descriptionSV = descriptionSV
    }

    /// The title a screen or report in `language` shows: the Swedish one in Swedish when it is
    /// written, else the Finnish (the source language).
    public func title(in language: Language) -> String {
        switch language {
        case .sv where !titleSV.isEmpty: return titleSV
        default: return title
        }
    }

    public func description(in language: Language) -> String {
        switch language {
        case .sv where !descriptionSV.isEmpty: return descriptionSV
        default: return description
        }
    }
}

/// What can serve a goal.
public enum StrategyLinkKind: String, Sendable, CaseIterable {
    case activity, round, application
    case negotiationGoal = "negotiation_goal"
}

public enum StrategyProblem: Error, Equatable, Sendable {
    case emptyCode, emptyTitle, duplicateCode(String)
    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .emptyCode: return l["strategy.problem.empty_code"]
        case .emptyTitle: return l["strategy.problem.empty_title"]
        case .duplicateCode(let code): return l["strategy.problem.duplicate_code", code]
        }
    }
}

/// The strategy goals and the links from activities, rounds (as criteria), applications and
/// negotiation goals to them.
public struct StrategyStore: @unchecked Sendable {
    public let store: Store
    var db: Database { store.database }
    var now: String { Timestamp.iso(store.clock.now()) }

    public init(store: Store) { self.store = store }

    public func goals() throws -> [StrategyGoal] {
        try db.query("SELECT * FROM strategy_goals ORDER BY code, id").map(Self.goal)
    }

    @discardableResult
    public func save(_ g: StrategyGoal) throws -> Int64 {
        let code = g.code.trimmingCharacters(in: .whitespacesAndNewlines), title = g.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !code.isEmpty else { throw StrategyProblem.emptyCode }
        guard !title.isEmpty else { throw StrategyProblem.emptyTitle }
        let id = g.id == 0 ? Store.newID() : g.id
        try db.write {
            if try db.scalarInt("SELECT count(*) FROM strategy_goals WHERE code = ? AND id <> ?", code, id) ?? 0 > 0 {
                throw StrategyProblem.duplicateCode(code)
            }
            let values: [DatabaseValueConvertible?] = [code, title, g.description, g.periodFrom.map { Int64($0) }, g.periodTo.map { Int64($0) }, g.indicators,
                                                      g.titleSV.trimmingCharacters(in: .whitespacesAndNewlines), g.descriptionSV.trimmingCharacters(in: .whitespacesAndNewlines), now, id]
            if g.id == 0 {
                try db.run("INSERT INTO strategy_goals (code, title, description, period_from, period_to, indicators, title_sv, description_sv, updated_at, id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values + [now])
            } else {
                try db.run("UPDATE strategy_goals SET code = ?, title = ?, description = ?, period_from = ?, period_to = ?, indicators = ?, title_sv = ?, description_sv = ?, updated_at = ? WHERE id = ?", values)
            }
        }
        return id
    }

    public func link(goalID: Int64, _ kind: StrategyLinkKind, _ entityID: Int64) throws {
        try db.write { try db.run("INSERT OR IGNORE INTO strategy_links (goal_id, entity, entity_id) VALUES (?, ?, ?)", goalID, kind.rawValue, entityID) }
    }

    public func unlink(goalID: Int64, _ kind: StrategyLinkKind, _ entityID: Int64) throws {
        try db.write { try db.run("DELETE FROM strategy_links WHERE goal_id = ? AND entity = ? AND entity_id = ?", goalID, kind.rawValue, entityID) }
    }

    /// The ids of one kind linked to a goal.
    public func linked(goalID: Int64, _ kind: StrategyLinkKind) throws -> Set<Int64> {
        Set(try db.query("SELECT entity_id FROM strategy_links WHERE goal_id = ? AND entity = ?", goalID, kind.rawValue).compactMap { $0.int64("entity_id") })
    }

    /// Applications serving a goal: linked themselves or through their round's criteria.
    public func applications(servingGoal goalID: Int64) throws -> Set<Int64> {
        Set(try db.query("""
            SELECT id FROM grant_applications WHERE id IN (SELECT entity_id FROM strategy_links WHERE goal_id = ?1 AND entity = 'application')
               OR round_id IN (SELECT entity_id FROM strategy_links WHERE goal_id = ?1 AND entity = 'round')
            """, goalID).compactMap { $0.int64("id") })
    }

    static func goal(_ r: Row) -> StrategyGoal {
        StrategyGoal(id: r.int64("id") ?? 0, code: r.string("code") ?? "", title: r.string("title") ?? "", description: r.string("description") ?? "",
                     periodFrom: r.int("period_from"), periodTo: r.int("period_to"), indicators: r.string("indicators") ?? "",
                     titleSV: r.string("title_sv") ?? "", descriptionSV: r.string("description_sv") ?? "")
    }
}
