import Foundation

/// Schema version 10 (issue 19, "two laptops, one record"): a copy's identity, its outgoing
/// changesets, what it has applied from the other copies, the per-field clock that decides which
/// of two concurrent edits wins, and the conflicts shown to the user. Every `sync_*` table is
/// copy-local: none of them is ever exchanged.
///
/// The audit trail learns which copy made a change: `audit_log.copy_id`, filled by a trigger from
/// the running transaction (`audit_session.copy_id`: the sending copy while applying its file) or
/// else this copy. The append-only guard lets exactly that one fill happen and nothing else.
///
/// Frozen SQL: never edit; a change is a new migration.
enum Schema10Sync {
    static let migration = Migration(version: 10, name: "sync: copy identity, outbox, applied files, field clocks, conflicts", sql: sql)

    static let sql = """
    CREATE TABLE sync_copy (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        copy_id TEXT NOT NULL,                    -- this copy, 16 hex digits
        origin_id TEXT NOT NULL,                  -- the copy every copy of this record started from
        path TEXT NOT NULL,                       -- the file this identity was given to (a copy elsewhere takes a new one)
        created_at TEXT NOT NULL,
        files_written INTEGER NOT NULL DEFAULT 0, -- the number of this copy's newest outgoing file
        last_exchange_at TEXT,
        last_exchange_folder TEXT
    ) STRICT;

    CREATE TABLE sync_outbox (
        seq INTEGER PRIMARY KEY,                  -- commit order
        at_ms INTEGER NOT NULL,                   -- the field clock of the change (ms since 1970)
        created_at TEXT NOT NULL,
        os_user TEXT NOT NULL DEFAULT '',
        changeset BLOB NOT NULL,
        file_number INTEGER                       -- NULL until it is given to an outgoing file
    ) STRICT;
    CREATE INDEX sync_outbox_file ON sync_outbox(file_number);

    CREATE TABLE sync_applied (
        copy_id TEXT PRIMARY KEY,
        last_file INTEGER NOT NULL,
        applied_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE sync_stamps (
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        column_name TEXT NOT NULL,
        at_ms INTEGER NOT NULL,
        copy_id TEXT NOT NULL,
        PRIMARY KEY (table_name, row_key, column_name)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE sync_conflicts (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        from_copy TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        column_name TEXT NOT NULL,
        kind TEXT NOT NULL,                       -- field, delete, insert, rule
        base_value ANY,
        theirs ANY,
        mine ANY,
        winner TEXT NOT NULL,                     -- theirs, mine
        resolved_at TEXT
    ) STRICT;
    CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at, id);

    ALTER TABLE audit_log ADD COLUMN copy_id TEXT;
    ALTER TABLE audit_session ADD COLUMN copy_id TEXT;

    DROP TRIGGER audit_log_no_update;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    WHEN NOT (OLD.copy_id IS NULL AND NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.os_user IS OLD.os_user
              AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id AND NEW.action IS OLD.action
              AND NEW.summary IS OLD.summary AND NEW.application_id IS OLD.application_id
              AND NEW.meeting_id IS OLD.meeting_id)
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

    CREATE TRIGGER audit_log_copy AFTER INSERT ON audit_log
    WHEN NEW.copy_id IS NULL
         AND coalesce((SELECT copy_id FROM audit_session WHERE id = 1), (SELECT copy_id FROM sync_copy WHERE id = 1)) IS NOT NULL
    BEGIN
    UPDATE audit_log SET copy_id = coalesce((SELECT copy_id FROM audit_session WHERE id = 1), (SELECT copy_id FROM sync_copy WHERE id = 1))
    WHERE id = NEW.id;
    END;
    """
}
