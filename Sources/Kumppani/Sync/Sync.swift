import Foundation

/// Exchanging changes between copies of one record through a folder (issue 19).
///
/// `initialize` gives the file a copy identity; from then on every committed change is recorded
/// (`SyncRecorder`). `exchange` writes this copy's unsent changes as the next numbered file and
/// applies every other copy's files it has not applied yet, each copy's files in their order.
public enum Sync {
    public struct Identity: Equatable, Sendable {
        public let copyID: String
        public let originID: String
    }

    public enum InitResult: Equatable, Sendable {
        case created(Identity)
        /// A copy of another copy's file (`kumppani backup`): a new identity, the same origin.
        case newCopy(Identity, from: String)
        case alreadyInitialized(Identity)
    }

    public static func identity(of store: Store) -> Identity? {
        guard let row = try? store.database.queryOne("SELECT copy_id, origin_id FROM sync_copy WHERE id = 1"),
              let copy = row.string("copy_id"), let origin = row.string("origin_id") else { return nil }
        return Identity(copyID: copy, originID: origin)
    }

    static func newCopyID() -> String { String(format: "%016llx", UInt64.random(in: 1...UInt64.max)) }

    static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Gives the file a copy identity. A file whose identity was given to another path is a copy
    /// of that file: it takes a new identity, remembers the origin, and counts the original's
    /// files written so far as applied (it holds their changes already).
    @discardableResult
    public static func initialize(_ store: Store) throws -> InitResult {
        let db = store.database
        let here = absolutePath(store.path)
        let now = Timestamp.iso(store.clock.now())
        let result: InitResult = try db.write {
            if let row = try db.queryOne("SELECT copy_id, origin_id, path, files_written FROM sync_copy WHERE id = 1"),
               let copy = row.string("copy_id"), let origin = row.string("origin_id") {
                if row.string("path") == here || store.path == ":memory:" {
                    return .alreadyInitialized(Identity(copyID: copy, originID: origin))
                }
                let fresh = Identity(copyID: newCopyID(), originID: origin)
                try db.run("INSERT OR REPLACE INTO sync_applied(copy_id, last_file, applied_at) VALUES (?, ?, ?)",
                           copy, row.int64("files_written") ?? 0, now)
                try db.run("UPDATE sync_copy SET copy_id = ?, path = ?, created_at = ?, files_written = 0, last_exchange_at = NULL WHERE id = 1",
                           fresh.copyID, here, now)
                // The original's outgoing changes are the original's to send (it will, under its own
                // name); sent again under this copy's name they would arrive twice.
                try db.execute("DELETE FROM sync_outbox")
                return .newCopy(fresh, from: copy)
            }
            let id = newCopyID()
            try db.run("INSERT INTO sync_copy(id, copy_id, origin_id, path, created_at) VALUES (1, ?, ?, ?, ?)", id, id, here, now)
            return .created(Identity(copyID: id, originID: id))
        }
        SyncRecorder.installIfEnabled(on: store)
        return result
    }

    // MARK: Status

    public struct Status: Equatable, Sendable {
        public let identity: Identity
        public let lastExchange: Date?
        public let lastFolder: String?
        /// Committed changes (transactions) not yet written to a folder.
        public let pending: Int
        public let openConflicts: Int
    }

    public static func status(of store: Store) throws -> Status? {
        let db = store.database
        guard let identity = identity(of: store),
              let row = try db.queryOne("SELECT last_exchange_at, last_exchange_folder FROM sync_copy WHERE id = 1") else { return nil }
        return Status(identity: identity, lastExchange: row.string("last_exchange_at").flatMap(UTCTimestamp.parse),
                      lastFolder: row.string("last_exchange_folder"),
                      pending: Int(try db.scalarInt("SELECT count(*) FROM sync_outbox WHERE file_number IS NULL") ?? 0),
                      openConflicts: Int(try db.scalarInt("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL") ?? 0))
    }

    // MARK: Exchange

