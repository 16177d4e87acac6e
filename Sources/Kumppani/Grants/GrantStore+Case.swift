import Foundation

/// The case as a whole: reopening a closed one, partial repayments of a recovery, and the flags
/// and warnings that keep late or doubled paperwork visible without refusing it.
extension GrantStore {
    /// Reopens a closed case, back to the stage it closed from. An explicit call with a reason,
    /// entered in the audit trail (the reason stays in the stage history, not the trail).
    @discardableResult
    public func reopen(applicationID id: Int64, reason: String) throws -> GrantStage {
        try perform {
            let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            if why.isEmpty { throw GrantProblem.reopenReasonMissing }
            return try audited {
                let s = try snapshot(applicationID: id)
                guard s.application.stage == .closed else { throw GrantProblem.notClosed }
                let target = s.cameFrom.flatMap { $0 == .closed ? nil : $0 } ?? .reported
                try setStage(id, from: .closed, to: target, note: why)
                try db.run("""
                    INSERT INTO audit_log(at, os_user, entity, entity_id, action, summary, application_id, meeting_id)
                    VALUES (?, ?, 'application', ?, 'reopen', ?, ?, NULL)
                    """, now, osUser, id, "stage: closed → \(target.rawValue)", id)
                return target
            }
        }
    }

    /// Records a partial (or final) repayment of a recovery; the recovery is settled on the day
    /// the repayments reach its amount. More than is reclaimed is refused.
    @discardableResult
    public func addRepayment(recoveryID: Int64, paidOn: CivilDate, amountCents: Int64) throws -> Int64 {
        try perform {
            if amountCents <= 0 { throw GrantProblem.recoveryMustBePositive }
            return try audited {
                guard let row = try db.queryOne("SELECT amount_cents FROM grant_recoveries WHERE id = ?", recoveryID) else {
                    throw GrantProblem.notFound
                }
                let amount = row.int64("amount_cents") ?? 0
                let repaid = try repaidCents(recoveryID: recoveryID)
                let excess = repaid + amountCents - amount
                if excess > 0 { throw GrantProblem.repaymentOverRecovery(excess: excess) }
                let id = Store.newID()
                try db.run("INSERT INTO recovery_repayments(id, recovery_id, paid_on, amount_cents, created_at) VALUES (?,?,?,?,?)",
                           id, recoveryID, paidOn, amountCents, now)
                if excess == 0 { try db.run("UPDATE grant_recoveries SET settled_on = ? WHERE id = ?", paidOn, recoveryID) }
                return id
            }
        }
    }

    public func repaidCents(recoveryID: Int64) throws -> Int64 {
        try perform { try db.scalarInt("SELECT coalesce(sum(amount_cents), 0) FROM recovery_repayments WHERE recovery_id = ?", recoveryID) ?? 0 }
    }

    /// What the report says was left unspent and has not yet been reclaimed: the recovery the
    /// coordinator is offered. Nil when nothing is left to reclaim.
    public func suggestedRecoveryCents(applicationID id: Int64) throws -> Int64? {
        try perform {
            let s = try snapshot(applicationID: id)
            guard let unspent = s.report?.unspentCents, unspent > 0 else { return nil }
            let left = min(unspent, s.netPaidCents) - s.recoveredCents
            return left > 0 ? left : nil
        }
    }

    /// Received before the call opened or after it closed: kept, and flagged.
    public func receivedOutsideCall(applicationID id: Int64) throws -> Bool {
        try perform {
            let app = try application(id: id)
            let round = try self.round(id: app.roundID)
            guard let received = app.receivedOn else { return false }
            if let opens = round.opensOn, received < opens { return true }
            if let closes = round.closesOn, received > closes { return true }
            return false
        }
    }

    /// The appeals of an application filed after their 14 days: kept, and flagged.
    public func lateAppealIDs(applicationID id: Int64) throws -> [Int64] {
        try perform { try db.query("SELECT id FROM grant_appeals WHERE application_id = ? AND late = 1", id).compactMap { $0.int64("id") } }
    }

    /// The warning shown when an association applies a second time in the same round (nil when
    /// it is the first). The application is saved all the same: two projects may be legitimate.
    public func secondApplicationWarning(roundID: Int64, associationID: Int64, excluding: Int64? = nil, language: Language) throws -> String? {
        try perform {
            let others = try db.scalarInt("""
                SELECT count(*) FROM grant_applications WHERE round_id = ? AND association_id = ? AND stage <> 'withdrawn'
                  AND (? IS NULL OR id <> ?)
                """, roundID, associationID, excluding, excluding) ?? 0
            guard others > 0 else { return nil }
            let name = try db.scalarString("SELECT name FROM associations WHERE id = ?", associationID) ?? ""
            return L(language)["decisions.warning.second_application", name]
        }
    }
}
