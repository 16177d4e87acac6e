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
    /// The merge's undo record (`undoMerge`).
    public var mergeID: Int64? = nil

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

    /// Moves everything of `remove` to `keep`, fills `keep`'s empty fields from it, and deletes
    /// `remove` (the merge without the side-by-side choice: the kept one's values win).
    public func merge(keep: Int64, remove: Int64) throws -> MergeSummary {
        guard keep != remove else { throw DirectoryEditError.mergeWithItself }
        guard let kept = try associationRow(keep), let removed = try associationRow(remove) else {
            throw DirectoryEditError.noSuchAssociation
        }
        let empty = MergeField.all.map(\.column).filter { column in
            Self.isEmptyValue(kept.value(column), column) && !Self.isEmptyValue(removed.value(column), column)
        }
        return try merge(keep: keep, remove: remove, takingFromRemoved: Set(empty))
    }

    /// Moves every reference to `remove` (activities, people's roles, contact log, grant
    /// applications, bookings, meeting items, categories, tags: every table whose foreign key
    /// points at an association) to `keep`, sets `keep`'s `takingFromRemoved` fields to `remove`'s
    /// values, joins the `offers_*` flags, and deletes `remove`. Audited, and kept for `undoMerge`.
    public func merge(keep: Int64, remove: Int64, takingFromRemoved columns: Set<String>) throws -> MergeSummary {
        guard keep != remove else { throw DirectoryEditError.mergeWithItself }
        return try db.write {
            guard let kept = try associationRow(keep), let removed = try associationRow(remove) else {
                throw DirectoryEditError.noSuchAssociation
            }
            let count = { (table: String) in
                Int(try db.scalarInt("SELECT count(*) FROM \(table) WHERE association_id = ?", remove) ?? 0)
            }
            let people = try count("affiliations"), activities = try count("activities")
            let log = try count("contact_log"), grants = try count("grant_applications")

            var undo = MergeUndoData(removedRow: removed.dictionary.mapValues(StoredValue.init), keptBefore: [:], keptAfter: [:],
                                     moved: [], dropped: [])
            // The same person in the same role only once.
            for row in try db.query("""
                SELECT * FROM affiliations WHERE association_id = ? AND EXISTS (SELECT 1 FROM affiliations k
                    WHERE k.association_id = ? AND k.person_id = affiliations.person_id AND k.kind = affiliations.kind)
                """, remove, keep) {
                undo.dropped.append(.init(table: "affiliations", row: row.dictionary.mapValues(StoredValue.init)))
                try db.run("DELETE FROM affiliations WHERE id = ?", row.int64("id"))
            }
            for reference in try associationReferences() {
                try move(reference, from: remove, to: keep, into: &undo)
            }

            // The chosen fields of the removed one; its Y-tunnus is freed first by deleting it.
            var changes: [String: DatabaseValue] = [:]
            for column in columns where MergeField.all.contains(where: { $0.column == column }) {
                if removed.value(column) != kept.value(column) { changes[column] = removed.value(column) }
            }
            for column in kept.columns where column.hasPrefix("offers_") {
                if removed.value(column) == .integer(1) && kept.value(column) != .integer(1) { changes[column] = .integer(1) }
            }
            if case .text(let name)? = changes["name"] { changes["name_key"] = .text(DirectoryRules.sortKey(name)) }
            for (column, value) in changes {
                undo.keptBefore[column] = StoredValue(kept.value(column))
                undo.keptAfter[column] = StoredValue(value)
            }
            try db.run("DELETE FROM associations WHERE id = ?", remove)
            let now = Timestamp.iso(store.clock.now())
            for (column, value) in changes.sorted(by: { $0.key < $1.key }) {
                try db.run("UPDATE associations SET \(sqlName(column)) = ? WHERE id = ?", value, keep)
            }
            try db.run("UPDATE associations SET updated_at = ? WHERE id = ?", now, keep)

            let json = String(decoding: try JSONEncoder().encode(undo), as: UTF8.self)
            let mergeID = Store.newID()
            let removedName = removed.string("name") ?? ""
            try db.run("""
                INSERT INTO association_merges(id, merged_at, os_user, kept_id, removed_id, removed_name, undo_data)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, mergeID, now, OSUser.current(), keep, remove, removedName, json)
            let taken = MergeField.all.filter { changes[$0.column] != nil }.map(\.column)
            try DirectoryAudit.record(store, entity: "association", id: keep, action: "merge",
                                      changes: ["kept: \(kept.string("name") ?? "")", "removed: \(removedName)",
                                                "removed_id: \(remove)", "merge_id: \(mergeID)"]
                                        + (taken.isEmpty ? [] : ["taken: " + taken.joined(separator: ", ")]))
            return MergeSummary(keptName: kept.string("name") ?? "", removedName: removedName, people: people,
                                activities: activities, logEntries: log, grants: grants, mergeID: mergeID)
        }
    }

    /// The side-by-side view's data: both associations' mergeable fields.
    public func mergeComparison(_ left: Int64, _ right: Int64) throws -> MergeComparison? {
        try db.read {
            guard let l = try association(left), let r = try association(right),
                  let lr = try associationRow(left), let rr = try associationRow(right) else { return nil }
            return MergeComparison(left: l, right: r, lines: MergeField.all.map {
                MergeComparison.Line(field: $0, left: lr.value($0.column), right: rr.value($0.column))
            })
        }
    }

    func associationRow(_ id: Int64) throws -> Row? {
        try db.queryOne("SELECT * FROM associations WHERE id = ?", id)
    }

    static func isEmptyValue(_ value: DatabaseValue, _ column: String) -> Bool {
        switch value {
        case .null: return true
        case .text(let s): return s.isEmpty
        case .integer(let i): return column == "lahella_listed" && i == 0
        default: return false
        }
    }

    /// Every (table, column) whose foreign key points at `associations(id)`, read from the
    /// schema, so a table added later (tags, bookings) moves with the rest.
    func associationReferences() throws -> [(table: String, column: String)] {
        try db.query("""
            SELECT m.name AS tbl, f."from" AS col FROM sqlite_master m, pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' AND f."table" = 'associations' ORDER BY m.name, f.id
            """).compactMap { r in r.string("tbl").flatMap { t in r.string("col").map { (t, $0) } } }
    }

    /// The table's key columns (`rowid` when it has no declared primary key).
    func keyColumns(_ table: String) throws -> [String] {
        let pk = try db.query("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", table).compactMap { $0.string("name") }
        return pk.isEmpty ? ["rowid"] : pk
    }

    /// Moves one table's references; a row the kept association already has (a unique key) is
    /// dropped and kept in the undo data.
    private func move(_ reference: (table: String, column: String), from remove: Int64, to keep: Int64,
                      into undo: inout MergeUndoData) throws {
        let (table, column) = reference
        let keys = try keyColumns(table)
        let select = keys == ["rowid"] ? "SELECT rowid AS rowid, *" : "SELECT *"
        let rows = try db.query("\(select) FROM \(sqlName(table)) WHERE \(sqlName(column)) = ?", remove)
        for row in rows {
            let match = keys.map { "\(sqlName($0)) IS ?" }.joined(separator: " AND ")
            let keyValues = keys.map { row.value($0) }
            try db.run("UPDATE OR IGNORE \(sqlName(table)) SET \(sqlName(column)) = ? WHERE \(match)", [keep] + keyValues)
            if db.changes == 1 {
                var key: [String: StoredValue] = [:]
                for k in keys { key[k] = StoredValue(k == column ? .integer(keep) : row.value(k)) }
                undo.moved.append(.init(table: table, column: column, key: key))
            } else {
                var full = row.dictionary
                if keys == ["rowid"] { full["rowid"] = nil }
                undo.dropped.append(.init(table: table, row: full.mapValues(StoredValue.init)))
                try db.run("DELETE FROM \(sqlName(table)) WHERE \(match)", keyValues)
            }
        }
    }
}
