import Foundation

/// The grant pipeline over the store: rounds, applications and everything recorded on them.
/// Every write runs in one `db.write { }`; every refusal is a `GrantProblem` that says why.
public final class GrantStore: @unchecked Sendable {
    public let store: Store
    /// Who is recorded in the history and on decisions and payments.
    public let osUser: String

    public init(store: Store, osUser: String = OSUser.current()) {
        self.store = store
        self.osUser = osUser
    }

    var db: Database { store.database }

    /// A write whose decisions, payments and recoveries enter the audit trail as this user at the clock's time.
    func audited<T>(_ body: () throws -> T) throws -> T { try store.auditedWrite(osUser: osUser, body) }
    var now: String { Timestamp.iso(store.clock.now()) }

    /// Runs a body, turning storage errors into a `GrantProblem` a user can read.
    func perform<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let problem as GrantProblem {
            throw problem
        } catch let error as DatabaseError {
            throw GrantProblem.storage(error.message)
        }
    }

    // MARK: Rounds

    public func rounds() throws -> [GrantRound] {
        try perform {
            try db.query("SELECT * FROM grant_rounds").map(Self.round(from:)).sorted {
                $0.year != $1.year ? $0.year > $1.year : FinnishCollation.compare($0.name, $1.name) == .orderedAscending
            }
        }
    }

    public func round(id: Int64) throws -> GrantRound {
        try perform {
            guard let row = try db.queryOne("SELECT * FROM grant_rounds WHERE id = ?", id) else { throw GrantProblem.notFound }
            return Self.round(from: row)
        }
    }

    /// The round a command line names: its id, or its name (case-insensitive, unique).
    public func resolveRound(_ text: String) throws -> GrantRound? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let id = Int64(t), let r = try? round(id: id) { return r }
        let hits = try rounds().filter { $0.name.lowercased() == t.lowercased() }
        return hits.count == 1 ? hits[0] : nil
    }

    @discardableResult
    public func createRound(_ round: GrantRound) throws -> Int64 {
        try perform {
            try validate(round)
            let id = Store.newID()
            try db.write {
                try db.run("""
                    INSERT INTO grant_rounds(id, name, year, grant_type_code, appropriation_cents, opens_on, closes_on,
                        deciding_body_id, report_due_on, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)
                    """, id, round.name.trimmingCharacters(in: .whitespaces), round.year, round.grantTypeCode, round.appropriationCents,
                    round.opensOn, round.closesOn, round.decidingBodyID, round.reportDueOn, now, now)
            }
            return id
        }
    }

    /// Saves a round. Lowering the appropriation below what is already proposed and granted is refused.
    /// With `base` (the round as the edit form opened it) a change or deletion saved meanwhile
    /// by another window throws `RoundConflict` and writes nothing.
    public func updateRound(_ round: GrantRound, expecting base: GrantRound? = nil) throws {
        try perform {
            try validate(round)
            try db.write {
                let stored = try db.queryOne("SELECT * FROM grant_rounds WHERE id = ?", round.id).map(Self.round(from:))
                try RoundConflict.check(id: round.id, base: base, stored: stored, mine: round)
                let committed = try committedCents(roundID: round.id, excluding: nil)
                if let problem = StageRules.appropriationProblem(appropriation: round.appropriationCents, committedByOthers: committed, amount: 0) {
                    throw problem
                }
                try db.run("""
                    UPDATE grant_rounds SET name = ?, year = ?, grant_type_code = ?, appropriation_cents = ?, opens_on = ?,
                        closes_on = ?, deciding_body_id = ?, report_due_on = ?, updated_at = ? WHERE id = ?
                    """, round.name.trimmingCharacters(in: .whitespaces), round.year, round.grantTypeCode, round.appropriationCents,
                    round.opensOn, round.closesOn, round.decidingBodyID, round.reportDueOn, now, round.id)
                if db.changes == 0 { throw GrantProblem.notFound }
            }
        }
    }

    func validate(_ round: GrantRound) throws {
        if round.name.trimmingCharacters(in: .whitespaces).isEmpty { throw GrantProblem.emptyName }
        if !(2000...2100).contains(round.year) { throw GrantProblem.badYear(round.year) }
        if round.appropriationCents < 0 { throw GrantProblem.negativeAmount }
        if let o = round.opensOn, let c = round.closesOn, c < o { throw GrantProblem.datesInWrongOrder }
        let known = try db.scalarInt("SELECT count(*) FROM categories WHERE list = 'grant_type' AND code = ?", round.grantTypeCode) ?? 0
        if known == 0 { throw GrantProblem.unknownGrantType(round.grantTypeCode) }
    }

    static func round(from row: Row) -> GrantRound {
        GrantRound(id: row.int64("id") ?? 0, name: row.string("name") ?? "", year: row.int("year") ?? 0,
                   grantTypeCode: row.string("grant_type_code") ?? "", appropriationCents: row.int64("appropriation_cents") ?? 0,
                   opensOn: date(row, "opens_on"), closesOn: date(row, "closes_on"), decidingBodyID: row.int64("deciding_body_id"),
                   reportDueOn: date(row, "report_due_on"))
    }

    static func date(_ row: Row, _ column: String) -> CivilDate? { row.string(column).flatMap(CivilDate.init(iso:)) }

    // MARK: Lists the forms pick from

    /// A grant type, target group or body as a picker shows it.
    public struct Choice: Sendable, Equatable {
        public var code: String
        public var label: String
    }

    /// The editable `grant_type` (or any other) category list in the user's language.
    public func categories(_ list: String, language: Language) throws -> [Choice] {
        try perform {
            try db.query("SELECT code, \(Localized.column("label", language)) AS label FROM categories WHERE list = ? ORDER BY sort, code", list).map {
                Choice(code: $0.string("code") ?? "", label: $0.string("label") ?? "")
            }
        }
    }

    /// Adds a grant type to the editable list.
    public func addGrantType(code: String, fi: String, en: String) throws {
        try perform {
            let code = code.trimmingCharacters(in: .whitespaces)
            if code.isEmpty || fi.trimmingCharacters(in: .whitespaces).isEmpty { throw GrantProblem.emptyName }
            try db.write {
                let sort = (try db.scalarInt("SELECT coalesce(max(sort), 0) + 1 FROM categories WHERE list = 'grant_type'") ?? 0)
                try db.run("INSERT INTO categories(list, code, label_fi, label_en, sort) VALUES ('grant_type', ?, ?, ?, ?)", code, fi, en, sort)
            }
        }
    }

    /// The bodies that can decide a round (from the meetings pane).
    public func bodies() throws -> [(id: Int64, name: String)] {
        try perform {
            try db.query("SELECT id, name FROM bodies").map { (id: $0.int64("id") ?? 0, name: $0.string("name") ?? "") }
                .sorted { FinnishCollation.compare($0.name, $1.name) == .orderedAscending }
        }
    }

    // MARK: Criteria

    public func criteria(roundID: Int64) throws -> [RoundCriterion] {
        try perform {
            try db.query("SELECT * FROM round_criteria WHERE round_id = ? ORDER BY sort, name", roundID).map {
                RoundCriterion(id: $0.int64("id") ?? 0, roundID: roundID, name: $0.string("name") ?? "",
                               maxScore: $0.int("max_score") ?? 5, sort: $0.int("sort") ?? 0)
            }
        }
    }

    @discardableResult
    public func addCriterion(roundID: Int64, name: String, maxScore: Int = 5) throws -> Int64 {
        try perform {
            if name.trimmingCharacters(in: .whitespaces).isEmpty { throw GrantProblem.emptyName }
            if maxScore <= 0 { throw GrantProblem.negativeAmount }
            let id = Store.newID()
            try db.write {
                let sort = try db.scalarInt("SELECT coalesce(max(sort), 0) + 1 FROM round_criteria WHERE round_id = ?", roundID) ?? 0
                try db.run("INSERT INTO round_criteria(id, round_id, name, max_score, sort) VALUES (?,?,?,?,?)", id, roundID, name, maxScore, sort)
            }
            return id
        }
    }
}
