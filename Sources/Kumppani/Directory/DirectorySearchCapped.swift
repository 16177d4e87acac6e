import Foundation

/// A full-text search read at most `DirectoryStore.searchCap + 1` rows at a time: counting all
/// 33,000 name matches of `lah` took 63 ms, and nobody scrolls through them; the list shows the
/// first thousand and "1 000+" so the user types on.
struct CappedMatches {
    /// Name matches, then other matches, each in name order; at most `cap` ids.
    let ids: [Int64]
    /// More matched than `ids` holds.
    let isCapped: Bool
}

extension DirectoryStore {
    /// The most rows a full-text search lists; more shows as "1 000+".
    public static let searchCap = 1000

    /// Reads the matches of a full-text plan, name matches first, stopping after `cap + 1`.
    /// Without `namesFirst` one query reads every match in name order (the lower search tiers:
    /// half the FTS work, and their rows already come after the exact ones).
    func cappedMatches(_ plan: FullTextPlan, filter: DirectoryFilter, cap: Int = searchCap,
                       namesFirst: Bool = true) throws -> CappedMatches {
        let t = plan.table
        let asked = try askedByTerms(plan)
        if !namesFirst {
            let all = try firstMatches(t, match: asked.match, short: ("", []), filter: filter, limit: cap + 1)
            return CappedMatches(ids: Self.inNameOrder(all).prefix(cap).map(\.id), isCapped: all.count > cap)
        }
        let names: [(id: Int64, key: String)]
        if let namesMatch = try namesIndexMatch(plan) {
            names = try firstMatches(SearchIndex.namesTable, match: namesMatch, short: ("", []), filter: filter, limit: cap + 1)
        } else {
            names = try firstMatches(t, match: plan.nameMatch, short: plan.shortKeySQL("a.name_key"), filter: filter,
                                     limit: cap + 1, phase: "\(t) names")
        }
        if names.count > cap {
            return CappedMatches(ids: Self.inNameOrder(names).prefix(cap).map(\.id), isCapped: true)
        }
        // Every name match is also a match: read enough to find cap + 1 others.
        let all = try firstMatches(t, match: asked.match,
                                   short: plan.shortNameOrBodySQL(nameKey: "a.name_key", body: "\(t).body", only: asked.shortLeft),
                                   filter: filter, limit: cap + 1 + names.count)
        let nameIDs = Set(names.map(\.id))
        let others = all.filter { !nameIDs.contains($0.id) }
        let ids = Self.inNameOrder(names).map(\.id) + Self.inNameOrder(others).map(\.id)
        return CappedMatches(ids: Array(ids.prefix(cap)), isCapped: ids.count > cap)
    }

    /// The first `limit` rows FTS5 yields (in its rowid order, unsorted), with their name keys.
    /// FTS5 drives the join so the LIMIT stops it; an `IN (subquery)` would read every match.
    private func firstMatches(_ t: String, match: String, short: (sql: String, args: [DatabaseValueConvertible?]),
                              filter: DirectoryFilter, limit: Int, phase: String? = nil) throws -> [(id: Int64, key: String)] {
        let filters = filter.conditions()
        let filterSQL = filters.map { " AND \($0.sql)" }.joined()
        let sql = """
            SELECT a.id, a.name_key FROM \(t) CROSS JOIN associations a ON a.id = \(t).rowid
            WHERE \(t) MATCH ?\(short.sql)\(filterSQL) LIMIT ?
            """
        let args: [DatabaseValueConvertible?] = [match] + short.args + filters.flatMap(\.args) + [limit]
        return try PhaseTiming.measure(phase ?? t) { try db.query(sql, args) }.compactMap { row in
            guard let id = row.int64("id") else { return nil }
            return (id, row.string("name_key") ?? "")
        }
    }

    /// `name_key` compares bytewise in Finnish order (as the index does); ties by id.
    static func inNameOrder(_ rows: [(id: Int64, key: String)]) -> [(id: Int64, key: String)] {
        rows.sorted { x, y in
            if x.key.utf8.elementsEqual(y.key.utf8) { return x.id < y.id }
            return x.key.utf8.lexicographicallyPrecedes(y.key.utf8)
        }
    }
}
