import Foundation

/// Schema version 17: search that answers within a frame at 100,000 associations (issue 16).
///
/// - `association_name_fts`: the names alone, with FTS5 prefix indexes of one and two letters. The
///   name matches come first in every list; read from the two-column table they merged the
///   postings of the bodies too (`hollolan m` read 8,000 rows' name keys in 14 ms), and a short
///   word (`m`) could only be tested row by row. Here `"hollolan"* AND "m"*` is one index walk.
/// - `search_terms`: every term of `association_fts` (kind `word`) and of `association_stem`
///   (kind `stem`). SQLite 3.40's FTS5 merges the whole doclist of every term with a prefix
///   before it yields a row (`laht*` 8 ms, the stem `lahd*` 22 ms, even under `LIMIT 1001`); a
///   prefix with few terms is asked as those terms joined by OR, which FTS5 reads lazily
///   (0.6 ms). Filled and kept by `SearchIndex` (derived data, like the stems).
/// - `association_contact_fts`: street, postcode, e-mail and phone (also by its last seven digits),
///   which were words of the stem index: there every e-mail (`lahdenelakelaiset1001`) was a term
///   next to the stems, and a stem prefix (`lahd`) had 20,000 terms instead of a handful. Its
///   prefix indexes answer a house number or the first digits of a phone (`hämeenkatu 1`: the
///   postings of every term starting with 1 were merged, 20 ms).
/// - `search_backlog`: associations whose derived indexes (all but the two word indexes) a large
///   import left to be made after its commit, a chunk at a time (`SearchIndex+Backlog`).
/// - The four older index tables are made again with `columnsize=0`: nothing ranks by column
///   size, and writing the sizes was ~10 % of each index's build in an import.
///
/// Frozen SQL: never edit; a change is a new migration. The index text is derived data made in
/// Swift: every association is queued and `SearchIndex.flush`, run before this migration's
/// commit, rebuilds all indexes in one pass.
enum Schema17SearchTerms {
    static let migration = Migration(version: 17, name: "search: names index, term list, no column sizes", sql: sql)

    static let sql = """
    DROP TABLE association_fts;
    DROP TABLE association_fts_folded;
    DROP TABLE association_stem;
    DROP TABLE association_trigram;
    CREATE VIRTUAL TABLE association_fts USING fts5(name, body, tokenize = "unicode61 remove_diacritics 0", columnsize = 0);
    CREATE VIRTUAL TABLE association_fts_folded USING fts5(name, body, tokenize = "unicode61 remove_diacritics 2", columnsize = 0);
    CREATE VIRTUAL TABLE association_stem USING fts5(name, body, tokenize = "unicode61 remove_diacritics 0", columnsize = 0);
    CREATE VIRTUAL TABLE association_trigram USING fts5(name, tokenize = "trigram", columnsize = 0);
    CREATE VIRTUAL TABLE association_contact_fts USING fts5(contact, tokenize = "unicode61 remove_diacritics 0", columnsize = 0, prefix = '1 2');
    CREATE VIRTUAL TABLE association_name_fts USING fts5(name, tokenize = "unicode61 remove_diacritics 0", columnsize = 0, prefix = '1 2');
    CREATE TABLE search_terms (
        kind TEXT NOT NULL CHECK (kind IN ('word', 'stem')),
        term TEXT NOT NULL,
        PRIMARY KEY (kind, term)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE search_backlog (association_id INTEGER PRIMARY KEY) STRICT;
    INSERT OR IGNORE INTO search_dirty(association_id) SELECT id FROM associations;
    """
}
