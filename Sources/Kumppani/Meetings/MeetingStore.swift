import Foundation

/// Bodies, members, meetings and their agendas in the one SQLite file.
/// Every write is one short `BEGIN IMMEDIATE` transaction; every value is a bound parameter.
public struct MeetingStore: @unchecked Sendable {
    public let store: Store
    var db: Database { store.database }

    public init(store: Store) { self.store = store }

    var now: String { Timestamp.iso(store.clock.now()) }
    /// Today in Helsinki, ISO.
    public var today: String { MeetingFormat.helsinkiDate(store.clock.now()) }

    // MARK: People

    public func people() throws -> [PersonRef] {
        try db.query("SELECT id, name FROM people ORDER BY name_key, id").map {
            PersonRef(id: $0.int64("id") ?? 0, name: $0.string("name") ?? "")
        }
    }

    /// Names of just these people (a meeting's officers), not the whole register.
    public func personNames(_ ids: [Int64]) throws -> [Int64: String] {
        var names: [Int64: String] = [:]
        for id in Set(ids) {
            if let name = try db.scalarString("SELECT name FROM people WHERE id = ?", id) { names[id] = name }
        }
        return names
    }

    public func personName(_ id: Int64?) throws -> String? {
        guard let id else { return nil }
        return try db.scalarString("SELECT name FROM people WHERE id = ?", id)
    }

    /// A person known only to the meetings (a guest, a new member).
    @discardableResult
    public func createPerson(name: String) throws -> Int64 {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw MeetingError.emptyText(field: "name") }
        let id = Store.newID()
        try db.write {
            try db.run("INSERT INTO people (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                       id, trimmed, Self.nameKey(trimmed), now, now)
        }
        return id
    }

    /// Binary order of this key is Finnish order (å ä ö after z), case-insensitive.
    static func nameKey(_ name: String) -> String { FinnishCollation.sortKey(name) }

    // MARK: Bodies

    public func bodies() throws -> [Body] {
        try db.query("SELECT * FROM bodies").map(Self.body).sorted { Self.nameKey($0.name) < Self.nameKey($1.name) }
    }

    public func body(_ id: Int64) throws -> Body? {
        try db.queryOne("SELECT * FROM bodies WHERE id = ?", id).map(Self.body)
    }

    @discardableResult
    public func createBody(name: String, kind: BodyKind, quorumRule: QuorumRule = .majority, agendaTemplate: String = "") throws -> Int64 {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw MeetingError.emptyText(field: "name") }
        let id = Store.newID()
        try db.write {
            try db.run("INSERT INTO bodies (id, name, kind, quorum_rule, agenda_template, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       id, trimmed, kind.rawValue, quorumRule.stored, agendaTemplate, now, now)
        }
        return id
    }

    /// With `base` (the body as the edit began from) another window's change throws `BodyConflict`.
    public func updateBody(_ body: Body, expecting base: Body? = nil) throws {
        let trimmed = body.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw MeetingError.emptyText(field: "name") }
        // The stored form reads a non-positive number as a majority: refuse it rather than change its meaning.
        if case .atLeast(let n) = body.quorumRule, n <= 0 { throw MeetingError.invalidNumber(String(n)) }
        // Audited (migration 16): the rules decide what the body's documents say.
        try store.auditedWrite {
            try BodyConflict.check(id: body.id, base: base, stored: try self.body(body.id), mine: body)
            try db.run("""
                UPDATE bodies SET name = ?, kind = ?, quorum_rule = ?, agenda_template = ?, document_language = ?, appeal_instructions = ?,
                    updated_at = ? WHERE id = ?
                """, trimmed, body.kind.rawValue, body.quorumRule.stored, body.agendaTemplate, body.documentLanguageCode,
                body.appealInstructions, now, body.id)
        }
    }

    static func body(_ r: Row) -> Body {
        Body(id: r.int64("id") ?? 0, name: r.string("name") ?? "",
             kind: BodyKind(rawValue: r.string("kind") ?? "") ?? .partnershipTable,
             quorumRule: QuorumRule(stored: r.string("quorum_rule") ?? ""),
             agendaTemplate: r.string("agenda_template") ?? "",
             documentLanguage: Language(rawValue: r.string("document_language") ?? "") ?? .fi,
             appealInstructions: r.string("appeal_instructions") ?? "",
             bilingual: r.string("document_language") == Body.bilingualCode)
    }

    // MARK: Members

    /// Chair first, then vice-chair, members, deputies; by name within a role.
    public func members(bodyID: Int64) throws -> [Member] {
        try db.query("""
            SELECT m.*, p.name AS person_name FROM members m JOIN people p ON p.id = m.person_id
            WHERE m.body_id = ?
            ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, p.name_key, m.id
            """, bodyID).map(Self.member)
    }

    @discardableResult
    public func addMember(bodyID: Int64, personID: Int64, role: MemberRole, represents: String = "",
                          deputyFor: Int64? = nil, termStart: String? = nil, termEnd: String? = nil) throws -> Int64 {
        for d in [termStart, termEnd].compactMap({ $0 }) where !MeetingFormat.isValidDate(d) {
            throw MeetingError.invalidDate(d)
        }
        let id = Store.newID()
        try db.write {
            try db.run("""
                INSERT INTO members (id, body_id, person_id, represents, role, deputy_for_member_id, term_start_on, term_end_on, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, id, bodyID, personID, represents, role.rawValue, role == .deputy ? deputyFor : nil, termStart, termEnd, now)
        }
        return id
    }

    public func removeMember(id: Int64) throws {
        try db.write { try db.run("DELETE FROM members WHERE id = ?", id) }
    }

    static func member(_ r: Row) -> Member {
        Member(id: r.int64("id") ?? 0, bodyID: r.int64("body_id") ?? 0, personID: r.int64("person_id") ?? 0,
               personName: r.string("person_name") ?? "", represents: r.string("represents") ?? "",
               role: MemberRole(rawValue: r.string("role") ?? "") ?? .member,
               deputyForMemberID: r.int64("deputy_for_member_id"),
               termStart: r.string("term_start_on"), termEnd: r.string("term_end_on"))
    }
}
