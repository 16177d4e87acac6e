import Foundation

/// `person erase` on a copy that exchanges changes (issue 19).
///
/// The erasure's own row changes are not recorded: their old values would carry the name to
/// every other copy. One entry per person goes out instead, naming only the person's id and the
/// marker (a change to the pseudo-table `sync_erase`); each copy that applies it erases the
/// person from its own record the same way (`SyncApplier`). On every copy the name is also
/// scrubbed from the sync bookkeeping: the outgoing changesets (rewritten value by value, never
/// dropped, so the other changes in them still travel), the conflict records, the tombstones of
/// deleted rows, and the copy's own files in the folder it last exchanged with. Files other
/// copies wrote hold the name until those copies apply the erasure and rewrite their own.
public enum SyncErasure {
    static let table = "sync_erase"

    /// A person another copy's erasure removed here, with the marker it used.
    struct Erased {
        let person: PersonRecord
        let marker: String
    }

    public struct Outcome: Sendable, Equatable {
        /// True when the erasure was put in the outbox (the file has a copy identity).
        public var sent = false
        /// Outgoing changesets, conflict records and tombstones rewritten without the name.
        public var recordsScrubbed = 0
        /// This copy's files rewritten in the folder (`folder`), and files that could not be.
        public var folder: String?
        public var filesRewritten = 0
        public var filesFailed: [String] = []
    }

    /// Inside the erasure's transaction: leaves its row changes unrecorded, queues the erasure for
    /// the other copies, scrubs the sync tables.
    static func record(_ people: [PersonRecord], marker: String, on db: Database) throws -> Outcome {
        var outcome = Outcome()
        if let recorder = db.transactionObserver as? SyncRecorder {
            recorder.skipCurrentTransaction()
            let changes = people.map { person in
                RowChange(table: table, kind: .insert, primaryKey: [true, false], old: [nil, nil],
                          new: [.integer(person.id), .text(marker)])
            }
            let now = recorder.clock.now()
            try db.run("INSERT INTO sync_outbox(at_ms, created_at, os_user, changeset) VALUES (?, ?, ?, ?)",
                       FieldClock.milliseconds(now), Timestamp.iso(now), OSUser.current(),
                       DatabaseValue.blob(ChangesetWriter.encode(changes)))
            outcome.sent = true
        }
        outcome.recordsScrubbed = try purgeSyncTables(PersonMentions(people), marker: marker, on: db)
        return outcome
    }

    /// Scrubs the name, e-mail and phone from the outbox, conflicts and tombstones; returns the rows rewritten.
    @discardableResult
    static func purgeSyncTables(_ matcher: PersonMentions, marker: String, on db: Database) throws -> Int {
        guard !matcher.isEmpty else { return 0 }
        var rewritten = 0
        for row in try db.query("SELECT seq, changeset FROM sync_outbox") {
            guard case .blob(let bytes) = row.value("changeset"), let scrubbed = try scrub(bytes, matcher, marker) else { continue }
            try db.run("UPDATE sync_outbox SET changeset = ? WHERE seq = ?", DatabaseValue.blob(scrubbed), row.int64("seq"))
            rewritten += 1
        }
        for row in try db.query("SELECT table_name, row_key, deleted_row FROM sync_tombstones") {
            guard case .blob(let bytes) = row.value("deleted_row"), let scrubbed = try scrub(bytes, matcher, marker) else { continue }
            try db.run("UPDATE sync_tombstones SET deleted_row = ? WHERE table_name = ? AND row_key = ?",
                       DatabaseValue.blob(scrubbed), row.string("table_name"), row.string("row_key"))
            rewritten += 1
        }
        for row in try db.query("SELECT id, base_value, theirs, mine FROM sync_conflicts") {
            let values = ["base_value", "theirs", "mine"].map { row.value($0) }
            let clean = values.map { scrub($0, matcher, marker) }
            guard clean != values else { continue }
            try db.run("UPDATE sync_conflicts SET base_value = ?, theirs = ?, mine = ? WHERE id = ?", clean[0], clean[1], clean[2], row.int64("id"))
            rewritten += 1
        }
        return rewritten
    }

    /// Rewrites this copy's own files in the folder it last exchanged with (nothing when it never did).
    static func purgeFolder(_ matcher: PersonMentions, marker: String, on db: Database, into outcome: inout Outcome) {
        guard !matcher.isEmpty,
              let copy = try? db.scalarString("SELECT copy_id FROM sync_copy WHERE id = 1"),
              let folder = try? db.scalarString("SELECT last_exchange_folder FROM sync_copy WHERE id = 1") else { return }
        outcome.folder = folder
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for name in names {
            guard let parsed = SyncFile.parseName(name), parsed.copyID == copy else { continue }
            let path = folder + "/" + name
            do {
                guard let data = FileManager.default.contents(atPath: path) else { throw SyncProblem.unreadable(name) }
                let file = try SyncFile.decode(Array(data))
                var changed = false
                let entries = try file.entries.map { entry -> SyncFile.Entry in
                    guard let scrubbed = try scrub(entry.changeset, matcher, marker) else { return entry }
                    changed = true
                    return SyncFile.Entry(atMs: entry.atMs, osUser: entry.osUser, changeset: scrubbed)
                }
                guard changed else { continue }
                let clean = SyncFile(copyID: file.copyID, originID: file.originID, number: file.number,
                                     schemaVersion: file.schemaVersion, entries: entries)
                try SyncFolder.writeAtomically(clean.encoded(), to: path)
                outcome.filesRewritten += 1
            } catch {
                outcome.filesFailed.append(name)
            }
        }
    }

    /// The changeset with every text value scrubbed, or nil when nothing in it mentions the person.
    static func scrub(_ changeset: [UInt8], _ matcher: PersonMentions, _ marker: String) throws -> [UInt8]? {
        let changes = try Changeset.changes(of: changeset)
        var changed = false
        let clean = changes.map { change -> RowChange in
            let old = change.old.map { $0.map { scrub($0, matcher, marker) } }
            let new = change.new.map { $0.map { scrub($0, matcher, marker) } }
            if old != change.old || new != change.new { changed = true }
            return RowChange(table: change.table, kind: change.kind, primaryKey: change.primaryKey, old: old, new: new)
        }
        return changed ? ChangesetWriter.encode(clean) : nil
    }

    static func scrub(_ value: DatabaseValue, _ matcher: PersonMentions, _ marker: String) -> DatabaseValue {
        guard case .text(let text) = value, matcher.occur(in: text) else { return value }
        return .text(matcher.scrub(text, marker: marker))
    }
}
