import Foundation

/// The minutes text check: the autosave of one window must not overwrite what another saved.
public typealias ItemTextConflict = EditConflict<ItemText>

extension MeetingStore {
    /// The text of one item field as stored now; nil when the item is gone.
    public func storedText(itemID: Int64, field: ItemField) throws -> String? {
        try db.queryOne("SELECT \(field.column) AS text FROM agenda_items WHERE id = ?", itemID).map { $0.string("text") ?? "" }
    }

    /// Writes `edit` only when the stored text is still `base` (what the editor loaded or last
    /// wrote); otherwise throws `ItemTextConflict` and writes nothing. Compare and write happen
    /// in one write transaction, so no other window can commit in between.
    public func save(_ edit: ItemEdit, expecting base: String) throws {
        try db.write {
            // The usual case, nothing changed elsewhere: SQLite compares the stored bytes with
            // `base` in place, instead of reading the whole text (100 KB for 30 pages) into a
            // String and comparing it as Unicode on every autosave.
            let unchanged = try db.scalarInt("SELECT \(edit.field.column) = ? FROM agenda_items WHERE id = ?",
                                             base, edit.itemID)
            if unchanged == 1 { try save([edit]); return }
            let stored = try storedText(itemID: edit.itemID, field: edit.field)
            try ItemTextConflict.check(id: edit.itemID, base: ItemText(field: edit.field, text: base),
                                       stored: stored.map { ItemText(field: edit.field, text: $0) },
                                       mine: ItemText(field: edit.field, text: edit.text))
            try save([edit])
        }
    }
}
