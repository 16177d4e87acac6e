import Foundation

/// One line of an application list: the application with its applicant and money in force.
public struct ApplicationSummary: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var roundID: Int64
    public var associationID: Int64
    public var associationName: String
    public var businessID: String
    public var purpose: String
    public var stage: GrantStage
    public var requestedCents: Int64
    public var proposedCents: Int64?
    public var grantedCents: Int64?
    public var paidCents: Int64
    public var reasoning: String
}

extension GrantStore {
    @discardableResult
    public func createApplication(_ app: GrantApplication) throws -> Int64 {
        try perform {
            try validate(app)
            let id = Store.newID()
            try db.write {
                try db.run("""
                    INSERT INTO grant_applications(id, round_id, association_id, purpose, requested_cents, other_funding_cents,
                        other_funding_text, preparer, reasoning, proposed_cents, stage, received_on, created_at, updated_at)
                    VALUES (?,?,?,?,?,?,?,?,?,?,'received',?,?,?)
                    """, id, app.roundID, app.associationID, app.purpose, app.requestedCents, app.otherFundingCents,
                    app.otherFundingText, app.preparer, app.reasoning, app.proposedCents, app.receivedOn, now, now)
                try writeTargetGroups(id, app.targetGroups)
                try recordMove(id, from: nil, to: .received, note: "")
            }
            return id
        }
    }

    /// Saves what was typed on the application. The stage is never changed here (use the moves);
    /// a changed proposal of an application already proposed is checked against the appropriation.
    /// With `base` (the application as the edit form opened it) a change saved meanwhile by
    /// another window throws `ApplicationConflict` and writes nothing.
    public func updateApplication(_ app: GrantApplication, expecting base: GrantApplication? = nil) throws {
        try perform {
            try validate(app)
            try db.write {
                let current = try application(id: app.id)
                try ApplicationConflict.check(id: app.id, base: base, stored: current, mine: app)
                if current.stage == .proposed {
                    var s = try snapshot(applicationID: app.id)
                    s.application.proposedCents = app.proposedCents
                    s.application.reasoning = app.reasoning
                    s.application.requestedCents = app.requestedCents
                    if let problem = StageRules.proposalProblem(s) { throw problem }
                }
                try db.run("""
                    UPDATE grant_applications SET association_id = ?, purpose = ?, requested_cents = ?, other_funding_cents = ?,
                        other_funding_text = ?, preparer = ?, reasoning = ?, proposed_cents = ?, received_on = ?, updated_at = ?
                    WHERE id = ?
                    """, app.associationID, app.purpose, app.requestedCents, app.otherFundingCents, app.otherFundingText,
                    app.preparer, app.reasoning, app.proposedCents, app.receivedOn, now, app.id)
                try writeTargetGroups(app.id, app.targetGroups)
            }
        }
    }

    func validate(_ app: GrantApplication) throws {
        if app.requestedCents < 0 || app.otherFundingCents < 0 || (app.proposedCents ?? 0) < 0 { throw GrantProblem.negativeAmount }
        if try db.scalarInt("SELECT count(*) FROM associations WHERE id = ?", app.associationID) == 0 {
            throw GrantProblem.unknownAssociation
        }
        if try db.scalarInt("SELECT count(*) FROM grant_rounds WHERE id = ?", app.roundID) == 0 { throw GrantProblem.notFound }
    }

    private func writeTargetGroups(_ id: Int64, _ codes: [String]) throws {
        try db.run("DELETE FROM application_target_groups WHERE application_id = ?", id)
        for code in Set(codes) {
            try db.run("INSERT INTO application_target_groups(application_id, code) VALUES (?, ?)", id, code)
        }
    }

    public func application(id: Int64) throws -> GrantApplication {
        try perform {
            guard let row = try db.queryOne("SELECT * FROM grant_applications WHERE id = ?", id) else { throw GrantProblem.notFound }
            var app = Self.application(from: row)
            app.targetGroups = try db.query("SELECT code FROM application_target_groups WHERE application_id = ? ORDER BY code", id)
                .compactMap { $0.string("code") }
            return app
        }
    }

    static func application(from row: Row) -> GrantApplication {
        GrantApplication(id: row.int64("id") ?? 0, roundID: row.int64("round_id") ?? 0, associationID: row.int64("association_id") ?? 0,
                         purpose: row.string("purpose") ?? "", requestedCents: row.int64("requested_cents") ?? 0,
                         otherFundingCents: row.int64("other_funding_cents") ?? 0, otherFundingText: row.string("other_funding_text") ?? "",
                         preparer: row.string("preparer") ?? "", reasoning: row.string("reasoning") ?? "",
                         proposedCents: row.int64("proposed_cents"), stage: GrantStage(rawValue: row.string("stage") ?? "") ?? .received,
                         receivedOn: date(row, "received_on"))
    }

