import Foundation

/// The version-17 index upkeep (`Schema17SearchTerms`): the names-only table and the list of
/// every term of the word and stem indexes, which lets a search ask a prefix as its few terms.
///
/// The list must hold every term the indexes hold (a term it lacks would be a match the search
/// never asks for), so its terms come from FTS5 itself, never from a tokenizer of our own: after
/// a rebuild from `fts5vocab` over the whole index; after a change from the same tokenizer run
/// over the changed rows in a scratch table. It may hold more (a term whose rows were deleted
/// matches nothing), except after a person is erased: `rebuildTerms` then drops their name.
extension SearchIndex {
    static let namesTable = "association_name_fts"
    static let contactTable = "association_contact_fts"

    /// The indexes whose terms the list keeps, by the list's `kind`.
    static let termTables = [("word", wordTable), ("stem", stemTable)]

    /// False on a file still below version 17 (a migration in progress, tests that stop earlier).
    static func hasTermIndexes(on db: Database) throws -> Bool {
        try db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'search_terms'") == 1
    }

    /// Lists every term of the word and stem indexes again (after a rebuild or an erasure).
    public static func rebuildTerms(on db: Database) throws {
        guard try hasTermIndexes(on: db) else { return }
        try db.execute("DELETE FROM search_terms")
        for (kind, table) in termTables {
            let vocabulary = "temp.\(table)_terms"
            try db.execute("""
                CREATE VIRTUAL TABLE IF NOT EXISTS \(vocabulary) USING fts5vocab(main, \(table), 'row');
                INSERT OR IGNORE INTO search_terms(kind, term) SELECT '\(kind)', term FROM \(vocabulary);
                """)
        }
    }

    /// Adds the terms of some associations' new index rows (`ids` as for `reindexDerived`). The scratch
    /// table has the indexes' tokenizer, so it cuts the same terms; it is emptied after each use,
    /// so no text (a person's name) stays behind in it.
    static func addTerms(ofIDs ids: String, on db: Database) throws {
        guard try hasTermIndexes(on: db) else { return }
        try db.execute("""
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms_scratch
                USING fts5(name, body, tokenize = "unicode61 remove_diacritics 0", columnsize = 0, detail = none);
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms_scratch_terms USING fts5vocab(temp, search_terms_scratch, 'row');
            """)
        for (kind, table) in termTables {
            try db.execute("""
                INSERT INTO temp.search_terms_scratch(name, body)
                    SELECT name, body FROM \(table) WHERE rowid IN \(ids);
                INSERT OR IGNORE INTO search_terms(kind, term) SELECT '\(kind)', term FROM temp.search_terms_scratch_terms;
                DELETE FROM temp.search_terms_scratch;
                """)
        }
    }
}
