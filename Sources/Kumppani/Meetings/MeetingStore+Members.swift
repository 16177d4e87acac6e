import Foundation

/// Editing and ending a body's memberships. Ending keeps the row (with its term end), so
/// earlier minutes still list the person; removing is for rows entered by mistake.
extension MeetingStore {
    public func member(_ id: Int64) throws -> Member? {
        try db.query("SELECT m.*, p.name AS person_name FROM members m JOIN people p ON p.id = m.person_id WHERE m.id = ?", id)
            .first.map(Self.member)
    }

    /// Saves role, whom a deputy stands in for, whom the member represents and the term.
    /// With `base` (the membership as the edit began from) another window's change or removal
    /// throws `MemberConflict` and writes nothing.
    public func updateMember(_ m: Member, expecting base: Member? = nil) throws {
        if let base { try db.write { try MemberConflict.check(id: m.id, base: base, stored: try member(m.id), mine: m) } }
        guard try member(m.id) != nil else { throw MeetingError.notFound }
        try checkTerm(start: m.termStart, end: m.termEnd)
        let deputyFor = m.role == .deputy && m.deputyForMemberID != m.id ? m.deputyForMemberID : nil
        try db.write {
            try MemberConflict.check(id: m.id, base: base, stored: try member(m.id), mine: m)
            try db.run("""
                UPDATE members SET role = ?, represents = ?, deputy_for_member_id = ?, term_start_on = ?, term_end_on = ? WHERE id = ?
                """, m.role.rawValue, m.represents.trimmingCharacters(in: .whitespacesAndNewlines), deputyFor,
                   m.termStart, m.termEnd, m.id)
        }
    }

    /// Ends the term on `date` (ISO); from the next day the person is no longer listed as a member.
    public func endMembership(id: Int64, on date: String) throws {
        guard var m = try member(id) else { throw MeetingError.notFound }
        m.termEnd = date
        try updateMember(m)
    }

    func checkTerm(start: String?, end: String?) throws {
        for d in [start, end].compactMap({ $0 }) where !MeetingFormat.isValidDate(d) { throw MeetingError.invalidDate(d) }
        if let start, let end, end < start { throw MeetingError.invalidTerm(start: start, end: end) }
    }
}
