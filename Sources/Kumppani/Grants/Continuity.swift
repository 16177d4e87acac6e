import Foundation

/// Something that threatens the year-to-year continuity of a partnership, or a reason to look twice.
public struct ContinuityWarning: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A report on an earlier grant is overdue and not received.
        case previousReportMissing(roundName: String, dueOn: CivilDate)
        /// A report on an earlier grant came in after its due date.
        case previousReportLate(roundName: String, dueOn: CivilDate, receivedOn: CivilDate)
        /// Had a grant last year, no application this year.
        case lapsedPartner(lastYear: Int, grantedCents: Int64)
        case dissolved
        case dormant
        /// The association's record in the PRH register has ended (accepted from a YTJ import).
        case registerEnded(on: CivilDate)
        case notOnLahella

        /// Serious enough to mark the application on the board: a late or missing report, a dissolved
        /// or dormant association. Not being on Lähellä.fi or a lapsed partnership is worth knowing but
        /// common, so it stays in the application's warnings only (a mark on every row means nothing).
        public var isSerious: Bool {
            switch self {
            case .previousReportMissing, .previousReportLate, .dissolved, .dormant, .registerEnded: return true
            case .lapsedPartner, .notOnLahella: return false
            }
        }
    }

    public var associationID: Int64
    public var associationName: String
    public var applicationID: Int64?
    public var kind: Kind

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch kind {
        case .previousReportMissing(let round, let due): return l["grants.warning.report_missing", round, due.formatted(language)]
        case .previousReportLate(let round, let due, let received):
            return l["grants.warning.report_late", round, due.formatted(language), received.formatted(language)]
        case .lapsedPartner(let year, let cents): return l["grants.warning.lapsed", year, Money(cents: cents).formatted(language)]
        case .dissolved: return l["grants.warning.dissolved"]
        case .dormant: return l["grants.warning.dormant"]
        case .registerEnded(let date): return l["ytj.warning.register_ended", date.formatted(language)]
        case .notOnLahella: return l["grants.warning.not_on_lahella"]
        }
    }
}

/// Finds continuity warnings for one application, for a round, and the lapsed partners of a year.
public struct ContinuityCheck: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    /// Warnings shown on one application.
    public func warnings(applicationID: Int64, today: CivilDate) throws -> [ContinuityWarning] {
        let db = store.database
        guard let row = try db.queryOne("""
            SELECT a.id, a.association_id, r.year, s.name, s.status, s.lahella_listed, s.register_ended_on FROM grant_applications a
            JOIN grant_rounds r ON r.id = a.round_id JOIN associations s ON s.id = a.association_id WHERE a.id = ?
            """, applicationID), let assocID = row.int64("association_id"), let year = row.int("year") else { return [] }
        let name = row.string("name") ?? ""
        func warn(_ kind: ContinuityWarning.Kind) -> ContinuityWarning {
            ContinuityWarning(associationID: assocID, associationName: name, applicationID: applicationID, kind: kind)
        }
        var out: [ContinuityWarning] = []
        switch row.string("status") {
        case "dissolved": out.append(warn(.dissolved))
        case "dormant": out.append(warn(.dormant))
        default: break
        }
        if let ended = GrantStore.date(row, "register_ended_on") { out.append(warn(.registerEnded(on: ended))) }
        if !row.bool("lahella_listed") { out.append(warn(.notOnLahella)) }
        // Reports on grants of earlier years.
        for prev in try db.query("""
            SELECT r.name AS round_name, coalesce(g.due_on, r.report_due_on) AS due_on, g.received_on
            FROM grant_applications a JOIN grant_rounds r ON r.id = a.round_id
            JOIN grant_decisions d ON d.application_id = a.id AND NOT EXISTS (SELECT 1 FROM grant_decisions c WHERE c.corrects_id = d.id)
            LEFT JOIN grant_reports g ON g.application_id = a.id
            WHERE a.association_id = ? AND r.year < ? AND d.granted_cents > 0
            ORDER BY r.year, r.name
            """, assocID, year) {
            guard let due = GrantStore.date(prev, "due_on") else { continue }
            let roundName = prev.string("round_name") ?? ""
            if let received = GrantStore.date(prev, "received_on") {
                if received > due { out.append(warn(.previousReportLate(roundName: roundName, dueOn: due, receivedOn: received))) }
            } else if due < today {
                out.append(warn(.previousReportMissing(roundName: roundName, dueOn: due)))
            }
        }
        // The serious ones first, so a list read from the top meets them before the notes.
        return out.filter { $0.kind.isSerious } + out.filter { !$0.kind.isSerious }
    }

    /// Warnings on every application of a round, then the lapsed partners of the round's year.
    public func warnings(roundID: Int64, today: CivilDate) throws -> [ContinuityWarning] {
        let db = store.database
        guard let year = try db.scalarInt("SELECT year FROM grant_rounds WHERE id = ?", roundID) else { return [] }
        let apps = try db.query("""
            SELECT a.id, s.name FROM grant_applications a JOIN associations s ON s.id = a.association_id
            WHERE a.round_id = ? AND a.stage <> 'withdrawn'
            """, roundID).sorted { FinnishCollation.compare($0.string("name") ?? "", $1.string("name") ?? "") == .orderedAscending }
        var out: [ContinuityWarning] = []
        for app in apps { if let id = app.int64("id") { out += try warnings(applicationID: id, today: today) } }
        return out + (try lapsedPartners(year: Int(year)))
    }

    /// Associations granted money in `year - 1` that have no application in any round of `year`.
    public func lapsedPartners(year: Int) throws -> [ContinuityWarning] {
        try store.database.query("""
            SELECT s.id, s.name, sum(d.granted_cents) AS granted FROM grant_applications a
            JOIN grant_rounds r ON r.id = a.round_id JOIN associations s ON s.id = a.association_id
            JOIN grant_decisions d ON d.application_id = a.id AND NOT EXISTS (SELECT 1 FROM grant_decisions c WHERE c.corrects_id = d.id)
            WHERE r.year = ?1 - 1 AND d.granted_cents > 0
              AND NOT EXISTS (SELECT 1 FROM grant_applications b JOIN grant_rounds q ON q.id = b.round_id
                              WHERE b.association_id = s.id AND q.year = ?1)
            GROUP BY s.id, s.name
            """, year).map {
            ContinuityWarning(associationID: $0.int64("id") ?? 0, associationName: $0.string("name") ?? "", applicationID: nil,
                              kind: .lapsedPartner(lastYear: year - 1, grantedCents: $0.int64("granted") ?? 0))
        }.sorted { FinnishCollation.compare($0.associationName, $1.associationName) == .orderedAscending }
    }
}
