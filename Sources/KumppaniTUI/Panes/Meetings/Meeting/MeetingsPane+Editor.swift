import Foundation
import Kumppani

/// The multi-line editor over one item field of the open meeting, and its autosave.
extension MeetingsPane {
    func beginEditing(_ field: ItemField, context: inout PaneContext) {
        guard let open = meetingScreen, open.currentItem != nil else { return }
        let field = open.shown(field)   // its Swedish twin while the Swedish texts are shown
        let m = open.meeting
        if m.status.isReadOnly { context.post(context.l["meetings.pane.read_only"], kind: .error); return }
        if m.status.isLocked { context.post(context.l["meetings.pane.locked_edit"], kind: .error); return }
        flushEditor(context: &context)
        guard meetingScreen?.autosave?.conflict == nil else { askAboutMinutesConflict(context: &context); return }
        guard let item = currentItem else { return }
        // The file's text, not the cached one: another window may have saved it a moment ago.
        let text = ((try? store(context).storedText(itemID: item.id, field: field)) ?? nil) ?? item.text(field)
        // An empty decision shows the proposal as a dimmed suggestion; nothing is written until
        // the secretary accepts it (Ctrl-O) or types (issue 13: moving focus never writes).
        let placeholder = open.decisionSuggestion(for: field, item: item).map { context.l["text.suggestion.editor", $0] }
            ?? context.l["meetings.placeholder.\(field.rawValue)"]
        let (area, drawing) = (context.area, context.drawing)
        meetingScreen?.startEditing(field, of: item, text: text, placeholder: placeholder, area: area, context: drawing)
    }

    /// Lays the editor out again when the pane's area changed since it was laid out.
    func layOutEditor(context: PaneContext, force: Bool = false) {
        let (area, drawing) = (context.area, context.drawing)
        meetingScreen?.layOutEditor(area: area, context: drawing, force: force)
    }

    /// Writes the editor's text if it changed; called on every tick and whenever a field is left.
    func flushEditor(context: inout PaneContext) {
        // Clean (the usual tick between keys): nothing to write, so do not even build the text.
        // (No copy of the screen is held here: the writes below then change its lists in place.)
        guard var save = meetingScreen?.autosave, let revision = meetingScreen?.editor.revision, save.isDirty(revision: revision) else { return }
        guard save.conflict == nil else { return }   // paused until the user chooses
        let text = meetingScreen?.editor.text ?? ""
        if let message = save.flush(text: text, revision: revision, store: store(context), language: context.language) {
            context.post(message, kind: .error)
        }
        meetingScreen?.autosave = save
        if save.conflict != nil { askAboutMinutesConflict(context: &context); return }
        meetingScreen?.setCached(save.field, text, itemID: save.itemID)
    }

    func stopEditing(context: inout PaneContext) {
        flushEditor(context: &context)
        // Leaving now would lose the text the file refused: ask first.
        guard meetingScreen?.autosave?.conflict == nil else { askAboutMinutesConflict(context: &context); return }
        meetingScreen?.parkEditor()
        meetingScreen?.autosave = nil
        meetingScreen?.input = .none
    }

    /// Writes and closes the editor before the meeting's screen is left. False while a write the
    /// file refused waits for the user's choice (its dialog is open): leaving would lose the text.
    func closeEditorBeforeLeaving(context: inout PaneContext) -> Bool {
        flushEditor(context: &context)
        guard input == .editor else { return meetingScreen?.autosave?.conflict == nil }
        stopEditing(context: &context)
        return input != .editor
    }

