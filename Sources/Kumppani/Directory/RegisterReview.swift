import Foundation

/// One difference the register (YTJ) shows for a known association, waiting for the coordinator.
public struct RegisterReviewEntry: Equatable, Sendable {
    public let id: Int64
    public let associationID: Int64
    public let associationName: String
    /// The association's column: name, street, postal_code, city, municipality_code, website, register_ended_on.
    public let field: String
    public let currentValue: String
    public let registerValue: String

    public func fieldName(_ language: Language) -> String { L(language)["ytj.field." + field] }
}

public enum RegisterReviewError: Error, Equatable, Sendable {
    case noSuchEntry
    public func message(_ language: Language) -> String { L(language)["ytj.review.gone"] }
}

/// The review list: accepting writes the register's value into the association (a replaced name
/// becomes a former name); rejecting keeps the coordinator's value, and the import will not
/// propose that value again. Nothing is overwritten without one of these.
extension DirectoryStore {
    public func openRegisterReview() throws -> [RegisterReviewEntry] {
        try db.query("""
            SELECT r.id, r.association_id, a.name, r.field, r.current_value, r.register_value
            FROM register_review r JOIN associations a ON a.id = r.association_id
            WHERE r.decision IS NULL ORDER BY a.name_key, r.association_id, r.field
            """).compactMap { row in
            guard let id = row.int64("id"), let association = row.int64("association_id") else { return nil }
            return RegisterReviewEntry(id: id, associationID: association, associationName: row.string("name") ?? "",
                                       field: row.string("field") ?? "", currentValue: row.string("current_value") ?? "",
                                       registerValue: row.string("register_value") ?? "")
        }
    }

    public func acceptRegisterValue(_ entryID: Int64) throws {
        try db.write {
            guard let row = try db.queryOne("SELECT * FROM register_review WHERE id = ? AND decision IS NULL", entryID),
                  let association = row.int64("association_id"), let field = row.string("field"),
                  YTJImport.reviewed.contains(field), let value = row.string("register_value") else {
                throw RegisterReviewError.noSuchEntry
            }
            let stamp = Timestamp.iso(store.clock.now())
            if field == "name" {
                if let old = try db.queryOne("SELECT name FROM associations WHERE id = ?", association)?.string("name"), old != value {
                    try db.run("INSERT OR IGNORE INTO association_former_names(association_id, name) VALUES (?, ?)", association, old)
                }
                try db.run("UPDATE associations SET name = ?, name_key = ?, updated_at = ? WHERE id = ?",
                           value, FinnishCollation.sortKey(value), stamp, association)
            } else if field == "register_ended_on" {
                // The record has ended in the register: the association is marked with the date.
                try db.run("UPDATE associations SET register_ended_on = ?, updated_at = ? WHERE id = ?", value, stamp, association)
            } else {
                // `field` is one of the fixed column names checked above, never text from a file.
                try db.run("UPDATE associations SET \(field) = ?, updated_at = ? WHERE id = ?", value, stamp, association)
            }
            try db.run("UPDATE register_review SET decision = 'accepted', decided_at = ? WHERE id = ?", stamp, entryID)
        }
    }

    public func rejectRegisterValue(_ entryID: Int64) throws {
        try db.write {
            let stamp = Timestamp.iso(store.clock.now())
            try db.run("UPDATE register_review SET decision = 'rejected', decided_at = ? WHERE id = ? AND decision IS NULL", stamp, entryID)
            guard db.changes > 0 else { throw RegisterReviewError.noSuchEntry }
        }
    }

    /// The date the association's register record ended, when it has.
    public func registerEndedOn(_ associationID: Int64) throws -> String? {
        try db.queryOne("SELECT register_ended_on FROM associations WHERE id = ?", associationID)?.string("register_ended_on")
    }

    /// Former registered names, newest first.
    public func formerNames(_ associationID: Int64) throws -> [String] {
        try db.query("SELECT name FROM association_former_names WHERE association_id = ? ORDER BY ended_on DESC, name", associationID)
            .compactMap { $0.string("name") }
    }
}
