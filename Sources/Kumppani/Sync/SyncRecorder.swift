import CSQLite
import Foundation

/// Records every committed write transaction of one connection with the session extension and
/// appends its changeset to `sync_outbox` in the same transaction: a crash loses nothing and
/// records nothing twice. Also advances the field clocks (`sync_stamps`) of the changed fields.
final class SyncRecorder: TransactionObserver {
    let copyID: String
    let clock: Clock
    private var session: OpaquePointer?
    /// True while a file from another copy is applied: those changes are theirs, not ours.
    var isSuspended = false

    init(copyID: String, clock: Clock) {
        self.copyID = copyID
        self.clock = clock
    }

    func didBegin(_ db: Database) throws {
        guard !isSuspended else { return }
        var s: OpaquePointer?
        let rc = sqlite3session_create(db.handle, "main", &s)
        guard rc == SQLITE_OK, let s else { throw db.error(code: rc) }
        sqlite3session_table_filter(s, { _, name in
            guard let name else { return 0 }
            return SyncTables.isExchanged(String(cString: name)) ? 1 : 0
        }, nil)
        let attached = sqlite3session_attach(s, nil)
        guard attached == SQLITE_OK else {
            sqlite3session_delete(s)
            throw db.error(code: attached)
        }
        session = s
    }

    func willCommit(_ db: Database) throws {
        guard let s = session else { return }
        var size: Int32 = 0
        var buffer: UnsafeMutableRawPointer?
        let rc = sqlite3session_changeset(s, &size, &buffer)
        guard rc == SQLITE_OK else { throw db.error(code: rc) }
        defer { sqlite3_free(buffer) }
        guard size > 0, let buffer else { return }
        let blob = Array(UnsafeRawBufferPointer(start: buffer, count: Int(size)))
        let changes = try Changeset.changes(of: blob)
        guard !changes.isEmpty else { return }
        // What each deleted row's fields looked like to this copy, by their clocks (read before
        // the delete's own stamp replaces them): see `SyncSeen`.
        let seen = try SyncSeen.changes(for: changes, on: db)
        let atMs = try FieldClock.stampLocal(changes, copyID: copyID, now: clock.now(), on: db)
        try db.run("INSERT INTO sync_outbox(at_ms, created_at, os_user, changeset) VALUES (?, ?, ?, ?)",
                   atMs, Timestamp.iso(clock.now()), OSUser.current(), DatabaseValue.blob(ChangesetWriter.encode(seen) + blob))
        // A tombstone names the outbox entry that carries its delete (for pruning, `SyncTombstones.prune`).
        let origin = SyncTombstones.Origin(copy: copyID, file: nil, outboxSeq: db.lastInsertRowID)
        for change in changes {
            switch change.kind {
            case .delete: try SyncTombstones.remember(change, atMs: atMs, clocks: seen, origin: origin, on: db)
            case .insert: try SyncTombstones.forget(change.table, change.rowKey, on: db)
            case .update: break
            }
        }
    }

    /// Leaves the running transaction unrecorded: `person erase` sends an erasure instead of its
    /// row changes, which would carry the name to the other copies in their old values.
    func skipCurrentTransaction() {
        if let s = session { sqlite3session_delete(s) }
        session = nil
    }

    func didEnd(_ db: Database) {
        if let s = session { sqlite3session_delete(s) }
        session = nil
    }

    /// Installs a recorder when the file has a copy identity (`sync init` was run on it).
    static func installIfEnabled(on store: Store) {
        guard !store.isReadOnly,
              let copyID = try? store.database.scalarString("SELECT copy_id FROM sync_copy WHERE id = 1") else { return }
        store.database.transactionObserver = SyncRecorder(copyID: copyID, clock: store.clock)
    }
}

