import Kumppani

extension ActionID {
    /// The answer of the minutes conflict dialog.
    static let meetingsConflict: ActionID = "meetings.conflict"
}

/// Two windows on one file (the secretary in one, the coordinator in the other): the meeting
/// follows the other window's saves, and the autosave never overwrites them: its write is a
/// `PromptSession` like the pane's other edits, asked about in the same dialog.
extension MeetingsPane {
    /// Another window committed: re-read the lists and the open meeting. An editor with
    /// nothing unsaved shows the other window's text; one with typed text keeps it (its
    /// autosave has already checked, and paused on a conflict).
    public func externalChange(context: inout PaneContext) {
        reloadList(context: &context)
        if meeting != nil { reloadMeeting(context: &context) }
        if input == .editor { layOutEditor(context: context, force: true) }   // the other rows may have changed
        guard input == .editor, var save = autosave, save.conflict == nil, !save.isDirty(revision: editor.revision),
              let stored = (try? store(context).storedText(itemID: save.itemID, field: save.field)) ?? nil,
              stored != save.baseText else { return }
        replaceEditorText(with: stored)
        save.baseText = stored
        save.savedRevision = editor.revision
        autosave = save
    }

    /// The editor with `text`: a cursor at the end stays at the end (the usual place while
    /// minutes are written), any other is kept where it was as far as the text allows.
    func replaceEditorText(with text: String) {
        let end = TextPosition(paragraph: Int.max / 2, offset: Int.max / 2)
        var probe = editor
        probe.moveCursor(to: end)
        let cursor = editor.cursor == probe.cursor ? end : editor.cursor
        editor = TextEditor(text: text, placeholder: editor.placeholder)
        editor.setViewport(width: editorRect.width, height: editorRect.height)
        editor.moveCursor(to: cursor)
    }

    func askAboutMinutesConflict(context: inout PaneContext) {
        guard let request = autosave?.session.dialog(l: context.l, action: .meetingsConflict) else { return }
        if let error = autosave?.lastError { context.post(error, kind: .error) }
        context.open(request)
    }

    /// Keep mine writes the editor's text over the version shown; take theirs puts the stored
    /// text in the editor. The item deleted meanwhile keeps the text on screen and says so.
    func resolveMinutesConflict(_ answer: String?, context: inout PaneContext) {
        guard var save = autosave, let stored = save.conflict.map({ $0.stored }) else { return }
        guard let stored else {
            context.post(context.l["meetings.pane.error", context.l["sync.conflict.deleted"]], kind: .error)
            return
        }
        let step = save.session.answer(answer)
        switch step {
        case .saveAgain:
            save.lastError = nil
            autosave = save
            flushEditor(context: &context)
            if autosave?.conflict == nil && autosave?.lastError == nil { context.post(context.l["sync.kept_mine"]) }
        case .close:
            replaceEditorText(with: stored.text)
            save.lastError = nil
            save.baseText = stored.text
            save.savedRevision = editor.revision
            autosave = save
            if let i = items.firstIndex(where: { $0.id == save.itemID }) { Self.set(save.field, stored.text, in: &items[i]) }
            if let message = step.message(context.l) { context.post(message) }
        case .stay:
            break
        }
    }
}
