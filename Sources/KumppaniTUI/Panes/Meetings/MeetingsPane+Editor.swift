import Foundation
import Kumppani

/// The multi-line editor over one item field, and its autosave.
extension MeetingsPane {
    static func text(of item: AgendaItem, _ field: ItemField) -> String {
        switch field {
        case .title: return item.title
        case .preparer: return item.preparer
        case .background: return item.background
        case .proposal: return item.proposal
        case .discussion: return item.discussion
        case .decision: return item.decision
        case .dissent: return item.dissent
        case .voteNames: return item.voteNames
        case .counterProposals: return item.counterProposalsText
        }
    }

    static func set(_ field: ItemField, _ text: String, in item: inout AgendaItem) {
        switch field {
        case .title: item.title = text
        case .preparer: item.preparer = text
        case .background: item.background = text
        case .proposal: item.proposal = text
        case .discussion: item.discussion = text
        case .decision: item.decision = text
        case .dissent: item.dissent = text
        case .voteNames: item.voteNames = text
        case .counterProposals: item.counterProposalsText = text
        }
    }

    var editingField: ItemField? { input == .editor ? autosave?.field : nil }

    func beginEditing(_ field: ItemField, context: inout PaneContext) {
        guard currentItem != nil, let m = meeting else { return }
        if m.status.isReadOnly { context.post(context.l["meetings.pane.read_only"], kind: .error); return }
        flushEditor(context: &context)
        guard autosave?.conflict == nil else { askAboutMinutesConflict(context: &context); return }
        // Only the decision being written starts from the proposal: items paged past stay empty.
        if field == .decision, screen == .live { prefillCurrentDecision(context: &context) }
        guard let item = currentItem else { return }
        // The file's text, not the cached one: another window may have saved it a moment ago.
        let text = ((try? store(context).storedText(itemID: item.id, field: field)) ?? nil) ?? Self.text(of: item, field)
        editor = TextEditor(text: text, placeholder: context.l["meetings.placeholder.\(field.rawValue)"])
        editor.setViewport(width: editorRect.width, height: editorRect.height)
        editor.moveCursor(to: TextPosition(paragraph: Int.max / 2, offset: Int.max / 2))
        autosave = MinutesAutosave(itemID: item.id, field: field, savedRevision: editor.revision, baseText: text)
        input = .editor
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
    var editorFields: [ItemField] { screen == .live ? [.discussion, .decision, .dissent] : [.background, .proposal] }

    func handleEditor(_ event: Event, context: inout PaneContext) -> PaneResult {
        editor.setViewport(width: editorRect.width, height: editorRect.height)
        switch event {
        case .key(.escape):
            stopEditing(context: &context)
            return .handled
        case .key(.tab):
            if autosave?.conflict != nil { askAboutMinutesConflict(context: &context); return .handled }
            let fields = editorFields
            let next = fields[((autosave.flatMap { fields.firstIndex(of: $0.field) } ?? -1) + 1) % fields.count]
            beginEditing(next, context: &context)
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

    /// A decision starts as the proposal when the secretary starts writing it, so a decision
    /// "as proposed" needs no typing at all.
    func prefillCurrentDecision(context: inout PaneContext) {
        guard let item = currentItem, meeting?.status == .inSession, item.decision.isEmpty, !item.proposal.isEmpty else { return }
        if attempt(&context, { try $0.prefillDecision(itemID: item.id) }) { items[itemIndex].decision = item.proposal }
    }
}
