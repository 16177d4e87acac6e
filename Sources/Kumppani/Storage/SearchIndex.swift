import Foundation

/// Keeps the search index tables in step with the data.
///
/// With `trusted_schema=OFF` triggers may not write into FTS5 tables, so triggers only queue the
/// changed association in `search_dirty`, and `flush` (run by `Database.write` before every
/// commit) reindexes them: the index always commits or rolls back together with the change.
/// Bulk loads (import, demo data) drop the triggers, load, rebuild once and recreate them:
/// per-row triggers made a 100,000-row load four times slower (storage-notes.md).
public enum SearchIndex {
    /// The words as typed (the search's first tier) and their folded copy (the search without ä/ö).
    static let wordTable = "association_fts"
    static let foldedTable = "association_fts_folded"
    static let tables = [wordTable, foldedTable]

    /// (trigger name, table, event, association id expressions)
    static let triggers: [(String, String, String, [String])] = [
        ("associations_ai", "associations", "INSERT", ["new.id"]),
        ("associations_au", "associations", "UPDATE", ["new.id"]),
        ("associations_ad", "associations", "DELETE", ["old.id"]),
        ("activities_ai", "activities", "INSERT", ["new.association_id"]),
        ("activities_au", "activities", "UPDATE", ["old.association_id", "new.association_id"]),
        ("activities_ad", "activities", "DELETE", ["old.association_id"]),
        ("association_categories_ai", "association_categories", "INSERT", ["new.association_id"]),
        ("association_categories_ad", "association_categories", "DELETE", ["old.association_id"]),
        ("affiliations_ai", "affiliations", "INSERT", ["new.association_id"]),
        ("affiliations_au", "affiliations", "UPDATE", ["old.association_id", "new.association_id"]),
        ("affiliations_ad", "affiliations", "DELETE", ["old.association_id"]),
        ("activity_target_groups_ai", "activity_target_groups", "INSERT",
         ["(SELECT association_id FROM activities WHERE id = new.activity_id)"]),
        ("activity_target_groups_ad", "activity_target_groups", "DELETE",
         ["(SELECT association_id FROM activities WHERE id = old.activity_id)"]),
        ("people_au", "people", "UPDATE OF name",
         ["(SELECT association_id FROM affiliations WHERE person_id = new.id)"]),
        // Schema 13: a tag is a word an association is found by.
        ("association_tags_ai", "association_tags", "INSERT", ["new.association_id"]),
        ("association_tags_ad", "association_tags", "DELETE", ["old.association_id"]),
        ("tags_au", "tags", "UPDATE OF name", ["(SELECT association_id FROM association_tags WHERE tag_key = new.key)"]),
    ]

    public static func createTriggers(on db: Database) throws {
        var sql = ""
        for (name, table, event, ids) in triggers {
            sql += "CREATE TRIGGER IF NOT EXISTS search_\(name) AFTER \(event) ON \(table) BEGIN "
            for id in ids {
                if id.hasPrefix("(SELECT") {
                    sql += "INSERT OR IGNORE INTO search_dirty(association_id) \(id.dropFirst().dropLast()); "
                } else {
                    sql += "INSERT OR IGNORE INTO search_dirty(association_id) VALUES (\(id)); "
                }
            }
            sql += "END;\n"
        }
        try db.execute(sql)
    }

    public static func dropTriggers(on db: Database) throws {
        try db.execute(triggers.map { "DROP TRIGGER IF EXISTS search_\($0.0);" }.joined())
    }

    /// Above this many queued associations, and at least half the directory, `flush` rebuilds every
    /// index in one pass (a migration queues the whole directory): row by row took minutes at 100,000.
    nonisolated(unsafe) static var rebuildAbove = 10_000   // a var for the tests of both ways

    /// Reindexes the queued associations. Cheap when nothing is queued.
    public static func flush(on db: Database) throws {
        guard try db.scalarInt("SELECT EXISTS (SELECT 1 FROM search_dirty)") == 1 else { return }
        let queued = try db.scalarInt("SELECT count(*) FROM search_dirty") ?? 0
        if queued > rebuildAbove, try queued * 2 >= db.scalarInt("SELECT count(*) FROM associations") ?? 0 {
            return try rebuild(on: db)
        }
        let dirty = "(SELECT association_id FROM search_dirty)"
        try db.run("DELETE FROM \(wordTable) WHERE rowid IN \(dirty)")
        try db.run("INSERT INTO \(wordTable)(rowid, name, body) SELECT id, name, body FROM association_search_source WHERE id IN \(dirty)")
        try reindexDerived(ids: dirty, on: db)
        try db.run("DELETE FROM search_dirty")
    }

