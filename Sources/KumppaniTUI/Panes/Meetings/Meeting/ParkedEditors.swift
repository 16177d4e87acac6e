import Kumppani

/// The editors of the open item's fields that were left (Tab, Shift-Tab, Esc), kept with their
/// undo history so that coming back to a field can still undo what was typed there, as forms do.
/// Holds one item's fields at a time: opening another item drops them, and closing the meeting
/// drops them with its `MeetingScreen`.
///
/// Parking happens only when a field is left, never per key; a parked editor shares its
/// paragraphs with the one shown (copy-on-write), and `take` removes it so the editor it becomes
/// owns its text alone and the next key copies nothing.
struct ParkedEditors {
    private(set) var itemID: Int64?
    private var editors: [ItemField: TextEditor] = [:]

    var isEmpty: Bool { editors.isEmpty }

    mutating func park(_ editor: TextEditor, field: ItemField, itemID: Int64) {
        if self.itemID != itemID { drop() }
        self.itemID = itemID
        editors[field] = editor
    }

    /// The editor left in `field` of `itemID`, when it still shows `text` (what the file holds
    /// now); nil when there is none or the text changed meanwhile (another window wrote it).
    mutating func take(field: ItemField, itemID: Int64, text: String) -> TextEditor? {
        guard self.itemID == itemID else { drop(); return nil }
        guard let editor = editors.removeValue(forKey: field), editor.text == text else { return nil }
        return editor
    }

    mutating func drop() {
        editors = [:]
        itemID = nil
    }
}

extension MeetingScreen {
    /// Keeps the editor of the field being left, with its undo history, for when it is opened again.
    mutating func parkEditor() {
        guard let save = autosave else { return }
        parkedEditors.park(editor, field: save.field, itemID: save.itemID)
    }
}
