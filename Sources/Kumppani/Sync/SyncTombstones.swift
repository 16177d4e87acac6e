import Foundation

/// What a deleted row held (schema 16). A change to the row made on another copy before that copy
/// saw the delete brings it back from here, so every copy ends with the row kept ("deleting a row
/// the other copy changed keeps the row"), whichever of the two it saw first.
enum SyncTombstones {
    static func remember(_ delete: RowChange, atMs: Int64, on db: Database) throws {
        guard delete.kind == .delete else { return }
        try db.run("INSERT OR REPLACE INTO sync_tombstones(table_name, row_key, deleted_row, at_ms) VALUES (?, ?, ?, ?)",
                   delete.table, delete.rowKey, DatabaseValue.blob(ChangesetWriter.encode([delete])), atMs)
    }

    static func forget(_ table: String, _ rowKey: String, on db: Database) throws {
        try db.run("DELETE FROM sync_tombstones WHERE table_name = ? AND row_key = ?", table, rowKey)
    }

    /// The row's last values (the delete's old values), or nil when it was never deleted here.
    static func deletedRow(_ table: String, _ rowKey: String, on db: Database) throws -> [DatabaseValue]? {
        guard case .blob(let bytes)? = try db.queryOne("SELECT deleted_row FROM sync_tombstones WHERE table_name = ? AND row_key = ?",
                                                      table, rowKey)?.value("deleted_row"),
              let change = try Changeset.changes(of: bytes).first, change.kind == .delete else { return nil }
        return change.old.map { $0 ?? .null }
    }
}

/// A row this copy kept against another copy's delete goes out again as a fresh insert, so the
/// copy that deleted it (and any copy that applied the delete) gets it back.
enum SyncResend {
    static func enqueue(_ table: String, _ shape: TableShape, row: [DatabaseValue], rowKey: String, clock: Clock, on db: Database) throws {
        let change = RowChange(table: table, kind: .insert, primaryKey: shape.columns.map(shape.keyColumns.contains),
                               old: Array(repeating: nil, count: row.count), new: row.map { Optional($0) })
        // The row's own newest field clock, not now: an edit made elsewhere after it still wins.
        let newest = try db.scalarInt("SELECT max(at_ms) FROM sync_stamps WHERE table_name = ? AND row_key = ?", table, rowKey)
        try db.run("INSERT INTO sync_outbox(at_ms, created_at, os_user, changeset) VALUES (?, ?, ?, ?)",
                   newest ?? FieldClock.milliseconds(clock.now()), Timestamp.iso(clock.now()), OSUser.current(),
                   DatabaseValue.blob(ChangesetWriter.encode([change])))
    }
}
