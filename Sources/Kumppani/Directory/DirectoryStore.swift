import Foundation

/// The association directory over the store: the paged list, detail, edits, contact log and
/// referrals (see the `DirectoryStore+*.swift` files).
public struct DirectoryStore: Sendable {
    public let store: Store
    var db: Database { store.database }

    public init(store: Store) {
        self.store = store
    }

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
    /// Sizes of the full-text tiers (name matches, other matches).
    let tierCounts: [Int]
    /// The whole order, computed once for sorts no index can walk (municipality, last contact).
    let orderedIDs: [Int64]?
}

extension DirectoryStore {
    /// Above this many rows a tier is read by walking the `name_key` index (stopping after the
    /// page) instead of looking every match up and sorting it.
    static let walkThreshold = 2000

    /// Resolves the search strategy and counts the matches.
    public func listing(_ query: DirectoryQuery) throws -> DirectoryListing {
        let candidates = SearchPlan.candidates(for: query.search)
        var chosen = (plan: candidates[0], index: 0)
        for (i, plan) in candidates.enumerated() {
            chosen = (plan, i)
            if try count(plan: plan, filter: query.filter) > 0 { break }
        }
        let plan = chosen.plan
        let folded = chosen.index > 0 && plan.ftsTable?.hasSuffix("_folded") == true
        var tierCounts: [Int] = []
        if let tiers = plan.tiers, let table = plan.ftsTable {
            tierCounts = try tiers.map { try count(match: $0, table: table, filter: query.filter) }
        }
        let total = plan.tiers == nil ? try count(plan: plan, filter: query.filter) : tierCounts.reduce(0, +)
        var ordered: [Int64]?
        if query.sort != .name {
            ordered = try sortedIDs(plan: plan, filter: query.filter, sort: query.sort)
        }
        return DirectoryListing(query: query, count: ordered?.count ?? total, usedFoldedSearch: folded, plan: plan,
                                tierCounts: tierCounts, orderedIDs: ordered)
    }

    /// The number of associations in the list for `query`.
    public func count(_ query: DirectoryQuery) throws -> Int { try listing(query).count }

    /// Convenience for one-off reads: resolves and pages in one go.
    public func rows(_ query: DirectoryQuery, offset: Int, limit: Int) throws -> [AssociationRow] {
        try rows(listing(query), offset: offset, limit: limit)
    }

    /// The rows `offset ..< offset + limit` of the listing, in its order.
    public func rows(_ listing: DirectoryListing, offset: Int, limit: Int) throws -> [AssociationRow] {
        guard limit > 0, offset < listing.count else { return [] }
        return try rows(ids: pageIDs(listing, offset: max(0, offset), limit: limit))
    }

    /// Where an association sits in the listing (to keep the selection after a change), or nil.
    public func position(of id: Int64, in listing: DirectoryListing) throws -> Int? {
        try pageIDs(listing, offset: 0, limit: listing.count).firstIndex(of: id)
    }

    // MARK: Counting

    private func whereClause(_ conditions: [(sql: String, args: [DatabaseValueConvertible?])]) -> (String, [DatabaseValueConvertible?]) {
        guard !conditions.isEmpty else { return ("", []) }
        return ("WHERE " + conditions.map(\.sql).joined(separator: " AND "), conditions.flatMap(\.args))
    }

    private func conditions(plan: SearchPlan, filter: DirectoryFilter) -> [(sql: String, args: [DatabaseValueConvertible?])] {
        (plan.condition.map { [$0] } ?? []) + filter.conditions()
    }

    func count(plan: SearchPlan, filter: DirectoryFilter) throws -> Int {
        if case .fullText(let table, let match, _) = plan { return try count(match: match, table: table, filter: filter) }
        let (whereSQL, args) = whereClause(conditions(plan: plan, filter: filter))
        return try db.query("SELECT count(*) AS n FROM associations a \(whereSQL)", args).first?.int("n") ?? 0
    }

    /// Without filters FTS5 counts alone; the table is only read when a filter needs it.
    func count(match: String, table: String, filter: DirectoryFilter) throws -> Int {
        if filter.isEmpty {
            return try db.query("SELECT count(*) AS n FROM \(table) WHERE \(table) MATCH ?", match).first?.int("n") ?? 0
        }
        let (whereSQL, args) = whereClause([Self.ftsCondition(table, match)] + filter.conditions())
        return try db.query("SELECT count(*) AS n FROM associations a \(whereSQL)", args).first?.int("n") ?? 0
    }

    static func ftsCondition(_ table: String, _ match: String) -> (sql: String, args: [DatabaseValueConvertible?]) {
        ("a.id IN (SELECT rowid FROM \(table) WHERE \(table) MATCH ?)", [match])
    }

    // MARK: Ordering

    /// Ids of one page. Name order is read from the index page by page; other orders come from
    /// the list computed once in `listing`.
    func pageIDs(_ listing: DirectoryListing, offset: Int, limit: Int) throws -> [Int64] {
        if let ordered = listing.orderedIDs {
            return Array(ordered.dropFirst(offset).prefix(limit))
        }
        let filter = listing.query.filter
        guard let tiers = listing.plan.tiers, let table = listing.plan.ftsTable else {
            return try nameOrdered(conditions(plan: listing.plan, filter: filter), offset: offset, limit: limit,
                                   walk: listing.count > Self.walkThreshold)
        }
        var ids: [Int64] = []
        var start = offset
        for (tier, size) in zip(tiers, listing.tierCounts) {
            if ids.count >= limit { break }
            if start >= size { start -= size; continue }
            ids += try nameOrdered([Self.ftsCondition(table, tier)] + filter.conditions(), offset: start,
                                   limit: limit - ids.count, walk: size > Self.walkThreshold)
            start = 0
        }
        return ids
    }

    private func nameOrdered(_ conditions: [(sql: String, args: [DatabaseValueConvertible?])], offset: Int, limit: Int,
                             walk: Bool) throws -> [Int64] {
        let (whereSQL, args) = whereClause(conditions)
        let hint = walk ? "INDEXED BY associations_name_key" : ""
        return try db.query("SELECT a.id FROM associations a \(hint) \(whereSQL) ORDER BY a.name_key, a.id LIMIT ? OFFSET ?",
                            args + [limit, offset]).compactMap { $0.int64("id") }
    }

    /// The whole list in municipality or last-contact order (100,000 ids is 800 kB).
    private func sortedIDs(plan: SearchPlan, filter: DirectoryFilter, sort: DirectorySort) throws -> [Int64] {
        let (whereSQL, args) = whereClause(conditions(plan: plan, filter: filter))
        let order: String
        switch sort {
        case .name:
            order = "a.name_key"
        case .municipality:
            order = "(SELECT m.name_key FROM municipalities m WHERE m.code = a.municipality_code) NULLS LAST, a.name_key"
        case .lastContact:
            order = "(SELECT max(c.contacted_on) FROM contact_log c WHERE c.association_id = a.id) DESC NULLS LAST, a.name_key"
        }
        return try db.query("SELECT a.id FROM associations a \(whereSQL) ORDER BY \(order), a.id", args).compactMap { $0.int64("id") }
    }

    // MARK: Rows

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
}
