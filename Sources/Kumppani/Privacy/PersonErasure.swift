import Foundation

/// `kumppani person erase`: removes a person from the file (GDPR art. 17), including the
/// copies SQLite keeps of deleted text.
///
/// What happens to each kind of row:
/// - deleted: roles in associations, close-person links, body memberships, contact-log
///   entries that belong to the person (`contact_log.person_id`);
/// - kept, unlinked: actions they owned (owner becomes the marker), activities they were the
///   contact of (`contact_person_id` NULL);
/// - kept, with the name replaced by the marker: every free-text field that mentions their
///   name, e-mail or phone (`PersonDataMap`), approved minutes included; contact fields
///   (an association's e-mail or phone) are cleared instead;
/// - the person row: deleted, or — when minutes still point at it (chair, secretary, checker,
///   attendance, disqualification) — kept as an anonymous record named by the marker, so the
///   minutes keep their quorum and order.
///
/// Approved minutes are read-only by triggers (schema 4). The erasure is the one permitted
/// exception: inside its own transaction it drops the guarding triggers of the tables it
/// changes, and recreates them from their stored SQL before committing, so no other write
/// ever sees them missing and a failure rolls everything back. Other triggers on those tables
/// (except the search index's) are suspended the same way, so nothing copies the old text.
///
/// Afterwards the copies: every FTS5 index is optimized (deleted terms stay in old segments
/// until then), with `secure_delete` on freed pages are zeroed, `VACUUM` rewrites the file and
/// `wal_checkpoint(TRUNCATE)` empties the WAL. Backups made earlier still hold the person.
public enum PersonErasure {
    public enum Kind: String, CaseIterable, Sendable {
        case peopleDeleted = "people_deleted"
        case peopleAnonymized = "people_anonymized"
        case associationRoles = "association_roles"
        case closePersons = "close_persons"
        case bodyMemberships = "body_memberships"
        case contactLogEntries = "contact_log"
        case actionsUnassigned = "actions_unassigned"
        case activityContacts = "activity_contacts"
        case textsScrubbed = "texts_scrubbed"
    }

    public struct Report: Sendable, Equatable {
        public var counts: [Kind: Int] = [:]
        /// False when another connection (a second window) kept the WAL from being emptied or the
        /// file from being rewritten: the person is erased, but old page images may remain until
        /// the command is run again with the other windows closed.
        public var copiesPurged = true
        /// What happened in the sync bookkeeping and folder (a copy that exchanges changes).
        public var sync = SyncErasure.Outcome()
        public subscript(_ kind: Kind) -> Int { counts[kind] ?? 0 }
    }

    /// What `erase` would do, without changing anything (the same work, rolled back).
    public static func preview(_ people: [PersonRecord], marker: String, in db: Database) throws -> Report {
        var report = Report()
        do {
            try db.write {
                report = try remove(people, marker: marker, in: db)
                throw PreviewDone()
            }
        } catch is PreviewDone {}
        return report
    }

    /// Erases the people and purges the copies (FTS segments, freed pages, the WAL).
    public static func erase(_ people: [PersonRecord], marker: String, in db: Database) throws -> Report {
        try db.execute("PRAGMA secure_delete = ON")
        var report = try db.write {
            var report = try remove(people, marker: marker, in: db)
            report.sync = try SyncErasure.record(people, marker: marker, on: db)
            try SearchIndex.flush(on: db)
            for table in try ftsTables(in: db) {
                try db.run("INSERT INTO \(table)(\(table)) VALUES ('optimize')")
            }
            try SearchIndex.rebuildTerms(on: db)   // the term list kept the name as a word of the index
            return report
        }
        SyncErasure.purgeFolder(PersonMentions(people), marker: marker, on: db, into: &report.sync)
        report.copiesPurged = try purgeCopies(db)
        return report
    }

    /// After an erasure is committed: zeroed pages, a rewritten file, an emptied WAL. False when
    /// another connection kept the WAL from being emptied or the file from being rewritten.
    static func purgeCopies(_ db: Database) throws -> Bool {
        // A reader elsewhere (a second window) blocks both; waiting twice for it helps nobody.
        guard try truncateWAL(db) else { return false }
        do {
            try db.execute("VACUUM")
            return try truncateWAL(db)
        } catch is DatabaseError {
            return false   // busy: the erasure itself is committed; say so instead of failing
        }
    }

    private struct PreviewDone: Error {}

