import CSQLite
import Foundation

/// Writes changesets in the session extension's format, so that a change the program makes up
/// (a kept row sent again, a scrubbed copy of a recorded change, an erasure) travels like any
/// recorded one and is read back by `Changeset.changes` (that is, by `sqlite3changeset_start`).
///
/// The format: per run of one table `T`, the column count (varint), one primary-key flag byte
/// per column and the NUL-terminated table name; then per change the operation, the indirect
/// flag (0) and the record(s): old values (update, delete), new values (update, insert). A value
/// is a type byte (0 not part of the change, 1 integer, 2 real, 3 text, 4 blob, 5 null) and its
/// bytes (8-byte big-endian numbers; varint length and bytes for text and blobs).
enum ChangesetWriter {
    static func encode(_ changes: [RowChange]) -> [UInt8] {
        var out: [UInt8] = []
        var currentTable: String?
        var currentShape: [Bool] = []
        for change in changes {
            if change.table != currentTable || change.primaryKey != currentShape {
                out.append(0x54)   // 'T'
                out += varint(UInt64(change.primaryKey.count))
                out += change.primaryKey.map { $0 ? 1 : 0 }
                out += Array(change.table.utf8) + [0]
                currentTable = change.table
                currentShape = change.primaryKey
            }
            switch change.kind {
            case .insert:
                out += [UInt8(SQLITE_INSERT), 0]
                out += record(change.new)
            case .update:
                out += [UInt8(SQLITE_UPDATE), 0]
                out += record(change.old) + record(change.new)
            case .delete:
                out += [UInt8(SQLITE_DELETE), 0]
                out += record(change.old)
            }
        }
        return out
    }

    private static func record(_ values: [DatabaseValue?]) -> [UInt8] {
        var out: [UInt8] = []
        for value in values {
            switch value {
            case nil: out.append(0)
            case .null?: out.append(5)
            case .integer(let i)?: out.append(1); out += SyncFile.bigEndian(UInt64(bitPattern: i), bytes: 8)
            case .real(let d)?: out.append(2); out += SyncFile.bigEndian(d.bitPattern, bytes: 8)
            case .text(let s)?:
                let bytes = Array(s.utf8)
                out.append(3); out += varint(UInt64(bytes.count)) + bytes
            case .blob(let b)?:
                out.append(4); out += varint(UInt64(b.count)) + b
            }
        }
        return out
    }

    /// SQLite's varint: 7 bits a byte, high bit set on all but the last (lengths here stay far below 2^56).
    static func varint(_ value: UInt64) -> [UInt8] {
        var groups: [UInt8] = [UInt8(value & 0x7f)]
        var v = value >> 7
        while v > 0 {
            groups.append(UInt8(v & 0x7f) | 0x80)
            v >>= 7
        }
        return groups.reversed()
    }
}
