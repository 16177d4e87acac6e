import Foundation

/// A named search of the directory: its text, filters and order, to apply again later.
public struct SavedSearch: Equatable, Sendable {
    public let name: String
    public let query: DirectoryQuery

    public init(name: String, query: DirectoryQuery) {
        self.name = name
        self.query = query
    }
}

/// The filters as the `saved_searches.filter` JSON: only the filters that are set, by name.
/// A key this version does not know (written by a newer one) is skipped, never a failure.
enum SavedFilterJSON {
    static func encode(_ f: DirectoryFilter) -> String {
        var object: [String: Any] = [:]
        object["municipality"] = f.municipalityCode
        object["target_group"] = f.targetGroup
        object["activity_kind"] = f.activityKind
        object["status"] = f.status?.rawValue
        object["open_grant"] = f.hasOpenGrant
        object["lahella"] = f.lahellaListed
        object["county"] = f.wellbeingCounty
        object["tag"] = f.tag
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String) -> DirectoryFilter {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else { return DirectoryFilter() }
        var f = DirectoryFilter()
        f.municipalityCode = object["municipality"] as? String
        f.targetGroup = object["target_group"] as? String
        f.activityKind = object["activity_kind"] as? String
        f.status = (object["status"] as? String).flatMap(AssociationStatus.init(rawValue:))
        f.hasOpenGrant = object["open_grant"] as? Bool
        f.lahellaListed = object["lahella"] as? Bool
        f.wellbeingCounty = object["county"] as? String
        f.tag = object["tag"] as? String
        return f
    }
}

extension DirectoryStore {
    /// Every saved search in Finnish alphabetical order.
    public func savedSearches() throws -> [SavedSearch] {
        try db.query("SELECT name, search, filter, sort FROM saved_searches").map { row in
            SavedSearch(name: row.string("name") ?? "",
                        query: DirectoryQuery(search: row.string("search") ?? "",
                                              filter: SavedFilterJSON.decode(row.string("filter") ?? "{}"),
                                              sort: DirectorySort(rawValue: row.string("sort") ?? "") ?? .name))
        }.sorted { FinnishCollation.areInIncreasingOrder($0.name, $1.name) }
    }

    /// Saves the query under a name (the tag rules: trimmed, at most 80 characters); the same
    /// name again replaces that search. Returns the name as stored.
    @discardableResult
    public func saveSearch(_ text: String, _ query: DirectoryQuery) throws -> String {
        let name = try TagName.clean(text).get()
        let now = Timestamp.iso(store.clock.now())
        try db.write {
            try db.run("""
                INSERT INTO saved_searches(key, name, search, filter, sort, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET name = excluded.name, search = excluded.search, filter = excluded.filter,
                    sort = excluded.sort, updated_at = excluded.updated_at
                """, TagName.key(name), name, query.search, SavedFilterJSON.encode(query.filter), query.sort.rawValue, now, now)
        }
        return name
    }

    /// Deletes a saved search; false when there was none of that name.
    @discardableResult
    public func deleteSavedSearch(_ name: String) throws -> Bool {
        try db.write {
            try db.run("DELETE FROM saved_searches WHERE key = ?", TagName.key(name))
            return try db.scalarInt("SELECT changes()") ?? 0 > 0
        }
    }
}
