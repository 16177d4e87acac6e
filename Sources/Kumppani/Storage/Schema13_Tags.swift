import Foundation

/// Schema version 13: tags and saved searches in the directory (issue 16, items 5 and 7).
///
/// - `tags`: free tags ("kumppanuuspöytä 2027 kutsutut"), keyed by the folded name so that
///   `Kutsutut` and `kutsutut` are one tag, and so that the same tag made on two laptops offline
///   is the same row when the copies exchange (storage-notes: no autoincrement keys on synced rows).
/// - `association_tags`: which association carries which tag; the second index serves the tag
///   filter and `export --tag` (all associations of one tag) without a scan.
/// - `saved_searches`: a named search text, filters (JSON) and order, keyed by the folded name.
///
/// All three are data tables: their names carry none of `SyncTables`' local markers, so the sync
/// recorder records and exchanges them like the directory's other tables.
///
/// A tag is a word an association is found by: both search views are recreated as Schema 11 wrote
/// them with the tag names added, and triggers queue an association when its tags change. No
/// association has a tag yet, so the indexed text is unchanged and nothing is reindexed here.
///
/// Frozen: a later change is a new migration.
enum Schema13Tags {
    static let migration = Migration(version: 13, name: "tags, association tags, saved searches", sql: sql)

    static let sql = """
    CREATE TABLE tags (
        key TEXT PRIMARY KEY CHECK (length(key) > 0),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 80),
        created_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE association_tags (
        association_id INTEGER NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
        tag_key TEXT NOT NULL REFERENCES tags(key) ON DELETE CASCADE,
        added_at TEXT NOT NULL,
        PRIMARY KEY (association_id, tag_key)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX association_tags_tag ON association_tags(tag_key, association_id);

    CREATE TABLE saved_searches (
        key TEXT PRIMARY KEY CHECK (length(key) > 0),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 80),
        search TEXT NOT NULL DEFAULT '',
        filter TEXT NOT NULL DEFAULT '{}',           -- JSON object of the filters that are set
        sort TEXT NOT NULL DEFAULT 'name',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;

    CREATE TRIGGER search_association_tags_ai AFTER INSERT ON association_tags BEGIN INSERT OR IGNORE INTO search_dirty(association_id) VALUES (new.association_id); END;
    CREATE TRIGGER search_association_tags_ad AFTER DELETE ON association_tags BEGIN INSERT OR IGNORE INTO search_dirty(association_id) VALUES (old.association_id); END;
    CREATE TRIGGER search_tags_au AFTER UPDATE OF name ON tags BEGIN INSERT OR IGNORE INTO search_dirty(association_id) SELECT association_id FROM association_tags WHERE tag_key = new.key; END;

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
           coalesce((SELECT group_concat(f.name, ' ') FROM association_former_names f WHERE f.association_id = a.id), '') || ' ' ||
           coalesce((SELECT group_concat(g.name, ' ') FROM association_tags x JOIN tags g ON g.key = x.tag_key WHERE x.association_id = a.id), '') AS own,
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
                coalesce((SELECT group_concat(f.name, ' ') FROM association_former_names f WHERE f.association_id = a.id), '') || ' ' ||
                coalesce((SELECT group_concat(g.name, ' ') FROM association_tags x JOIN tags g ON g.key = x.tag_key WHERE x.association_id = a.id), '')
           ) AS body
    FROM associations a LEFT JOIN municipalities m ON m.code = a.municipality_code;
    """
}
