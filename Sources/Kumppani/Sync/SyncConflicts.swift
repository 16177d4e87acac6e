import Foundation

/// The conflicts a merge listed: both values are kept here, the later one is in the record for now.
public struct SyncConflict: Equatable, Sendable {
    public let id: Int64
    public let at: String
    public let fromCopy: String
    public let table: String
    public let rowKey: String
    public let column: String
    public let kind: String
    public let base: DatabaseValue
    public let theirs: DatabaseValue
    public let mine: DatabaseValue
    public let winner: String
    public let resolved: Bool

    public enum Choice: String, Sendable { case mine, theirs, base }

    /// Open conflicts first, newest last within each.
    public static func list(_ store: Store, includeResolved: Bool = false) throws -> [SyncConflict] {
        try store.database.query("""
            SELECT id, at, from_copy, table_name, row_key, column_name, kind, base_value, theirs, mine, winner, resolved_at
            FROM sync_conflicts \(includeResolved ? "" : "WHERE resolved_at IS NULL") ORDER BY resolved_at IS NOT NULL, id
            """).map { row in
            SyncConflict(id: row.int64("id") ?? 0, at: row.string("at") ?? "", fromCopy: row.string("from_copy") ?? "",
                         table: row.string("table_name") ?? "", rowKey: row.string("row_key") ?? "",
                         column: row.string("column_name") ?? "", kind: row.string("kind") ?? "",
                         base: row.value("base_value"), theirs: row.value("theirs"), mine: row.value("mine"),
                         winner: row.string("winner") ?? "", resolved: !row.isNull("resolved_at"))
        }
    }

    /// Settles a conflict: a field conflict puts the chosen value in the record (a normal change,
    /// which the next exchange sends to the other copies); every kind is then marked resolved.
    public static func resolve(_ store: Store, id: Int64, choice: Choice) throws {
        let db = store.database
        try store.auditedWrite {
            guard let conflict = try list(store).first(where: { $0.id == id }) else { throw SyncProblem.noConflict(id) }
            if conflict.kind == "field" {
                let value: DatabaseValue
                switch choice {
                case .mine: value = conflict.mine
                case .theirs: value = conflict.theirs
                case .base: value = conflict.base
                }
                let shape = try TableShape.of(conflict.table, on: db)
                let keys = conflict.rowKey.components(separatedBy: "|")
                guard keys.count == shape.keyColumns.count else { throw SyncProblem.noConflict(id) }
                let whereClause = shape.keyColumns.map { SyncApplier.quote($0) + " = ?" }.joined(separator: " AND ")
                // Keys are stored as text; SQLite compares them with the column's affinity (STRICT INTEGER keys too).
                let keyValues: [DatabaseValueConvertible?] = keys.map { Int64($0).map(DatabaseValue.integer) ?? .text($0) }
                try db.run("UPDATE \(SyncApplier.quote(conflict.table)) SET \(SyncApplier.quote(conflict.column)) = ? WHERE \(whereClause)",
                           [value] + keyValues)
            }
            try db.run("UPDATE sync_conflicts SET resolved_at = ? WHERE id = ?", Timestamp.iso(store.clock.now()), id)
        }
    }

    /// What the row is called, for people: its name or title ("Heinolan Omaishoitajat ry"), else its key.
    public func rowLabel(in store: Store) -> String {
        let db = store.database
        guard let shape = try? TableShape.of(table, on: db), shape.keyColumns == ["id"], let id = Int64(rowKey),
              let column = ["name", "title", "note"].first(where: shape.columns.contains) else { return rowKey }
        let text = (try? db.scalarString("SELECT \(SyncApplier.quote(column)) FROM \(SyncApplier.quote(table)) WHERE id = ?", id)) ?? nil
        guard let text, !text.isEmpty else { return rowKey }
        return text.count > 50 ? String(text.prefix(49)) + "…" : text
    }
}
