import Foundation

/// Schema version 4 (meetings): which standard item an agenda item is, counter-proposals with
/// proposer and seconder, and a guard in the file itself that approved minutes stay as approved.
enum Schema4Meetings {
    static let migration = Migration(version: 4, name: "meetings: template keys, counter-proposals, approved minutes read-only", sql: sql)

    static let sql = """
    ALTER TABLE agenda_items ADD COLUMN template_key TEXT NOT NULL DEFAULT '';

    CREATE TABLE item_counter_proposals (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        proposer TEXT NOT NULL DEFAULT '',
        seconder TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'adopted', 'rejected', 'fell')),
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX item_counter_proposals_item ON item_counter_proposals(item_id);
    CREATE INDEX attendance_meeting ON attendance(meeting_id);
    CREATE INDEX actions_meeting ON actions(meeting_id);

    -- Approved minutes are a record: a correction is a row in minutes_amendments.
    CREATE TRIGGER agenda_items_approved_read_only BEFORE UPDATE ON agenda_items
    WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
    BEGIN SELECT RAISE(ABORT, 'approved minutes are read-only'); END;
    CREATE TRIGGER attendance_approved_read_only BEFORE UPDATE ON attendance
    WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'approved'
    BEGIN SELECT RAISE(ABORT, 'approved minutes are read-only'); END;
    """
}
