import Foundation

/// The whole database as one JSON object: each key a collection (table), each a list of objects
/// with an `id`. Tables keyed by several columns get a composite id `"<a>:<b>"` in key order.
/// Money ends in `_cents`, references in `_id`, dates are ISO text, flags are true/false.
/// Rows are streamed to the sink, never gathered into one string.
public enum FullExport {
    /// (collection, SQL). Composite ids are built in SQL so the row streams unchanged.
    public static let collections: [(name: String, sql: String)] = [
        ("municipalities", "SELECT code AS id, * FROM municipalities"),
        ("categories", "SELECT list || ':' || code AS id, * FROM categories"),
        ("associations", "SELECT * FROM associations"),
        ("association_categories", "SELECT association_id || ':' || list || ':' || code AS id, * FROM association_categories"),
        ("people", "SELECT * FROM people"),
        ("person_relations", "SELECT person_id || ':' || related_person_id AS id, * FROM person_relations"),
        ("affiliations", "SELECT * FROM affiliations"),
        ("activities", "SELECT * FROM activities"),
        ("activity_target_groups", "SELECT activity_id || ':' || code AS id, * FROM activity_target_groups"),
        ("activity_municipalities", "SELECT activity_id || ':' || municipality_code AS id, * FROM activity_municipalities"),
        ("contact_log", "SELECT * FROM contact_log"),
        ("bodies", "SELECT * FROM bodies"),
        ("members", "SELECT * FROM members"),
        ("grant_rounds", "SELECT * FROM grant_rounds"),
        ("round_criteria", "SELECT * FROM round_criteria"),
        ("grant_applications", """
            SELECT a.*, (SELECT d.granted_cents FROM grant_decisions d WHERE d.application_id = a.id
                           AND NOT EXISTS (SELECT 1 FROM grant_decisions x WHERE x.corrects_id = d.id)
                         ORDER BY d.decided_on DESC, d.created_at DESC LIMIT 1) AS granted_cents
            FROM grant_applications a
            """),
        ("application_target_groups", "SELECT application_id || ':' || code AS id, * FROM application_target_groups"),
        ("application_scores", "SELECT application_id || ':' || criterion_id AS id, * FROM application_scores"),
        ("stage_history", "SELECT * FROM stage_history"),
        ("grant_decisions", "SELECT * FROM grant_decisions"),
        ("grant_payments", "SELECT * FROM grant_payments"),
        ("grant_reports", "SELECT * FROM grant_reports"),
        ("report_figures", "SELECT report_id || ':' || target_group_code AS id, * FROM report_figures"),
        ("grant_recoveries", "SELECT * FROM grant_recoveries"),
        ("grant_appeals", "SELECT * FROM grant_appeals"),
        ("meetings", "SELECT * FROM meetings"),
        ("attendance", "SELECT * FROM attendance"),
        ("agenda_items", "SELECT * FROM agenda_items"),
        ("item_attachments", "SELECT * FROM item_attachments"),
        ("item_associations", "SELECT item_id || ':' || association_id AS id, * FROM item_associations"),
        ("item_disqualifications", "SELECT item_id || ':' || person_id AS id, * FROM item_disqualifications"),
        ("actions", "SELECT * FROM actions"),
        ("minutes_amendments", "SELECT * FROM minutes_amendments"),
        ("negotiation_goals", "SELECT * FROM negotiation_goals"),
        ("premises", "SELECT * FROM premises"),
        ("bookings", "SELECT * FROM bookings"),
        ("booking_exceptions", "SELECT booking_id || ':' || on_date AS id, * FROM booking_exceptions"),
        ("strategy_goals", "SELECT * FROM strategy_goals"),
        ("strategy_links", "SELECT goal_id || ':' || entity || ':' || entity_id AS id, * FROM strategy_links"),
        ("negotiation_parties", "SELECT * FROM negotiation_parties"),
        ("tags", "SELECT key AS id, * FROM tags"),
        ("association_tags", "SELECT association_id || ':' || tag_key AS id, * FROM association_tags"),
        ("saved_searches", "SELECT key AS id, * FROM saved_searches"),
        ("audit_log", "SELECT * FROM audit_log"),
    ]

    /// Integer 0/1 columns written as JSON booleans.
    static let flags: Set<String> = ["lahella_listed", "offers_client_perspective", "offers_expert_by_experience",
                                     "offers_volunteer_coordination", "offers_knowledge", "offers_special_expertise",
                                     "offers_services", "offers_preventive_work", "offers_co_development"]

    /// Streams the export inside one read transaction (a consistent snapshot); returns rows written.
    @discardableResult
    public static func write(from db: Database, to sink: ExportSink, progress: ((Double) -> Void)? = nil) throws -> Int {
        var total = 0
        do {
            try db.read {
                // Each collection's rows counted first (cheap next to writing them), for the bar.
                var expected = 0
                if progress != nil {
                    for collection in collections { expected += Int(try db.scalarInt("SELECT count(*) FROM (\(collection.sql))") ?? 0) }
                }
                let tick = ExportProgress(total: expected, report: progress)
                try sink.write("{")
                for (index, collection) in collections.enumerated() {
                    try sink.write((index == 0 ? "\n" : ",\n") + JSONText.string(collection.name) + ": [")
                    var first = true
                    var names: [[UInt8]] = []
                    var isFlag: [Bool] = []
                    try db.forEachRaw(collection.sql) { row in
                        if names.isEmpty {
                            let columns = (0..<row.count).map(row.name)
                            names = columns.map { Array((JSONText.string($0) + ":").utf8) }
                            isFlag = columns.map { flags.contains($0) }
                        }
                        try sink.writeJSONObject(row, names: names, isFlag: isFlag, first: first)
                        first = false
                        total += 1
                        tick.row()
                    }
                    try sink.write(first ? "]" : "\n]")
                }
                try sink.write("\n}\n")
            }
        } catch let error as DatabaseError {
            throw ExportError.database(error.message)
        }
        return total
    }
}
