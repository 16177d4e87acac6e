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
    /// People the file erased here (`person erase` on the sending copy), for the purge afterwards.
    private(set) var erasedPeople: [SyncErasure.Erased] = []
    private var uniqueColumns: [String: Set<String>] = [:]
    /// The deleter's field clocks of the rows deleted in the entry being applied (`SyncSeen`).
    private var seenByDeleter: [String: [String: FieldClock.Stamp]] = [:]
    /// Per field (`fieldKey`), the last entry of the file that sets it; and the entry being applied.
    private var lastSetter: [String: Int] = [:]
    private var entryIndex = 0

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
        for (n, (_, changes)) in parsed.enumerated() {
            for change in changes where change.kind != .delete {
                for i in change.new.indices where change.new[i] != nil { lastSetter[Self.fieldKey(change, i)] = n }
            }
        }
        for (n, (entry, changes)) in parsed.enumerated() {
            entryIndex = n
            stamp = SyncResend.carriedStamp(in: changes) ?? FieldClock.Stamp(ms: entry.atMs, copy: file.copyID)
            let at = Timestamp.iso(Date(timeIntervalSince1970: Double(entry.atMs) / 1000))
            try db.run("INSERT OR REPLACE INTO audit_session(id, os_user, at, copy_id) VALUES (1, ?, ?, ?)", entry.osUser, at, file.copyID)
            seenByDeleter = SyncSeen.stamps(in: changes)
            for change in changes {
                if change.table == SyncErasure.table {
                    try applyErasure(change)
                } else if SyncTables.isExchanged(change.table) {
                    try apply(change)
                }
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
                if try seenByTheDeleter(change, key, shape) { return }
                var values = change.new.map { $0 ?? .null }
                for i in values.indices where !change.primaryKey[i] {
                    values[i] = try settleUnique(change, shape, column: shape.columns[i], value: values[i])
                }
                if try insert(change, shape, values) {
                    try db.run("DELETE FROM sync_stamps WHERE table_name = ? AND row_key = ?", change.table, key)
                    try FieldClock.set(change.table, key, "*", stamp, on: db)
                    try SyncTombstones.forget(change.table, key, on: db)
                    applied += 1
                }
            }
        case .update:
            guard let current else {
                // Deleted here (or by a delete applied here) while the other copy changed it: the
                // row comes back with their change, as on the copy that kept it.
                if try seenByTheDeleter(change, key, shape) { return }
                if let dead = try SyncTombstones.deletedRow(change.table, key, on: db), dead.count == shape.columns.count {
                    // Only the fields newer than what the deleter saw take their value (older ones
                    // would have lost to it on the copy that kept the row, too).
                    let seen = try SyncTombstones.clocks(change.table, key, on: db)
                    let taken = change.new.indices.filter { i in
                        change.new[i] != nil && !change.primaryKey[i] && (seen.isEmpty || stamp > Self.clock(seen, shape.columns[i]))
                    }
                    var values = dead
                    for i in taken { values[i] = try settleUnique(change, shape, column: shape.columns[i], value: change.new[i] ?? .null) }
                    if try insert(change, shape, values) {
                        try SyncTombstones.restoreClocks(change.table, key, on: db)
                        for i in taken { try FieldClock.set(change.table, key, shape.columns[i], stamp, on: db) }
                        try SyncTombstones.forget(change.table, key, on: db)
                        try record("delete", change.table, key, "*", base: .text(Self.describe(dead.map { Optional($0) })),
                                   theirs: .text(Self.describe(change.new)), mine: nil, winner: "theirs")
                        applied += 1
                    }
                    return
                }
                try record("delete", change.table, key, "*", base: nil, theirs: .text(Self.describe(change.new)), mine: nil, winner: "mine")
                return
            }
            try merge(change, shape, current, base: change.old)
        case .delete:
            guard let current else { return }
            let changedHere = try changedSinceTheDeleterSaw(change, shape, current)
            if changedHere {
                try record("delete", change.table, key, "*", base: .text(Self.describe(change.old)), theirs: nil,
                           mine: .text(Self.describe(current.map { Optional($0) })), winner: "mine")
                try SyncResend.enqueue(change.table, shape, row: current, rowKey: key, clock: clock, on: db)
                return
            }
            if try stillReferenced(change.table, shape, current) {
                try record("delete", change.table, key, "*", base: nil, theirs: nil,
                           mine: .text(Self.describe(current.map { Optional($0) })), winner: "mine")
                try SyncResend.enqueue(change.table, shape, row: current, rowKey: key, clock: clock, on: db)
                return
            }
            if try runChecked("DELETE FROM \(Self.quote(change.table)) WHERE \(where_(change, shape))",
                              change.keyValues.map { $0 as DatabaseValueConvertible? }, change, column: "*", theirs: nil) {
                // The tombstone keeps, per field, the later of this copy's clock and the deleter's.
                var clocks = SyncSeen.stamps(in: try SyncSeen.changes(for: [change], on: db))[change.table + "\u{0}" + key] ?? [:]
                for (column, seen) in seenByDeleter[change.table + "\u{0}" + key] ?? [:] { clocks[column] = max(clocks[column] ?? .zero, seen) }
                try db.run("DELETE FROM sync_stamps WHERE table_name = ? AND row_key = ?", change.table, key)
                try FieldClock.set(change.table, key, "*", stamp, on: db)
                try SyncTombstones.remember(change, atMs: stamp.ms, clocks: SyncSeen.changes(change.table, key, clocks),
                                            origin: .init(copy: file.copyID, file: file.number, outboxSeq: nil), on: db)
                applied += 1
            }
        }
    }

    /// True when a field here differs from what the deleter saw and holds a change it had not
    /// seen (a later clock here than the deleter's for that field). A delete from before the
    /// deleters sent their clocks: any difference counts.
    private func changedSinceTheDeleterSaw(_ change: RowChange, _ shape: TableShape, _ current: [DatabaseValue]) throws -> Bool {
        let seen = seenByDeleter[change.table + "\u{0}" + change.rowKey]
        for i in change.old.indices where !change.primaryKey[i] {
            guard let old = change.old[i], old != current[i] else { continue }
            guard let seen else { return true }
            let column = shape.columns[i]
            let theirs = seen[column] ?? seen["*"] ?? .zero
            if try FieldClock.effective(change.table, change.rowKey, column, on: db) > theirs { return true }
        }
        return false
    }

    /// True when whoever deleted the row had seen this change, or a newer one of every field it
    /// brings that differs from the deleted row: then the change takes nothing back (on a copy
    /// that had it before the delete arrived, the delete found nothing it had not seen), and the
    /// row stays deleted. Decided by the field clocks the tombstone keeps, compared as `merge`
    /// compares them; a tombstone from before they were kept: by the values and the delete's time.
    private func seenByTheDeleter(_ change: RowChange, _ key: String, _ shape: TableShape) throws -> Bool {
        guard let deletedAt = try SyncTombstones.deletedAt(change.table, key, on: db),
              let dead = try SyncTombstones.deletedRow(change.table, key, on: db), dead.count == change.new.count else { return false }
        let seen = try SyncTombstones.clocks(change.table, key, on: db)
        guard !seen.isEmpty else {
            return stamp.ms < deletedAt && change.new.indices.allSatisfy { change.new[$0] == nil || change.new[$0] == dead[$0] }
        }
        return change.new.indices.allSatisfy { i in
            change.primaryKey[i] || change.new[i] == nil || change.new[i] == dead[i] || stamp <= Self.clock(seen, shape.columns[i])
        }
    }

    static func fieldKey(_ change: RowChange, _ index: Int) -> String { change.table + "\u{0}" + change.rowKey + "\u{0}" + String(index) }

    /// A field's clock among a row's clocks: its own, else the row's insert, else zero (`FieldClock.effective`).
    static func clock(_ clocks: [String: FieldClock.Stamp], _ column: String) -> FieldClock.Stamp {
        clocks[column] ?? clocks["*"] ?? .zero
    }

    private mutating func insert(_ change: RowChange, _ shape: TableShape, _ values: [DatabaseValue]) throws -> Bool {
        let columns = shape.columns.map(Self.quote).joined(separator: ", ")
        let marks = Array(repeating: "?", count: values.count).joined(separator: ", ")
        return try runChecked("INSERT INTO \(Self.quote(change.table))(\(columns)) VALUES (\(marks))", values,
                              change, column: "*", theirs: .text(Self.describe(change.new)))
    }

    /// A value for a unique column (a Y-tunnus) that another row here already holds: the later
    /// field clock keeps it and the other row's field is emptied. Every copy compares the same two
    /// stamps, so every copy ends the same, whichever change it saw first, and lists the conflict.
    private mutating func settleUnique(_ change: RowChange, _ shape: TableShape, column: String, value: DatabaseValue) throws -> DatabaseValue {
        guard value != .null, try nullableUniqueColumns(change.table).contains(column), !shape.keyColumns.isEmpty else { return value }
        // A value the sender replaced later in this same file claims nothing: it never held on the
        // sender past that change, and emptying another row for it here would make this copy end
        // unlike one that saw only the last value (the field stays empty until the later entry).
        if let i = shape.columns.firstIndex(of: column), (lastSetter[Self.fieldKey(change, i)] ?? entryIndex) > entryIndex { return .null }
        let keyList = shape.keyColumns.map(Self.quote).joined(separator: ", ")
        for holder in try db.query("SELECT \(keyList) FROM \(Self.quote(change.table)) WHERE \(Self.quote(column)) = ?", value) {
            let holderKey = RowChange.rowKey(holder.values)
            guard holderKey != change.rowKey else { continue }
            if try FieldClock.effective(change.table, holderKey, column, on: db) < stamp {
                let condition = shape.keyColumns.map { Self.quote($0) + " = ?" }.joined(separator: " AND ")
                try db.run("UPDATE \(Self.quote(change.table)) SET \(Self.quote(column)) = NULL WHERE \(condition)",
                           holder.values.map { $0 as DatabaseValueConvertible? })
                try record("rule", change.table, holderKey, column, base: nil, theirs: .null, mine: value, winner: "theirs")
            } else {
                try record("rule", change.table, change.rowKey, column, base: nil, theirs: value, mine: .null, winner: "mine")
                return .null
            }
        }
        return value
    }

    /// Columns with a one-column UNIQUE index that may be empty (`associations.business_id`).
    private mutating func nullableUniqueColumns(_ table: String) throws -> Set<String> {
        if let known = uniqueColumns[table] { return known }
        var result = Set<String>()
        let nullable = Set(try db.query("SELECT name FROM pragma_table_info(?) WHERE \"notnull\" = 0 AND pk = 0", table)
            .compactMap { $0.string("name") })
        for index in try db.query("SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND partial = 0", table) {
            let columns = try db.query("SELECT name FROM pragma_index_info(?)", index.string("name") ?? "").compactMap { $0.string("name") }
            if columns.count == 1, nullable.contains(columns[0]) { result.insert(columns[0]) }
        }
        uniqueColumns[table] = result
        return result
    }

    /// Field by field: the later stamp wins; a field changed on both sides is a conflict either way.
    private mutating func merge(_ change: RowChange, _ shape: TableShape, _ current: [DatabaseValue], base: [DatabaseValue?]) throws {
        let key = change.rowKey
        var sets: [(String, DatabaseValue)] = []
        for i in change.new.indices where !change.primaryKey[i] {
            guard let theirs = change.new[i] else { continue }
            let column = shape.columns[i], mine = current[i]
            let local = try FieldClock.effective(change.table, key, column, on: db)
            let theirsWins = local < stamp
            if mine == theirs {
                // The same value: its clock becomes the later of the two, as on a copy that took theirs.
                if theirsWins { try FieldClock.set(change.table, key, column, stamp, on: db) }
                continue
            }
            let concurrent = base[i] != mine && !SyncTables.isBookkeeping(column)
            if concurrent {
                try record("field", change.table, key, column, base: base[i], theirs: theirs, mine: mine,
                           winner: theirsWins ? "theirs" : "mine")
            }
            if theirsWins { sets.append((column, theirs)) }
        }
        guard !sets.isEmpty else { return }
        for i in sets.indices { sets[i].1 = try settleUnique(change, shape, column: sets[i].0, value: sets[i].1) }
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

    /// Rows of the file whose parent this copy has deleted: the parent comes back from its
    /// tombstone (the other copy changed the family after the delete was made, so it is kept, as
    /// there); without one the rows cannot stay (the file would never commit), and they are
    /// listed as conflicts with their values and left out.
    private mutating func removeOrphans() throws {
        for _ in 0..<4 {
            let violations = try db.query("SELECT \"table\" AS t, rowid AS r, parent, fkid FROM pragma_foreign_key_check")
            guard !violations.isEmpty else { return }
            var revived = false
            for row in violations {
                guard let table = row.string("t"), let rowid = row.int64("r") else { continue }
                if let parent = row.string("parent"), let fk = row.int64("fkid"),
                   try reviveParent(of: table, rowid: rowid, parent: parent, fk: fk) {
                    revived = true
                    continue
                }
                guard let values = try db.queryOne("SELECT * FROM \(Self.quote(table)) WHERE rowid = ?", rowid) else { continue }
                try record("orphan", table, String(rowid), "*", base: nil,
                           theirs: .text(Self.describe(values.values.map { Optional($0) })), mine: nil, winner: "mine")
                try db.run("DELETE FROM \(Self.quote(table)) WHERE rowid = ?", rowid)
            }
            if !revived { return }
        }
    }

    /// True when the missing parent is back (from its tombstone) or already there again.
    private mutating func reviveParent(of table: String, rowid: Int64, parent: String, fk: Int64) throws -> Bool {
        let links = try db.query("SELECT \"from\" AS f, \"to\" AS t FROM pragma_foreign_key_list(?) WHERE id = ?", table, fk)
        let parentShape = try TableShape.of(parent, on: db)
        guard links.count == 1, let from = links[0].string("f"),
              (links[0].string("t") ?? parentShape.keyColumns.first) == parentShape.keyColumns.first, parentShape.keyColumns.count == 1,
              let value = try db.queryOne("SELECT \(Self.quote(from)) AS v FROM \(Self.quote(table)) WHERE rowid = ?", rowid)?.value("v")
        else { return false }
        let keyColumn = parentShape.keyColumns[0]
        if try db.queryOne("SELECT 1 FROM \(Self.quote(parent)) WHERE \(Self.quote(keyColumn)) = ?", value) != nil { return true }
        let parentKey = RowChange.rowKey([value])
        guard let dead = try SyncTombstones.deletedRow(parent, parentKey, on: db), dead.count == parentShape.columns.count else { return false }
        let columns = parentShape.columns.map(Self.quote).joined(separator: ", ")
        let marks = Array(repeating: "?", count: dead.count).joined(separator: ", ")
        try db.run("INSERT INTO \(Self.quote(parent))(\(columns)) VALUES (\(marks))", dead.map { $0 as DatabaseValueConvertible? })
        try SyncTombstones.restoreClocks(parent, parentKey, on: db)
        try SyncTombstones.forget(parent, parentKey, on: db)
        try record("delete", parent, parentKey, "*", base: .text(Self.describe(dead.map { Optional($0) })), theirs: nil, mine: nil, winner: "theirs")
        return true
    }

    /// Another copy erased a person (`person erase` there): the same erasure here, on this copy's
    /// own record of the person (the file names only the id, never the name).
    private mutating func applyErasure(_ change: RowChange) throws {
        guard change.kind == .insert, change.new.count == 2, case .integer(let id)? = change.new[0] else { return }
        let marker: String
        if case .text(let text)? = change.new[1] { marker = text } else { marker = "–" }
        guard let row = try db.queryOne("SELECT * FROM people WHERE id = ?", id) else { return }
        let person = PersonLookup.record(row)
        _ = try PersonErasure.remove([person], marker: marker, in: db)
        try SyncErasure.purgeSyncTables(PersonMentions([person]), marker: marker, on: db)
        erasedPeople.append(SyncErasure.Erased(person: person, marker: marker))
        applied += 1
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
