import Foundation

/// Schema version 5: an append-only audit trail of grant decisions, payments, recoveries and
/// approved minutes (issue 8, point 6).
///
/// Why triggers: they record every write path — the stores, the demo, an import, raw SQL in the
/// `sqlite3` shell — in the same transaction as the change, so the trail can neither miss a change
/// nor hold one that was rolled back.
///
/// Who and when: a main-schema trigger cannot read a TEMP table or call an app-defined function
/// (`trusted_schema=OFF`, and other tools would fail on a missing function), so the stores write
/// the operating-system user and the clock's time into the one-row `audit_session` table at the
/// start of their write transaction and remove it before commit (`AuditSession.write`). That row
/// is never visible to another connection. Without it the trigger falls back to what the record
/// itself holds (`created_by`, `created_at`), else SQLite's clock and no user: a change made
/// outside Kumppani shows as such instead of being attributed to somebody.
///
/// Summaries hold amounts, dates, outcomes and §, never free text (reasons, minutes), so erasing
/// a person from the records never needs to touch this table. Format: `field: value` for new and
/// removed rows, `field: old → new` for changes, separated by `; ` (`–` = empty); free-text fields
/// only appear as `field: *` when an update changed them. `AuditLog` renders them in the user's language.
enum Schema5Audit {
    static let migration = Migration(version: 5, name: "audit trail of decisions, payments, recoveries and minutes") { db in
        try db.execute(tables)
        try db.execute(triggers)
        try db.execute(backfill)
    }

    /// Ids are the rowid (not random): entries written in one instant keep their order. Nothing
    /// refers to an audit id, so a future merge of two files can renumber them.
    static let tables = """
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,                 -- UTC instant
        os_user TEXT,                     -- NULL: written outside Kumppani's stores
        entity TEXT NOT NULL,             -- decision, payment, recovery, minutes, amendment
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL,             -- insert, correct, update, delete, approve, reopen, amend
        summary TEXT NOT NULL,
        application_id INTEGER,
        meeting_id INTEGER
    ) STRICT;
    CREATE INDEX audit_log_at ON audit_log(at);
    CREATE INDEX audit_log_application ON audit_log(application_id) WHERE application_id IS NOT NULL;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

    -- Who and when for the changes of the running write transaction; empty between transactions.
    CREATE TABLE audit_session (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        os_user TEXT NOT NULL,
        at TEXT
    ) STRICT;
    """

    // MARK: Building the trigger SQL

    /// A field of an audited row: plain values are copied, free text only marked as changed.
    struct Field {
        let name: String
        var freeText = false
        /// An expression over the row (`R` is replaced by NEW/OLD/an alias), default `R.name`.
        var expression: String?
        func value(_ row: String) -> String {
            let e = (expression ?? "R.\(name)").replacingOccurrences(of: "R.", with: "\(row).")
            return "replace(replace(replace(CAST(\(e) AS TEXT), ';', ','), char(10), ' '), '→', '->')"
        }
        func raw(_ row: String) -> String { (expression ?? "R.\(name)").replacingOccurrences(of: "R.", with: "\(row).") }
    }

    static func plain(_ names: String...) -> [Field] { names.map { Field(name: $0) } }

    /// `a: 1; b: 2` of a whole row, empty fields and free text left out.
    static func listing(_ fields: [Field], _ row: String) -> String {
        let parts = fields.filter { !$0.freeText }.map { f in
            "CASE WHEN coalesce(CAST(\(f.raw(row)) AS TEXT), '') <> '' THEN '; \(f.name): ' || \(f.value(row)) ELSE '' END"
        }
        return "substr(" + parts.joined(separator: " || ") + ", 3)"
    }

    /// `a: 1 → 2` of the fields that changed.
    static func difference(_ fields: [Field]) -> String {
        let parts = fields.map { f in
            f.freeText
                ? "CASE WHEN \(f.raw("OLD")) IS NOT \(f.raw("NEW")) THEN '; \(f.name): *' ELSE '' END"
                : "CASE WHEN \(f.raw("OLD")) IS NOT \(f.raw("NEW")) THEN '; \(f.name): ' || coalesce(\(f.value("OLD")), '–') || ' → ' || coalesce(\(f.value("NEW")), '–') ELSE '' END"
        }
        return "substr(" + parts.joined(separator: " || ") + ", 3)"
    }

