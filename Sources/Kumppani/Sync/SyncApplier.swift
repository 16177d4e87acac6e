import CSQLite
import Foundation

/// Applies another copy's file: every change field by field under the field clocks, in one
/// transaction (all or nothing). A field this copy also changed since the sender last saw it is a
/// conflict: the later stamp wins for now and both values go to `sync_conflicts`. A delete of a row
/// changed here, or of a row that other rows here still refer to, keeps the row and is listed; a
/// change that would break a rule of the schema (a unique Y-tunnus, a locked minutes) is listed
/// instead of applied.
struct SyncApplier {
    let db: Database
    let file: SyncFile
    let clock: Clock
    private(set) var applied = 0
    private(set) var conflicts = 0
    private var deleted: Set<String> = []
    private var childrenOf: [String: [ForeignKeys.Child]] = [:]
    private var stamp = FieldClock.Stamp.zero

    init(db: Database, file: SyncFile, clock: Clock) {
        self.db = db
        self.file = file
        self.clock = clock
    }

    /// Runs inside the caller's write transaction.
    mutating func applyAll() throws {
        try db.execute("PRAGMA defer_foreign_keys = ON")
        let parsed = try file.entries.map { ($0, try Changeset.changes(of: $0.changeset)) }
        for (_, changes) in parsed {
            for change in changes where change.kind == .delete { deleted.insert(change.table + "\u{0}" + change.rowKey) }
        }
        for (entry, changes) in parsed {
            stamp = FieldClock.Stamp(ms: entry.atMs, copy: file.copyID)
            let at = Timestamp.iso(Date(timeIntervalSince1970: Double(entry.atMs) / 1000))
            try db.run("INSERT OR REPLACE INTO audit_session(id, os_user, at, copy_id) VALUES (1, ?, ?, ?)", entry.osUser, at, file.copyID)
            for change in changes where SyncTables.isExchanged(change.table) {
                try apply(change)
            }
        }
        try db.run("DELETE FROM audit_session")
        try removeOrphans()
    }

    private mutating func apply(_ change: RowChange) throws {
        let shape = try TableShape.of(change.table, on: db)
        guard shape.columns.count == change.primaryKey.count else {
            throw DatabaseError(code: SQLITE_MISMATCH, message: "table \(change.table) has another shape in the file")
        }
        let key = change.rowKey
        let current = try currentRow(change, shape)
        switch change.kind {
        case .insert:
            if let current {
                // The same key inserted on both copies: field by field, as concurrent edits.
                try merge(change, shape, current, base: Array(repeating: nil, count: shape.columns.count))
            } else {
                let values = change.new.map { $0 ?? .null }
                let columns = shape.columns.map(Self.quote).joined(separator: ", ")
                let marks = Array(repeating: "?", count: values.count).joined(separator: ", ")
                if try runChecked("INSERT INTO \(Self.quote(change.table))(\(columns)) VALUES (\(marks))", values,
                                  change, column: "*", theirs: .text(Self.describe(change.new))) {
                    try db.run("DELETE FROM sync_stamps WHERE table_name = ? AND row_key = ?", change.table, key)
                    try FieldClock.set(change.table, key, "*", stamp, on: db)
                    applied += 1
                }
            }
        case .update:
            guard let current else {
                try record("delete", change.table, key, "*", base: nil, theirs: .text(Self.describe(change.new)), mine: nil, winner: "mine")
                return
            }
            try merge(change, shape, current, base: change.old)
        case .delete:
            guard let current else { return }
            let changedHere = change.old.indices.contains { change.old[$0] != nil && change.old[$0] != current[$0] }
            if changedHere {
                try record("delete", change.table, key, "*", base: .text(Self.describe(change.old)), theirs: nil,
                           mine: .text(Self.describe(current.map { Optional($0) })), winner: "mine")
                return
            }
            if try stillReferenced(change.table, shape, current) {
                try record("delete", change.table, key, "*", base: nil, theirs: nil,
                           mine: .text(Self.describe(current.map { Optional($0) })), winner: "mine")
                return
            }
            if try runChecked("DELETE FROM \(Self.quote(change.table)) WHERE \(where_(change, shape))",
                              change.keyValues.map { $0 as DatabaseValueConvertible? }, change, column: "*", theirs: nil) {
                try db.run("DELETE FROM sync_stamps WHERE table_name = ? AND row_key = ?", change.table, key)
                try FieldClock.set(change.table, key, "*", stamp, on: db)
                applied += 1
            }
        }
    }

    /// Field by field: the later stamp wins; a field changed on both sides is a conflict either way.
    private mutating func merge(_ change: RowChange, _ shape: TableShape, _ current: [DatabaseValue], base: [DatabaseValue?]) throws {
        let key = change.rowKey
        var sets: [(String, DatabaseValue)] = []
        for i in change.new.indices where !change.primaryKey[i] {
            guard let theirs = change.new[i] else { continue }
            let column = shape.columns[i], mine = current[i]
            if mine == theirs { continue }
            let local = try FieldClock.effective(change.table, key, column, on: db)
            let theirsWins = local < stamp
            let concurrent = base[i] != mine && !SyncTables.isBookkeeping(column)
            if concurrent {
                try record("field", change.table, key, column, base: base[i], theirs: theirs, mine: mine,
                           winner: theirsWins ? "theirs" : "mine")
            }
            if theirsWins { sets.append((column, theirs)) }
        }
        guard !sets.isEmpty else { return }
        let assignments = sets.map { Self.quote($0.0) + " = ?" }.joined(separator: ", ")
        let values: [DatabaseValueConvertible?] = (sets.map { $0.1 } + change.keyValues).map { $0 as DatabaseValueConvertible? }
        if try runChecked("UPDATE \(Self.quote(change.table)) SET \(assignments) WHERE \(where_(change, shape))", values,
                          change, column: sets.map(\.0).joined(separator: ","), theirs: .text(Self.describe(change.new))) {
            for (column, _) in sets { try FieldClock.set(change.table, key, column, stamp, on: db) }
            applied += 1
        }
    }

