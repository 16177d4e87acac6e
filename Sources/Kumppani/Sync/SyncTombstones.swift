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

    /// The field clock (milliseconds) of the delete, or nil when the row was never deleted here.
    static func deletedAt(_ table: String, _ rowKey: String, on db: Database) throws -> Int64? {
        try db.scalarInt("SELECT at_ms FROM sync_tombstones WHERE table_name = ? AND row_key = ?", table, rowKey)
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

/// A row this copy kept against another copy's delete goes out again, so the copy that deleted
/// it (and any copy that applied the delete) gets it back. It goes as the row's insert at the
/// clock of the row's own insert, then, per field clock of a field changed since, that field
/// (an update whose old value is the new one): every field keeps the clock it has here, so an
/// edit made elsewhere in the meantime wins or loses exactly as against the original changes.
enum SyncResend {
    static func enqueue(_ table: String, _ shape: TableShape, row: [DatabaseValue], rowKey: String, clock: Clock, on db: Database) throws {
        let isKey = shape.columns.map(shape.keyColumns.contains)
        var stamps: [String: Int64] = [:]
        for stamp in try db.query("SELECT column_name, at_ms FROM sync_stamps WHERE table_name = ? AND row_key = ?", table, rowKey) {
            stamps[stamp.string("column_name") ?? ""] = stamp.int64("at_ms") ?? 0
        }
        var entries: [(Int64, RowChange)] = [(stamps["*"] ?? 0, RowChange(table: table, kind: .insert, primaryKey: isKey,
                                                                           old: Array(repeating: nil, count: row.count),
                                                                           new: row.map { Optional($0) }))]
        var byClock: [Int64: [Int]] = [:]
        for (i, column) in shape.columns.enumerated() where !isKey[i] {
            if let ms = stamps[column] { byClock[ms, default: []].append(i) }
        }
        for ms in byClock.keys.sorted() {
            let fields = Set(byClock[ms] ?? [])
            let old = row.indices.map { isKey[$0] || fields.contains($0) ? Optional(row[$0]) : nil }
            let new = row.indices.map { fields.contains($0) ? Optional(row[$0]) : nil }
            entries.append((ms, RowChange(table: table, kind: .update, primaryKey: isKey, old: old, new: new)))
        }
        for (ms, change) in entries {
            try db.run("INSERT INTO sync_outbox(at_ms, created_at, os_user, changeset) VALUES (?, ?, ?, ?)",
                       ms, Timestamp.iso(clock.now()), OSUser.current(), DatabaseValue.blob(ChangesetWriter.encode([change])))
        }
    }
}
