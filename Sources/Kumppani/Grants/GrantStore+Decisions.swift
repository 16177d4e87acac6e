import Foundation

extension GrantStore {
    /// Records the decision on a proposed application and moves it to `decided`.
    @discardableResult
    public func recordDecision(applicationID id: Int64, _ draft: DecisionDraft, note: String = "") throws -> Int64 {
        try perform {
            try audited {
                let s = try snapshot(applicationID: id)
                let valid = try StageRules.validateDecision(draft, s).get()
                let decisionID = try insertDecision(id, valid, correcting: nil, reason: "")
                try setStage(id, from: s.application.stage, to: .decided, note: note)
                return decisionID
            }
        }
    }

    /// A correction of the decision in force: a new row naming the one it corrects, with a reason.
    /// The original stays as it was.
    @discardableResult
    public func correctDecision(applicationID id: Int64, _ draft: DecisionDraft, reason: String) throws -> Int64 {
        try perform {
            try audited {
                let s = try snapshot(applicationID: id)
                guard let current = s.decision else { throw GrantProblem.decisionMissing }
                let valid = try StageRules.validateDecision(draft, s, correcting: true, reason: reason).get()
                return try insertDecision(id, valid, correcting: current.id, reason: reason)
            }
        }
    }

    /// All decision rows of an application, the original first and each correction after what it corrects.
    public func decisions(applicationID id: Int64) throws -> [GrantDecision] {
        try perform {
            let rows = try db.query("SELECT * FROM grant_decisions WHERE application_id = ?", id).map(Self.decision(from:))
            return Self.chainOrder(rows, id: \.id, corrects: \.correctsID)
        }
    }

    /// Orders rows so that each correction follows the row it corrects (ids are random, times may tie).
    static func chainOrder<T>(_ rows: [T], id: KeyPath<T, Int64>, corrects: KeyPath<T, Int64?>) -> [T] {
        var out: [T] = []
        var children: [Int64: [T]] = [:]
        for row in rows { if let parent = row[keyPath: corrects] { children[parent, default: []].append(row) } }
        func visit(_ row: T) {
            out.append(row)
            for child in children[row[keyPath: id]] ?? [] { visit(child) }
        }
        let ids = Set(rows.map { $0[keyPath: id] })
        for root in rows where root[keyPath: corrects].map({ !ids.contains($0) }) ?? true { visit(root) }
        return out
    }

    private func insertDecision(_ id: Int64, _ d: DecisionDraft, correcting: Int64?, reason: String) throws -> Int64 {
        let decisionID = Store.newID()
        try db.run("""
            INSERT INTO grant_decisions(id, application_id, outcome, granted_cents, decided_on, body_id, meeting_id, section_number,
                case_number, corrects_id, correction_reason, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
            """, decisionID, id, d.outcome?.rawValue, d.grantedCents ?? 0, d.decidedOn, d.bodyID, d.meetingID, d.sectionNumber,
            d.caseNumber, correcting, reason, now, osUser)
        return decisionID
    }

    /// What a meeting decided on a round.
    public struct MeetingDecisionResult: Sendable, Equatable {
        public var decidedApplicationIDs: [Int64]
        public var grantedCents: Int64
    }

    /// Called by the meetings pane when the decision of an agenda item linked to the round is
    /// recorded: every *proposed* application becomes decided with that date and §, granted as
    /// proposed (in full when the proposal equals the request, partly when less, rejected at 0 €).
    /// All or nothing: if one application cannot be decided, none is.
    @discardableResult
    public func recordDecisionsFromMeeting(roundID: Int64, meetingID: Int64?, decidedOn: CivilDate, sectionNumber: Int,
                                           bodyID: Int64, caseNumber: String = "") throws -> MeetingDecisionResult {
        try perform {
            try audited {
                let ids = try db.query("SELECT id FROM grant_applications WHERE round_id = ? AND stage = 'proposed'", roundID)
                    .compactMap { $0.int64("id") }
                var result = MeetingDecisionResult(decidedApplicationIDs: [], grantedCents: 0)
                for id in ids {
                    let app = try application(id: id)
                    let proposed = app.proposedCents ?? 0
                    let outcome: DecisionOutcome = proposed == 0 ? .rejected : (proposed >= app.requestedCents ? .granted : .partlyGranted)
                    let draft = DecisionDraft(outcome: outcome, grantedCents: proposed, decidedOn: decidedOn, bodyID: bodyID,
                                              sectionNumber: sectionNumber, caseNumber: caseNumber, meetingID: meetingID)
                    try recordDecision(applicationID: id, draft, note: "§ \(sectionNumber)")
                    result.decidedApplicationIDs.append(id)
                    result.grantedCents += proposed
                }
                return result
            }
        }
    }
}
