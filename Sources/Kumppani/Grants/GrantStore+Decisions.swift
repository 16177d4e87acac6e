import Foundation

extension GrantStore {
    /// Records the decision on a proposed application and moves it to `decided`. The decision
    /// names an existing meeting and § of the round's deciding body held on the decision date
    /// (a decision is made once, in a §); otherwise it is refused with the reason.
    @discardableResult
    public func recordDecision(applicationID id: Int64, _ draft: DecisionDraft, note: String = "") throws -> Int64 {
        try perform {
            try audited {
                let s = try snapshot(applicationID: id)
                var valid = try StageRules.validateDecision(draft, s).get()
                if let deciding = try round(id: s.application.roundID).decidingBodyID, deciding != valid.bodyID {
                    throw GrantProblem.notTheDecidingBody(try db.scalarString("SELECT name FROM bodies WHERE id = ?", deciding) ?? "")
                }
                valid.meetingID = try resolveSection(valid)
                try refuseCheckedMinutes(valid)
                let decisionID = try insertDecision(id, valid, correcting: nil, reason: "")
                try setStage(id, from: s.application.stage, to: .decided, note: note)
                return decisionID
            }
        }
    }

    /// A first decision cannot be added to minutes already checked (a correction can: it is a
    /// later decision of its own §, and the checked § stays as it was).
    func refuseCheckedMinutes(_ d: DecisionDraft) throws {
        guard let meetingID = d.meetingID, let row = try db.queryOne("SELECT number, year, status FROM meetings WHERE id = ?", meetingID),
              let status = row.string("status").flatMap(MeetingStatus.init(rawValue:)), status >= .checked else { return }
        throw GrantProblem.minutesAlreadyChecked(meeting: "\(row.int("number") ?? 0)/\(row.int("year") ?? 0)", section: d.sectionNumber ?? 0)
    }

    /// A correction of the decision in force: a new row naming the one it corrects, with a reason.
    /// The original stays as it was.
    @discardableResult
    public func correctDecision(applicationID id: Int64, _ draft: DecisionDraft, reason: String) throws -> Int64 {
        try perform {
            try audited {
                let s = try snapshot(applicationID: id)
                guard let current = s.decision else { throw GrantProblem.decisionMissing }
                var valid = try StageRules.validateDecision(draft, s, correcting: true, reason: reason).get()
                // A correction is a later decision (after an appeal, possibly by another body): it too names its §.
                valid.meetingID = try resolveSection(valid)
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
}