    public struct Report: Equatable, Sendable {
        public var filesWritten: [String] = []
        public var filesApplied: [String] = []
        public var changesApplied = 0
        public var newConflicts = 0
        /// Files refused, each with why (damaged, another record, another version).
        public var refused: [(file: String, problem: SyncProblem)] = []
        /// This copy's own files applied again after a restore of an older backup.
        public var ownFilesReapplied: [String] = []
        /// Outbox entries dropped because every known copy has applied them.
        public var pruned = 0
        /// Tombstones dropped because no change still on its way can need them.
        public var tombstonesPruned = 0
        /// People another copy erased, erased here too.
        public var peopleErased = 0
        public static func == (a: Report, b: Report) -> Bool {
            a.filesWritten == b.filesWritten && a.filesApplied == b.filesApplied && a.changesApplied == b.changesApplied
                && a.newConflicts == b.newConflicts && a.refused.map(\.file) == b.refused.map(\.file)
        }
    }

    /// Writes this copy's new changes into `folder` and applies the other copies' unseen files.
    public static func exchange(_ store: Store, folder: String) throws -> Report {
        guard let identity = identity(of: store) else { throw SyncProblem.notInitialized }
        // A copy made with `kumppani backup` still carries the original's identity until `sync init`:
        // exchanging under it would write files under the original's names, and one copy's changes
        // would never arrive.
        if store.path != ":memory:", let recorded = try store.database.scalarString("SELECT path FROM sync_copy WHERE id = 1"),
           recorded != absolutePath(store.path) {
            throw SyncProblem.copyNeedsIdentity(identity.copyID)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SyncProblem.noFolder(folder)
        }
        let db = store.database
        var report = Report()
        let schema = store.schemaVersion

        // 0. After `kumppani restore` of an older backup the folder holds files of ours this file
        //    does not know: what this copy sent after the backup. They are applied first (or the
        //    exchange stops with a message), so nothing already sent is lost or sent twice.
        var present = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        var erased: [SyncErasure.Erased] = []
        try recoverOwnFiles(store, identity: identity, folder: folder, present: present, schema: schema,
                            report: &report, erased: &erased)

        // 1–2. This copy's unsent changes as the next file.
        try writeOutgoing(store, identity: identity, folder: folder, schema: schema, report: &report)

        // 3. Apply the others' files in each copy's order; a gap waits for the missing file.
        present = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        let applied = Dictionary(uniqueKeysWithValues: try db.query("SELECT copy_id, last_file FROM sync_applied").map {
            ($0.string("copy_id") ?? "", $0.int("last_file") ?? 0)
        })
        var byCopy: [String: [Int: String]] = [:]
        for name in present.sorted() {
            guard let (copy, number) = SyncFile.parseName(name), copy != identity.copyID else { continue }
            byCopy[copy, default: [:]][number] = name
        }
        for copy in byCopy.keys.sorted() {
            var next = (applied[copy] ?? 0) + 1
            while let name = byCopy[copy]?[next] {
                do {
                    let outcome = try applyFile(at: folder + "/" + name, expecting: (copy, next), identity: identity,
                                                schema: schema, store: store)
                    report.filesApplied.append(name)
                    report.changesApplied += outcome.changes
                    report.newConflicts += outcome.conflicts
                    erased += outcome.erased
                } catch let problem as SyncProblem {
                    report.refused.append((name, problem))
                    break
                }
                next += 1
            }
        }
        // 4. Rows kept against another copy's delete go back out in this same exchange.
        try writeOutgoing(store, identity: identity, folder: folder, schema: schema, report: &report)

        // 5. Say what this copy has applied; drop what every copy has applied from the outbox.
        try SyncAcks.write(identity, folder: folder, on: db)
        (report.pruned, report.tombstonesPruned) = try SyncAcks.prune(identity, folder: folder, on: db)
        try db.write {
            try db.run("UPDATE sync_copy SET last_exchange_at = ?, last_exchange_folder = ? WHERE id = 1",
                       Timestamp.iso(store.clock.now()), absolutePath(folder))
        }

        // 6. A person erased on another copy: their name leaves this copy's files and old pages too.
        if !erased.isEmpty {
            var outcome = SyncErasure.Outcome()
            for one in erased {
                SyncErasure.purgeFolder(PersonMentions([one.person]), marker: one.marker, on: db, into: &outcome)
            }
            try db.write {
                try SearchIndex.flush(on: db)
                for table in try PersonErasure.ftsTables(in: db) { try db.run("INSERT INTO \(table)(\(table)) VALUES ('optimize')") }
            }
            _ = try PersonErasure.purgeCopies(db)
            report.peopleErased = erased.count
        }
        return report
    }

