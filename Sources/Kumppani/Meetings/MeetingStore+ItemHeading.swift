import Foundation

/// An agenda item's heading as the agenda editor's prompts write it: title, preparer and kind.
/// The minutes texts (discussion, decision …) are not part of it: the minutes editor owns them,
/// with its own check, and a heading save never writes them.
public struct ItemHeading: ConflictComparable {
    public var title: String
    public var preparer: String
    public var kind: ItemKind

    public init(title: String, preparer: String, kind: ItemKind) {
        self.title = title; self.preparer = preparer; self.kind = kind
    }

    /// The labels are the keys the agenda editor's prompts and key bar show.
    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        [("meetings.prompt.item_title", title), ("meetings.prompt.preparer", preparer),
         ("meetings.action.item_kind", L(language)["meetings.kind.\(kind.rawValue)"])]
    }
}

extension AgendaItem {
    public var heading: ItemHeading { ItemHeading(title: title, preparer: preparer, kind: kind) }
}

public typealias ItemHeadingConflict = EditConflict<ItemHeading>

extension MeetingStore {
    /// Writes an item's title, preparer and kind, and nothing else. With `base` (the heading the
    /// form opened with) the write happens only when the file still holds `base`; otherwise it
    /// throws `ItemHeadingConflict` (`stored` nil when the item was deleted) and writes nothing.
    /// Compare and write are in one write transaction, so no other window can commit between.
    public func updateItemHeading(itemID: Int64, to heading: ItemHeading, expecting base: ItemHeading? = nil) throws {
        var mine = heading
        mine.title = heading.title.trimmingCharacters(in: .whitespacesAndNewlines)
        mine.preparer = heading.preparer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !mine.title.isEmpty else { throw MeetingError.emptyText(field: "title") }
        try db.write {
            let stored = try item(itemID)?.heading
            // Both windows made the same change: nothing to ask about and nothing to write.
            if let stored, stored == mine { return }
            try ItemHeadingConflict.check(id: itemID, base: base, stored: stored, mine: mine)
            _ = try editableMeeting(ofItem: itemID)
            try db.run("UPDATE agenda_items SET title = ?, preparer = ?, kind = ?, updated_at = ? WHERE id = ?",
                       mine.title, mine.preparer, mine.kind.rawValue, now, itemID)
        }
    }
}
