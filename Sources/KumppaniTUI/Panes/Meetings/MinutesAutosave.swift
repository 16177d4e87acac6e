import Kumppani

/// Which item field the open editor writes to, and what of it is already in the file.
///
/// The editor never waits for the disk: keys only change the editor; `idle` (every tick) and
/// leaving the field write the text when its revision moved since the last write. A write is
/// one UPDATE in one short transaction (~0.2 ms), so a kill loses at most the last tick.
///
/// Two windows: each write first checks that the stored text is still `baseText` (what this
/// editor loaded or last wrote). When another window changed it, nothing is written, the
/// autosave pauses (`conflict`) and the pane asks which version stays.
struct MinutesAutosave {
    var itemID: Int64
    var field: ItemField
    /// The editor revision last written (or loaded).
    var savedRevision: Int
    /// The text as this editor last read or wrote it.
    var baseText: String
    /// Set when a write failed; the text stays in the editor and is tried again next tick.
    var lastError: String?
    /// Set when another window changed the text: no more writes until the user chooses.
    var conflict: ItemTextConflict?

    func isDirty(revision: Int) -> Bool { revision != savedRevision }

    /// Writes the text when dirty. Returns an error message to show, or nil.
    mutating func flush(text: String, revision: Int, store: MeetingStore, language: Language) -> String? {
        guard isDirty(revision: revision), conflict == nil else { return nil }
        do {
            try store.save(ItemEdit(itemID: itemID, field: field, text: text), expecting: baseText)
            savedRevision = revision
            baseText = text
            lastError = nil
            return nil
        } catch let found as ItemTextConflict {
            conflict = found
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
