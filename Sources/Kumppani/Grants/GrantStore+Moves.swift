import Foundation

extension GrantStore {
    /// `>`: moves the application one step on, or throws the `GrantProblem` that says what is missing.
    @discardableResult
    public func moveForward(applicationID id: Int64, note: String = "") throws -> GrantStage {
        try perform {
            try db.write {
                let s = try snapshot(applicationID: id)
                let target = try StageRules.forward(s).get()
                try setStage(id, from: s.application.stage, to: target, note: note)
                return target
            }
        }
    }

    /// `<`: moves the application one step back, or says why it cannot.
    @discardableResult
    public func moveBackward(applicationID id: Int64, note: String = "") throws -> GrantStage {
        try perform {
            try db.write {
                let s = try snapshot(applicationID: id)
                let target = try StageRules.backward(s).get()
                try setStage(id, from: s.application.stage, to: target, note: note)
                return target
            }
        }
    }

    /// Withdraws an application not yet decided; `<` restores it.
    public func withdraw(applicationID id: Int64, note: String = "") throws {
        try perform {
            try db.write {
                let s = try snapshot(applicationID: id)
                if let problem = StageRules.withdraw(s) { throw problem }
                try setStage(id, from: s.application.stage, to: .withdrawn, note: note)
            }
        }
    }

    /// Every move of the application, oldest first.
    public func history(applicationID id: Int64) throws -> [StageHistoryEntry] {
        try perform {
            try db.query("SELECT * FROM stage_history WHERE application_id = ? ORDER BY seq, at", id).map {
                StageHistoryEntry(from: $0.string("from_stage").flatMap(GrantStage.init(rawValue:)),
                                  to: GrantStage(rawValue: $0.string("to_stage") ?? "") ?? .received,
                                  at: $0.string("at") ?? "", osUser: $0.string("os_user") ?? "", note: $0.string("note") ?? "")
            }
        }
    }

    /// Changes the stage and keeps the move in the history. Call inside a write.
    func setStage(_ id: Int64, from: GrantStage, to: GrantStage, note: String) throws {
        try db.run("UPDATE grant_applications SET stage = ?, updated_at = ? WHERE id = ?", to.rawValue, now, id)
        try recordMove(id, from: from, to: to, note: note)
    }

    func recordMove(_ id: Int64, from: GrantStage?, to: GrantStage, note: String) throws {
        let seq = (try db.scalarInt("SELECT coalesce(max(seq), 0) + 1 FROM stage_history WHERE application_id = ?", id)) ?? 1
        try db.run("INSERT INTO stage_history(id, application_id, from_stage, to_stage, at, os_user, note, seq) VALUES (?,?,?,?,?,?,?,?)",
                   Store.newID(), id, from?.rawValue, to.rawValue, now, osUser, note, seq)
    }
}
