import Foundation

/// The directory's own lines in the append-only audit trail (`audit_log`): contact-log edits and
/// deletions, association merges and their undoing. The grant and minutes tables write theirs by
/// trigger; these are written by the store inside the same write transaction as the change.
enum DirectoryAudit {
    /// Appends one line; `changes` are `field: old → new` (or `field: value`, `field: *` for free text).
    static func record(_ store: Store, entity: String, id: Int64, action: String, changes: [String]) throws {
        try store.database.run("""
            INSERT INTO audit_log(at, os_user, entity, entity_id, action, summary) VALUES (?, ?, ?, ?, ?, ?)
            """, Timestamp.iso(store.clock.now()), OSUser.current(), entity, id, action,
            changes.map(clean).joined(separator: "; "))
    }

    /// A value as the summary can hold it (its separators replaced, as the triggers do).
    static func clean(_ text: String) -> String {
        text.replacingOccurrences(of: ";", with: ",").replacingOccurrences(of: "\n", with: " ")
    }

    static func change(_ field: String, _ old: String?, _ new: String?) -> String? {
        guard old != new else { return nil }
        return "\(field): \(clean(old ?? "–")) → \(clean(new ?? "–"))"
    }
}
