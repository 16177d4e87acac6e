import XCTest
@testable import Kumppani

/// A small world for the grant tests: a store at a fixed time, associations, people and a body.
struct GrantsFixture {
    let store: Store
    let grants: GrantStore
    let today = CivilDate(iso: "2026-11-23")!
    static let iban = "FI21 1234 5600 0007 85"
    static let reference = "12345672"

    init() throws {
        let noon = ISO8601DateFormatter().date(from: "2026-11-23T10:00:00Z")!
        store = try Store.inMemory(clock: FixedClock(noon))
        grants = GrantStore(store: store, osUser: "koordinaattori")
    }

    var db: Database { store.database }

    @discardableResult
    func association(_ name: String, businessID: String? = nil, municipality: String? = "398", status: String = "active",
                     lahella: Bool = true) throws -> Int64 {
        let id = Store.newID()
        try db.write {
            try db.run("""
                INSERT INTO associations(id, name, name_key, business_id, municipality_code, status, lahella_listed, created_at, updated_at)
                VALUES (?,?,?,?,?,?,?,'x','x')
                """, id, name, name.lowercased(), businessID, municipality, status, lahella)
        }
        return id
    }

    @discardableResult
    func person(_ name: String) throws -> Int64 {
        let id = Store.newID()
        try db.write { try db.run("INSERT INTO people(id, name, name_key, created_at, updated_at) VALUES (?,?,?,'x','x')", id, name, name.lowercased()) }
        return id
    }

    @discardableResult
    func body(_ name: String = "Aluehallitus") throws -> Int64 {
        let id = Store.newID()
        try db.write { try db.run("INSERT INTO bodies(id, name, kind, created_at, updated_at) VALUES (?,?,'regional_board','x','x')", id, name) }
        try heldMeeting(body: id, on: "2026-11-20", sections: [12, 13])
        return id
    }

    /// A meeting of the body already held, with these § on its agenda: a decision names one of them.
    @discardableResult
    func heldMeeting(body: Int64, on date: String, sections: [Int], status: String = "minutes_draft") throws -> Int64 {
        let id = Store.newID()
        let number = (try db.scalarInt("SELECT count(*) FROM meetings WHERE body_id = ?", body) ?? 0) + 1
        try db.write {
            try db.run("INSERT INTO meetings(id, body_id, number, year, held_on, status, created_at, updated_at) VALUES (?,?,?,?,?,?,'x','x')",
                       id, body, number, Int(date.prefix(4)) ?? 2026, date, status)
            for (i, s) in sections.enumerated() {
                try db.run("INSERT INTO agenda_items(id, meeting_id, position, section_number, title, created_at, updated_at) VALUES (?,?,?,?,'Avustukset','x','x')",
                           Store.newID(), id, i + 1, s)
            }
        }
        return id
    }

    func member(_ personID: Int64, of bodyID: Int64, represents: Int64? = nil) throws {
        try db.write {
            try db.run("INSERT INTO members(id, body_id, person_id, role, represents_association_id, created_at) VALUES (?,?,?,'member',?,'x')",
                       Store.newID(), bodyID, personID, represents)
        }
    }

    func affiliate(_ personID: Int64, _ associationID: Int64, kind: String, endOn: String? = nil) throws {
        try db.write {
            try db.run("INSERT INTO affiliations(id, person_id, association_id, kind, end_on, created_at) VALUES (?,?,?,?,?,'x')",
                       Store.newID(), personID, associationID, kind, endOn)
        }
    }

    func relate(_ a: Int64, _ b: Int64, _ relation: String) throws {
        try db.write { try db.run("INSERT INTO person_relations(person_id, related_person_id, relation) VALUES (?,?,?)", a, b, relation) }
    }

    @discardableResult
    func round(year: Int = 2026, appropriation: Int64 = 10_000_00, body: Int64? = nil, reportDue: String? = "2027-03-31",
               name: String = "Yleisavustukset 2026") throws -> Int64 {
        try grants.createRound(GrantRound(name: name, year: year, grantTypeCode: "general", appropriationCents: appropriation,
                                          decidingBodyID: body, reportDueOn: reportDue.flatMap(CivilDate.init(iso:))))
    }

    @discardableResult
    func application(round: Int64, association: Int64, requested: Int64, purpose: String = "Vertaistukiryhmät",
                     groups: [String] = []) throws -> Int64 {
        try grants.createApplication(GrantApplication(roundID: round, associationID: association, purpose: purpose,
                                                      requestedCents: requested, targetGroups: groups))
    }

    /// Takes an application to `proposed` with the given amount.
    func propose(_ id: Int64, _ cents: Int64, reasoning: String = "Vakiintunut toiminta") throws {
        var app = try grants.application(id: id)
        app.proposedCents = cents
        app.reasoning = reasoning
        try grants.updateApplication(app)
        if app.stage == .received { try grants.moveForward(applicationID: id) }
        try grants.moveForward(applicationID: id)
    }

    func decision(_ outcome: DecisionOutcome, _ cents: Int64, body: Int64, on date: String = "2026-11-20", section: Int = 12) -> DecisionDraft {
        DecisionDraft(outcome: outcome, grantedCents: cents, decidedOn: CivilDate(iso: date), bodyID: body, sectionNumber: section)
    }

    /// Takes an application all the way to decided (granted as proposed) in § 12 of the body's
    /// meeting on `date` (held for the purpose when the fixture has none that day).
    func decide(_ id: Int64, _ cents: Int64, body: Int64, requested: Int64, on date: String = "2026-11-20") throws {
        try propose(id, cents)
        if try db.scalarInt("SELECT count(*) FROM meetings WHERE body_id = ? AND held_on = ?", body, date) == 0 {
            try heldMeeting(body: body, on: date, sections: [12])
        }
        try grants.recordDecision(applicationID: id, decision(cents == requested ? .granted : .partlyGranted, cents, body: body, on: date))
    }
}

func assertProblem(_ expected: GrantProblem, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> Void) {
    do {
        try body()
        XCTFail("expected \(expected), nothing was refused", file: file, line: line)
    } catch let problem as GrantProblem {
        XCTAssertEqual(problem, expected, file: file, line: line)
    } catch {
        XCTFail("unexpected error \(error)", file: file, line: line)
    }
}
