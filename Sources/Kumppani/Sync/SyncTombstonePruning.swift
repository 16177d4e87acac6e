import Foundation

extension SyncTombstones {
    /// Where a delete came from: the copy and its file that carries it, or (a delete made here
    /// and not yet in a file) the outbox entry. Kept in the tombstone's blob as one change to the
    /// pseudo-table `sync_origin`, so no column is needed.
    struct Origin: Equatable {
        static let table = "sync_origin"
        let copy: String
        let file: Int?
        let outboxSeq: Int64?

        var change: RowChange {
            RowChange(table: Self.table, kind: .insert, primaryKey: [true, false, false], old: [nil, nil, nil],
                      new: [.text(copy), file.map { .integer(Int64($0)) } ?? .null, outboxSeq.map { .integer($0) } ?? .null])
        }

        static func of(_ changes: [RowChange]) -> Origin? {
            for change in changes where change.table == table && change.new.count == 3 {
                guard case .text(let copy)? = change.new[0] else { continue }
                var file: Int?, seq: Int64?
                if case .integer(let n)? = change.new[1] { file = Int(n) }
                if case .integer(let n)? = change.new[2] { seq = n }
                return Origin(copy: copy, file: file, outboxSeq: seq)
            }
            return nil
        }
    }

    /// Drops the tombstones no change can need any more; returns how many.
    ///
    /// A tombstone serves changes made to the row on another copy before that copy saw the
    /// delete. Each copy Z other than this one must therefore have acknowledged the delete's file,
    /// and said, in that same acknowledgement, how many files it had written by then (every
    /// change it made before it applied the delete is in one of them); this copy must have
    /// applied those files. A copy known in the folder that has not said so (an old or damaged
    /// acknowledgement, or none) keeps every tombstone, as it keeps the outbox. A tombstone from
    /// before origins were kept stays.
    static func prune(_ identity: Sync.Identity, acks: SyncAcks.Known, on db: Database) throws -> Int {
        guard !acks.copies.isEmpty else { return 0 }
        var appliedHere: [String: Int] = [:]
        for row in try db.query("SELECT copy_id, last_file FROM sync_applied") {
            appliedHere[row.string("copy_id") ?? ""] = row.int("last_file") ?? 0
        }
        var drop: [(String, String)] = []
        for row in try db.query("SELECT table_name, row_key, deleted_row FROM sync_tombstones") {
            guard case .blob(let bytes) = row.value("deleted_row"), let origin = Origin.of(try Changeset.changes(of: bytes)),
                  let table = row.string("table_name"), let key = row.string("row_key") else { continue }
            // The delete's file: known, or the outbox entry's (gone from the outbox: every copy had it).
            var file = origin.file
            if file == nil, let seq = origin.outboxSeq {
                if let entry = try db.queryOne("SELECT file_number FROM sync_outbox WHERE seq = ?", seq) {
                    guard let number = entry.int("file_number") else { continue }   // not sent yet
                    file = number
                } else {
                    file = 0
                }
            }
            guard let file else { continue }
            let everyoneSaw = acks.copies.allSatisfy { z in
                if z == origin.copy { return (appliedHere[z] ?? 0) >= file }
                guard let ack = acks.acknowledged[z], let written = ack.written else { return false }
                return (ack.applied[origin.copy] ?? 0) >= file && (appliedHere[z] ?? 0) >= written
            }
            if everyoneSaw { drop.append((table, key)) }
        }
        guard !drop.isEmpty else { return 0 }
        return try db.write {
            for (table, key) in drop { try forget(table, key, on: db) }
            return drop.count
        }
    }
}
