import Foundation

/// Running a meeting: start and end stamps, attendance, quorum.
extension MeetingStore {
    /// Starts the meeting (status in session, start stamped, § numbers fixed). Starting one
    /// already in session changes nothing, so `s` twice is harmless.
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

    /// Everyone recorded as attending, and after them the serving members who have not come
    /// (id 0): members and deputies in body order, then others.
    public func attendance(meetingID: Int64) throws -> [Attendance] {
        let m = try requireMeeting(meetingID)
        let rows = try db.query("""
            SELECT a.*, p.name AS person_name FROM attendance a JOIN people p ON p.id = a.person_id WHERE a.meeting_id = ?
            """, meetingID).map {
            Attendance(id: $0.int64("id") ?? 0, meetingID: meetingID, personID: $0.int64("person_id") ?? 0,
                       personName: $0.string("person_name") ?? "", role: AttendanceRole(rawValue: $0.string("role") ?? "") ?? .other,
                       deputyForPersonID: $0.int64("deputy_for_person_id"), arrivedAt: $0.string("arrived_at"),
                       leftAt: $0.string("left_at"), note: $0.string("note") ?? "")
        }
        let members = try self.members(bodyID: m.bodyID).filter { $0.serves(on: m.heldOn) }
        let principal = Dictionary(members.map { ($0.id, $0.personID) }, uniquingKeysWith: { a, _ in a })
        var list: [Attendance] = []
        var seen = Set<Int64>()
        for member in members where !seen.contains(member.personID) {
            seen.insert(member.personID)
            if let row = rows.first(where: { $0.personID == member.personID }) {
                list.append(row)
            } else {
                list.append(Attendance(id: 0, meetingID: meetingID, personID: member.personID, personName: member.personName,
                                       role: member.role == .deputy ? .deputy : .member,
                                       deputyForPersonID: member.deputyForMemberID.flatMap { principal[$0] },
                                       arrivedAt: nil, leftAt: nil, note: ""))
            }
        }
        let others = rows.filter { !seen.contains($0.personID) }
            .sorted { Self.nameKey($0.personName) < Self.nameKey($1.personName) }
        return list + others
    }

    /// Adds a person to the list (a deputy standing in, an expert, a guest).
    @discardableResult
    public func addAttendee(meetingID: Int64, personID: Int64, role: AttendanceRole, deputyFor: Int64? = nil, arrivedNow: Bool = false) throws -> Int64 {
        let m = try requireMeeting(meetingID)
        if let locked = m.status.lockError { throw locked }
        let id = Store.newID()
        try db.write {
            try db.run("""
                INSERT INTO attendance (id, meeting_id, person_id, role, deputy_for_person_id, arrived_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (meeting_id, person_id) DO UPDATE SET role = excluded.role, deputy_for_person_id = excluded.deputy_for_person_id
                """, id, meetingID, personID, role.rawValue, role == .deputy ? deputyFor : nil, arrivedNow ? now : nil)
        }
        return try db.scalarInt("SELECT id FROM attendance WHERE meeting_id = ? AND person_id = ?", meetingID, personID) ?? id
    }

    /// The one key per person: arrives (a row, stamped), leaves (stamped), comes back (the
    /// departure moves into the note so the minutes still say when they were out). A member's
    /// personal deputy arrives as a deputy for their principal.
    @discardableResult
    /// Arrival, departure or return. `duringSection`: the § being handled, when the change
    /// happens during one (not at the opening); the minutes then say "saapui 6 §:n käsittelyn
    /// aikana klo 10.33" (kept in the attendance note: the file has no per-§ column for it).
    public func toggleAttendance(meetingID: Int64, personID: Int64, duringSection: Int? = nil) throws -> Attendance {
        let m = try requireMeeting(meetingID)
        if let locked = m.status.lockError { throw locked }
        guard let a = try attendance(meetingID: meetingID).first(where: { $0.personID == personID }) else { throw MeetingError.notFound }
        let stamp = now
        let l = L(try body(m.bodyID)?.documentLanguage ?? .fi)
        func sectionNote(_ key: String) -> String? {
            guard let section = duringSection, m.status == .inSession else { return nil }
            return l[key, section, MeetingFormat.localTime(ofInstant: stamp)]
        }
        func appended(_ note: String, _ text: String) -> String { note.isEmpty ? text : note + "; " + text }
        try db.write {
            if !a.isRecorded {
                try db.run("INSERT INTO attendance (id, meeting_id, person_id, role, deputy_for_person_id, arrived_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           Store.newID(), meetingID, personID, a.role.rawValue, a.deputyForPersonID, stamp,
                           sectionNote("meetings.attendance.arrived_during") ?? "")
            } else if a.leftAt == nil {
                let note = sectionNote("meetings.attendance.left_during").map { appended(a.note, $0) } ?? a.note
                try db.run("UPDATE attendance SET left_at = ?, note = ? WHERE id = ?", stamp, note, a.id)
            } else if let back = sectionNote("meetings.attendance.arrived_during") {
                try db.run("UPDATE attendance SET left_at = NULL, note = ? WHERE id = ?", appended(a.note, back), a.id)
            } else {
                let out = L(.fi)["meetings.attendance.was_out", MeetingFormat.localTime(ofInstant: a.leftAt), MeetingFormat.localTime(ofInstant: stamp)]
                let note = a.note.isEmpty ? out : a.note + "; " + out
                try db.run("UPDATE attendance SET left_at = NULL, note = ? WHERE id = ?", note, a.id)
            }
        }
        guard let updated = try attendance(meetingID: meetingID).first(where: { $0.personID == personID }) else { throw MeetingError.notFound }
        return updated
    }

    public func removeAttendee(id: Int64) throws {
        guard let mid = try db.scalarInt("SELECT meeting_id FROM attendance WHERE id = ?", id) else { return }
        if let locked = try requireMeeting(mid).status.lockError { throw locked }
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
        for a in people where a.role == .deputy && a.isRecorded { if let p = a.deputyForPersonID { deputyFor[a.personID] = p } }
        let disqualified = try itemID.map { Set(try disqualifications(itemID: $0).map(\.personID)) } ?? []
        return Quorum.evaluate(seats: seats, present: present, disqualified: disqualified, deputyFor: deputyFor, rule: body.quorumRule)
    }
}
