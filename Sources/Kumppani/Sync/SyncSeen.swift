import Foundation

/// A delete travels with the field clocks of the row as the deleting copy saw it: one change per
/// stamp to the pseudo-table `sync_seen` (never a real table), put in front of the recorded
/// changeset of the same transaction. A copy receiving the delete keeps the row only when one of
/// its fields holds a change the deleter had not seen (a later clock here); a copy that is merely
/// behind (the deleter had seen a newer value that has not arrived here yet) applies the delete,
/// and the late change then finds the row deleted by someone who had seen it.
enum SyncSeen {
    static let table = "sync_seen"

    static func changes(for changes: [RowChange], on db: Database) throws -> [RowChange] {
        var result: [RowChange] = []
        for change in changes where change.kind == .delete && SyncTables.isExchanged(change.table) {
            var stamps = try db.query("SELECT column_name, at_ms, copy_id FROM sync_stamps WHERE table_name = ? AND row_key = ?",
                                      change.table, change.rowKey).map {
                ($0.string("column_name") ?? "", FieldClock.Stamp(ms: $0.int64("at_ms") ?? 0, copy: $0.string("copy_id") ?? ""))
            }
            // A row never changed since the copies parted still says so: "nothing seen" is news too.
            if stamps.isEmpty { stamps = [("*", .zero)] }
            result += stamps.map { seen(change.table, change.rowKey, $0.0, $0.1) }
        }
        return result
    }

    /// The changes for given clocks of one row (a tombstone keeps them so).
    static func changes(_ table: String, _ rowKey: String, _ stamps: [String: FieldClock.Stamp]) -> [RowChange] {
        stamps.keys.sorted().map { seen(table, rowKey, $0, stamps[$0] ?? .zero) }
    }

    private static func seen(_ rowTable: String, _ rowKey: String, _ column: String, _ stamp: FieldClock.Stamp) -> RowChange {
        RowChange(table: table, kind: .insert, primaryKey: [true, true, true, false, false], old: Array(repeating: nil, count: 5),
                  new: [.text(rowTable), .text(rowKey), .text(column), .integer(stamp.ms), .text(stamp.copy)])
    }

    /// (table, row key) → column → stamp, from the `sync_seen` changes of one entry.
    static func stamps(in changes: [RowChange]) -> [String: [String: FieldClock.Stamp]] {
        var result: [String: [String: FieldClock.Stamp]] = [:]
        for change in changes where change.table == table && change.new.count == 5 {
            guard case .text(let t)? = change.new[0], case .text(let key)? = change.new[1], case .text(let column)? = change.new[2],
                  case .integer(let ms)? = change.new[3], case .text(let copy)? = change.new[4] else { continue }
            result[t + "\u{0}" + key, default: [:]][column] = FieldClock.Stamp(ms: ms, copy: copy)
        }
        return result
    }
}
