import Foundation

/// How a copy acknowledges what it has applied: at the end of every exchange it writes
/// `<copy>.kumppani-ack` into the folder (atomically, like its change files), listing for every
/// other copy the number of the last of its files applied here. A copy prunes from its outbox
/// the changes in files that every copy it knows of (from the folder's file names, the
/// acknowledgements and its own applied list) acknowledges; a copy that never acknowledged keeps
/// everything. The files in the folder stay: a copy made later, or one restored from an older
/// backup, still finds them there.
enum SyncAcks {
    static let suffix = ".kumppani-ack"
    static let magic = "KUMPPANI-ACK 1"

    static func name(copyID: String) -> String { copyID + suffix }

    /// `written`: how many files the copy had written when it wrote this (`SyncTombstones.prune`).
    static func encoded(copyID: String, originID: String, applied: [String: Int], written: Int? = nil) -> [UInt8] {
        var body = "copy=\(copyID) origin=\(originID)" + (written.map { " written=\($0)" } ?? "") + "\n"
        for copy in applied.keys.sorted() { body += "\(copy) \(applied[copy] ?? 0)\n" }
        return Array((magic + "\n" + body + "checksum=" + SyncFile.checksum(Array(body.utf8)) + "\n").utf8)
    }

    /// (copy, origin, applied) of an acknowledgement; nil when it is damaged or not one.
    static func decode(_ bytes: [UInt8]) -> (copyID: String, originID: String, applied: [String: Int], written: Int?)? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.hasPrefix(magic + "\n"), let mark = text.range(of: "checksum=", options: .backwards) else { return nil }
        let body = String(text[text.index(text.startIndex, offsetBy: magic.count + 1)..<mark.lowerBound])
        guard text[mark.upperBound...].trimmingCharacters(in: .newlines) == SyncFile.checksum(Array(body.utf8)) else { return nil }
        var lines = body.split(separator: "\n").map(String.init)
        guard !lines.isEmpty else { return nil }
        var header: [String: String] = [:]
        for part in lines.removeFirst().split(separator: " ") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2 { header[pair[0]] = pair[1] }
        }
        guard let copy = header["copy"], let origin = header["origin"] else { return nil }
        var applied: [String: Int] = [:]
        for line in lines {
            let parts = line.split(separator: " ").map(String.init)
            guard parts.count == 2, let n = Int(parts[1]) else { return nil }
            applied[parts[0]] = n
        }
        return (copy, origin, applied, header["written"].flatMap { Int($0) })
    }

    static func write(_ identity: Sync.Identity, folder: String, on db: Database) throws {
        var applied: [String: Int] = [:]
        for row in try db.query("SELECT copy_id, last_file FROM sync_applied") where row.string("copy_id") != identity.copyID {
            applied[row.string("copy_id") ?? ""] = row.int("last_file") ?? 0
        }
        let written = Int(try db.scalarInt("SELECT files_written FROM sync_copy WHERE id = 1") ?? 0)
        try SyncFolder.writeAtomically(encoded(copyID: identity.copyID, originID: identity.originID, applied: applied, written: written),
                                       to: folder + "/" + name(copyID: identity.copyID))
    }

    /// The other copies known in the folder and what each has acknowledged.
    struct Known {
        var copies: Set<String> = []
        var acknowledged: [String: (applied: [String: Int], written: Int?)] = [:]
    }

    /// Drops the outbox entries every known copy has applied, and the tombstones no change can
    /// need any more (`SyncTombstones.prune`); returns how many outbox entries.
    static func prune(_ identity: Sync.Identity, folder: String, on db: Database) throws -> (outbox: Int, tombstones: Int) {
        let known = try self.known(identity, folder: folder, on: db)
        let tombstones = try SyncTombstones.prune(identity, acks: known, on: db)
        guard !known.copies.isEmpty else { return (0, tombstones) }
        let everywhere = known.copies.map { known.acknowledged[$0]?.applied[identity.copyID] ?? 0 }.min() ?? 0
        guard everywhere > 0 else { return (0, tombstones) }
        let outbox = try db.write {
            try db.run("DELETE FROM sync_outbox WHERE file_number IS NOT NULL AND file_number <= ?", everywhere)
            return db.changes
        }
        return (outbox, tombstones)
    }

    static func known(_ identity: Sync.Identity, folder: String, on db: Database) throws -> Known {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        // Known: every copy that wrote a file or an acknowledgement here, or whose files were applied here.
        var known = Set(try db.query("SELECT copy_id FROM sync_applied WHERE last_file > 0").compactMap { $0.string("copy_id") })
        var acknowledged: [String: (applied: [String: Int], written: Int?)] = [:]
        for name in names {
            if let parsed = SyncFile.parseName(name) { known.insert(parsed.copyID); continue }
            guard name.hasSuffix(suffix), !name.hasPrefix(".") else { continue }
            let copy = String(name.dropLast(suffix.count))
            guard let data = FileManager.default.contents(atPath: folder + "/" + name), let ack = decode(Array(data)),
                  ack.copyID == copy else {
                known.insert(copy)   // damaged or unreadable: a copy is there, its word is not
                continue
            }
            guard ack.originID == identity.originID else { continue }   // another record's copy
            known.insert(copy)
            acknowledged[copy] = (ack.applied, ack.written)
        }
        known.remove(identity.copyID)
        return Known(copies: known, acknowledged: acknowledged)
    }
}