    static let sessionUser = "(SELECT os_user FROM audit_session WHERE id = 1)"
    static let sessionAt = "(SELECT at FROM audit_session WHERE id = 1)"
    static let sqliteNow = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

    static func entry(at: String, user: String, entity: String, id: String, action: String, summary: String,
                      application: String = "NULL", meeting: String = "NULL") -> String {
        """
        INSERT INTO audit_log(at, os_user, entity, entity_id, action, summary, application_id, meeting_id)
            VALUES (\(at), \(user), '\(entity)', \(id), \(action), \(summary), \(application), \(meeting));
        """
    }

    /// One audited table: insert, update and delete triggers, and its rows for the backfill.
    struct Audited {
        let table: String
        let entity: String
        let fields: [Field]
        /// Extra fields compared on update (columns that never change in normal use).
        let updateOnly: [Field]
        /// The row's own time and user columns (used when no session is set).
        let atColumn: String
        let userColumn: String?
        var insertAction = "'insert'"
        var application = "R.application_id"
        var meeting = "NULL"

        func user(_ row: String) -> String {
            userColumn.map { "coalesce(\(sessionUser), \(row).\($0))" } ?? sessionUser
        }
        func ref(_ expr: String, _ row: String) -> String { expr.replacingOccurrences(of: "R.", with: "\(row).") }

        var triggers: String {
            let t = "audit_\(table)"
            return """
            CREATE TRIGGER \(t)_insert AFTER INSERT ON \(table) BEGIN
            \(entry(at: "coalesce(\(sessionAt), NEW.\(atColumn), \(sqliteNow))", user: user("NEW"), entity: entity, id: "NEW.id",
                    action: ref(insertAction, "NEW"), summary: listing(fields, "NEW"),
                    application: ref(application, "NEW"), meeting: ref(meeting, "NEW")))
            END;
            CREATE TRIGGER \(t)_update AFTER UPDATE ON \(table) BEGIN
            \(entry(at: "coalesce(\(sessionAt), \(sqliteNow))", user: sessionUser, entity: entity, id: "NEW.id",
                    action: "'update'", summary: difference(updateOnly + fields),
                    application: ref(application, "NEW"), meeting: ref(meeting, "NEW")))
            END;
            CREATE TRIGGER \(t)_delete AFTER DELETE ON \(table) BEGIN
            \(entry(at: "coalesce(\(sessionAt), \(sqliteNow))", user: sessionUser, entity: entity, id: "OLD.id",
                    action: "'delete'", summary: listing(fields, "OLD"),
                    application: ref(application, "OLD"), meeting: ref(meeting, "OLD")))
            END;
            """
        }

        /// The rows that existed before this migration, as if recorded when they were created.
        var backfill: String {
            let user = userColumn.map { "R.\($0)" } ?? "NULL"
            return """
            INSERT INTO audit_log(at, os_user, entity, entity_id, action, summary, application_id, meeting_id)
            SELECT R.\(atColumn), \(user), '\(entity)', R.id, \(insertAction), \(listing(fields, "R")), \(application), \(meeting)
            FROM \(table) R ORDER BY R.\(atColumn), R.rowid;
            """
        }
    }

    static let meetingLabel = "(SELECT m.number || '/' || m.year FROM meetings m WHERE m.id = R.meeting_id)"

