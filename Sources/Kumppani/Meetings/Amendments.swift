import Foundation

/// Corrections to checked or approved minutes: stored with time, user and reason, never edited in place.
extension MeetingStore {
    @discardableResult
    public func amend(meetingID: Int64, itemID: Int64? = nil, reason: String, text: String,
                      osUser: String = OSUser.current()) throws -> Int64 {
        let m = try requireMeeting(meetingID)
        guard m.status.isLocked else { throw MeetingError.notApproved }
        let r = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !r.isEmpty else { throw MeetingError.emptyText(field: "reason") }
        guard !t.isEmpty else { throw MeetingError.emptyText(field: "text") }
        if let itemID {
            guard try db.scalarInt("SELECT meeting_id FROM agenda_items WHERE id = ?", itemID) == meetingID else { throw MeetingError.notFound }
        }
        let id = Store.newID()
        try store.auditedWrite(osUser: osUser) {
            try db.run("INSERT INTO minutes_amendments (id, meeting_id, item_id, at, os_user, reason, text) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       id, meetingID, itemID, now, osUser, r, t)
        }
        return id
    }

    public func amendments(meetingID: Int64) throws -> [Amendment] {
        try db.query("SELECT * FROM minutes_amendments WHERE meeting_id = ? ORDER BY at, rowid", meetingID).map {
            Amendment(id: $0.int64("id") ?? 0, meetingID: meetingID, itemID: $0.int64("item_id"), at: $0.string("at") ?? "",
                      osUser: $0.string("os_user") ?? "", reason: $0.string("reason") ?? "", text: $0.string("text") ?? "")
        }
    }
}
