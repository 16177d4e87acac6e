import Foundation

/// Which actions to list.
public struct ActionFilter: Sendable, Equatable {
    public enum Scope: Sendable, Equatable { case all, open, overdue, done }
    public var scope: Scope
    public var bodyID: Int64?
    /// Matches the owner's name or free text, case-insensitively.
    public var owner: String?
    public init(scope: Scope = .open, bodyID: Int64? = nil, owner: String? = nil) {
        self.scope = scope; self.bodyID = bodyID; self.owner = owner
    }
}

/// Follow-up actions (*toimenpiteet*) across meetings.
extension MeetingStore {
    static let actionSelect = """
        SELECT a.*, p.name AS owner_name FROM actions a LEFT JOIN people p ON p.id = a.owner_person_id
        """

    static func action(_ r: Row) -> MeetingAction {
        let person = r.string("owner_name") ?? ""
        return MeetingAction(id: r.int64("id") ?? 0, bodyID: r.int64("body_id") ?? 0, meetingID: r.int64("meeting_id"),
                             itemID: r.int64("item_id"), text: r.string("text") ?? "", ownerPersonID: r.int64("owner_person_id"),
                             owner: person.isEmpty ? (r.string("owner_text") ?? "") : person,
                             dueOn: r.string("due_on"), doneOn: r.string("done_on"), createdAt: r.string("created_at") ?? "")
    }

    /// Records an action; when made in a meeting it belongs to the meeting's body.
    @discardableResult
    public func addAction(bodyID: Int64, meetingID: Int64? = nil, itemID: Int64? = nil, text: String,
                          ownerPersonID: Int64? = nil, ownerText: String = "", dueOn: String? = nil) throws -> Int64 {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else { throw MeetingError.emptyText(field: "text") }
        if let d = dueOn, !MeetingFormat.isValidDate(d) { throw MeetingError.invalidDate(d) }
        if let meetingID, try requireMeeting(meetingID).status.isReadOnly { throw MeetingError.readOnly }
        let id = Store.newID()
        try db.write {
            try db.run("""
                INSERT INTO actions (id, body_id, meeting_id, item_id, text, owner_person_id, owner_text, due_on, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, id, bodyID, meetingID, itemID, t, ownerPersonID, ownerText, dueOn, now, now)
        }
        return id
    }

    /// Open first by due date (undated last), done ones after; overdue = due before today.
    public func actions(_ filter: ActionFilter = ActionFilter()) throws -> [MeetingAction] {
        var sql = Self.actionSelect + " WHERE 1"
        var args: [DatabaseValueConvertible?] = []
        if let b = filter.bodyID { sql += " AND a.body_id = ?"; args.append(b) }
        switch filter.scope {
        case .all: break
        case .open: sql += " AND a.done_on IS NULL"
        case .done: sql += " AND a.done_on IS NOT NULL"
        case .overdue: sql += " AND a.done_on IS NULL AND a.due_on < ?"; args.append(today)
        }
        sql += " ORDER BY a.done_on IS NOT NULL, a.due_on IS NULL, a.due_on, a.created_at, a.id"
        var list = try db.query(sql, args).map(Self.action)
        if let owner = filter.owner?.trimmingCharacters(in: .whitespaces), !owner.isEmpty {
            // Case-insensitive but not accent-blind: ä is a letter of its own in Finnish.
            list = list.filter { $0.owner.lowercased().contains(owner.lowercased()) }
        }
        return list
    }

    /// The actions of one meeting (those recorded in its items).
    public func actions(meetingID: Int64) throws -> [MeetingAction] {
        try db.query(Self.actionSelect + " WHERE a.meeting_id = ? ORDER BY a.created_at, a.id", meetingID).map(Self.action)
    }

    /// Open actions grouped by owner, owners in Finnish order.
    public func actionsByOwner(bodyID: Int64? = nil) throws -> [(owner: String, actions: [MeetingAction])] {
        let open = try actions(ActionFilter(scope: .open, bodyID: bodyID))
        let groups = Dictionary(grouping: open, by: \.owner)
        return groups.keys.sorted { Self.nameKey($0) < Self.nameKey($1) }.map { ($0, groups[$0] ?? []) }
    }

    /// Marks done (today by default) or open again (`nil`).
    public func action(_ id: Int64) throws -> MeetingAction? {
        try db.query(Self.actionSelect + " WHERE a.id = ?", id).first.map(Self.action)
    }

    /// With `base` (the action as the list showed it) another window's change or deletion
    /// throws `ActionConflict` and writes nothing.
    public func setActionDone(id: Int64, on date: String?, expecting base: MeetingAction? = nil) throws {
        if let d = date, !MeetingFormat.isValidDate(d) { throw MeetingError.invalidDate(d) }
        try db.write {
            if let base {
                var mine = base
                mine.doneOn = date
                try ActionConflict.check(id: id, base: base, stored: try action(id), mine: mine)
            }
            try db.run("UPDATE actions SET done_on = ?, updated_at = ? WHERE id = ?", date, now, id)
            if db.changes == 0 { throw MeetingError.notFound }
        }
    }

    public func markActionDone(id: Int64) throws { try setActionDone(id: id, on: today) }

    /// With `base`, as `setActionDone`.
    public func updateAction(_ a: MeetingAction, ownerText: String? = nil, expecting base: MeetingAction? = nil) throws {
        let t = a.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else { throw MeetingError.emptyText(field: "text") }
        if let d = a.dueOn, !MeetingFormat.isValidDate(d) { throw MeetingError.invalidDate(d) }
        try db.write {
            try ActionConflict.check(id: a.id, base: base, stored: try action(a.id), mine: a)
            try db.run("UPDATE actions SET text = ?, owner_person_id = ?, owner_text = ?, due_on = ?, updated_at = ? WHERE id = ?",
                       t, a.ownerPersonID, ownerText ?? (a.ownerPersonID == nil ? a.owner : ""), a.dueOn, now, a.id)
        }
    }

    /// What the follow-up item (*Edellisen kokouksen toimenpiteiden seuranta*) lists: the body's
    /// actions from earlier meetings still open, and those done since the previous meeting
    /// (shown struck through, once).
    public func followUpActions(meetingID: Int64) throws -> [MeetingAction] {
        let m = try requireMeeting(meetingID)
        let previous = try db.scalarString("""
            SELECT held_on FROM meetings WHERE body_id = ? AND id != ? AND (held_on < ? OR (held_on = ? AND (year < ? OR (year = ? AND number < ?))))
            ORDER BY held_on DESC, year DESC, number DESC LIMIT 1
            """, m.bodyID, m.id, m.heldOn, m.heldOn, m.year, m.year, m.number)
        let rows = try db.query(Self.actionSelect + """
             WHERE a.body_id = ? AND (a.meeting_id IS NULL OR a.meeting_id != ?)
               AND (a.meeting_id IS NULL OR (SELECT held_on FROM meetings x WHERE x.id = a.meeting_id) <= ?)
               AND (a.done_on IS NULL OR a.done_on >= ?)
             ORDER BY a.done_on IS NOT NULL, a.due_on IS NULL, a.due_on, a.created_at, a.id
            """, m.bodyID, m.id, m.heldOn, previous ?? "0000-00-00")
        return rows.map(Self.action)
    }
}
