import Foundation

extension GrantStore {
    /// Saves the use-of-grant report and its figures. A received report moves a paid grant to `reported`.
    /// With `base` (the report as the form opened it; an empty `GrantReport` when there was none)
    /// a change saved meanwhile by another window throws `ReportConflict` and writes nothing; so
    /// does a deleted application, with no stored version.
    public func saveReport(_ report: GrantReport, expecting base: GrantReport? = nil) throws {
        try perform {
            try db.write {
                if base != nil {
                    // Checked first: a deleted application must be reported as deleted, not as "no decision".
                    let exists = try db.scalarInt("SELECT count(*) FROM grant_applications WHERE id = ?", report.applicationID) ?? 0
                    let stored = exists == 0 ? nil : try self.report(applicationID: report.applicationID) ?? GrantReport(applicationID: report.applicationID)
                    try ReportConflict.check(id: report.applicationID, base: base, stored: stored, mine: report)
                }
                let s = try snapshot(applicationID: report.applicationID)
                guard s.decision != nil, s.application.stage.isDecidedOrLater else { throw GrantProblem.reportBeforeDecision }
                for f in report.figures where f.peopleReached < 0 || f.volunteerHours < 0 { throw GrantProblem.negativeAmount }
                if (report.usedCents ?? 0) < 0 || (report.unspentCents ?? 0) < 0 { throw GrantProblem.negativeAmount }
                // A report accounts for money paid: it comes after the first payment.
                if let received = report.receivedOn, s.grantedCents > 0 {
                    guard let first = s.firstPaidOn, received >= first else { throw GrantProblem.reportBeforePayment }
                }
                // Unspent defaults to what was paid less what was used.
                let unspent = report.unspentCents ?? report.usedCents.map { max(0, s.netPaidCents - $0) }
                let roundDue = try self.round(id: s.application.roundID).reportDueOn
                let due = report.dueOn ?? roundDue
                try db.run("""
                    INSERT INTO grant_reports(id, application_id, due_on, received_on, outcome, notes, used_cents, unspent_cents, created_at, updated_at)
                    VALUES (?,?,?,?,?,?,?,?,?,?)
                    ON CONFLICT(application_id) DO UPDATE SET due_on = excluded.due_on, received_on = excluded.received_on,
                        outcome = excluded.outcome, notes = excluded.notes, used_cents = excluded.used_cents,
                        unspent_cents = excluded.unspent_cents, updated_at = excluded.updated_at
                    """, Store.newID(), report.applicationID, due, report.receivedOn, report.outcome?.rawValue, report.notes,
                    report.usedCents, unspent, now, now)
                guard let reportID = try db.scalarInt("SELECT id FROM grant_reports WHERE application_id = ?", report.applicationID) else {
                    throw GrantProblem.notFound
                }
                try db.run("DELETE FROM report_figures WHERE report_id = ?", reportID)
                for f in report.figures where f.peopleReached > 0 || f.volunteerHours > 0 {
                    try db.run("INSERT INTO report_figures(report_id, target_group_code, people_reached, volunteer_hours) VALUES (?,?,?,?)",
                               reportID, f.targetGroupCode, f.peopleReached, f.volunteerHours)
                }
                if s.application.stage == .paid && report.receivedOn != nil {
                    try setStage(report.applicationID, from: .paid, to: .reported, note: "")
                }
            }
        }
    }

    public func report(applicationID id: Int64) throws -> GrantReport? {
        try perform {
            guard let row = try db.queryOne("SELECT * FROM grant_reports WHERE application_id = ?", id) else { return nil }
            let figures = try db.query("SELECT * FROM report_figures WHERE report_id = ? ORDER BY target_group_code", row.int64("id")).map {
                ReportFigure(targetGroupCode: $0.string("target_group_code") ?? "", peopleReached: $0.int("people_reached") ?? 0,
                             volunteerHours: $0.int("volunteer_hours") ?? 0)
            }
            return GrantReport(applicationID: id, dueOn: Self.date(row, "due_on"), receivedOn: Self.date(row, "received_on"),
                               outcome: row.string("outcome").flatMap(ReportOutcome.init(rawValue:)), notes: row.string("notes") ?? "",
                               figures: figures, usedCents: row.int64("used_cents"), unspentCents: row.int64("unspent_cents"))
        }
    }

    // MARK: Recovery

