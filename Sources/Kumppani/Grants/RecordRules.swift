import Foundation

/// The rules of issue 14 checked over a whole file, read only: what `kumppani check` reports
/// in files written by older versions (or edited outside Kumppani). Nothing is ever changed.
public enum RecordRules {
    /// One broken rule, as a line a person reads.
    public struct Violation: Sendable, Equatable {
        public var rule: String
        public var text: String
    }

    /// `schemaVersion` below 7 (a file `check` does not migrate) leaves out the rules on columns it lacks.
    public static func violations(in db: Database, language: Language, schemaVersion: Int = Migrations.latestVersion) throws -> [Violation] {
        let money = { (c: Int64?) in Money(cents: c ?? 0).formatted(language) }
        let date = { (s: String?) in s.flatMap(CivilDate.init(iso:))?.formatted(language) ?? (s ?? "–") }
        var out: [Violation] = []
        func add(_ rule: String, _ args: CustomStringConvertible...) {
            out.append(Violation(rule: rule, text: Catalog.text("decisions.check.\(rule)", language, args)))
        }

        // A decision names an existing § of a meeting of its body held on its date.
        for r in try db.query("""
            SELECT d.id, d.application_id, d.decided_on FROM grant_decisions d WHERE NOT EXISTS (
              SELECT 1 FROM meetings m JOIN agenda_items i ON i.meeting_id = m.id
              WHERE m.id = d.meeting_id AND m.body_id = d.body_id AND m.held_on = d.decided_on AND i.section_number = d.section_number)
            ORDER BY d.decided_on, d.id
            """) {
            add("decision_section", r.int64("id") ?? 0, r.int64("application_id") ?? 0, date(r.string("decided_on")))
        }
        // Payments never precede the first decision.
        for r in try db.query("""
            SELECT p.id, p.application_id, p.paid_on, (SELECT min(d.decided_on) FROM grant_decisions d WHERE d.application_id = p.application_id) AS decided
            FROM grant_payments p
            WHERE p.paid_on < coalesce((SELECT min(d.decided_on) FROM grant_decisions d WHERE d.application_id = p.application_id), '9999-12-31')
            ORDER BY p.paid_on, p.id
            """) {
            add("payment_before", r.int64("id") ?? 0, r.int64("application_id") ?? 0, date(r.string("paid_on")),
                r.string("decided") == nil ? "–" : date(r.string("decided")))
        }
        // Paid never above granted; reclaimed never above paid.
        let sums = """
            SELECT a.id,
              (SELECT coalesce(sum(amount_cents), 0) FROM grant_payments p WHERE p.application_id = a.id) AS paid,
              (SELECT d.granted_cents FROM grant_decisions d WHERE d.application_id = a.id
                 AND NOT EXISTS (SELECT 1 FROM grant_decisions c WHERE c.corrects_id = d.id)) AS granted,
              (SELECT coalesce(sum(amount_cents), 0) FROM grant_recoveries r WHERE r.application_id = a.id) AS reclaimed
            FROM grant_applications a
            """
        for r in try db.query("SELECT * FROM (\(sums)) WHERE paid > coalesce(granted, 0) ORDER BY id") {
            add("paid_over", r.int64("id") ?? 0, money(r.int64("paid")), money(r.int64("granted")))
        }
        for r in try db.query("SELECT * FROM (\(sums)) WHERE reclaimed > paid ORDER BY id") {
            add("recovery_over", r.int64("id") ?? 0, money(r.int64("reclaimed")), money(r.int64("paid")))
        }
        // A report comes after the first payment.
        for r in try db.query("""
            SELECT g.application_id, g.received_on,
              (SELECT min(p.paid_on) FROM grant_payments p WHERE p.application_id = g.application_id AND p.amount_cents > 0) AS first_paid
            FROM grant_reports g WHERE g.received_on IS NOT NULL
              AND g.received_on < coalesce((SELECT min(p.paid_on) FROM grant_payments p
                                            WHERE p.application_id = g.application_id AND p.amount_cents > 0), '9999-12-31')
              AND coalesce((SELECT d.granted_cents FROM grant_decisions d WHERE d.application_id = g.application_id
                   AND NOT EXISTS (SELECT 1 FROM grant_decisions c WHERE c.corrects_id = d.id)), 0) > 0
            ORDER BY g.application_id
            """) {
            add("report_before_payment", r.int64("application_id") ?? 0, date(r.string("received_on")),
                r.string("first_paid") == nil ? "–" : date(r.string("first_paid")))
        }
        // A closed case has nothing open.
        for r in try db.query("""
            SELECT a.id,
              EXISTS (SELECT 1 FROM grant_appeals x WHERE x.application_id = a.id AND (x.outcome IS NULL OR x.outcome = 'pending')) AS appeal,
              EXISTS (SELECT 1 FROM grant_recoveries x WHERE x.application_id = a.id AND x.settled_on IS NULL) AS recovery,
              EXISTS (SELECT 1 FROM grant_reports x WHERE x.application_id = a.id AND x.received_on IS NOT NULL AND x.outcome IS NULL) AS report
            FROM grant_applications a WHERE a.stage = 'closed' ORDER BY a.id
            """) {
            let open = ["appeal", "recovery", "report"].filter { r.int($0) == 1 }
            if !open.isEmpty { add("closed_pending", r.int64("id") ?? 0, open.map { Catalog.text("decisions.blocker.\($0)", language) }.joined(separator: ", ")) }
        }
        // Decided (or later) needs a decision.
        for r in try db.query("""
            SELECT id, stage FROM grant_applications a WHERE a.stage IN ('decided', 'paid', 'reported', 'recovery')
              AND NOT EXISTS (SELECT 1 FROM grant_decisions d WHERE d.application_id = a.id) ORDER BY id
            """) {
            add("decided_without_decision", r.int64("id") ?? 0, GrantStage(rawValue: r.string("stage") ?? "")?.label(language) ?? "")
        }
        // Checked minutes record who checked them (columns of schema 7).
        for r in try schemaVersion < 7 ? [] : db.query("""
            SELECT number, year FROM meetings WHERE status IN ('checked', 'approved') AND (checked_on IS NULL OR trim(checked_by) = '')
            ORDER BY year, number
            """) {
            add("checked_without_checker", "\(r.int("number") ?? 0)/\(r.int("year") ?? 0)")
        }
        // Meeting numbers follow the dates within a body and year.
        for r in try db.query("""
            SELECT b.name, m.year, group_concat(m.number || ' ' || m.held_on, ', ') AS list FROM meetings m JOIN bodies b ON b.id = m.body_id
            WHERE EXISTS (SELECT 1 FROM meetings o WHERE o.body_id = m.body_id AND o.year = m.year AND o.number < m.number AND o.held_on > m.held_on)
            GROUP BY m.body_id, m.year ORDER BY b.name, m.year
            """) {
            add("meeting_order", r.string("name") ?? "", r.int("year") ?? 0, r.string("list") ?? "")
        }
        // No more votes than members and deputies recorded present.
        for r in try db.query("""
            SELECT m.number, m.year, i.section_number,
              coalesce(i.vote_for, 0) + coalesce(i.vote_against, 0) + coalesce(i.vote_abstain, 0) AS votes,
              (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id AND a.role IN ('member', 'deputy')) AS voters
            FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
            WHERE coalesce(i.vote_for, 0) + coalesce(i.vote_against, 0) + coalesce(i.vote_abstain, 0)
                  > (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id AND a.role IN ('member', 'deputy'))
            ORDER BY m.year, m.number, i.section_number
            """) {
            add("votes_over", "\(r.int("number") ?? 0)/\(r.int("year") ?? 0)", r.int("section_number") ?? 0, r.int("votes") ?? 0, r.int("voters") ?? 0)
        }
        return out
    }
}
