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
    /// Rows in the list; for a capped search `DirectoryStore.searchCap`.
    public let count: Int
    /// A full-text search matched more than the list holds ("1 000+").
    public let isCapped: Bool
    /// True when nothing matched exactly and the ä/ö-folded index answered.
    public let usedFoldedSearch: Bool
    let plan: SearchPlan
    /// The tier of each row not found by the exact words (`SearchTier`); empty otherwise.
    let tiers: [Int64: SearchTier]
    /// The whole order when it is known up front: a full-text search (at most `searchCap` ids)
    /// and the sorts no index can walk (municipality, last contact).
    let orderedIDs: [Int64]?

    /// "123 yhdistystä", or "1 000+ yhdistystä" when capped.
    public func countText(_ language: Language) -> String {
        let l = L(language)
        guard isCapped else { return l[count == 1 ? "directory.count_one" : "directory.count", count] }
        return l["directory.count_capped", language.count(count)]
    }
}

extension DirectoryStore {
    /// Above this many rows a list is read by walking the `name_key` index (stopping after the
    /// page) instead of looking every match up and sorting it.
    static let walkThreshold = 2000

    /// Resolves the search strategy and finds the matches (a full-text search reads at most
    /// `searchCap + 1`, already in order; the others are counted on an index).
    /// `cap`: the most rows a full-text search lists (an export or a bulk tag takes them all).
    public func listing(_ query: DirectoryQuery, cap: Int = DirectoryStore.searchCap) throws -> DirectoryListing {
        let candidates = SearchPlan.candidates(for: query.search)
        for (i, plan) in candidates.enumerated() {
            let last = i == candidates.count - 1
            let folded = i > 0 && plan.fullText?.folded == true
            if query.sort == .name, let fullText = plan.fullText {
                let exact = try cappedMatches(fullText, filter: query.filter, cap: cap)
                if exact.ids.isEmpty && !last { continue }
                let found = try addingTiers(to: exact, search: query.search, filter: query.filter, cap: cap)
                return DirectoryListing(query: query, count: found.ids.count, isCapped: found.isCapped,
                                        usedFoldedSearch: folded && !exact.ids.isEmpty, plan: plan, tiers: found.tiers,
                                        orderedIDs: found.ids)
            }
            let total = try count(plan: plan, filter: query.filter)
            if total == 0 && !last { continue }
            let ordered = query.sort == .name ? nil : try sortedIDs(plan: plan, filter: query.filter, sort: query.sort)
            return DirectoryListing(query: query, count: ordered?.count ?? total, isCapped: false,
                                    usedFoldedSearch: folded, plan: plan, tiers: [:], orderedIDs: ordered)
        }
        return DirectoryListing(query: query, count: 0, isCapped: false, usedFoldedSearch: false, plan: .everything,
                                tiers: [:], orderedIDs: [])
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
        var page = try rows(ids: pageIDs(listing, offset: max(0, offset), limit: limit))
        if !listing.tiers.isEmpty {
            for i in page.indices { page[i].matchTier = listing.tiers[page[i].id] ?? .exact }
        }
        return page
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
        let (whereSQL, args) = whereClause(conditions(plan: plan, filter: filter))
        return try db.query("SELECT count(*) AS n FROM associations a \(whereSQL)", args).first?.int("n") ?? 0
    }

    // MARK: Ordering

    /// Ids of one page. Name order is read from the index page by page; other orders come from
    /// the list computed once in `listing`.
    func pageIDs(_ listing: DirectoryListing, offset: Int, limit: Int) throws -> [Int64] {
        if let ordered = listing.orderedIDs {
            return Array(ordered.dropFirst(offset).prefix(limit))
        }
        return try nameOrdered(conditions(plan: listing.plan, filter: listing.query.filter), offset: offset,
                               limit: limit, walk: listing.count > Self.walkThreshold)
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