    /// Gives the unsent changes the next file number and writes every numbered file of ours the folder lacks.
    static func writeOutgoing(_ store: Store, identity: Identity, folder: String, schema: Int, report: inout Report) throws {
        let db = store.database
        // The number is committed before the file exists, so a crash in between rewrites the same
        // file with the same content next time. A number already in the folder is never reused (a
        // file restored from a backup may not know the files it wrote after that backup).
        var present = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        let highestInFolder = present.compactMap(SyncFile.parseName).filter { $0.copyID == identity.copyID }.map(\.number).max() ?? 0
        try db.write {
            guard (try db.scalarInt("SELECT count(*) FROM sync_outbox WHERE file_number IS NULL") ?? 0) > 0 else { return }
            try db.run("UPDATE sync_copy SET files_written = max(files_written, ?) + 1 WHERE id = 1", highestInFolder)
            try db.execute("UPDATE sync_outbox SET file_number = (SELECT files_written FROM sync_copy WHERE id = 1) WHERE file_number IS NULL")
        }
        present = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        for number in try db.query("SELECT DISTINCT file_number FROM sync_outbox WHERE file_number IS NOT NULL ORDER BY file_number")
            .compactMap({ $0.int("file_number") }) {
            let name = SyncFile.name(copyID: identity.copyID, number: number)
            if present.contains(name) { continue }
            let entries = try db.query("SELECT at_ms, os_user, changeset FROM sync_outbox WHERE file_number = ? ORDER BY seq", number).map { row in
                guard case .blob(let bytes) = row.value("changeset") else { return SyncFile.Entry(atMs: 0, osUser: "", changeset: []) }
                return SyncFile.Entry(atMs: row.int64("at_ms") ?? 0, osUser: row.string("os_user") ?? "", changeset: bytes)
            }
            let file = SyncFile(copyID: identity.copyID, originID: identity.originID, number: number, schemaVersion: schema, entries: entries)
            try SyncFolder.writeAtomically(file.encoded(), to: folder + "/" + name)
            report.filesWritten.append(name)
        }
    }

    /// Applies this copy's own files that are newer than the file knows (it was restored from an
    /// older backup), in order; the changes still unsent here that such a file already carries are
    /// marked as sent with it. A missing or damaged one stops the exchange before anything is written.
    static func recoverOwnFiles(_ store: Store, identity: Identity, folder: String, present: Set<String>, schema: Int,
                                report: inout Report, erased: inout [SyncErasure.Erased]) throws {
        let db = store.database
        let written = Int(try db.scalarInt("SELECT files_written FROM sync_copy WHERE id = 1") ?? 0)
        let newer = present.compactMap(SyncFile.parseName).filter { $0.copyID == identity.copyID && $0.number > written }
            .map(\.number).sorted()
        guard let last = newer.last else { return }
        for number in (written + 1)...last {
            let name = SyncFile.name(copyID: identity.copyID, number: number)
            guard present.contains(name) else { throw SyncProblem.ownFileMissing(name) }
            do {
                let outcome = try applyFile(at: folder + "/" + name, expecting: (identity.copyID, number), identity: identity,
                                            schema: schema, store: store)
                report.ownFilesReapplied.append(name)
                report.changesApplied += outcome.changes
                report.newConflicts += outcome.conflicts
                erased += outcome.erased
            } catch let problem as SyncProblem {
                throw SyncProblem.ownFileUnusable(name, problem.message(.en))
            }
        }
    }

    struct FileOutcome {
        var changes = 0
        var conflicts = 0
        var erased: [SyncErasure.Erased] = []
    }

