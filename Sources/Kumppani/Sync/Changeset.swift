import CSQLite
import Foundation

/// One row change read from a session changeset: the table, the kind, which columns form the
/// primary key, and the old and new values (nil: not part of the change, e.g. an unchanged column).
struct RowChange: Equatable {
    enum Kind: Equatable { case insert, update, delete }
    let table: String
    let kind: Kind
    let primaryKey: [Bool]
    let old: [DatabaseValue?]
    let new: [DatabaseValue?]

    /// The key values, from `old` (update, delete) or `new` (insert).
    var keyValues: [DatabaseValue] {
        primaryKey.indices.compactMap { primaryKey[$0] ? (old[$0] ?? new[$0]) : nil }
    }

    /// The row's key as one text, for the field clocks and conflict records ("42", "42|target_group|x").
    var rowKey: String { Self.rowKey(keyValues) }

    static func rowKey(_ values: [DatabaseValue]) -> String {
        values.map { $0.description.replacingOccurrences(of: "|", with: "||") }.joined(separator: "|")
    }
}

/// Reads changesets made by the session extension.
enum Changeset {
    /// Every change of a changeset blob, in its order. A damaged blob throws instead of trapping.
    static func changes(of blob: [UInt8]) throws -> [RowChange] {
        guard !blob.isEmpty else { return [] }
        var copy = blob
        return try copy.withUnsafeMutableBytes { raw -> [RowChange] in
            var iterator: OpaquePointer?
            var rc = sqlite3changeset_start(&iterator, Int32(raw.count), raw.baseAddress)
            guard rc == SQLITE_OK, let iterator else { throw DatabaseError(code: rc, message: "damaged changeset") }
            defer { sqlite3changeset_finalize(iterator) }
            var result: [RowChange] = []
            while true {
                rc = sqlite3changeset_next(iterator)
                if rc == SQLITE_DONE { break }
                guard rc == SQLITE_ROW else { throw DatabaseError(code: rc, message: "damaged changeset") }
                var tableName: UnsafePointer<CChar>?
                var columnCount: Int32 = 0, op: Int32 = 0, indirect: Int32 = 0
                guard sqlite3changeset_op(iterator, &tableName, &columnCount, &op, &indirect) == SQLITE_OK,
                      let tableName else { throw DatabaseError(code: SQLITE_CORRUPT, message: "damaged changeset") }
                var pkFlags: UnsafeMutablePointer<UInt8>?
                var pkCount: Int32 = 0
                sqlite3changeset_pk(iterator, &pkFlags, &pkCount)
                let n = Int(columnCount)
                let pk = (0..<n).map { i in pkFlags.map { $0[i] != 0 } ?? false }
                let kind: RowChange.Kind
                switch op {
                case SQLITE_INSERT: kind = .insert
                case SQLITE_UPDATE: kind = .update
                case SQLITE_DELETE: kind = .delete
                default: throw DatabaseError(code: SQLITE_CORRUPT, message: "damaged changeset")
                }
                var old = [DatabaseValue?](repeating: nil, count: n)
                var new = [DatabaseValue?](repeating: nil, count: n)
                for i in 0..<n {
                    var value: OpaquePointer?
                    if kind != .insert, sqlite3changeset_old(iterator, Int32(i), &value) == SQLITE_OK, let value {
                        old[i] = Self.value(value)
                    }
                    value = nil
                    if kind != .delete, sqlite3changeset_new(iterator, Int32(i), &value) == SQLITE_OK, let value {
                        new[i] = Self.value(value)
                    }
                }
                result.append(RowChange(table: String(cString: tableName), kind: kind, primaryKey: pk, old: old, new: new))
            }
            return result
        }
    }

    static func value(_ v: OpaquePointer) -> DatabaseValue {
        switch sqlite3_value_type(v) {
        case SQLITE_INTEGER: return .integer(sqlite3_value_int64(v))
        case SQLITE_FLOAT: return .real(sqlite3_value_double(v))
        case SQLITE_TEXT:
            let n = Int(sqlite3_value_bytes(v))
            guard let p = sqlite3_value_text(v) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self))
        case SQLITE_BLOB:
            let n = Int(sqlite3_value_bytes(v))
            guard n > 0, let p = sqlite3_value_blob(v) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: p, count: n)))
        default: return .null
        }
    }
}

/// Which tables travel between copies. The search index, its queue and any derived or cached
/// table (stems, trigrams, vocabulary), the audit trail (each copy writes its own, naming the copy
/// that made the change) and the sync bookkeeping stay where they are.
public enum SyncTables {
    public static func isExchanged(_ name: String) -> Bool {
        let n = name.lowercased()
        for prefix in ["sqlite_", "sync_", "audit_", "search_"] where n.hasPrefix(prefix) { return false }
        for marker in ["fts", "stem", "trigram", "vocab", "cache", "setting", "_local"] where n.contains(marker) { return false }
        return true
    }

    /// Columns the program keeps by itself (when a row last changed, a sort key derived from the
    /// name): merged like any field but never listed as a conflict of their own.
    public static func isBookkeeping(_ column: String) -> Bool {
        ["updated_at", "updated_by", "name_key", "sort_key"].contains(column)
    }
}