/// The per-field clock that decides which of two concurrent edits wins: a stamp is (milliseconds,
/// copy id), compared in that order. A local change always gets a stamp later than any it
/// replaces, so an edit made after seeing another copy's change beats it even with a slow clock.
/// A row's insert stamps the pseudo-column `*`, which stands for every column not stamped since.
enum FieldClock {
    struct Stamp: Comparable, Hashable {
        let ms: Int64
        let copy: String
        static func < (a: Stamp, b: Stamp) -> Bool { (a.ms, a.copy) < (b.ms, b.copy) }
        static let zero = Stamp(ms: 0, copy: "")
    }

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) }

    static func stamp(_ table: String, _ rowKey: String, _ column: String, on db: Database) throws -> Stamp? {
        guard let row = try db.queryOne("SELECT at_ms, copy_id FROM sync_stamps WHERE table_name = ? AND row_key = ? AND column_name = ?",
                                        table, rowKey, column) else { return nil }
        return Stamp(ms: row.int64("at_ms") ?? 0, copy: row.string("copy_id") ?? "")
    }

    /// The stamp that holds for one field: its own, else its row's insert, else zero.
    static func effective(_ table: String, _ rowKey: String, _ column: String, on db: Database) throws -> Stamp {
        try stamp(table, rowKey, column, on: db) ?? stamp(table, rowKey, "*", on: db) ?? .zero
    }

    static func set(_ table: String, _ rowKey: String, _ column: String, _ stamp: Stamp, on db: Database) throws {
        try db.run("INSERT OR REPLACE INTO sync_stamps(table_name, row_key, column_name, at_ms, copy_id) VALUES (?, ?, ?, ?, ?)",
                   table, rowKey, column, stamp.ms, stamp.copy)
    }

    /// Stamps the fields of a local transaction; returns its clock value.
    static func stampLocal(_ changes: [RowChange], copyID: String, now: Date, on db: Database) throws -> Int64 {
        var ms = milliseconds(now)
        var fields: [(String, String, String)] = []
        for change in changes {
            let key = change.rowKey
            switch change.kind {
            case .insert, .delete:
                fields.append((change.table, key, "*"))
                if let s = try stamp(change.table, key, "*", on: db) { ms = max(ms, s.ms + 1) }
                if change.kind == .delete,
                   let newest = try db.scalarInt("SELECT max(at_ms) FROM sync_stamps WHERE table_name = ? AND row_key = ?", change.table, key) {
                    ms = max(ms, newest + 1)   // a delete is later than every change it saw
                }
            case .update:
                let columns = try TableShape.of(change.table, on: db).columns
                for i in change.new.indices where change.new[i] != nil && !change.primaryKey[i] && i < columns.count {
                    fields.append((change.table, key, columns[i]))
                    ms = max(ms, try effective(change.table, key, columns[i], on: db).ms + 1)
                }
            }
        }
        let stamp = Stamp(ms: ms, copy: copyID)
        for (table, key, column) in fields {
            if column == "*" {
                // A new row: its earlier field stamps (from a deleted row with the same key) no longer count.
                try db.run("DELETE FROM sync_stamps WHERE table_name = ? AND row_key = ?", table, key)
            }
            try set(table, key, column, stamp, on: db)
        }
        return ms
    }
}

/// A table's column names in declaration order (the changeset's column order) and its key columns.
struct TableShape {
    let columns: [String]
    let keyColumns: [String]

    nonisolated(unsafe) private static var cache: [String: TableShape] = [:]
    private static let lock = NSLock()

    static func of(_ table: String, on db: Database) throws -> TableShape {
        let cacheKey = db.path + "\u{0}" + table
        lock.lock()
        if let cached = cache[cacheKey] { lock.unlock(); return cached }
        lock.unlock()
        let rows = try db.query("SELECT name, pk FROM pragma_table_info(?) ORDER BY cid", table)
        let shape = TableShape(columns: rows.map { $0.string("name") ?? "" },
                               keyColumns: rows.filter { ($0.int64("pk") ?? 0) > 0 }
                                   .sorted { ($0.int64("pk") ?? 0) < ($1.int64("pk") ?? 0) }
                                   .map { $0.string("name") ?? "" })
        lock.lock(); cache[cacheKey] = shape; lock.unlock()
        return shape
    }
}
