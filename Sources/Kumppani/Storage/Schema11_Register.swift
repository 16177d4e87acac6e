import Foundation

/// Schema version 11: the PRH/YTJ register in the directory (issue 16, item 1).
///
/// - `associations` gains what the register says of an association: its legal form (as the
///   register's Finnish description), registration date, the date its record ended and the
///   register's status text. The coordinator's own fields are not touched by this migration.
/// - `association_former_names`: earlier registered names, searchable (the stem view below
///   adds them to the words an association is found by).
/// - `register_review`: differences the register shows for a known association, one row per
///   field, waiting for the coordinator to accept or reject them.
///
/// Frozen: a later change is a new migration. Both search views are recreated as Schemas 1 and 6
/// wrote them, with the former names added; the stems are refreshed by queueing every association.
enum Schema11Register {
    static let migration = Migration(version: 11, name: "register: YTJ fields, former names, review list", sql: sql)

    static let sql = """
    ALTER TABLE associations ADD COLUMN legal_form TEXT NOT NULL DEFAULT '';
    ALTER TABLE associations ADD COLUMN registered_on TEXT;
    ALTER TABLE associations ADD COLUMN register_ended_on TEXT;
    ALTER TABLE associations ADD COLUMN register_status TEXT NOT NULL DEFAULT '';

    CREATE TABLE association_former_names (
        association_id INTEGER NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        ended_on TEXT,
        PRIMARY KEY (association_id, name)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE register_review (
        id INTEGER PRIMARY KEY,
        association_id INTEGER NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
        field TEXT NOT NULL CHECK (field IN ('name', 'street', 'postal_code', 'city', 'municipality_code', 'website', 'register_ended_on')),
        current_value TEXT NOT NULL,
        register_value TEXT NOT NULL,
        found_at TEXT NOT NULL,
        decision TEXT CHECK (decision IN ('accepted', 'rejected')),
        decided_at TEXT,
        UNIQUE (association_id, field, register_value)
    ) STRICT;
    CREATE INDEX register_review_open ON register_review(association_id) WHERE decision IS NULL;

    DROP VIEW association_stem_source;
    CREATE VIEW association_stem_source AS
    SELECT a.id AS id,
           a.name AS name,
           coalesce(a.description, '') || ' ' || coalesce(a.city, '') || ' ' ||
           coalesce(m.name_fi, '') || ' ' || coalesce(m.name_sv, '') || ' ' ||
           coalesce((SELECT group_concat(c.label_fi || ' ' || c.label_sv, ' ') FROM (
               SELECT ac.list AS list, ac.code AS code FROM association_categories ac WHERE ac.association_id = a.id
               UNION SELECT 'target_group', g.code FROM activity_target_groups g JOIN activities t ON t.id = g.activity_id
                     WHERE t.association_id = a.id
               UNION SELECT 'activity_kind', t.kind_code FROM activities t WHERE t.association_id = a.id AND t.kind_code IS NOT NULL
           ) k JOIN categories c ON c.list = k.list AND c.code = k.code), '') || ' ' ||
           coalesce((SELECT group_concat(f.name, ' ') FROM association_former_names f WHERE f.association_id = a.id), '') AS own,
           a.street || ' ' || a.postal_code || ' ' || a.email || ' ' ||
           (SELECT CASE WHEN d GLOB '358*' THEN '0' || substr(d, 4) ELSE d END FROM (
               SELECT replace(replace(replace(replace(replace(a.phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+358', '0') AS d))
           AS contact,
           coalesce((SELECT group_concat(t.title, ' ') FROM activities t WHERE t.association_id = a.id), '') || ' ' ||
           coalesce((SELECT group_concat(p.name, ' ') FROM affiliations f JOIN people p ON p.id = f.person_id WHERE f.association_id = a.id), '')
           AS others
    FROM associations a LEFT JOIN municipalities m ON m.code = a.municipality_code;

    DROP VIEW association_search_source;
    CREATE VIEW association_search_source AS
    SELECT a.id AS id,
           a.name AS name,
           trim(coalesce(a.business_id, '') || ' ' ||
                coalesce(m.name_fi, '') || ' ' ||
                coalesce(m.name_sv, '') || ' ' ||
                coalesce(a.city, '') || ' ' ||
                coalesce(a.description, '') || ' ' ||
                coalesce((SELECT group_concat(t.title, ' ') FROM activities t WHERE t.association_id = a.id), '') || ' ' ||
                coalesce((SELECT group_concat(c.label_fi, ' ') FROM (
                    SELECT ac.list AS list, ac.code AS code FROM association_categories ac WHERE ac.association_id = a.id
                    UNION SELECT 'target_group', g.code FROM activity_target_groups g JOIN activities t ON t.id = g.activity_id
                          WHERE t.association_id = a.id
                    UNION SELECT 'activity_kind', t.kind_code FROM activities t WHERE t.association_id = a.id AND t.kind_code IS NOT NULL
                ) k JOIN categories c ON c.list = k.list AND c.code = k.code), '') || ' ' ||
                coalesce((SELECT group_concat(p.name, ' ') FROM affiliations f JOIN people p ON p.id = f.person_id WHERE f.association_id = a.id), '') || ' ' ||
                coalesce((SELECT group_concat(f.name, ' ') FROM association_former_names f WHERE f.association_id = a.id), '')
           ) AS body
    FROM associations a LEFT JOIN municipalities m ON m.code = a.municipality_code;
    """
}