    func handleEditor(_ event: Event, context: inout PaneContext) -> PaneResult {
        layOutEditor(context: context)
        let conflict = meetingScreen?.autosave?.conflict != nil
        switch event {
        case .key(.escape):
            stopEditing(context: &context)
            return .handled
        case .key(.tab), .key(.backTab):
            if conflict { askAboutMinutesConflict(context: &context); return .handled }
            // Tab forward, Shift-Tab back; both wrap around.
            let fields = meetingScreen?.editorFields ?? []
            guard !fields.isEmpty else { return .handled }
            let step = event == .key(.tab) ? 1 : -1
            let current = meetingScreen?.autosave.flatMap { fields.firstIndex(of: $0.field) } ?? (step > 0 ? -1 : 0)
            beginEditing(fields[(current + step + fields.count) % fields.count], context: &context)
            return .handled
        case .key(.ctrl("o")):
            acceptDecisionSuggestion(context: &context)
            return .handled
        case .key(.ctrl("s")), .key(.function(2)):
            saveEditorNow(context: &context)
            return .handled
        case .key(.ctrl("r")):
            toggleSwedish(context: &context)
            return .handled
        case .key(.ctrl("t")):
            let stamp = MeetingFormat.clockStamp(context.now, language: context.language) + " "
            _ = meetingScreen?.editor.handle(.paste(stamp))
            return .handled
        case .key(.ctrl("n")), .key(.ctrl("p")):
            if conflict { askAboutMinutesConflict(context: &context); return .handled }
            let field = meetingScreen?.autosave?.field ?? .discussion
            stopEditing(context: &context)
            move(event == .key(.ctrl("n")) ? 1 : -1, context: &context)
            beginEditing(field, context: &context)
            return .handled
        default:
            let result = meetingScreen?.editor.handle(event) ?? .ignored
            return result == .ignored ? .ignored : .handled
        }
    }

    /// Ctrl-S/F2: writes now (the autosave would at the next tick) and says so, as forms do;
    /// the editor stays open. A refused write says why instead (its own message or dialog).
    func saveEditorNow(context: inout PaneContext) {
        flushEditor(context: &context)
        guard let save = meetingScreen?.autosave, save.conflict == nil, save.lastError == nil else { return }
        context.post(context.l[meetingScreen?.mode == .agenda ? "meetings.pane.agenda_saved" : "meetings.pane.minutes_saved"])
    }

    /// Ctrl-O in the decision editor: the suggestion becomes the text, as one undoable edit that
    /// the autosave writes like typing. Anything already typed is kept (the key does nothing).
    func acceptDecisionSuggestion(context: inout PaneContext) {
        guard let proposal = meetingScreen.flatMap({ open in
            open.currentItem.flatMap { open.editingField == .decision && open.editor.isEmpty ? open.decisionSuggestion(for: .decision, item: $0) : nil }
        }) else { return }
        _ = meetingScreen?.editor.handle(.paste(proposal))
        flushEditor(context: &context)
        context.post(context.l["meetings.pane.suggestion_accepted"])
    }
}

/// The editor's state changes that need nothing but the open meeting.
extension MeetingScreen {
    /// Opens the editor over `field` of `item` with `text`, the cursor at the end.
    /// A field left earlier comes back with its undo history and cursor (`ParkedEditors`).
    mutating func startEditing(_ field: ItemField, of item: AgendaItem, text: String, placeholder: String, area: Rect, context: DrawContext) {
        parkEditor()
        let kept = parkedEditors.take(field: field, itemID: item.id, text: text)
        editor = kept ?? TextEditor(text: text, placeholder: placeholder)
        editor.placeholder = placeholder
        autosave = MinutesAutosave(itemID: item.id, field: field, savedRevision: editor.revision, baseText: text)
        input = .editor
        layOutEditor(area: area, context: context, force: true)
        if kept == nil { editor.moveCursor(to: TextPosition(paragraph: Int.max / 2, offset: Int.max / 2)) }
    }

    /// The item list's copy of a field the autosave wrote (or took from the file).
    mutating func setCached(_ field: ItemField, _ text: String, itemID: Int64) {
        if let i = items.firstIndex(where: { $0.id == itemID }) { items[i].setText(field, text) }
    }
}