    static let audited: [Audited] = [
        Audited(table: "grant_decisions", entity: "decision",
                fields: plain("outcome", "granted_cents", "decided_on", "section_number", "case_number")
                    + [Field(name: "correction_reason", freeText: true)],
                updateOnly: plain("application_id", "body_id", "meeting_id", "corrects_id", "created_by"),
                atColumn: "created_at", userColumn: "created_by",
                insertAction: "CASE WHEN R.corrects_id IS NULL THEN 'insert' ELSE 'correct' END",
                meeting: "R.meeting_id"),
        Audited(table: "grant_payments", entity: "payment",
                fields: plain("paid_on", "amount_cents", "reference", "iban") + [Field(name: "correction_reason", freeText: true)],
                updateOnly: plain("application_id", "corrects_id", "created_by"),
                atColumn: "created_at", userColumn: "created_by",
                insertAction: "CASE WHEN R.corrects_id IS NULL THEN 'insert' ELSE 'correct' END"),
        Audited(table: "grant_recoveries", entity: "recovery",
                fields: plain("amount_cents", "decided_on", "settled_on")
                    + [Field(name: "reason", freeText: true), Field(name: "decision", freeText: true)],
                updateOnly: plain("application_id"),
                atColumn: "created_at", userColumn: nil),
        Audited(table: "minutes_amendments", entity: "amendment",
                fields: [Field(name: "meeting", expression: meetingLabel),
                         Field(name: "section_number", expression: "(SELECT i.section_number FROM agenda_items i WHERE i.id = R.item_id)"),
                         Field(name: "reason", freeText: true), Field(name: "text", freeText: true)],
                updateOnly: [],
                atColumn: "at", userColumn: "os_user",
                insertAction: "'amend'", application: "NULL", meeting: "R.meeting_id"),
    ]

    /// Approval of minutes is a change of the meeting's status to or from `approved`; a meeting
    /// written as approved (an import, the demo) counts as approved then, and deleting approved
    /// minutes is recorded too.
    static let minutesTriggers: String = {
        func summary(_ row: String) -> String {
            "'meeting: ' || \(row).number || '/' || \(row).year || '; held_on: ' || \(row).held_on"
        }
        return """
        CREATE TRIGGER audit_meetings_status AFTER UPDATE OF status ON meetings
        WHEN (OLD.status = 'approved') <> (NEW.status = 'approved') BEGIN
        \(entry(at: "coalesce(\(sessionAt), \(sqliteNow))", user: sessionUser, entity: "minutes", id: "NEW.id",
                action: "CASE WHEN NEW.status = 'approved' THEN 'approve' ELSE 'reopen' END",
                summary: summary("NEW") + " || '; status: ' || OLD.status || ' → ' || NEW.status", meeting: "NEW.id"))
        END;
        CREATE TRIGGER audit_meetings_insert AFTER INSERT ON meetings WHEN NEW.status = 'approved' BEGIN
        \(entry(at: "coalesce(\(sessionAt), NEW.updated_at, \(sqliteNow))", user: sessionUser, entity: "minutes", id: "NEW.id",
                action: "'approve'", summary: summary("NEW") + " || '; status: approved'", meeting: "NEW.id"))
        END;
        CREATE TRIGGER audit_meetings_delete AFTER DELETE ON meetings WHEN OLD.status = 'approved' BEGIN
        \(entry(at: "coalesce(\(sessionAt), \(sqliteNow))", user: sessionUser, entity: "minutes", id: "OLD.id",
                action: "'delete'", summary: summary("OLD"), meeting: "OLD.id"))
        END;
        """
    }()

    static var triggers: String { audited.map(\.triggers).joined(separator: "\n") + "\n" + minutesTriggers }

    /// Existing records enter the trail with their own time and user (where the row holds one);
    /// approved minutes with the time they were last changed.
    static var backfill: String {
        let minutes = """
        INSERT INTO audit_log(at, os_user, entity, entity_id, action, summary, application_id, meeting_id)
        SELECT R.updated_at, NULL, 'minutes', R.id, 'approve',
               'meeting: ' || R.number || '/' || R.year || '; held_on: ' || R.held_on || '; status: approved', NULL, R.id
        FROM meetings R WHERE R.status = 'approved' ORDER BY R.updated_at, R.rowid;
        """
        return audited.map(\.backfill).joined(separator: "\n") + "\n" + minutes
    }
}
