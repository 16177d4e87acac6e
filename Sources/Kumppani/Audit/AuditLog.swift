import Foundation

/// Reads the append-only audit trail of decisions, payments, recoveries and minutes.
public enum AuditLog {
    /// Entries in the order they were made, optionally from a day on (Helsinki time) or of one application.
    public static func entries(in db: Database, since: CivilDate? = nil, applicationID: Int64? = nil) throws -> [AuditEntry] {
        var conditions: [String] = []
        var args: [DatabaseValueConvertible?] = []
        if let since {
            conditions.append("l.at >= ?")
            args.append(Timestamp.iso(HelsinkiTime.date(since, ClockTime.midnight)))
        }
        if let applicationID {
            conditions.append("l.application_id = ?")
            args.append(applicationID)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try db.query("""
            SELECT l.*, s.name AS association_name, r.name AS round_name, b.name AS body_name, m.number AS meeting_number,
                   m.year AS meeting_year, cb.name AS changed_body_name
            FROM audit_log l
            LEFT JOIN grant_applications a ON a.id = l.application_id
            LEFT JOIN associations s ON s.id = a.association_id
            LEFT JOIN grant_rounds r ON r.id = a.round_id
            LEFT JOIN meetings m ON m.id = l.meeting_id
            LEFT JOIN bodies b ON b.id = m.body_id
            LEFT JOIN bodies cb ON l.entity = 'body' AND cb.id = l.entity_id
            \(filter)
            ORDER BY l.at, l.id
            """, args).map(entry(from:))
    }

    static func entry(from row: Row) -> AuditEntry {
        var subject: String?
        if let association = row.string("association_name") {
            subject = [association, row.string("round_name")].compactMap { $0 }.joined(separator: ", ")
        } else if let body = row.string("body_name"), let n = row.int("meeting_number"), let y = row.int("meeting_year") {
            subject = "\(body) \(n)/\(y)"
        } else if let body = row.string("changed_body_name") {
            subject = body
        }
        return AuditEntry(id: row.int64("id") ?? 0, at: row.string("at") ?? "", osUser: row.string("os_user"),
                          entity: row.string("entity") ?? "", entityID: row.int64("entity_id") ?? 0,
                          action: row.string("action") ?? "", summary: row.string("summary") ?? "",
                          applicationID: row.int64("application_id"), meetingID: row.int64("meeting_id"), subject: subject)
    }
}
