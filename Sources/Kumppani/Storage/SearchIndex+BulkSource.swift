import Foundation

/// The two source views (`association_search_source`, `association_stem_source`, schema 13) as
/// the full rebuild reads them: the same columns, the same text, cheaper to compute.
///
/// Each view's category labels come from a UNION of the association's own categories and its
/// activities' kinds and target groups, which SQLite answers with a temporary B-tree per row:
/// ~0.3 s of CPU per view over 100,000 rows, on the writer's thread. An association without
/// activities (every row of an import) has only its own categories, which the primary key
/// `(association_id, list, code)` already gives distinct and in the UNION's `(list, code)` order,
/// so those rows skip the UNION. `SearchSourceEquivalenceTests` checks the text is the views' own.
/// `flush` (a few associations at a time) keeps reading the views.
extension SearchIndex {
    /// The views' category subquery (`label` is the text per category, e.g. `c.label_fi`), with
    /// the short way for an association that has no activities.
    static func categoryLabelsSQL(_ label: String) -> String {
        """
        CASE WHEN EXISTS (SELECT 1 FROM activities t WHERE t.association_id = a.id) THEN
            (SELECT group_concat(\(label), ' ') FROM (
                SELECT ac.list AS list, ac.code AS code FROM association_categories ac WHERE ac.association_id = a.id
                UNION SELECT 'target_group', g.code FROM activity_target_groups g JOIN activities t ON t.id = g.activity_id
                      WHERE t.association_id = a.id
                UNION SELECT 'activity_kind', t.kind_code FROM activities t WHERE t.association_id = a.id AND t.kind_code IS NOT NULL
            ) k JOIN categories c ON c.list = k.list AND c.code = k.code)
        ELSE
            (SELECT group_concat(\(label), ' ') FROM association_categories ac
                CROSS JOIN categories c ON c.list = ac.list AND c.code = ac.code WHERE ac.association_id = a.id)
        END
        """
    }

    /// `SELECT id, name, body` as `association_search_source` gives them.
    static let bulkSearchSourceSQL = """
        SELECT a.id AS id,
               a.name AS name,
               trim(coalesce(a.business_id, '') || ' ' ||
                    coalesce(m.name_fi, '') || ' ' ||
                    coalesce(m.name_sv, '') || ' ' ||
                    coalesce(a.city, '') || ' ' ||
                    coalesce(a.description, '') || ' ' ||
                    coalesce((SELECT group_concat(t.title, ' ') FROM activities t WHERE t.association_id = a.id), '') || ' ' ||
                    coalesce(\(categoryLabelsSQL("c.label_fi")), '') || ' ' ||
                    coalesce((SELECT group_concat(p.name, ' ') FROM affiliations f JOIN people p ON p.id = f.person_id WHERE f.association_id = a.id), '') || ' ' ||
                    coalesce((SELECT group_concat(f.name, ' ') FROM association_former_names f WHERE f.association_id = a.id), '') || ' ' ||
                    coalesce((SELECT group_concat(g.name, ' ') FROM association_tags x JOIN tags g ON g.key = x.tag_key WHERE x.association_id = a.id), '')
               ) AS body
        FROM associations a LEFT JOIN municipalities m ON m.code = a.municipality_code
        """

    /// `SELECT id, name, own, others, contact` as `association_stem_source` gives them.
    static let bulkStemSourceSQL = """
        SELECT a.id AS id,
               a.name AS name,
               coalesce(a.description, '') || ' ' || coalesce(a.city, '') || ' ' ||
               coalesce(m.name_fi, '') || ' ' || coalesce(m.name_sv, '') || ' ' ||
               coalesce(\(categoryLabelsSQL("c.label_fi || ' ' || c.label_sv")), '') || ' ' ||
               coalesce((SELECT group_concat(f.name, ' ') FROM association_former_names f WHERE f.association_id = a.id), '') || ' ' ||
               coalesce((SELECT group_concat(g.name, ' ') FROM association_tags x JOIN tags g ON g.key = x.tag_key WHERE x.association_id = a.id), '') AS own,
               coalesce((SELECT group_concat(t.title, ' ') FROM activities t WHERE t.association_id = a.id), '') || ' ' ||
               coalesce((SELECT group_concat(p.name, ' ') FROM affiliations f JOIN people p ON p.id = f.person_id WHERE f.association_id = a.id), '')
               AS others,
               a.street || ' ' || a.postal_code || ' ' || a.email || ' ' ||
               (SELECT CASE WHEN d GLOB '358*' THEN '0' || substr(d, 4) ELSE d END FROM (
                   SELECT replace(replace(replace(replace(replace(a.phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+358', '0') AS d))
               AS contact
        FROM associations a LEFT JOIN municipalities m ON m.code = a.municipality_code
        """
}
