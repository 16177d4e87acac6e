import Foundation

/// What deleting did. Financial records must stay, so an association with grants is dissolved.
public enum DeleteOutcome: Equatable, Sendable {
    case deleted(name: String)
    case dissolved(name: String, grants: Int)

    public func message(_ language: Language) -> String {
        switch self {
        case .deleted(let name): return L(language)["directory.delete.done", name]
        case .dissolved(let name, let grants): return L(language)["directory.delete.dissolved", name, grants]
        }
    }
}

/// What a merge moved to the association that was kept.
public struct MergeSummary: Equatable, Sendable {
    public let keptName: String
    public let removedName: String
    public let people, activities, logEntries, grants: Int

    public func message(_ language: Language) -> String {
        L(language)["directory.merge.done", removedName, keptName, people, activities, logEntries, grants]
    }
}

public enum DirectoryEditError: Error, Equatable, Sendable {
    case noSuchAssociation
    case mergeWithItself
    case noSuchActivity
    case noSuchRole

    public func message(_ language: Language) -> String {
        switch self {
        case .noSuchAssociation: return L(language)["directory.error.no_such_association"]
        case .mergeWithItself: return L(language)["directory.merge.same"]
        case .noSuchActivity: return L(language)["directory.error.no_such_activity"]
        case .noSuchRole: return L(language)["directory.error.no_such_role"]
        }
    }
}

extension DirectoryStore {
    /// The number of grant applications an association has (any stage).
    public func grantCount(of id: Int64) throws -> Int {
        Int(try db.scalarInt("SELECT count(*) FROM grant_applications WHERE association_id = ?", id) ?? 0)
    }

    /// Deletes an association with everything hanging on it, unless it has grants: then it is
    /// marked dissolved and kept with its financial records.
    public func deleteOrDissolve(_ id: Int64) throws -> DeleteOutcome {
        try db.write {
            guard let name = try db.scalarString("SELECT name FROM associations WHERE id = ?", id) else {
                throw DirectoryEditError.noSuchAssociation
            }
            let grants = try grantCount(of: id)
            if grants > 0 {
                try db.run("UPDATE associations SET status = 'dissolved', updated_at = ? WHERE id = ?",
                           Timestamp.iso(store.clock.now()), id)
                return .dissolved(name: name, grants: grants)
            }
            try db.run("DELETE FROM associations WHERE id = ?", id)
            return .deleted(name: name)
        }
    }

    /// Moves everything of `remove` (contacts, activities, log, grants, affiliations, meeting
    /// items, categories) to `keep`, fills `keep`'s empty fields from it, and deletes `remove`.
    public func merge(keep: Int64, remove: Int64) throws -> MergeSummary {
        guard keep != remove else { throw DirectoryEditError.mergeWithItself }
        return try db.write {
            guard let kept = try association(keep), let removed = try association(remove) else {
                throw DirectoryEditError.noSuchAssociation
            }
            let count = { (table: String) in
                Int(try db.scalarInt("SELECT count(*) FROM \(table) WHERE association_id = ?", remove) ?? 0)
            }
            let people = try count("affiliations"), activities = try count("activities")
            let log = try count("contact_log"), grants = try count("grant_applications")

            // The same person in the same role only once.
            try db.run("""
                DELETE FROM affiliations WHERE association_id = ? AND EXISTS (SELECT 1 FROM affiliations k
                    WHERE k.association_id = ? AND k.person_id = affiliations.person_id AND k.kind = affiliations.kind)
                """, remove, keep)
            for table in ["affiliations", "activities", "contact_log", "grant_applications"] {
                try db.run("UPDATE \(table) SET association_id = ? WHERE association_id = ?", keep, remove)
            }
            try db.run("UPDATE members SET represents_association_id = ? WHERE represents_association_id = ?", keep, remove)
            try db.run("""
                INSERT OR IGNORE INTO association_categories(association_id, list, code)
                SELECT ?, list, code FROM association_categories WHERE association_id = ?
                """, keep, remove)
            try db.run("""
                INSERT OR IGNORE INTO association_tags(association_id, tag_key, added_at)
                SELECT ?, tag_key, added_at FROM association_tags WHERE association_id = ?
                """, keep, remove)
            try db.run("""
                INSERT OR IGNORE INTO item_associations(item_id, association_id)
                SELECT item_id, ? FROM item_associations WHERE association_id = ?
                """, keep, remove)

            // Empty fields of the kept one are filled from the other (its Y-tunnus must be freed first).
            try db.run("UPDATE associations SET business_id = NULL WHERE id = ?", remove)
            let fill = { (column: String, value: String) in
                guard !value.isEmpty else { return }
                try db.run("UPDATE associations SET \(column) = ? WHERE id = ? AND (\(column) IS NULL OR \(column) = '')", value, keep)
            }
            try fill("business_id", removed.businessID ?? "")
            try fill("register_number", removed.registerNumber ?? "")
            try fill("municipality_code", removed.municipalityCode ?? "")
            for (column, value) in [("street", removed.street), ("postal_code", removed.postalCode), ("city", removed.city),
                                    ("email", removed.email), ("phone", removed.phone), ("website", removed.website),
                                    ("description", removed.description)] {
                try fill(column, value)
            }
            if kept.foundedYear == nil, let year = removed.foundedYear {
                try db.run("UPDATE associations SET founded_year = ? WHERE id = ?", year, keep)
            }
            if removed.lahellaListed { try db.run("UPDATE associations SET lahella_listed = 1 WHERE id = ?", keep) }
            try db.run("UPDATE associations SET updated_at = ? WHERE id = ?", Timestamp.iso(store.clock.now()), keep)
            try db.run("DELETE FROM associations WHERE id = ?", remove)
            return MergeSummary(keptName: kept.name, removedName: removed.name, people: people,
                                activities: activities, logEntries: log, grants: grants)
        }
    }
}