    /// Checks and applies one file in one transaction. One of this copy's own files (after a
    /// restore) advances its own file count instead of the applied list.
    static func applyFile(at path: String, expecting: (copy: String, number: Int), identity: Identity, schema: Int,
                          store: Store) throws -> FileOutcome {
        let name = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else { throw SyncProblem.unreadable(name) }
        let file: SyncFile
        do {
            file = try SyncFile.decode(Array(data))
        } catch {
            throw SyncProblem.damaged(name)
        }
        guard file.originID == identity.originID else { throw SyncProblem.foreign(name) }
        guard file.copyID == expecting.copy, file.number == expecting.number else { throw SyncProblem.damaged(name) }
        guard file.schemaVersion == schema else { throw SyncProblem.otherVersion(name, theirs: file.schemaVersion, ours: schema) }
        let db = store.database
        let recorder = db.transactionObserver as? SyncRecorder
        recorder?.isSuspended = true
        defer { recorder?.isSuspended = false }
        do {
            return try db.write {
                // The rules a merge must keep (§ and meeting numbers, decisions, payments): what the
                // file would newly break is listed as a conflict for the user to settle.
                let before = Set(try RecordRules.violations(in: db, language: .fi).map(\.text))
                var applier = SyncApplier(db: db, file: file, clock: store.clock)
                try applier.applyAll()
                for violation in try RecordRules.violations(in: db, language: .fi) where !before.contains(violation.text) {
                    try applier.record("rule", "check", violation.rule, "*", base: nil, theirs: nil, mine: .text(violation.text), winner: "theirs")
                }
                if file.copyID == identity.copyID {
                    let carried = Set(file.entries.map(\.changeset))
                    for row in try db.query("SELECT seq, changeset FROM sync_outbox WHERE file_number IS NULL") {
                        guard case .blob(let bytes) = row.value("changeset"), carried.contains(bytes) else { continue }
                        try db.run("UPDATE sync_outbox SET file_number = ? WHERE seq = ?", file.number, row.int64("seq"))
                    }
                    try db.run("UPDATE sync_copy SET files_written = max(files_written, ?) WHERE id = 1", file.number)
                } else {
                    try db.run("INSERT OR REPLACE INTO sync_applied(copy_id, last_file, applied_at) VALUES (?, ?, ?)",
                               file.copyID, file.number, Timestamp.iso(store.clock.now()))
                }
                return FileOutcome(changes: applier.applied, conflicts: applier.conflicts, erased: applier.erasedPeople)
            }
        } catch let error as DatabaseError {
            if error.message.contains("damaged changeset") { throw SyncProblem.damaged(name) }
            throw error
        }
    }
}

/// Why a sync step could not be done or a file was refused.
public enum SyncProblem: Error, Equatable, Sendable {
    case notInitialized
    case noFolder(String)
    case damaged(String)
    case foreign(String)
    case unreadable(String)
    case otherVersion(String, theirs: Int, ours: Int)
    case noConflict(Int64)
    case copyNeedsIdentity(String)
    /// After a restore: one of this copy's own newer files is not in the folder, or cannot be applied.
    case ownFileMissing(String)
    case ownFileUnusable(String, String)

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .notInitialized: return l["copysync.not_initialized"]
        case .noFolder(let path): return l["copysync.no_folder", path]
        case .damaged(let name): return l["copysync.file_damaged", name]
        case .foreign(let name): return l["copysync.file_foreign", name]
        case .unreadable(let name): return l["copysync.file_unreadable", name]
        case .otherVersion(let name, let theirs, let ours): return l["copysync.file_other_version", name, theirs, ours]
        case .noConflict(let id): return l["copysync.no_conflict", id]
        case .copyNeedsIdentity(let copy): return l["copysync.copy_needs_identity", copy]
        case .ownFileMissing(let name): return l["copysync.own_file_missing", name]
        case .ownFileUnusable(let name, let why): return l["copysync.own_file_unusable", name, why]
        }
    }
}

/// Writing into the exchange folder: a temporary name, fsync, rename, fsync the folder, so a
/// crash or a file-sync service never sees half a file under the real name.
enum SyncFolder {
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temp = folder + "/." + (path as NSString).lastPathComponent + ".tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw StoreError.other("\(path): \(String(cString: strerror(errno)))") }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n <= 0 {
                let reason = String(cString: strerror(errno))
                close(fd); unlink(temp)
                throw StoreError.other("\(path): \(reason)")
            }
            offset += n
        }
        guard fsync(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd); unlink(temp)
            throw StoreError.other("\(path): \(reason)")
        }
        close(fd)
        guard rename(temp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw StoreError.other("\(path): \(reason)")
        }
        _ = Backup.fsyncPath(folder)
    }
}

extension Sync {
    /// When a copy last exchanged, in Helsinki time: "5.12.2026 19.30" (Finnish) or "5.12.2026 19:30".
    public static func displayTime(_ date: Date, _ language: Language) -> String {
        let (day, time) = HelsinkiTime.localParts(of: date)
        return "\(day.day).\(day.month).\(day.year) \(time.formatted(language))"
    }
}
