import Foundation

/// The contact-log form's version check: a change saved or a deletion made meanwhile in
/// another window is not overwritten without asking.
public typealias ContactLogConflict = EditConflict<ContactLogDraft>

/// Editing and deleting a contact-log entry. Both are audited (`audit_log`, entity `contact_log`).
extension DirectoryStore {
    /// The form's starting values for an entry, with the association it belongs to.
    public func contactDraft(_ entryID: Int64) throws -> (associationID: Int64, draft: ContactLogDraft)? {
        guard let row = try db.queryOne("SELECT \(Self.logColumns) FROM contact_log WHERE id = ?", entryID) else { return nil }
        let e = ContactLogEntry(row: row)
        return (e.associationID, ContactLogDraft(contactedOn: e.contactedOn, kind: e.kind, note: e.note, followUpOn: e.followUpOn))
    }

    /// Saves the edited entry. With `base` (the values the form opened with) a change or deletion
    /// made meanwhile by another window throws `ContactLogConflict` and writes nothing.
    @discardableResult
    public func updateContact(_ entryID: Int64, _ draft: ContactLogDraft, expecting base: ContactLogDraft? = nil) throws -> ContactLogEntry {
        guard let on = draft.contactedOn, Self.isRealDate(on) else { throw ContactLogError.badDate(draft.contactedOn ?? "") }
        if let f = draft.followUpOn {
            guard Self.isRealDate(f) else { throw ContactLogError.badDate(f) }
            guard f >= on else { throw ContactLogError.followUpBeforeContact }
        }
        let note = draft.note.trimmingCharacters(in: .whitespacesAndNewlines)
        try db.write {
            let stored = try contactDraft(entryID)
            try ContactLogConflict.check(id: entryID, base: base, stored: stored?.draft, mine: draft)
            guard let old = stored?.draft else { throw ContactLogError.noSuchEntry }
            // A new follow-up date opens the follow-up again; the same date keeps its "done".
            let reopen = old.followUpOn != draft.followUpOn
            try db.run("""
                UPDATE contact_log SET contacted_on = ?, kind = ?, note = ?, follow_up_on = ?,
                    follow_up_done_on = CASE WHEN ? THEN NULL ELSE follow_up_done_on END
                WHERE id = ?
                """, on, draft.kind.rawValue, note, draft.followUpOn, reopen, entryID)
            let changes = [DirectoryAudit.change("contacted_on", old.contactedOn, on),
                           DirectoryAudit.change("kind", old.kind.rawValue, draft.kind.rawValue),
                           old.note == note ? nil : "note: *",
                           DirectoryAudit.change("follow_up_on", old.followUpOn, draft.followUpOn)].compactMap { $0 }
            try DirectoryAudit.record(store, entity: "contact_log", id: entryID, action: "update", changes: changes)
        }
        guard let row = try db.queryOne("SELECT \(Self.logColumns) FROM contact_log WHERE id = ?", entryID) else {
            throw ContactLogError.noSuchEntry
        }
        return ContactLogEntry(row: row)
    }

    /// Deletes an entry (audited with its date and kind, not its note). False when it was already gone.
    @discardableResult
    public func deleteContact(_ entryID: Int64) throws -> Bool {
        try db.write {
            guard let old = try contactDraft(entryID)?.draft else { return false }
            try db.run("DELETE FROM contact_log WHERE id = ?", entryID)
            try DirectoryAudit.record(store, entity: "contact_log", id: entryID, action: "delete",
                                      changes: ["contacted_on: \(old.contactedOn ?? "")", "kind: \(old.kind.rawValue)"]
                                        + (old.followUpOn.map { ["follow_up_on: \($0)"] } ?? []))
            return true
        }
    }
}
