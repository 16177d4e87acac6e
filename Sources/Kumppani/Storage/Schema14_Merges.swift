import Foundation

/// Schema version 14: what undoing an association merge needs (issue 16, item 4).
///
/// One row per merge: the removed association's row as it was, the kept association's fields the
/// merge changed (before and after), and the references it moved or dropped, as JSON
/// (`AssociationMergeRecord`). `undone_at` is set when the merge is undone. The audit trail
/// (`audit_log`, append-only) says who merged and undid; this table holds the data to undo with.
///
/// Frozen: a later change is a new migration.
enum Schema14Merges {
    static let migration = Migration(version: 14, name: "association merges that can be undone", sql: sql)

    static let sql = """
    CREATE TABLE association_merges (
        id INTEGER PRIMARY KEY,
        merged_at TEXT NOT NULL,
        os_user TEXT NOT NULL DEFAULT '',
        kept_id INTEGER NOT NULL,
        removed_id INTEGER NOT NULL,
        removed_name TEXT NOT NULL,
        undo_data TEXT NOT NULL,
        undone_at TEXT
    ) STRICT;
    CREATE INDEX association_merges_kept ON association_merges(kept_id);
    """
}
