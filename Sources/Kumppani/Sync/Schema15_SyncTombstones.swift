import Foundation

/// Schema version 15 (issue 19, the missing merge rules): what a deleted row held, so that a
/// copy which deleted it (or applied another copy's delete) can bring it back when a change made
/// to it elsewhere arrives ("deleting a row the other copy changed keeps the row", on every
/// copy). Copy-local like every `sync_*` table; `person erase` scrubs it like the outbox.
///
/// Frozen SQL: never edit; a change is a new migration.
enum Schema15SyncTombstones {
    static let migration = Migration(version: 15, name: "sync: tombstones of deleted rows", sql: sql)

    static let sql = """
    CREATE TABLE sync_tombstones (
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        deleted_row BLOB NOT NULL,                -- the delete as a one-change changeset: every column as it was
        at_ms INTEGER NOT NULL,                   -- the field clock of the delete
        PRIMARY KEY (table_name, row_key)
    ) STRICT, WITHOUT ROWID;
    """
}
