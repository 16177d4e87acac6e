import Foundation

/// Correcting when someone arrived or left (the secretary pressed the key a few minutes late):
/// the times are Helsinki wall-clock times on the meeting's date, and a note that said at which §
/// it happened keeps its § with the corrected time.
extension MeetingStore {
    /// `arrived` and `left` as `HH:MM` (`left` nil: still present). Refused once checked, for a
    /// time that does not parse, or a departure before the arrival. With `base` (the row as the
    /// live view showed it) another window's change of the times or the note throws
    /// `AttendanceConflict` (its "mine" the corrected row) and writes nothing.
    public func correctAttendanceTimes(meetingID: Int64, personID: Int64, arrived: String, left: String?,
                                       expecting base: Attendance? = nil) throws -> Attendance {
        let m = try requireMeeting(meetingID)
        if let locked = m.status.lockError { throw locked }
        guard let a = try attendance(meetingID: meetingID).first(where: { $0.personID == personID }), a.isRecorded else { throw MeetingError.notFound }
        guard let arrivedHM = MeetingFormat.parseTime(arrived), let arrivedAt = MeetingFormat.helsinkiInstant(date: m.heldOn, time: arrivedHM) else {
            throw MeetingError.invalidTime(arrived)
        }
        var leftAt: Date?
        if let left, !left.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let hm = MeetingFormat.parseTime(left), let at = MeetingFormat.helsinkiInstant(date: m.heldOn, time: hm), at >= arrivedAt else {
                throw MeetingError.invalidTime(left)
            }
            leftAt = at
        }
        let note = Self.retimed(a.note, arrived: MeetingFormat.time(arrivedHM), left: leftAt.map { MeetingFormat.time(MeetingFormat.helsinkiHHMM($0)) })
        try db.write {
            if let base {
                // The row as it is inside the write; mine keeps the note as the user saw it, retimed.
                let stored = try attendance(meetingID: meetingID).first { $0.personID == personID && $0.isRecorded }
                var mine = base
                mine.arrivedAt = Timestamp.iso(arrivedAt); mine.leftAt = leftAt.map(Timestamp.iso)
                mine.note = Self.retimed(base.note, arrived: MeetingFormat.time(arrivedHM),
                                         left: leftAt.map { MeetingFormat.time(MeetingFormat.helsinkiHHMM($0)) })
                try AttendanceConflict.check(id: a.id, base: base, stored: stored, mine: mine)
            }
            try db.run("UPDATE attendance SET arrived_at = ?, left_at = ?, note = ? WHERE id = ?",
                       Timestamp.iso(arrivedAt), leftAt.map(Timestamp.iso), note, a.id)
        }
        guard let updated = try attendance(meetingID: meetingID).first(where: { $0.personID == personID }) else { throw MeetingError.notFound }
        return updated
    }

    /// The note's "saapui 6 §:n käsittelyn aikana klo 10.33" / "poistui …" parts with the corrected times.
    static func retimed(_ note: String, arrived: String, left: String?) -> String {
        let patterns: [(String, String?)] = [
            ("^(saapui [0-9]+ §:n käsittelyn aikana klo )\\S+$", arrived), ("^(arrived during § [0-9]+ at )\\S+$", arrived),
            ("^(poistui [0-9]+ §:n käsittelyn aikana klo )\\S+$", left), ("^(left during § [0-9]+ at )\\S+$", left),
        ]
        return note.components(separatedBy: "; ").map { part in
            for (pattern, time) in patterns {
                guard let time, let regex = try? NSRegularExpression(pattern: pattern) else { continue }
                let range = NSRange(part.startIndex..., in: part)
                if regex.firstMatch(in: part, range: range) != nil {
                    return regex.stringByReplacingMatches(in: part, range: range, withTemplate: "$1" + NSRegularExpression.escapedTemplate(for: time))
                }
            }
            return part
        }.joined(separator: "; ")
    }
}
