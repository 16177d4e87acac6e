import Foundation

/// Schema version 6: search that understands Finnish (issue 16, item 2).
///
/// - `association_stem`: the Snowball stems (`FinnishStemmer`) of an association's name and of
///   everything said of it, Finnish and Swedish (municipality, categories, description,
///   activities, people) and its contact details (street, postcode, e-mail, the phone as
///   digits with +358 as 0), so *omaishoitajien* and *Närståendevårdare* find what
///   *omaishoitajat* finds, and `18100` or `044 512` find the address or phone. Stems are
///   computed in Swift, so no trigger can write them: `SearchIndex.flush` does.
/// - `association_trigram`: FTS5's `trigram` tokenizer over names only, for the later parts of
///   compound words (*hoitajat* in *Omaishoitajat*). Names only: with the contact details too it
///   was three times the names' size, and its build dominated the import.
/// - `search_vocabulary`: the stems of associations' own words (name, description, places,
///   categories; never people's names, so erasing a person leaves nothing here), the word list
///   the typo tier compares with.
///
/// Frozen: a later change is a new migration. The stems are derived data made in Swift, so the
/// migration does not compute them: it queues every association in `search_dirty`, and the index's
/// own upkeep (`SearchIndex.flush`, run before the migration's commit) fills the new tables.
enum Schema6Search {
    static let migration = Migration(version: 6, name: "search: stems, trigrams, typo vocabulary", sql: sql)

    static let sql = """
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
           ) k JOIN categories c ON c.list = k.list AND c.code = k.code), '') AS own,
           a.street || ' ' || a.postal_code || ' ' || a.email || ' ' ||
           (SELECT CASE WHEN d GLOB '358*' THEN '0' || substr(d, 4) ELSE d END FROM (
               SELECT replace(replace(replace(replace(replace(a.phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+358', '0') AS d))
           AS contact,
           coalesce((SELECT group_concat(t.title, ' ') FROM activities t WHERE t.association_id = a.id), '') || ' ' ||
           coalesce((SELECT group_concat(p.name, ' ') FROM affiliations f JOIN people p ON p.id = f.person_id WHERE f.association_id = a.id), '')
           AS others
    FROM associations a LEFT JOIN municipalities m ON m.code = a.municipality_code;

    CREATE VIRTUAL TABLE association_stem USING fts5(name, body, tokenize = "unicode61 remove_diacritics 0");
    CREATE VIRTUAL TABLE association_trigram USING fts5(name, tokenize = "trigram");
    CREATE TABLE search_vocabulary (stem TEXT PRIMARY KEY, length INTEGER NOT NULL) STRICT, WITHOUT ROWID;
    INSERT OR IGNORE INTO search_dirty(association_id) SELECT id FROM associations;
    """
}
