import Foundation

extension GrantStore {
    /// Everything the rules need about one application, read consistently.
    public func snapshot(applicationID id: Int64) throws -> ApplicationSnapshot {
        try perform {
            try db.read {
                let app = try application(id: id)
                let round = try self.round(id: app.roundID)
                return ApplicationSnapshot(
                    application: app,
                    appropriationCents: round.appropriationCents,
                    committedByOthersCents: try committedCents(roundID: app.roundID, excluding: id),
                    decision: try decisionInForce(applicationID: id),
                    netPaidCents: try db.scalarInt("SELECT coalesce(sum(amount_cents), 0) FROM grant_payments WHERE application_id = ?", id) ?? 0,
                    report: try report(applicationID: id),
                    recoveries: try recoveries(applicationID: id),
                    cameFrom: try db.queryOne("""
                        SELECT from_stage FROM stage_history WHERE application_id = ? AND to_stage = ? ORDER BY seq DESC, at DESC LIMIT 1
                        """, id, app.stage.rawValue)?.string("from_stage").flatMap(GrantStage.init(rawValue:)),
                    pendingAppeals: Int(try db.scalarInt(
                        "SELECT count(*) FROM grant_appeals WHERE application_id = ? AND (outcome IS NULL OR outcome = 'pending')", id) ?? 0),
                    firstPaidOn: try db.scalarString("SELECT min(paid_on) FROM grant_payments WHERE application_id = ? AND amount_cents > 0", id)
                        .flatMap(CivilDate.init(iso:)),
                    firstDecidedOn: try db.scalarString("SELECT min(decided_on) FROM grant_decisions WHERE application_id = ?", id)
                        .flatMap(CivilDate.init(iso:)))
            }
        }
    }

    /// What a round has promised: proposals waiting for a decision plus the grants in force,
    /// withdrawn applications left out.
    func committedCents(roundID: Int64, excluding: Int64?) throws -> Int64 {
        try db.scalarInt("""
            SELECT coalesce(sum(CASE
                WHEN d.granted_cents IS NOT NULL THEN d.granted_cents
                WHEN a.stage = 'proposed' THEN coalesce(a.proposed_cents, 0)
                ELSE 0 END), 0)
            FROM grant_applications a
            LEFT JOIN grant_decisions d ON d.application_id = a.id
                AND NOT EXISTS (SELECT 1 FROM grant_decisions c WHERE c.corrects_id = d.id)
            WHERE a.round_id = ? AND a.stage <> 'withdrawn' AND (? IS NULL OR a.id <> ?)
            """, roundID, excluding, excluding) ?? 0
    }

    /// The decision in force: the row no later row corrects.
    public func decisionInForce(applicationID: Int64) throws -> GrantDecision? {
        try perform {
            try db.queryOne("""
                SELECT * FROM grant_decisions d WHERE d.application_id = ?
                  AND NOT EXISTS (SELECT 1 FROM grant_decisions c WHERE c.corrects_id = d.id)
                """, applicationID).map(Self.decision(from:))
        }
    }

    static func decision(from row: Row) -> GrantDecision {
        GrantDecision(id: row.int64("id") ?? 0, applicationID: row.int64("application_id") ?? 0,
                      outcome: DecisionOutcome(rawValue: row.string("outcome") ?? "") ?? .rejected,
                      grantedCents: row.int64("granted_cents") ?? 0,
                      decidedOn: date(row, "decided_on") ?? CivilDate(dayNumber: 0),
                      bodyID: row.int64("body_id"), meetingID: row.int64("meeting_id"), sectionNumber: row.int("section_number"),
                      caseNumber: row.string("case_number") ?? "", correctsID: row.int64("corrects_id"),
                      correctionReason: row.string("correction_reason") ?? "", createdAt: row.string("created_at") ?? "",
                      createdBy: row.string("created_by") ?? "")
    }
}
