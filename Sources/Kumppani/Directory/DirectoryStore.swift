import Foundation

/// The association directory over the store: the paged list, detail, edits, contact log and
/// referrals (see the `DirectoryStore+*.swift` files).
public struct DirectoryStore: Sendable {
    public let store: Store
    var db: Database { store.database }

    public init(store: Store) { self.store = store }

    /// Today's date in Helsinki (`YYYY-MM-DD`), from the injected clock.
    public var today: String { DirectoryRules.isoToday(store.clock) }
}

/// The resolved list for one query: its size and how its rows are found. The UI asks for
/// `rows(offset:limit:)` of the visible part only.
public struct DirectoryListing: Sendable {
    public let query: DirectoryQuery
    public let count: Int
    /// True when nothing matched exactly and the ä/ö-folded index answered.
    public let usedFoldedSearch: Bool
    let plan: SearchPlan
}

extension DirectoryStore {
    /// Resolves the search strategy and counts the matches.
    public func listing(_ query: DirectoryQuery) throws -> DirectoryListing {
        let candidates = SearchPlan.candidates(for: query.search)
        var chosen = candidates[0]
        var total = 0
        for (i, plan) in candidates.enumerated() {
            chosen = plan
            total = try count(plan: plan, filter: query.filter)
            if total > 0 { return DirectoryListing(query: query, count: total, usedFoldedSearch: i > 0 && isFolded(plan), plan: plan) }
        }
        return DirectoryListing(query: query, count: total, usedFoldedSearch: false, plan: chosen)
    }

    private func isFolded(_ plan: SearchPlan) -> Bool {
        if case .fullText(let table, _, _) = plan { return table.hasSuffix("_folded") }
        return false
    }

    /// The number of associations in the list for `query`.
    public func count(_ query: DirectoryQuery) throws -> Int { try listing(query).count }

    /// Convenience for one-off reads: resolves and pages in one go.
    public func rows(_ query: DirectoryQuery, offset: Int, limit: Int) throws -> [AssociationRow] {
        try rows(listing(query), offset: offset, limit: limit)
    }

    private func whereClause(plan: SearchPlan, filter: DirectoryFilter) -> (String, [DatabaseValueConvertible?]) {
        var parts: [String] = []
        var args: [DatabaseValueConvertible?] = []
        if let c = plan.condition { parts.append(c.sql); args += c.args }
        for c in filter.conditions() { parts.append(c.sql); args += c.args }
        return (parts.isEmpty ? "" : "WHERE " + parts.joined(separator: " AND "), args)
    }

    func count(plan: SearchPlan, filter: DirectoryFilter) throws -> Int {
        let (whereSQL, args) = whereClause(plan: plan, filter: filter)
        return try db.query("SELECT count(*) AS n FROM associations a \(whereSQL)", args).first?.int("n") ?? 0
    }

    /// The rows `offset ..< offset + limit` of the listing, in its order.
    public func rows(_ listing: DirectoryListing, offset: Int, limit: Int) throws -> [AssociationRow] {
        guard limit > 0, offset < listing.count else { return [] }
        return try rows(ids: orderedIDs(listing, offset: max(0, offset), limit: limit))
    }

    /// Ids in list order; `limit` -1 means all.
    func orderedIDs(_ listing: DirectoryListing, offset: Int, limit: Int) throws -> [Int64] {
        let (whereSQL, whereArgs) = whereClause(plan: listing.plan, filter: listing.query.filter)
        var orderArgs: [DatabaseValueConvertible?] = []
        var order: [String] = []
        switch listing.query.sort {
        case .name:
            if let rank = listing.plan.nameRank { order.append(rank.sql); orderArgs += rank.args }
            order.append("a.name_key")
        case .municipality:
            order.append("(SELECT m.name_key FROM municipalities m WHERE m.code = a.municipality_code) NULLS LAST")
            order.append("a.name_key")
        case .lastContact:
            order.append("(SELECT max(c.contacted_on) FROM contact_log c WHERE c.association_id = a.id) DESC NULLS LAST")
            order.append("a.name_key")
        }
        order.append("a.id")
        // Only the ids are sorted; the columns are read for the page alone.
        let idSQL = "SELECT a.id FROM associations a \(whereSQL) ORDER BY \(order.joined(separator: ", ")) LIMIT ? OFFSET ?"
        return try db.query(idSQL, whereArgs + orderArgs + [limit, offset]).compactMap { $0.int64("id") }
    }

    /// List rows for these ids, in the given order.
    public func rows(ids: [Int64]) throws -> [AssociationRow] {
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let sql = """
            SELECT a.id, a.name, a.municipality_code, coalesce(m.name_fi, '') AS municipality_name, a.status,
                   (SELECT max(c.contacted_on) FROM contact_log c WHERE c.association_id = a.id) AS last_contact,
                   EXISTS (SELECT 1 FROM contact_log c WHERE c.association_id = a.id AND c.follow_up_on <= ?
                           AND c.follow_up_done_on IS NULL) AS due
            FROM associations a LEFT JOIN municipalities m ON m.code = a.municipality_code
            WHERE a.id IN (\(marks))
            """
        let found = try db.query(sql, [today] + ids.map { $0 as DatabaseValueConvertible? })
        var byID: [Int64: AssociationRow] = [:]
        for r in found {
            guard let id = r.int64("id") else { continue }
            byID[id] = AssociationRow(
                id: id, name: r.string("name") ?? "", municipalityCode: r.string("municipality_code"),
                municipalityName: r.string("municipality_name") ?? "",
                status: AssociationStatus(rawValue: r.string("status") ?? "") ?? .active,
                lastContactOn: r.string("last_contact"), followUpDue: r.bool("due"))
        }
        return ids.compactMap { byID[$0] }
    }

    /// Where an association sits in the listing (to keep the selection after a change), or nil.
    public func position(of id: Int64, in listing: DirectoryListing) throws -> Int? {
        try orderedIDs(listing, offset: 0, limit: -1).firstIndex(of: id)
    }
}
