import Foundation

/// Columns the association CSV export adds after the importable ones: facts kept elsewhere in the
/// directory (status, contact person, activity count, tags separated by `|`), for reading in Excel. The import accepts
/// these headers and ignores their cells, so importing an export still changes nothing.
public enum AssociationExportColumn: String, CaseIterable, Sendable {
    case status, contactPerson, activityCount, tags

    public var finnishName: String {
        switch self {
        case .status: "tila"
        case .contactPerson: "yhteyshenkilo"
        case .activityCount: "toimintoja"
        case .tags: "tunnisteet"
        }
    }

    public var englishName: String {
        switch self {
        case .status: "status"
        case .contactPerson: "contact_person"
        case .activityCount: "activity_count"
        case .tags: "tags"
        }
    }

    /// Matches a header cell the way `AssociationColumn.match` does.
    public static func match(_ header: String) -> AssociationExportColumn? {
        let folded = AssociationColumn.fold(header)
        return allCases.first { AssociationColumn.fold($0.finnishName) == folded || AssociationColumn.fold($0.englishName) == folded }
    }

    /// The contact person shown in the export: a current `contact` role first, else the chair;
    /// "Name, e-mail, phone" with the parts that are known.
    static let contactPersonSQL = """
        (SELECT p.name || CASE WHEN p.email <> '' THEN ', ' || p.email ELSE '' END
                       || CASE WHEN p.phone <> '' THEN ', ' || p.phone ELSE '' END
         FROM affiliations f JOIN people p ON p.id = f.person_id
         WHERE f.association_id = a.id AND f.kind IN ('contact', 'board_chair') AND (f.end_on IS NULL OR f.end_on >= :today)
         ORDER BY f.kind = 'contact' DESC, f.start_on, f.id LIMIT 1) AS contact_person,
        (SELECT count(*) FROM activities t WHERE t.association_id = a.id) AS activity_count,
        (SELECT group_concat(name, '|') FROM (SELECT g.name FROM association_tags x JOIN tags g ON g.key = x.tag_key
             WHERE x.association_id = a.id ORDER BY g.key)) AS tags
        """
}
