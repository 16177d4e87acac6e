import Foundation

/// What serves one strategy goal: the associations, activities and target groups behind its
/// linked activities, applications (also through their round) and negotiation goals.
public struct GoalServing: Sendable, Equatable {
    public var associations: [String]
    public var activities: [String]
    public var targetGroups: [String]
    public var applications: Int
    public var negotiationGoals: Int
}

extension StrategyStore {
    public func serving(goalID: Int64, language: Language) throws -> GoalServing {
        let activities = try linked(goalID: goalID, .activity), applications = try self.applications(servingGoal: goalID)
        var associationIDs = Set<Int64>(), titles: [String] = [], codes = Set<String>()
        for id in activities {
            guard let r = try db.queryOne("SELECT association_id, title FROM activities WHERE id = ?", id) else { continue }
            associationIDs.insert(r.int64("association_id") ?? 0)
            titles.append(r.string("title") ?? "")
            codes.formUnion(try db.query("SELECT code FROM activity_target_groups WHERE activity_id = ?", id).compactMap { $0.string("code") })
        }
        for id in applications {
            if let a = try db.scalarInt("SELECT association_id FROM grant_applications WHERE id = ?", id) { associationIDs.insert(a) }
            codes.formUnion(try db.query("SELECT code FROM application_target_groups WHERE application_id = ?", id).compactMap { $0.string("code") })
        }
        let names = try associationIDs.compactMap { try db.scalarString("SELECT name FROM associations WHERE id = ?", $0) }
        // The label in the user's language (a Swedish label may be empty: then the Finnish one).
        let column = "coalesce(nullif(label_\(language.rawValue), ''), label_fi)"
        let groups = try codes.map { try db.scalarString("SELECT \(column) FROM categories WHERE list = 'target_group' AND code = ?", $0) ?? $0 }
        let sorted = { (list: [String]) in Array(Set(list)).sorted { FinnishCollation.compare($0, $1) == .orderedAscending } }
        return GoalServing(associations: sorted(names), activities: sorted(titles), targetGroups: sorted(groups),
                           applications: applications.count, negotiationGoals: try linked(goalID: goalID, .negotiationGoal).count)
    }
}
