import Foundation

/// Running a meeting: start and end stamps, attendance, quorum.
extension MeetingStore {
    /// Starts the meeting (status in session, start stamped, § numbers fixed) and puts every
    /// serving member on the attendance list, not yet arrived. Starting one already in session
    /// changes nothing, so `s` twice is harmless.
    @discardableResult
    public func startMeeting(_ id: Int64) throws -> Meeting {
        let m = try requireMeeting(id)
        if m.status == .inSession { return m }
        guard Lifecycle.canMove(from: m.status, to: .inSession) else {
            throw MeetingError.transitionNotAllowed(from: m.status, to: .inSession)
        }
        let stamp = now
        try db.write {
            try db.run("UPDATE meetings SET status = 'in_session', started_at = coalesce(started_at, ?), updated_at = ? WHERE id = ?", stamp, stamp, id)
            try ensureAttendanceRows(meeting: m)
        }
        return try requireMeeting(id)
    }

    /// Ends the meeting: end stamped, status minutes draft.
    @discardableResult
    public func endMeeting(_ id: Int64) throws -> Meeting {
        let m = try requireMeeting(id)
        guard m.status == .inSession else { throw MeetingError.transitionNotAllowed(from: m.status, to: .minutesDraft) }
        try db.write {
            try db.run("UPDATE meetings SET status = 'minutes_draft', ended_at = ?, updated_at = ? WHERE id = ?", now, now, id)
        }
        return try requireMeeting(id)
    }

    func ensureAttendanceRows(meeting m: Meeting) throws {
        let members = try self.members(bodyID: m.bodyID).filter { $0.serves(on: m.heldOn) }
        let byMember = Dictionary(members.map { ($0.id, $0.personID) }, uniquingKeysWith: { a, _ in a })
        for member in members {
            let deputyFor = member.role == .deputy ? member.deputyForMemberID.flatMap { byMember[$0] } : nil
            try db.run("""
                INSERT INTO attendance (id, meeting_id, person_id, role, deputy_for_person_id) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (meeting_id, person_id) DO NOTHING
                """, Store.newID(), m.id, member.personID, member.role == .deputy ? "deputy" : "member", deputyFor)
        }
    }

    /// Members in body order, then others, each with their times.
    public func attendance(meetingID: Int64) throws -> [Attendance] {
        let rows = try db.query("""
            SELECT a.*, p.name AS person_name FROM attendance a JOIN people p ON p.id = a.person_id
            WHERE a.meeting_id = ?
            ORDER BY CASE a.role WHEN 'member' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END, p.name_key, a.id
            """, meetingID)
        return rows.map {
            Attendance(id: $0.int64("id") ?? 0, meetingID: meetingID, personID: $0.int64("person_id") ?? 0,
                       personName: $0.string("person_name") ?? "", role: AttendanceRole(rawValue: $0.string("role") ?? "") ?? .other,
                       deputyForPersonID: $0.int64("deputy_for_person_id"), arrivedAt: $0.string("arrived_at"),
                       leftAt: $0.string("left_at"), note: $0.string("note") ?? "")
        }
    }

    /// Adds a person to the list (a deputy standing in, an expert, a guest).
    @discardableResult
    public func addAttendee(meetingID: Int64, personID: Int64, role: AttendanceRole, deputyFor: Int64? = nil, arrivedNow: Bool = false) throws -> Int64 {
        let m = try requireMeeting(meetingID)
        guard !m.status.isReadOnly else { throw MeetingError.readOnly }
        let id = Store.newID()
        try db.write {
            try db.run("""
                INSERT INTO attendance (id, meeting_id, person_id, role, deputy_for_person_id, arrived_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (meeting_id, person_id) DO UPDATE SET role = excluded.role, deputy_for_person_id = excluded.deputy_for_person_id
                """, id, meetingID, personID, role.rawValue, role == .deputy ? deputyFor : nil, arrivedNow ? now : nil)
        }
        return try db.scalarInt("SELECT id FROM attendance WHERE meeting_id = ? AND person_id = ?", meetingID, personID) ?? id
    }

    /// The one key per person: arrives (stamped), leaves (stamped), comes back (the departure
    /// moves into the note so the minutes still say when they were out).
    @discardableResult
    public func toggleAttendance(id: Int64) throws -> Attendance {
        guard let mid = try db.scalarInt("SELECT meeting_id FROM attendance WHERE id = ?", id) else { throw MeetingError.notFound }
        let m = try requireMeeting(mid)
        guard !m.status.isReadOnly else { throw MeetingError.readOnly }
        guard let a = try attendance(meetingID: mid).first(where: { $0.id == id }) else { throw MeetingError.notFound }
        let stamp = now
        try db.write {
            if a.arrivedAt == nil {
                try db.run("UPDATE attendance SET arrived_at = ? WHERE id = ?", stamp, id)
            } else if a.leftAt == nil {
                try db.run("UPDATE attendance SET left_at = ? WHERE id = ?", stamp, id)
            } else {
                let l = L(.fi)
                let out = l["meetings.attendance.was_out", MeetingFormat.localTime(ofInstant: a.leftAt), MeetingFormat.localTime(ofInstant: stamp)]
                let note = a.note.isEmpty ? out : a.note + "; " + out
                try db.run("UPDATE attendance SET left_at = NULL, note = ? WHERE id = ?", note, id)
            }
        }
        guard let updated = try attendance(meetingID: mid).first(where: { $0.id == id }) else { throw MeetingError.notFound }
        return updated
    }

    public func removeAttendee(id: Int64) throws {
        guard let mid = try db.scalarInt("SELECT meeting_id FROM attendance WHERE id = ?", id) else { return }
        guard try !requireMeeting(mid).status.isReadOnly else { throw MeetingError.readOnly }
        try db.write { try db.run("DELETE FROM attendance WHERE id = ?", id) }
    }

    /// The quorum now, or for one item (its disqualified members do not count).
    public func quorum(meetingID: Int64, itemID: Int64? = nil) throws -> QuorumResult {
        let m = try requireMeeting(meetingID)
        guard let body = try body(m.bodyID) else { throw MeetingError.notFound }
        let seats = Quorum.seats(members: try members(bodyID: m.bodyID), on: m.heldOn)
        let people = try attendance(meetingID: meetingID)
        let present = Set(people.filter(\.isPresent).map(\.personID))
        var deputyFor: [Int64: Int64] = [:]
        for a in people where a.role == .deputy { if let p = a.deputyForPersonID { deputyFor[a.personID] = p } }
        let disqualified = try itemID.map { Set(try disqualifications(itemID: $0).map(\.personID)) } ?? []
        return Quorum.evaluate(seats: seats, present: present, disqualified: disqualified, deputyFor: deputyFor, rule: body.quorumRule)
    }
}
