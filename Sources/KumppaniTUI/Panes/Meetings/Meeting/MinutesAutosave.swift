import Kumppani

/// Which item field the open editor writes to, and what of it is already in the file.
///
/// The editor never waits for the disk: keys only change the editor; `idle` (every tick) and
/// leaving the field write the text when its revision moved since the last write. A write is
/// one UPDATE in one short transaction (~0.2 ms), so a kill loses at most the last tick.
///
/// Two windows: each write first checks that the stored text is still `baseText` (what this
/// editor loaded or last wrote, the base of its `PromptSession`). When another window changed
/// it, nothing is written, the autosave pauses (`conflict`) and the pane asks which version
/// stays, in the dialog every form shows.
struct MinutesAutosave {
    var itemID: Int64
    var field: ItemField
    /// The editor revision last written (or loaded).
    var savedRevision: Int
    /// The text as last read or written (base) and as typed; a refused write waits in it.
    var session: PromptSession<ItemText>
    /// Set when a write failed; the text stays in the editor and is tried again next tick.
    var lastError: String?

    init(itemID: Int64, field: ItemField, savedRevision: Int, baseText: String) {
        self.itemID = itemID; self.field = field; self.savedRevision = savedRevision
        session = PromptSession(base: ItemText(field: field, text: baseText), merge: RecordMerge(\.text))
    }

    /// The text as this editor last read or wrote it. Setting it starts again from that text.
    var baseText: String {
        get { session.base?.text ?? "" }
        set { session = PromptSession(base: ItemText(field: field, text: newValue), merge: session.merge) }
    }

    /// Set when another window changed the text: no more writes until the user chooses.
    var conflict: ItemTextConflict? { session.conflict }

    func isDirty(revision: Int) -> Bool { revision != savedRevision }

    /// Writes the text when dirty. Returns an error message to show, or nil.
    mutating func flush(text: String, revision: Int, store: MeetingStore, language: Language) -> String? {
        guard isDirty(revision: revision), conflict == nil else { return nil }
        session.mine = ItemText(field: field, text: text)
        let (id, field) = (itemID, field)
        do {
            if try session.save({ mine, base in
                try store.save(ItemEdit(itemID: id, field: field, text: mine.text), expecting: base?.text ?? "")
            }) {
                savedRevision = revision
                baseText = text
                lastError = nil
                return nil
            }
            lastError = L(language)["sync.minutes.paused", L(language)["meetings.field.\(field.rawValue)"]]
            return lastError
        } catch let error as MeetingError {
            // Approved minutes: keep the text on screen, say why it is not saved, stop retrying.
            savedRevision = revision
            lastError = error.message(language)
            return lastError
        } catch {
            let message = L(language)["meetings.pane.save_failed", "\(error)"]
            if lastError == message { return nil }
            lastError = message
            return message
        }
    }
}
