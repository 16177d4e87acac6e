import Foundation

/// How a contact was made.
public enum ContactKind: String, CaseIterable, Sendable {
    case call, email, meeting, visit, other

    public func label(_ language: Language) -> String { L(language)["directory.contact.\(rawValue)"] }
}

/// One line of an association's contact log.
public struct ContactLogEntry: Equatable, Sendable {
    public let id: Int64
    public let associationID: Int64
    /// ISO dates (`2026-11-23`).
    public let contactedOn: String
    public let kind: ContactKind
    public let note: String
    public let followUpOn: String?
    public let followUpDoneOn: String?
    public let createdBy: String

    /// A follow-up date has come and nobody has marked it done.
    public func isDue(today: String) -> Bool {
        guard let on = followUpOn, followUpDoneOn == nil else { return false }
        return on <= today
    }

    init(row r: Row) {
        id = r.int64("id") ?? 0
        associationID = r.int64("association_id") ?? 0
        contactedOn = r.string("contacted_on") ?? ""
        kind = ContactKind(rawValue: r.string("kind") ?? "") ?? .other
        note = r.string("note") ?? ""
        followUpOn = r.string("follow_up_on")
        followUpDoneOn = r.string("follow_up_done_on")
        createdBy = r.string("created_by") ?? ""
    }
}

/// A new contact-log entry as typed; dates are ISO (`2026-11-23`), `contactedOn` nil = today.
public struct ContactLogDraft: Equatable, Sendable {
    public var contactedOn: String?
    public var kind: ContactKind
    public var note: String
    public var followUpOn: String?

    public init(contactedOn: String? = nil, kind: ContactKind = .call, note: String = "", followUpOn: String? = nil) {
        self.contactedOn = contactedOn; self.kind = kind; self.note = note; self.followUpOn = followUpOn
    }
}

/// A follow-up that is due, with the association it belongs to.
public struct DueFollowUp: Equatable, Sendable {
    public let entry: ContactLogEntry
    public let associationName: String
}

public enum ContactLogError: Error, Equatable, Sendable {
    case noSuchAssociation
    case badDate(String)
    case followUpBeforeContact
    case noSuchEntry

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .noSuchAssociation: return l["directory.error.no_such_association"]
        case .badDate(let text): return l["directory.log.bad_date_example", text]
        case .followUpBeforeContact: return l["directory.log.follow_up_before"]
        case .noSuchEntry: return l["directory.log.entry_gone"]
        }
    }
}

extension DirectoryStore {
    static let logColumns = "id, association_id, contacted_on, kind, note, follow_up_on, follow_up_done_on, created_by"

    /// Adds a contact-log entry (today when no date is given) and returns it.
    @discardableResult
    public func addContact(to associationID: Int64, _ draft: ContactLogDraft) throws -> ContactLogEntry {
        let on = draft.contactedOn ?? today
        guard Self.isRealDate(on) else { throw ContactLogError.badDate(on) }
        if let f = draft.followUpOn {
            guard Self.isRealDate(f) else { throw ContactLogError.badDate(f) }
            guard f >= on else { throw ContactLogError.followUpBeforeContact }
        }
        let id = Store.newID()
        try db.write {
            guard try db.scalarInt("SELECT count(*) FROM associations WHERE id = ?", associationID) == 1 else {
                throw ContactLogError.noSuchAssociation
            }
            try db.run("""
                INSERT INTO contact_log(id, association_id, contacted_on, kind, note, follow_up_on, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, id, associationID, on, draft.kind.rawValue, draft.note.trimmingCharacters(in: .whitespacesAndNewlines),
                draft.followUpOn, Timestamp.iso(store.clock.now()), Self.osUser)
        }
        guard let row = try db.queryOne("SELECT \(Self.logColumns) FROM contact_log WHERE id = ?", id) else {
            throw ContactLogError.noSuchAssociation
        }
        return ContactLogEntry(row: row)
    }

    /// The log of one association, newest first.
    public func contactLog(of associationID: Int64) throws -> [ContactLogEntry] {
        try db.query("SELECT \(Self.logColumns) FROM contact_log WHERE association_id = ? ORDER BY contacted_on DESC, created_at DESC",
                     associationID).map(ContactLogEntry.init(row:))
    }

    /// Marks a follow-up done today.
    public func markFollowUpDone(entryID: Int64) throws {
        try db.write {
            try db.run("UPDATE contact_log SET follow_up_done_on = ? WHERE id = ? AND follow_up_on IS NOT NULL", today, entryID)
        }
    }

    /// Follow-ups due today or earlier and not done, oldest first.
    public func dueFollowUps() throws -> [DueFollowUp] { try followUps(until: today) }

    /// Open follow-ups due on or before `until` (ISO date; overdue ones included), oldest first.
    public func followUps(until: String) throws -> [DueFollowUp] {
        try db.query("""
            SELECT c.id, c.association_id, c.contacted_on, c.kind, c.note, c.follow_up_on, c.follow_up_done_on, c.created_by,
                   a.name AS association_name
            FROM contact_log c JOIN associations a ON a.id = c.association_id
            WHERE c.follow_up_on IS NOT NULL AND c.follow_up_done_on IS NULL AND c.follow_up_on <= ?
            ORDER BY c.follow_up_on, a.name_key, c.id
            """, until).map { DueFollowUp(entry: ContactLogEntry(row: $0), associationName: $0.string("association_name") ?? "") }
    }

    static func isRealDate(_ iso: String) -> Bool { CivilDate(iso: iso) != nil }

    /// The operating-system user, recorded with each entry.
    static var osUser: String { ProcessInfo.processInfo.environment["USER"] ?? "" }
}
