import Foundation
import Kumppani

/// The multi-line editor over one item field, and its autosave.
extension MeetingsPane {
    static func text(of item: AgendaItem, _ field: ItemField) -> String { item.text(field) }

    static func set(_ field: ItemField, _ text: String, in item: inout AgendaItem) { item.setText(field, text) }

    var editingField: ItemField? { input == .editor ? autosave?.field : nil }

    func beginEditing(_ field: ItemField, context: inout PaneContext) {
        let field = shown(field)   // its Swedish twin while the Swedish texts are shown
        guard currentItem != nil, let m = meeting else { return }
        if m.status.isReadOnly { context.post(context.l["meetings.pane.read_only"], kind: .error); return }
        if m.status.isLocked { context.post(context.l["meetings.pane.locked_edit"], kind: .error); return }
        flushEditor(context: &context)
        guard autosave?.conflict == nil else { askAboutMinutesConflict(context: &context); return }
        guard let item = currentItem else { return }
        // The file's text, not the cached one: another window may have saved it a moment ago.
        let text = ((try? store(context).storedText(itemID: item.id, field: field)) ?? nil) ?? Self.text(of: item, field)
        // An empty decision shows the proposal as a dimmed suggestion; nothing is written until
        // the secretary accepts it (Ctrl-O) or types (issue 13: moving focus never writes).
        let placeholder = decisionSuggestion(for: field, item: item).map { context.l["text.suggestion.editor", $0] }
            ?? context.l["meetings.placeholder.\(field.rawValue)"]
        editor = TextEditor(text: text, placeholder: placeholder)
        autosave = MinutesAutosave(itemID: item.id, field: field, savedRevision: editor.revision, baseText: text)
        input = .editor
        layOutEditor(context: context, force: true)
        editor.moveCursor(to: TextPosition(paragraph: Int.max / 2, offset: Int.max / 2))
    }

    /// The editor's rect as the screen will draw it in the pane's area (`editorLayout`), kept
    /// for the keys that wrap and scroll. Laid out again when the field or the terminal changes.
    func layOutEditor(context: PaneContext, force: Bool = false) {
        guard force || editorLaidOutFor != context.area else { return }
        editorLaidOutFor = context.area
        editorRect = editorLayout(in: context.area, context: context.drawing) ?? editorRect
        editor.setViewport(width: editorRect.width, height: editorRect.height)
    }

    /// Writes the editor's text if it changed; called on every tick and whenever a field is left.
    func flushEditor(context: inout PaneContext) {
        // Clean (the usual tick between keys): nothing to write, so do not even build the text.
        guard var save = autosave, save.isDirty(revision: editor.revision) else { return }
        guard save.conflict == nil else { return }   // paused until the user chooses
        let text = editor.text
        if let message = save.flush(text: text, revision: editor.revision, store: store(context), language: context.language) {
            context.post(message, kind: .error)
        }
        autosave = save
        if save.conflict != nil { askAboutMinutesConflict(context: &context); return }
        if let i = items.firstIndex(where: { $0.id == save.itemID }) { Self.set(save.field, text, in: &items[i]) }
    }

    func stopEditing(context: inout PaneContext) {
        flushEditor(context: &context)
        // Leaving now would lose the text the file refused: ask first.
        guard autosave?.conflict == nil else { askAboutMinutesConflict(context: &context); return }
        autosave = nil
        input = .none
    }

    /// The fields Tab walks through on each screen.
    var editorFields: [ItemField] { screen == .live ? liveFields : agendaFields }

    func handleEditor(_ event: Event, context: inout PaneContext) -> PaneResult {
        layOutEditor(context: context)
        switch event {
        case .key(.escape):
            stopEditing(context: &context)
            return .handled
        case .key(.tab), .key(.backTab):
            if autosave?.conflict != nil { askAboutMinutesConflict(context: &context); return .handled }
            // Tab forward, Shift-Tab back; both wrap around.
            let fields = editorFields
            let step = event == .key(.tab) ? 1 : -1
            let current = autosave.flatMap { fields.firstIndex(of: $0.field) } ?? (step > 0 ? -1 : 0)
            beginEditing(fields[(current + step + fields.count) % fields.count], context: &context)
            return .handled
        case .key(.ctrl("o")):
            acceptDecisionSuggestion(context: &context)
            return .handled
        case .key(.ctrl("r")):
            toggleSwedish(context: &context)
            return .handled
        case .key(.ctrl("t")):
            _ = editor.handle(.paste(MeetingFormat.clockStamp(context.now, language: context.language) + " "))
            return .handled
        case .key(.ctrl("n")), .key(.ctrl("p")):
            if autosave?.conflict != nil { askAboutMinutesConflict(context: &context); return .handled }
            let field = autosave?.field ?? .discussion
            stopEditing(context: &context)
            move(event == .key(.ctrl("n")) ? 1 : -1, context: &context)
            beginEditing(field, context: &context)
            return .handled
        default:
            return editor.handle(event) == .ignored ? .ignored : .handled
        }
    }

    /// The proposal, when it is what an empty decision of the live minutes would say.
    func decisionSuggestion(for field: ItemField, item: AgendaItem) -> String? {
        guard field == .decision, screen == .live, item.decision.isEmpty, !item.proposal.isEmpty else { return nil }
        return item.proposal
    }

    /// Ctrl-O in the decision editor: the suggestion becomes the text, as one undoable edit that
    /// the autosave writes like typing. Anything already typed is kept (the key does nothing).
    func acceptDecisionSuggestion(context: inout PaneContext) {
        guard editingField == .decision, editor.isEmpty, let item = currentItem,
              let proposal = decisionSuggestion(for: .decision, item: item) else { return }
        _ = editor.handle(.paste(proposal))
        flushEditor(context: &context)
        context.post(context.l["meetings.pane.suggestion_accepted"])
    }
}
