import Foundation

/// Schema version 6: search that understands Finnish (issue 16, item 2).
///
/// - `association_stem`: the Snowball stems (`FinnishStemmer`) of an association's name and of
///   everything said of it, Finnish and Swedish (municipality, categories, description,
///   activities, people), so *omaishoitajien* and *Närståendevårdare* find what *omaishoitajat*
///   finds. Stems are computed in Swift, so no trigger can write them: `SearchIndex.flush` does.
/// - `association_trigram`: FTS5's `trigram` tokenizer over the name and the contact details
///   (street, postcode, city, e-mail, phone as digits), for parts of compound words
///   (*hoitajat* in *Omaishoitajat*) and for addresses, postcodes, phones and e-mails.
/// - `search_vocabulary`: the stems of associations' own words (name, description, places,
///   categories; never people's names, so erasing a person leaves nothing here), the word list
///   the typo tier compares with.
///
/// Frozen: a later change is a new migration.
enum Schema6Search {
    static let migration = Migration(version: 6, name: "search: stems, trigrams, typo vocabulary") { db in
        try db.execute(sql)
        try SearchIndex.rebuildFinnish(on: db)
    }

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
           coalesce((SELECT group_concat(t.title, ' ') FROM activities t WHERE t.association_id = a.id), '') || ' ' ||
           coalesce((SELECT group_concat(p.name, ' ') FROM affiliations f JOIN people p ON p.id = f.person_id WHERE f.association_id = a.id), '')
           AS others
    FROM associations a LEFT JOIN municipalities m ON m.code = a.municipality_code;

    CREATE VIEW association_contact_source AS
    SELECT id, name,
           street || ' ' || postal_code || ' ' || city || ' ' || email || ' ' ||
           CASE WHEN replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+358', '0') GLOB '358*'
                THEN '0' || substr(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), 4)
                ELSE replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+358', '0') END
           AS contact
    FROM associations;

    CREATE VIRTUAL TABLE association_stem USING fts5(name, body, tokenize = "unicode61 remove_diacritics 0");
    CREATE VIRTUAL TABLE association_trigram USING fts5(name, contact, tokenize = "trigram");
    CREATE TABLE search_vocabulary (stem TEXT PRIMARY KEY, length INTEGER NOT NULL) STRICT, WITHOUT ROWID;
    """
}
