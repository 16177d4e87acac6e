import Foundation

/// What a deleted row held (schema 15), and the field clocks it had then. A change to the row
/// made on another copy before that copy saw the delete brings it back from here, so every copy
/// ends with the row kept ("deleting a row the other copy changed keeps the row"), whichever of
/// the two it saw first; the row comes back with its old clocks, as the copy that kept it has them.
enum SyncTombstones {
    /// `clocks`: the `SyncSeen` changes of the row (its field clocks before the delete); the
    /// tombstone keeps them after the delete in the same blob.
    static func remember(_ delete: RowChange, atMs: Int64, clocks: [RowChange], origin: Origin, on db: Database) throws {
        guard delete.kind == .delete else { return }
        let own = SyncSeen.stamps(in: clocks)[delete.table + "\u{0}" + delete.rowKey] ?? [:]
        let blob = ChangesetWriter.encode([delete] + SyncSeen.changes(delete.table, delete.rowKey, own) + [origin.change])
        try db.run("INSERT OR REPLACE INTO sync_tombstones(table_name, row_key, deleted_row, at_ms) VALUES (?, ?, ?, ?)",
                   delete.table, delete.rowKey, DatabaseValue.blob(blob), atMs)
    }

    /// The field clock (milliseconds) of the delete, or nil when the row was never deleted here.
    static func deletedAt(_ table: String, _ rowKey: String, on db: Database) throws -> Int64? {
        try db.scalarInt("SELECT at_ms FROM sync_tombstones WHERE table_name = ? AND row_key = ?", table, rowKey)
    }

    static func forget(_ table: String, _ rowKey: String, on db: Database) throws {
        try db.run("DELETE FROM sync_tombstones WHERE table_name = ? AND row_key = ?", table, rowKey)
    }

    private static func changes(_ table: String, _ rowKey: String, on db: Database) throws -> [RowChange] {
        guard case .blob(let bytes)? = try db.queryOne("SELECT deleted_row FROM sync_tombstones WHERE table_name = ? AND row_key = ?",
                                                      table, rowKey)?.value("deleted_row") else { return [] }
        return try Changeset.changes(of: bytes)
    }

    /// The row's last values (the delete's old values), or nil when it was never deleted here.
    static func deletedRow(_ table: String, _ rowKey: String, on db: Database) throws -> [DatabaseValue]? {
        guard let change = try changes(table, rowKey, on: db).first, change.kind == .delete else { return nil }
        return change.old.map { $0 ?? .null }
    }

    /// The row's field clocks before the delete (column or `*` → stamp); empty for a tombstone
    /// written before they were kept.
    static func clocks(_ table: String, _ rowKey: String, on db: Database) throws -> [String: FieldClock.Stamp] {
        SyncSeen.stamps(in: try changes(table, rowKey, on: db))[table + "\u{0}" + rowKey] ?? [:]
    }

    /// Brings a row back from its tombstone: its field clocks as they were before the delete
    /// (none for a tombstone written before they were kept), in place of the delete's clock.
    static func restoreClocks(_ table: String, _ rowKey: String, on db: Database) throws {
        let stamps = try clocks(table, rowKey, on: db)
        try db.run("DELETE FROM sync_stamps WHERE table_name = ? AND row_key = ?", table, rowKey)
        for (column, stamp) in stamps where stamp != .zero { try FieldClock.set(table, rowKey, column, stamp, on: db) }
    }
}

/// A row this copy kept against another copy's delete goes out again, so the copy that deleted
/// it (and any copy that applied the delete) gets it back. It goes as the row's insert at the
/// clock of the row's own insert, then, per field clock of a field changed since, that field
/// (an update whose old value is the new one): every field keeps the clock it has here, so an
/// edit made elsewhere in the meantime wins or loses exactly as against the original changes.
///
/// A clock is (milliseconds, copy), and the copy is the one that made the change, not this one:
/// each entry carries it (`SyncResend.clockTable`). Sent under this copy's name instead, equal
/// values would take a later clock on the copies that apply the re-send than on the others, and
/// a later edit or delete would then win on some copies and lose on the rest (seed 177).
enum SyncResend {
    /// The pseudo-table of the carried clock: one change (copy, ms) in front of the entry's changes.
    static let clockTable = "sync_clock"

    static func enqueue(_ table: String, _ shape: TableShape, row: [DatabaseValue], rowKey: String, clock: Clock, on db: Database) throws {
        let isKey = shape.columns.map(shape.keyColumns.contains)
        var stamps: [String: FieldClock.Stamp] = [:]
        for stamp in try db.query("SELECT column_name, at_ms, copy_id FROM sync_stamps WHERE table_name = ? AND row_key = ?", table, rowKey) {
            stamps[stamp.string("column_name") ?? ""] = FieldClock.Stamp(ms: stamp.int64("at_ms") ?? 0, copy: stamp.string("copy_id") ?? "")
        }
        var entries: [(FieldClock.Stamp, RowChange)] = [(stamps["*"] ?? .zero, RowChange(table: table, kind: .insert, primaryKey: isKey,
                                                                                        old: Array(repeating: nil, count: row.count),
                                                                                        new: row.map { Optional($0) }))]
        var byClock: [FieldClock.Stamp: [Int]] = [:]
        for (i, column) in shape.columns.enumerated() where !isKey[i] {
            if let stamp = stamps[column] { byClock[stamp, default: []].append(i) }
        }
        for stamp in byClock.keys.sorted() {
            let fields = Set(byClock[stamp] ?? [])
            let old = row.indices.map { isKey[$0] || fields.contains($0) ? Optional(row[$0]) : nil }
            let new = row.indices.map { fields.contains($0) ? Optional(row[$0]) : nil }
            entries.append((stamp, RowChange(table: table, kind: .update, primaryKey: isKey, old: old, new: new)))
        }
        for (stamp, change) in entries {
            try db.run("INSERT INTO sync_outbox(at_ms, created_at, os_user, changeset) VALUES (?, ?, ?, ?)",
                       stamp.ms, Timestamp.iso(clock.now()), OSUser.current(),
                       DatabaseValue.blob(ChangesetWriter.encode([carried(stamp), change])))
        }
    }

    static func carried(_ stamp: FieldClock.Stamp) -> RowChange {
        RowChange(table: clockTable, kind: .insert, primaryKey: [true, false], old: [nil, nil],
                  new: [.text(stamp.copy), .integer(stamp.ms)])
    }

    /// The clock an entry carries, or nil (an ordinary entry: its file's copy at the entry's time).
    static func carriedStamp(in changes: [RowChange]) -> FieldClock.Stamp? {
        for change in changes where change.table == clockTable && change.new.count == 2 {
            if case .text(let copy)? = change.new[0], case .integer(let ms)? = change.new[1] { return FieldClock.Stamp(ms: ms, copy: copy) }
        }
        return nil
    }
}