    /// Runs one statement; a broken rule (constraint, trigger) is listed as a conflict instead.
    private mutating func runChecked(_ sql: String, _ values: [DatabaseValueConvertible?], _ change: RowChange,
                                     column: String, theirs: DatabaseValue?) throws -> Bool {
        do {
            try db.run(sql, values)
            return true
        } catch let error as DatabaseError where error.code & 0xff == SQLITE_CONSTRAINT {
            try record("rule", change.table, change.rowKey, column, base: nil, theirs: theirs, mine: .text(error.message), winner: "mine")
            return false
        }
    }

    private func currentRow(_ change: RowChange, _ shape: TableShape) throws -> [DatabaseValue]? {
        let columns = shape.columns.map(Self.quote).joined(separator: ", ")
        return try db.query("SELECT \(columns) FROM \(Self.quote(change.table)) WHERE \(where_(change, shape))",
                            change.keyValues.map { $0 as DatabaseValueConvertible? }).first?.values
    }

    private func where_(_ change: RowChange, _ shape: TableShape) -> String {
        change.primaryKey.indices.filter { change.primaryKey[$0] }.map { Self.quote(shape.columns[$0]) + " = ?" }.joined(separator: " AND ")
    }

    /// True when a row outside this file's deletes refers to the row (a cascade would delete it
    /// without anyone having seen it go).
    private mutating func stillReferenced(_ table: String, _ shape: TableShape, _ current: [DatabaseValue]) throws -> Bool {
        if childrenOf[table] == nil { childrenOf[table] = try ForeignKeys.children(of: table, on: db) }
        for child in childrenOf[table] ?? [] {
            let parentColumn = child.parentColumn ?? shape.keyColumns.first ?? "rowid"
            guard let index = shape.columns.firstIndex(of: parentColumn) else { continue }
            let childShape = try TableShape.of(child.table, on: db)
            let keyList = childShape.keyColumns.map(Self.quote).joined(separator: ", ")
            guard !keyList.isEmpty else { return true }
            for row in try db.query("SELECT \(keyList) FROM \(Self.quote(child.table)) WHERE \(Self.quote(child.column)) = ?", current[index]) {
                if !deleted.contains(child.table + "\u{0}" + RowChange.rowKey(row.values)) { return true }
            }
        }
        return false
    }

    /// Rows of the file whose parent this copy has deleted cannot stay (the file would never
    /// commit): they are listed as conflicts with their values and left out.
    private mutating func removeOrphans() throws {
        for row in try db.query("SELECT \"table\" AS t, rowid AS r FROM pragma_foreign_key_check") {
            guard let table = row.string("t"), let rowid = row.int64("r") else { continue }
            let values = try db.queryOne("SELECT * FROM \(Self.quote(table)) WHERE rowid = ?", rowid)
            try record("orphan", table, String(rowid), "*", base: nil,
                       theirs: .text(values.map { Self.describe($0.values.map { Optional($0) }) } ?? ""), mine: nil, winner: "mine")
            try db.run("DELETE FROM \(Self.quote(table)) WHERE rowid = ?", rowid)
        }
    }

    mutating func record(_ kind: String, _ table: String, _ key: String, _ column: String,
                                 base: DatabaseValue?, theirs: DatabaseValue?, mine: DatabaseValue?, winner: String) throws {
        conflicts += 1
        try db.run("""
            INSERT INTO sync_conflicts(at, from_copy, table_name, row_key, column_name, kind, base_value, theirs, mine, winner)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, Timestamp.iso(clock.now()), file.copyID, table, key, column, kind, base ?? .null, theirs ?? .null, mine ?? .null, winner)
    }

    static func quote(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    static func describe(_ values: [DatabaseValue?]) -> String {
        values.map { $0.map { $0.description } ?? "–" }.joined(separator: " | ")
    }
}

/// The foreign keys that point at a table (child table, its column, the parent column or nil for the key).
enum ForeignKeys {
    struct Child { let table: String; let column: String; let parentColumn: String? }

    static func children(of parent: String, on db: Database) throws -> [Child] {
        var result: [Child] = []
        for table in try db.query("SELECT name FROM sqlite_schema WHERE type = 'table'").compactMap({ $0.string("name") })
        where SyncTables.isExchanged(table) {
            for fk in try db.query("SELECT \"table\" AS parent, \"from\" AS child_column, \"to\" AS parent_column FROM pragma_foreign_key_list(?)", table)
            where fk.string("parent") == parent {
                result.append(Child(table: table, column: fk.string("child_column") ?? "", parentColumn: fk.string("parent_column")))
            }
        }
        return result
    }
}
