import Foundation

/// Schema version 7 (issue 14, "the decision is the record"): a § carries its case number and
/// the applications it decides; bodies keep their document language and appeal instructions;
/// checking of minutes is recorded and locks them; reports keep the amount used and unspent;
/// appeals keep the date of notice; recoveries take partial repayments.
///
/// Frozen SQL: shipped migrations never call live code, so a later change of a Swift type can
/// never change what this migration did. Every new column has a default, so files that already
/// hold data migrate as they are; `kumppani check` reports what older rows break.
enum Schema7Decisions {
    static let migration = Migration(version: 7, name: "decisions: § matter and case number, body language and appeal text, checking lock", sql: sql)

    static let sql = """
    ALTER TABLE bodies ADD COLUMN document_language TEXT NOT NULL DEFAULT 'fi';
    ALTER TABLE bodies ADD COLUMN appeal_instructions TEXT NOT NULL DEFAULT '';   -- empty = the standard Finnish text

    ALTER TABLE meetings ADD COLUMN checked_on TEXT;                 -- ISO date the checkers confirmed the minutes
    ALTER TABLE meetings ADD COLUMN checked_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE meetings ADD COLUMN checked_at TEXT;                 -- UTC instant it was recorded
    ALTER TABLE meetings ADD COLUMN checked_os_user TEXT NOT NULL DEFAULT '';
    ALTER TABLE meetings ADD COLUMN approved_on TEXT;
    ALTER TABLE meetings ADD COLUMN published_on TEXT;               -- public viewing (yleisesti nähtävillä)

    ALTER TABLE agenda_items ADD COLUMN case_number TEXT NOT NULL DEFAULT '';    -- diaarinumero 5146/01.04.00/2026

    -- Applications chosen as an item's matter (instead of, or narrowing, the whole round).
    CREATE TABLE item_applications (
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        application_id INTEGER NOT NULL REFERENCES grant_applications(id) ON DELETE CASCADE,
        PRIMARY KEY (item_id, application_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX item_applications_application ON item_applications(application_id);
    CREATE INDEX grant_decisions_meeting ON grant_decisions(meeting_id, section_number);

    ALTER TABLE grant_reports ADD COLUMN used_cents INTEGER CHECK (used_cents IS NULL OR used_cents >= 0);
    ALTER TABLE grant_reports ADD COLUMN unspent_cents INTEGER CHECK (unspent_cents IS NULL OR unspent_cents >= 0);

    ALTER TABLE grant_appeals ADD COLUMN notified_on TEXT;           -- when the applicant was notified of the decision
    ALTER TABLE grant_appeals ADD COLUMN late INTEGER NOT NULL DEFAULT 0;   -- filed after the 14 days: kept and flagged

    CREATE TABLE recovery_repayments (
        id INTEGER PRIMARY KEY,
        recovery_id INTEGER NOT NULL REFERENCES grant_recoveries(id),
        paid_on TEXT NOT NULL,
        amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX recovery_repayments_recovery ON recovery_repayments(recovery_id);

    -- Checked minutes are locked like approved ones: a change is an amendment with a reason.
    CREATE TRIGGER agenda_items_checked_read_only BEFORE UPDATE ON agenda_items
    WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'checked'
    BEGIN SELECT RAISE(ABORT, 'checked minutes are read-only'); END;
    CREATE TRIGGER attendance_checked_read_only BEFORE UPDATE ON attendance
    WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'checked'
    BEGIN SELECT RAISE(ABORT, 'checked minutes are read-only'); END;
    """
}
