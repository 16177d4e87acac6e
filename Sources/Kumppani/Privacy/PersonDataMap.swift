import Foundation

/// Where a person can appear in the schema (versions 1–4 and 9). Both the export and the erasure
/// read this one map, so what is shown and what is removed never drift apart.
///
/// Rows that *belong* to a person (by `person_id`) are handled one by one in `PersonExport`
/// and `PersonErasure`; the columns here are free text that may *mention* them by name,
/// e-mail or phone. A new table with people in it must be added here.
enum PersonDataMap {
    struct TextColumns {
        let table: String
        /// The key columns that identify a row (`rowid` for ordinary tables).
        let key: [String]
        let columns: [String]
        /// Contact fields hold one value: a match clears the field instead of inserting a marker.
        var contactFields: Set<String> = []
    }

    static let textColumns: [TextColumns] = [
        TextColumns(table: "people", key: ["id"], columns: ["notes"]),
        TextColumns(table: "person_relations", key: ["person_id", "related_person_id"], columns: ["relation"]),
        TextColumns(table: "associations", key: ["id"], columns: ["email", "phone", "description", "street", "website"],
                    contactFields: ["email", "phone"]),
        TextColumns(table: "activities", key: ["id"],
                    columns: ["title", "description", "contact_text", "place", "schedule", "cost", "accessibility"]),
        TextColumns(table: "affiliations", key: ["id"], columns: ["title"]),
        TextColumns(table: "contact_log", key: ["id"], columns: ["note"]),
        TextColumns(table: "members", key: ["id"], columns: ["represents"]),
        TextColumns(table: "grant_applications", key: ["id"], columns: ["purpose", "other_funding_text", "preparer", "reasoning"]),
        TextColumns(table: "stage_history", key: ["id"], columns: ["note"]),
        TextColumns(table: "grant_decisions", key: ["id"], columns: ["correction_reason"]),
        TextColumns(table: "grant_payments", key: ["id"], columns: ["correction_reason"]),
        TextColumns(table: "grant_reports", key: ["id"], columns: ["notes"]),
        TextColumns(table: "grant_recoveries", key: ["id"], columns: ["reason", "decision"]),
        TextColumns(table: "grant_appeals", key: ["id"], columns: ["notes"]),
        TextColumns(table: "meetings", key: ["id"], columns: ["place", "link", "checked_by"]),
        TextColumns(table: "attendance", key: ["id"], columns: ["note"]),
        TextColumns(table: "agenda_items", key: ["id"],
                    columns: ["title", "preparer", "background", "proposal", "discussion", "decision",
                              "counter_proposals", "vote_names", "dissent",
                              // The Swedish beside the Finnish (schema 12) names the same people.
                              "title_sv", "background_sv", "proposal_sv", "decision_sv"]),
        TextColumns(table: "item_counter_proposals", key: ["id"], columns: ["text", "proposer", "seconder"]),
        TextColumns(table: "item_attachments", key: ["id"], columns: ["label", "target"]),
        TextColumns(table: "item_disqualifications", key: ["item_id", "person_id"], columns: ["reason"]),
        TextColumns(table: "actions", key: ["id"], columns: ["text", "owner_text"]),
        TextColumns(table: "minutes_amendments", key: ["id"], columns: ["reason", "text"]),
        TextColumns(table: "negotiation_goals", key: ["id"], columns: ["goal", "measures", "responsible", "indicator", "follow_up", "goal_sv", "measures_sv"]),
        // Schema 9: the annual negotiation's parties (a party may be named after a person, and
        // its representatives are people), premises and their bookings, the county's own goals.
        TextColumns(table: "negotiation_parties", key: ["id"], columns: ["name", "representatives"]),
        TextColumns(table: "premises", key: ["id"], columns: ["owner", "contact", "address", "accessibility", "equipment"]),
        TextColumns(table: "bookings", key: ["id"], columns: ["title", "note"]),
        TextColumns(table: "strategy_goals", key: ["id"], columns: ["title", "description", "indicators"]),
        // Schema 14: a merge's undo data holds the removed association's whole row as JSON.
        TextColumns(table: "association_merges", key: ["id"], columns: ["removed_name", "undo_data"]),
    ]

    /// One free-text field that mentions the person.
    struct Mention {
        let table: String
        let column: String
        let key: [DatabaseValue]
        let text: String
        let isContactField: Bool
    }

    /// Every free-text field in the file that mentions one of the people.
    static func mentions(of matcher: PersonMentions, in db: Database) throws -> [Mention] {
        guard !matcher.isEmpty else { return [] }
        var found: [Mention] = []
        for t in textColumns {
            let keyList = t.key.joined(separator: ", ")
            let nonEmpty = t.columns.map { "\($0) <> ''" }.joined(separator: " OR ")
            let sql = "SELECT \(keyList), \(t.columns.joined(separator: ", ")) FROM \(t.table) WHERE \(nonEmpty) ORDER BY \(keyList)"
            try db.forEach(sql) { row in
                let key = Array(row.values.prefix(t.key.count))
                for column in t.columns {
                    guard let text = row.string(column), matcher.occur(in: text) else { continue }
                    found.append(Mention(table: t.table, column: column, key: key, text: text,
                                         isContactField: t.contactFields.contains(column)))
                }
            }
        }
        return found
    }
}