    /// The row-level work, inside the caller's transaction.
    static func remove(_ people: [PersonRecord], marker: String, in db: Database) throws -> Report {
        var report = Report()
        let ids = people.map(\.id)
        guard !ids.isEmpty else { return report }
        let list = ids.map(String.init).joined(separator: ",")
        let touched = PersonDataMap.textColumns.map(\.table) + ["people", "members", "contact_log", "actions", "activities", "affiliations"]
        let suspended = try suspendTriggers(on: Set(touched), in: db)

        func count(_ sql: String) throws -> Int { try db.run(sql); return db.changes }
        report.counts[.associationRoles] = try count("DELETE FROM affiliations WHERE person_id IN (\(list))")
        report.counts[.closePersons] = try count("DELETE FROM person_relations WHERE person_id IN (\(list)) OR related_person_id IN (\(list))")
        report.counts[.bodyMemberships] = try count("DELETE FROM members WHERE person_id IN (\(list))")
        report.counts[.contactLogEntries] = try count("DELETE FROM contact_log WHERE person_id IN (\(list))")
        report.counts[.activityContacts] = try count("UPDATE activities SET contact_person_id = NULL WHERE contact_person_id IN (\(list))")
        try db.run("UPDATE actions SET owner_person_id = NULL, owner_text = ? WHERE owner_person_id IN (\(list))", marker)
        report.counts[.actionsUnassigned] = db.changes

        let matcher = PersonMentions(people)
        var scrubbed = 0
        for m in try PersonDataMap.mentions(of: matcher, in: db) {
            let table = PersonDataMap.textColumns.first { $0.table == m.table }
            let keyColumns = table?.key ?? ["rowid"]
            let condition = keyColumns.map { "\($0) = ?" }.joined(separator: " AND ")
            let value = m.isContactField ? "" : matcher.scrub(m.text, marker: marker)
            try db.run("UPDATE \(m.table) SET \(m.column) = ? WHERE \(condition)",
                       [value as DatabaseValueConvertible?] + m.key.map { $0 as DatabaseValueConvertible? })
            scrubbed += 1
        }
        report.counts[.textsScrubbed] = scrubbed

        // Minutes that still point at the person keep an anonymous record in its place.
        let referenced = Set(try db.query("""
            SELECT person_id AS id FROM attendance WHERE person_id IN (\(list))
            UNION SELECT deputy_for_person_id FROM attendance WHERE deputy_for_person_id IN (\(list))
            UNION SELECT person_id FROM item_disqualifications WHERE person_id IN (\(list))
            UNION SELECT chair_person_id FROM meetings WHERE chair_person_id IN (\(list))
            UNION SELECT secretary_person_id FROM meetings WHERE secretary_person_id IN (\(list))
            UNION SELECT checker1_person_id FROM meetings WHERE checker1_person_id IN (\(list))
            UNION SELECT checker2_person_id FROM meetings WHERE checker2_person_id IN (\(list))
            """).compactMap { $0.int64("id") })
        for id in ids {
            if referenced.contains(id) {
                try db.run("""
                    UPDATE people SET name = ?, name_key = ?, email = '', phone = '', title = '', notes = '',
                        created_at = '', updated_at = '' WHERE id = ?
                    """, marker, FinnishCollation.sortKey(marker), id)
            } else {
                try db.run("DELETE FROM people WHERE id = ?", id)
            }
        }
        report.counts[.peopleAnonymized] = ids.filter(referenced.contains).count
        report.counts[.peopleDeleted] = ids.count - referenced.count

        try db.execute(suspended.joined(separator: ";\n"))
        return report
    }

    /// Drops the non-search triggers on `tables` and returns their SQL, to be run again.
    static func suspendTriggers(on tables: Set<String>, in db: Database) throws -> [String] {
        var sqls: [String] = []
        for row in try db.query("SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name") {
            guard let name = row.string("name"), let table = row.string("tbl_name"), let sql = row.string("sql"),
                  tables.contains(table), !name.hasPrefix("search_") else { continue }
            try db.execute("DROP TRIGGER \"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"")
            sqls.append(sql)
        }
        return sqls
    }

    /// Every FTS5 table in the file (today the two association indexes; later ones included).
    static func ftsTables(in db: Database) throws -> [String] {
        try db.query("""
            SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' ORDER BY name
            """).compactMap { $0.string("name") }
    }

    /// `wal_checkpoint(TRUNCATE)`; false when a reader elsewhere kept it from completing.
    static func truncateWAL(_ db: Database) throws -> Bool {
        guard let row = try db.query("PRAGMA wal_checkpoint(TRUNCATE)").first else { return true }
        return (row[0] == .integer(0))
    }
}
