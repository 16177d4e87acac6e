import Foundation

/// A large import commits its rows and the two word indexes, and leaves the derived indexes (the
/// names index, stems, trigrams, contact details, typo vocabulary, term list) to be made after
/// the commit: the CPU the whole index needs for 100,000 associations is more than two cores
/// give in the import's 5 seconds (issue 16), while the words alone fit.
///
/// Until the backlog is empty the search answers from the word indexes alone, as it did before
/// schema 17 (`derivedIndexesComplete`); the lower tiers find only what is already made. The
/// command line completes it before it exits; the full-screen program in the background, a chunk
/// per transaction so the user's own writes wait at most one chunk; a program that stops halfway
/// leaves the rest to the next start.
extension SearchIndex {
    /// Associations per transaction in the background (~100 ms of work on this machine).
    public static let backlogChunk = 2_000

    /// Associations whose derived indexes are still to be made (0 on files before version 17).
    public static func backlogCount(on db: Database) throws -> Int {
        guard try hasTermIndexes(on: db) else { return 0 }
        return Int(try db.scalarInt("SELECT count(*) FROM search_backlog") ?? 0)
    }

    /// Whether the names index and the term list may be used (they are whole).
    static func derivedIndexesComplete(on db: Database) throws -> Bool {
        guard try hasTermIndexes(on: db) else { return false }
        return try db.scalarInt("SELECT EXISTS (SELECT 1 FROM search_backlog)") == 0
    }

    /// Makes the derived indexes of the backlog: all of it (`chunk` nil: in one pass when it is
    /// most of the directory), or the first `chunk` associations. Returns how many are left.
    @discardableResult
    public static func completeBacklog(on db: Database, chunk: Int? = nil) throws -> Int {
        guard try hasTermIndexes(on: db) else { return 0 }
        // The import's small page cache (`AssociationImport.write`): the pages are written once, and
        // the UI's 64 MiB would only add to the peak (100.5 MiB in the bench with it, 90 without).
        let cacheSize = try db.scalarInt("PRAGMA cache_size") ?? -65536
        try db.execute("PRAGMA cache_size = -16384")
        defer { try? db.execute("PRAGMA cache_size = \(cacheSize)") }
        return try db.write {
            let left = Int(try db.scalarInt("SELECT count(*) FROM search_backlog") ?? 0)
            guard left > 0 else { return 0 }
            guard let chunk, chunk < left else {
                if try left * 2 >= Int(db.scalarInt("SELECT count(*) FROM associations") ?? 0) {
                    try rebuildDerived(on: db)
                } else {
                    try reindexDerived(ids: "(SELECT association_id FROM search_backlog)", on: db)
                    try db.run("DELETE FROM search_backlog")
                }
                return 0
            }
            let first = "(SELECT association_id FROM search_backlog ORDER BY association_id LIMIT \(chunk))"
            try reindexDerived(ids: first, on: db)
            try db.run("DELETE FROM search_backlog WHERE association_id IN \(first)")
            return left - chunk
        }
    }
}