    /// Records a reclaim of at most what was paid and moves the grant to `recovery`.
    @discardableResult
    public func addRecovery(applicationID id: Int64, amountCents: Int64, reason: String, decision: String = "",
                            decidedOn: CivilDate? = nil) throws -> Int64 {
        try perform {
            try audited {
                let s = try snapshot(applicationID: id)
                if let problem = StageRules.recoveryProblem(amount: amountCents, reason: reason, s, decidedOn: decidedOn) { throw problem }
                let recoveryID = Store.newID()
                try db.run("""
                    INSERT INTO grant_recoveries(id, application_id, amount_cents, reason, decision, decided_on, created_at)
                    VALUES (?,?,?,?,?,?,?)
                    """, recoveryID, id, amountCents, reason, decision, decidedOn, now)
                if s.application.stage != .recovery { try setStage(id, from: s.application.stage, to: .recovery, note: reason) }
                return recoveryID
            }
        }
    }

    /// Marks a reclaim as paid back.
    public func settleRecovery(id: Int64, on date: CivilDate) throws {
        try perform {
            try audited {
                try db.run("UPDATE grant_recoveries SET settled_on = ? WHERE id = ?", date, id)
                if db.changes == 0 { throw GrantProblem.notFound }
            }
        }
    }

    public func recoveries(applicationID id: Int64) throws -> [GrantRecovery] {
        try perform {
            try db.query("SELECT * FROM grant_recoveries WHERE application_id = ? ORDER BY created_at", id).map {
                GrantRecovery(id: $0.int64("id") ?? 0, applicationID: id, amountCents: $0.int64("amount_cents") ?? 0,
                              reason: $0.string("reason") ?? "", decision: $0.string("decision") ?? "",
                              decidedOn: Self.date($0, "decided_on"), settledOn: Self.date($0, "settled_on"))
            }
        }
    }

    // MARK: Appeal

    /// Records an appeal (*oikaisuvaatimus*) against a decision, or updates it when `id` is given.
    /// With `base` (the appeal as the form opened it) an update finding it changed or deleted
    /// meanwhile by another window throws `AppealConflict` and writes nothing.
    @discardableResult
    ///
    /// An appeal is filed after the decision; one filed later than 14 days from the notice
    /// (`notifiedOn`, by default seven days after the decision, the presumed delivery of a letter)
    /// is kept and flagged late (`lateAppealIDs`).
    public func saveAppeal(applicationID: Int64, id: Int64? = nil, filedOn: CivilDate, outcome: AppealOutcome?,
                           decidedOn: CivilDate?, notes: String, expecting base: GrantAppeal? = nil,
                           notifiedOn: CivilDate? = nil) throws -> Int64 {
        try perform {
            try db.write {
                if let id, base != nil {
                    let stored = try appeals(applicationID: applicationID).first { $0.id == id }
                    let mine = GrantAppeal(id: id, applicationID: applicationID, filedOn: filedOn, outcome: outcome,
                                           decidedOn: decidedOn, notes: notes)
                    try AppealConflict.check(id: id, base: base, stored: stored, mine: mine)
                }
                guard let decision = try decisionInForce(applicationID: applicationID) else { throw GrantProblem.decisionMissing }
                if filedOn < decision.decidedOn { throw GrantProblem.datesInWrongOrder }
                let notice = notifiedOn ?? decision.decidedOn.adding(days: 7)
                let late = filedOn > notice.adding(days: 14)
                if let id {
                    try db.run("""
                        UPDATE grant_appeals SET filed_on = ?, outcome = ?, decided_on = ?, notes = ?, notified_on = ?, late = ?
                        WHERE id = ? AND application_id = ?
                        """, filedOn, outcome?.rawValue, decidedOn, notes, notice, late, id, applicationID)
                    if db.changes == 0 { throw GrantProblem.notFound }
                    return id
                }
                let newID = Store.newID()
                try db.run("""
                    INSERT INTO grant_appeals(id, application_id, filed_on, outcome, decided_on, notes, notified_on, late, created_at)
                    VALUES (?,?,?,?,?,?,?,?,?)
                    """, newID, applicationID, filedOn, outcome?.rawValue, decidedOn, notes, notice, late, now)
                return newID
            }
        }
    }

    public func appeals(applicationID id: Int64) throws -> [GrantAppeal] {
        try perform {
            try db.query("SELECT * FROM grant_appeals WHERE application_id = ? ORDER BY filed_on", id).map {
                GrantAppeal(id: $0.int64("id") ?? 0, applicationID: id, filedOn: Self.date($0, "filed_on") ?? CivilDate(dayNumber: 0),
                            outcome: $0.string("outcome").flatMap(AppealOutcome.init(rawValue:)), decidedOn: Self.date($0, "decided_on"),
                            notes: $0.string("notes") ?? "")
            }
        }
    }
}