    /// Rebuilds every index from scratch (after a bulk load).
    public static func rebuild(on db: Database) throws {
        try rebuildWords(on: db)
        try rebuildDerived(on: db)
        try db.run("DELETE FROM search_dirty")
    }

    /// The word index, which the search cannot do without. Its text is read through
    /// `bulkSearchSourceSQL`, the view's text without a UNION per association.
    static func rebuildWords(on db: Database) throws {
        try PhaseTiming.measure(wordTable) {
            try db.execute("DELETE FROM \(wordTable); INSERT INTO \(wordTable)(rowid, name, body) SELECT id, name, body FROM (\(bulkSearchSourceSQL));")
        }
    }

    /// Everything made from the words for the fallback, for speed or for the lower tiers: the
    /// folded index (a copy of the word index's text: the view runs four subqueries per
    /// association), the names index, the stems, trigrams, contact details, typo vocabulary and term list.
    static func rebuildDerived(on db: Database) throws {
        try PhaseTiming.measure(foldedTable) {
            try db.execute("DELETE FROM \(foldedTable); INSERT INTO \(foldedTable)(rowid, name, body) SELECT rowid, name, body FROM \(wordTable);")
        }
        if try hasTermIndexes(on: db) {
            try PhaseTiming.measure(namesTable) {
                try db.execute("DELETE FROM \(namesTable); INSERT INTO \(namesTable)(rowid, name) SELECT id, name FROM associations;")
            }
        }
        try rebuildFinnish(on: db)
        try PhaseTiming.measure("search_terms") { try rebuildTerms(on: db) }
        if try hasTermIndexes(on: db) { try db.run("DELETE FROM search_backlog") }
    }

    /// The derived indexes of some associations (`ids`: an SQL list or subquery of their ids).
    static func reindexDerived(ids: String, on db: Database) throws {
        try db.run("DELETE FROM \(foldedTable) WHERE rowid IN \(ids)")
        try db.run("INSERT INTO \(foldedTable)(rowid, name, body) SELECT rowid, name, body FROM \(wordTable) WHERE rowid IN \(ids)")
        if try hasTermIndexes(on: db) {
            try db.run("DELETE FROM \(namesTable) WHERE rowid IN \(ids)")
            try db.run("INSERT INTO \(namesTable)(rowid, name) SELECT id, name FROM associations WHERE id IN \(ids)")
        }
        try reindexFinnish(ids: ids, on: db)
        try addTerms(ofIDs: ids, on: db)
    }

    /// Runs a bulk load without per-row triggers, then rebuilds the index once. `deferringDerived`:
    /// only the word indexes are rebuilt before the commit, and every association is left in
    /// `search_backlog` for `completeBacklog` (see `SearchIndex+Backlog`).
    public static func bulkLoad<T>(on db: Database, deferringDerived: Bool = false, _ body: () throws -> T) throws -> T {
        try PhaseTiming.measure("bulk load in all (rows, indexes, commit)") {
            try db.write {
                try dropTriggers(on: db)
                let result = try PhaseTiming.measure("rows", body)
                if deferringDerived, try hasTermIndexes(on: db) {
                    try rebuildWords(on: db)
                    try db.execute("DELETE FROM search_backlog; INSERT INTO search_backlog(association_id) SELECT id FROM associations;")
                    try db.run("DELETE FROM search_dirty")
                } else {
                    try rebuild(on: db)
                }
                try createTriggers(on: db)
                return result
            }
        }
    }

    /// FTS5's own integrity check: `PRAGMA integrity_check` does not look at FTS indexes in 3.40.
    public static func integrityProblems(on db: Database) -> [String] {
        (try? integrityCheck(on: db)) ?? tables.map { "\($0): database is locked" }
    }

    /// The same check, but a lock held by another process is thrown (`DatabaseError.isBusy`)
    /// rather than listed: the check is an INSERT, and waiting for a writer is not damage.
    public static func integrityCheck(on db: Database) throws -> [String] {
        let all = tables + ((try? hasFinnishIndexes(on: db)) == true ? finnishTables : [])
            + ((try? hasTermIndexes(on: db)) == true ? [namesTable, contactTable] : [])
        return try all.compactMap { t in
            do {
                try db.run("INSERT INTO \(t)(\(t), rank) VALUES ('integrity-check', 1)")
                return nil
            } catch let error as DatabaseError {
                if error.isBusy { throw error }
                return "\(t): \(error.message)"
            } catch {
                return "\(t): \(error)"
            }
        }
    }
}
