import Foundation

/// One thing that is due or late across all rounds.
public struct DueItem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case reportOverdue(dueOn: CivilDate, daysLate: Int)
        case reportDueSoon(dueOn: CivilDate, daysLeft: Int)
        case notFullyPaid(grantedCents: Int64, paidCents: Int64)
    }
    public var applicationID: Int64
    public var roundID: Int64
    public var roundName: String
    public var associationName: String
    public var kind: Kind

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch kind {
        case .reportOverdue(let due, let days): return l["grants.due.report_overdue", due.formatted(language), days]
        case .reportDueSoon(let due, let days): return l["grants.due.report_soon", due.formatted(language), days]
        case .notFullyPaid(let granted, let paid):
            return l["grants.due.unpaid", Money(cents: granted).formatted(language), Money(cents: granted - paid).formatted(language)]
        }
    }
}

/// Reports due within `window` days, overdue reports, and decided grants not yet paid in full.
public enum DueList {
    public static let window = 30

    public static func items(store: Store, today: CivilDate, window: Int = DueList.window) throws -> [DueItem] {
        let rows = try store.database.query("""
            SELECT a.id, a.round_id, a.stage, r.name AS round_name, s.name AS association_name,
                   coalesce(g.due_on, r.report_due_on) AS due_on, g.received_on, d.granted_cents,
                   (SELECT coalesce(sum(p.amount_cents), 0) FROM grant_payments p WHERE p.application_id = a.id) AS paid_cents
            FROM grant_applications a JOIN grant_rounds r ON r.id = a.round_id JOIN associations s ON s.id = a.association_id
            JOIN grant_decisions d ON d.application_id = a.id AND NOT EXISTS (SELECT 1 FROM grant_decisions c WHERE c.corrects_id = d.id)
            LEFT JOIN grant_reports g ON g.application_id = a.id
            WHERE a.stage IN ('decided', 'paid') AND d.granted_cents > 0
            """)
        var overdue: [(Int, DueItem)] = [], soon: [(Int, DueItem)] = [], unpaid: [DueItem] = []
        for row in rows {
            let base = DueItem(applicationID: row.int64("id") ?? 0, roundID: row.int64("round_id") ?? 0,
                               roundName: row.string("round_name") ?? "", associationName: row.string("association_name") ?? "",
                               kind: .notFullyPaid(grantedCents: 0, paidCents: 0))
            if row.isNull("received_on"), let due = GrantStore.date(row, "due_on") {
                let days = today.days(until: due)
                var item = base
                if days < 0 {
                    item.kind = .reportOverdue(dueOn: due, daysLate: -days)
                    overdue.append((days, item))
                } else if days <= window {
                    item.kind = .reportDueSoon(dueOn: due, daysLeft: days)
                    soon.append((days, item))
                }
            }
            let granted = row.int64("granted_cents") ?? 0, paid = row.int64("paid_cents") ?? 0
            if paid < granted {
                var item = base
                item.kind = .notFullyPaid(grantedCents: granted, paidCents: paid)
                unpaid.append(item)
            }
        }
        let byName: (DueItem, DueItem) -> Bool = { FinnishCollation.compare($0.associationName, $1.associationName) == .orderedAscending }
        return overdue.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : byName($0.1, $1.1) }.map(\.1)
            + soon.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : byName($0.1, $1.1) }.map(\.1)
            + unpaid.sorted(by: byName)
    }
}
