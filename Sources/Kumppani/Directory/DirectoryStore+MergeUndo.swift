import Foundation

/// Undoing a merge: the removed association comes back with its own values, the rows the merge
/// moved go back to it, and the kept association's fields the merge set return to what they were.
/// Refused, writing nothing, when the kept association's merged fields were changed since.
extension DirectoryStore {
    /// The merges into `associationID` (newest first), undone ones included.
    public func merges(into associationID: Int64) throws -> [AssociationMergeRecord] {
        try db.query("""
            SELECT id, merged_at, kept_id, removed_id, removed_name, undone_at FROM association_merges
            WHERE kept_id = ? ORDER BY merged_at DESC, rowid DESC
            """, associationID).map(Self.mergeRecord)
    }

    static func mergeRecord(_ r: Row) -> AssociationMergeRecord {
        AssociationMergeRecord(id: r.int64("id") ?? 0, mergedAt: r.string("merged_at") ?? "", keptID: r.int64("kept_id") ?? 0,
                               removedID: r.int64("removed_id") ?? 0, removedName: r.string("removed_name") ?? "",
                               isUndone: !r.isNull("undone_at"))
    }

    /// Undoes merge `mergeID`; returns the removed association's id (it exists again).
    @discardableResult
    public func undoMerge(_ mergeID: Int64) throws -> Int64 {
        try db.write {
            guard let record = try db.queryOne("SELECT * FROM association_merges WHERE id = ?", mergeID),
                  let json = record.string("undo_data"),
                  let undo = try? JSONDecoder().decode(MergeUndoData.self, from: Data(json.utf8)) else {
                throw MergeUndoError.noSuchMerge
            }
            guard record.isNull("undone_at") else { throw MergeUndoError.alreadyUndone }
            let keep = record.int64("kept_id") ?? 0, remove = record.int64("removed_id") ?? 0
            guard let kept = try associationRow(keep) else { throw MergeUndoError.keptGone }
            let changed = undo.keptAfter.filter { kept.value($0.key) != $0.value.value }.map(\.key)
            if !changed.isEmpty {
                let labels = MergeField.all.filter { changed.contains($0.column) }.map(\.labelKey)
                throw MergeUndoError.keptChanged(labels.isEmpty ? ["directory.merge.undo.other_fields"] : labels)
            }
            guard try associationRow(remove) == nil else { throw MergeUndoError.removedIDTaken }

            // The kept one's fields first: that frees a Y-tunnus the merge gave it.
            for (column, value) in undo.keptBefore.sorted(by: { $0.key < $1.key }) {
                try db.run("UPDATE associations SET \(sqlName(column)) = ? WHERE id = ?", value.value, keep)
            }
            if case .text(let businessID)? = undo.removedRow["business_id"],
               try db.scalarInt("SELECT count(*) FROM associations WHERE business_id = ?", businessID) ?? 0 > 0 {
                throw MergeUndoError.businessIDTaken(businessID)
            }
            try insert("associations", undo.removedRow)
            for moved in undo.moved {
                let keys = moved.key.keys.sorted()
                let match = keys.map { "\(sqlName($0)) IS ?" }.joined(separator: " AND ")
                // A row deleted or moved elsewhere since stays as it is now.
                try db.run("UPDATE OR IGNORE \(sqlName(moved.table)) SET \(sqlName(moved.column)) = ? WHERE \(match) AND \(sqlName(moved.column)) = ?",
                           [remove] + keys.map { moved.key[$0]?.value ?? .null } + [keep])
            }
            for dropped in undo.dropped { try insert(dropped.table, dropped.row, orIgnore: true) }
            let now = Timestamp.iso(store.clock.now())
            try db.run("UPDATE association_merges SET undone_at = ? WHERE id = ?", now, mergeID)
            try db.run("UPDATE associations SET updated_at = ? WHERE id = ?", now, keep)
            try DirectoryAudit.record(store, entity: "association", id: keep, action: "merge_undo",
                                      changes: ["restored: \(record.string("removed_name") ?? "")", "restored_id: \(remove)",
                                                "merge_id: \(mergeID)"])
            return remove
        }
    }

    /// Inserts a row held in undo data (columns the table no longer has are left out).
    private func insert(_ table: String, _ row: [String: StoredValue], orIgnore: Bool = false) throws {
        let existing = Set(try db.query("SELECT name FROM pragma_table_info(?)", table).compactMap { $0.string("name") })
        let columns = row.keys.filter(existing.contains).sorted()
        guard !columns.isEmpty else { return }
        try db.run("""
            INSERT \(orIgnore ? "OR IGNORE " : "")INTO \(sqlName(table))(\(columns.map(sqlName).joined(separator: ", ")))
            VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
            """, columns.map { row[$0]?.value ?? .null })
    }
}
