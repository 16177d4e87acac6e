import Foundation

/// Schema version 16: a body's own rules in the audit trail. Its quorum rule, document language
/// and appeal instructions decide what its minutes, decision lists and letters say (and whether
/// a meeting could decide at all), so who changed them and when is kept like a decision's
/// changes (`Schema5Audit`: the same triggers, session and summary format). The agenda
/// template and the appeal text are free text: only `field: *` says they changed. Setting a
/// body up is not audited (it changes no rule in force); changing or deleting one is.
///
/// Frozen SQL: never edit; a change is a new migration.
enum Schema16BodyAudit {
    static let migration = Migration(version: 16, name: "audit trail of bodies' rules", sql: sql)

    static let sql = #"""
CREATE TRIGGER audit_bodies_update AFTER UPDATE ON bodies
WHEN OLD.name IS NOT NEW.name OR OLD.kind IS NOT NEW.kind OR OLD.quorum_rule IS NOT NEW.quorum_rule OR OLD.document_language IS NOT NEW.document_language OR OLD.agenda_template IS NOT NEW.agenda_template OR OLD.appeal_instructions IS NOT NEW.appeal_instructions BEGIN
INSERT INTO audit_log(at, os_user, entity, entity_id, action, summary, application_id, meeting_id)
    VALUES (coalesce((SELECT at FROM audit_session WHERE id = 1), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), (SELECT os_user FROM audit_session WHERE id = 1), 'body', NEW.id, 'update', substr(CASE WHEN OLD.name IS NOT NEW.name THEN '; name: ' || coalesce(replace(replace(replace(CAST(OLD.name AS TEXT), ';', ','), char(10), ' '), '→', '->'), '–') || ' → ' || coalesce(replace(replace(replace(CAST(NEW.name AS TEXT), ';', ','), char(10), ' '), '→', '->'), '–') ELSE '' END || CASE WHEN OLD.kind IS NOT NEW.kind THEN '; kind: ' || coalesce(replace(replace(replace(CAST(OLD.kind AS TEXT), ';', ','), char(10), ' '), '→', '->'), '–') || ' → ' || coalesce(replace(replace(replace(CAST(NEW.kind AS TEXT), ';', ','), char(10), ' '), '→', '->'), '–') ELSE '' END || CASE WHEN OLD.quorum_rule IS NOT NEW.quorum_rule THEN '; quorum_rule: ' || coalesce(replace(replace(replace(CAST(OLD.quorum_rule AS TEXT), ';', ','), char(10), ' '), '→', '->'), '–') || ' → ' || coalesce(replace(replace(replace(CAST(NEW.quorum_rule AS TEXT), ';', ','), char(10), ' '), '→', '->'), '–') ELSE '' END || CASE WHEN OLD.document_language IS NOT NEW.document_language THEN '; document_language: ' || coalesce(replace(replace(replace(CAST(OLD.document_language AS TEXT), ';', ','), char(10), ' '), '→', '->'), '–') || ' → ' || coalesce(replace(replace(replace(CAST(NEW.document_language AS TEXT), ';', ','), char(10), ' '), '→', '->'), '–') ELSE '' END || CASE WHEN OLD.agenda_template IS NOT NEW.agenda_template THEN '; agenda_template: *' ELSE '' END || CASE WHEN OLD.appeal_instructions IS NOT NEW.appeal_instructions THEN '; appeal_instructions: *' ELSE '' END, 3), NULL, NULL);
END;
CREATE TRIGGER audit_bodies_delete AFTER DELETE ON bodies BEGIN
INSERT INTO audit_log(at, os_user, entity, entity_id, action, summary, application_id, meeting_id)
    VALUES (coalesce((SELECT at FROM audit_session WHERE id = 1), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), (SELECT os_user FROM audit_session WHERE id = 1), 'body', OLD.id, 'delete', substr(CASE WHEN coalesce(CAST(OLD.name AS TEXT), '') <> '' THEN '; name: ' || replace(replace(replace(CAST(OLD.name AS TEXT), ';', ','), char(10), ' '), '→', '->') ELSE '' END || CASE WHEN coalesce(CAST(OLD.kind AS TEXT), '') <> '' THEN '; kind: ' || replace(replace(replace(CAST(OLD.kind AS TEXT), ';', ','), char(10), ' '), '→', '->') ELSE '' END || CASE WHEN coalesce(CAST(OLD.quorum_rule AS TEXT), '') <> '' THEN '; quorum_rule: ' || replace(replace(replace(CAST(OLD.quorum_rule AS TEXT), ';', ','), char(10), ' '), '→', '->') ELSE '' END || CASE WHEN coalesce(CAST(OLD.document_language AS TEXT), '') <> '' THEN '; document_language: ' || replace(replace(replace(CAST(OLD.document_language AS TEXT), ';', ','), char(10), ' '), '→', '->') ELSE '' END, 3), NULL, NULL);
END;
"""#
}