    /// The applications of a round (or of all rounds), applicants in Finnish order.
    public func applications(roundID: Int64?) throws -> [ApplicationSummary] {
        try perform {
            let rows = try db.query("""
                SELECT a.*, s.name AS association_name, coalesce(s.business_id, '') AS business_id,
                       (SELECT coalesce(sum(p.amount_cents), 0) FROM grant_payments p WHERE p.application_id = a.id) AS paid_cents,
                       (SELECT d.granted_cents FROM grant_decisions d WHERE d.application_id = a.id
                          AND NOT EXISTS (SELECT 1 FROM grant_decisions c WHERE c.corrects_id = d.id)) AS granted_cents
                FROM grant_applications a JOIN associations s ON s.id = a.association_id
                WHERE ?1 IS NULL OR a.round_id = ?1
                """, roundID)
            return rows.map { row in
                ApplicationSummary(id: row.int64("id") ?? 0, roundID: row.int64("round_id") ?? 0,
                                   associationID: row.int64("association_id") ?? 0, associationName: row.string("association_name") ?? "",
                                   businessID: row.string("business_id") ?? "", purpose: row.string("purpose") ?? "",
                                   stage: GrantStage(rawValue: row.string("stage") ?? "") ?? .received,
                                   requestedCents: row.int64("requested_cents") ?? 0, proposedCents: row.int64("proposed_cents"),
                                   grantedCents: row.int64("granted_cents"), paidCents: row.int64("paid_cents") ?? 0,
                                   reasoning: row.string("reasoning") ?? "")
            }.sorted { FinnishCollation.compare($0.associationName, $1.associationName) == .orderedAscending }
        }
    }

    // MARK: Scores

    /// Sets the score of one criterion; it must lie within 0...max.
    public func setScore(applicationID: Int64, criterionID: Int64, score: Int) throws {
        try perform {
            guard let max = try db.scalarInt("SELECT max_score FROM round_criteria WHERE id = ?", criterionID) else { throw GrantProblem.notFound }
            guard score >= 0 && Int64(score) <= max else { throw GrantProblem.negativeAmount }
            try db.write {
                try db.run("""
                    INSERT INTO application_scores(application_id, criterion_id, score) VALUES (?,?,?)
                    ON CONFLICT(application_id, criterion_id) DO UPDATE SET score = excluded.score
                    """, applicationID, criterionID, score)
            }
        }
    }

    public func scores(applicationID: Int64) throws -> [Int64: Int] {
        try perform {
            var out: [Int64: Int] = [:]
            for row in try db.query("SELECT criterion_id, score FROM application_scores WHERE application_id = ?", applicationID) {
                if let c = row.int64("criterion_id"), let s = row.int("score") { out[c] = s }
            }
            return out
        }
    }

    // MARK: Applicants

    /// An association as the applicant picker shows it.
    public struct Applicant: Sendable, Equatable {
        public var id: Int64
        public var name: String
        public var businessID: String
        public var municipality: String
    }

    /// Associations whose name or Y-tunnus contains the text (case-insensitive, ä and ö kept apart),
    /// in Finnish order by the indexed `name_key`; stops at `limit`.
    public func searchApplicants(_ text: String, limit: Int = 50) throws -> [Applicant] {
        try perform {
            let needle = text.trimmingCharacters(in: .whitespaces).lowercased()
            var out: [Applicant] = []
            let stmt = try db.statement("""
                SELECT a.id, a.name, coalesce(a.business_id, '') AS business_id, coalesce(m.name_fi, '') AS municipality
                FROM associations a LEFT JOIN municipalities m ON m.code = a.municipality_code ORDER BY a.name_key, a.name
                """)
            defer { stmt.reset() }
            while out.count < limit, let row = try stmt.step() {
                let name = row.string("name") ?? ""
                let bid = row.string("business_id") ?? ""
                if needle.isEmpty || name.lowercased().contains(needle) || bid.contains(needle) {
                    out.append(Applicant(id: row.int64("id") ?? 0, name: name, businessID: bid, municipality: row.string("municipality") ?? ""))
                }
            }
            return out
        }
    }
}
