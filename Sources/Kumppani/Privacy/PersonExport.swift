import Foundation

/// `kumppani person export`: everything the file holds about a person, as JSON (GDPR art. 15).
///
/// For each matched record: the person row, then every row that belongs to them by id
/// (roles, close persons, memberships, activity contacts, contact log, actions, meeting roles,
/// attendance, disqualifications), then every free-text field that mentions their name,
/// e-mail or phone (`PersonDataMap`). Dates are ISO, as in `export all`.
public enum PersonExport {
    /// (section name, SQL with the person's id as ?1), in the order they are printed.
    static let sections: [(String, String)] = [
        ("association_roles", """
            SELECT f.id, f.association_id, a.name AS association, f.kind AS role, f.title, f.start_on, f.end_on, f.created_at
            FROM affiliations f JOIN associations a ON a.id = f.association_id WHERE f.person_id = ?1 ORDER BY a.name_key, f.id
            """),
        ("close_persons", """
            SELECT p.id AS person_id, p.name, r.relation FROM person_relations r JOIN people p ON p.id = r.related_person_id WHERE r.person_id = ?1
            UNION SELECT p.id, p.name, r.relation FROM person_relations r JOIN people p ON p.id = r.person_id WHERE r.related_person_id = ?1
            ORDER BY 2, 1
            """),
        ("body_memberships", """
            SELECT m.id, m.body_id, b.name AS body, m.role, m.represents, m.term_start_on, m.term_end_on, m.created_at
            FROM members m JOIN bodies b ON b.id = m.body_id WHERE m.person_id = ?1 ORDER BY b.name, m.id
            """),
        ("activity_contacts", """
            SELECT t.id AS activity_id, t.title AS activity, a.name AS association, t.contact_text
            FROM activities t JOIN associations a ON a.id = t.association_id WHERE t.contact_person_id = ?1 ORDER BY a.name_key, t.id
            """),
        ("contact_log", """
            SELECT c.id, c.association_id, a.name AS association, c.contacted_on, c.kind, c.note, c.follow_up_on,
                   c.follow_up_done_on, c.created_at, c.created_by
            FROM contact_log c JOIN associations a ON a.id = c.association_id WHERE c.person_id = ?1 ORDER BY c.contacted_on, c.id
            """),
        ("actions", """
            SELECT x.id, b.name AS body, x.meeting_id, x.text, x.owner_text, x.due_on, x.done_on, x.created_at
            FROM actions x JOIN bodies b ON b.id = x.body_id WHERE x.owner_person_id = ?1 ORDER BY x.due_on, x.id
            """),
        ("meeting_roles", """
            SELECT m.id AS meeting_id, b.name AS body, m.number || '/' || m.year AS meeting, m.held_on,
                   CASE ?1 WHEN m.chair_person_id THEN 'chair' WHEN m.secretary_person_id THEN 'secretary' ELSE 'minutes_checker' END AS role
            FROM meetings m JOIN bodies b ON b.id = m.body_id
            WHERE ?1 IN (m.chair_person_id, m.secretary_person_id, m.checker1_person_id, m.checker2_person_id) ORDER BY m.held_on, m.id
            """),
        ("attendance", """
            SELECT a.meeting_id, b.name AS body, m.number || '/' || m.year AS meeting, m.held_on,
                   CASE WHEN a.person_id = ?1 THEN a.role ELSE 'deputised_for' END AS role, a.arrived_at, a.left_at, a.note
            FROM attendance a JOIN meetings m ON m.id = a.meeting_id JOIN bodies b ON b.id = m.body_id
            WHERE a.person_id = ?1 OR a.deputy_for_person_id = ?1 ORDER BY m.held_on, a.id
            """),
        ("disqualifications", """
            SELECT d.item_id, m.number || '/' || m.year AS meeting, i.section_number, i.title, d.reason
            FROM item_disqualifications d JOIN agenda_items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
            WHERE d.person_id = ?1 ORDER BY m.held_on, i.position
            """),
    ]

    /// The export of everyone `lookup` matched. `note` (a catalog text) is added when the name
    /// matched several records, so a reader of the file knows they may be different people.
    public static func build(_ lookup: PersonLookupResult, in db: Database, note: String? = nil) throws -> PrettyJSON {
        try db.read {
            var people: [PrettyJSON] = []
            for person in lookup.people {
                var pairs: [(String, PrettyJSON)] = [("person", personObject(person))]
                for (name, sql) in sections {
                    pairs.append((name, .array(try db.query(sql, person.id).map(PrettyJSON.init))))
                }
                let mentions = try PersonDataMap.mentions(of: PersonMentions([person]), in: db)
                pairs.append(("mentions", .array(mentions.map(mentionObject))))
                people.append(.object(pairs))
            }
            var top: [(String, PrettyJSON)] = [
                ("query", .string(lookup.query)),
                ("matched_by", .string(lookup.matchedBy.rawValue)),
                ("ambiguous", .bool(lookup.isAmbiguous)),
            ]
            if let note { top.append(("note", .string(note))) }
            top.append(("people", .array(people)))
            return .object(top)
        }
    }

    static func personObject(_ p: PersonRecord) -> PrettyJSON {
        .object([("id", .int(p.id)), ("name", .string(p.name)), ("email", .string(p.email)), ("phone", .string(p.phone)),
                 ("title", .string(p.title)), ("notes", .string(p.notes)),
                 ("created_at", .string(p.createdAt)), ("updated_at", .string(p.updatedAt))])
    }

    static func mentionObject(_ m: PersonDataMap.Mention) -> PrettyJSON {
        let key = m.key.map { v -> String in
            switch v {
            case .integer(let i): return String(i)
            case .text(let s): return s
            default: return ""
            }
        }.joined(separator: ":")
        return .object([("table", .string(m.table)), ("column", .string(m.column)), ("id", .string(key)), ("text", .string(m.text))])
    }
}
