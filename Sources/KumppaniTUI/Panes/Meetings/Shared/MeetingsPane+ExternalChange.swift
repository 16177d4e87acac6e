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
        reloadMeeting(context: &context)
        if input == .editor { layOutEditor(context: context, force: true) }   // the other rows may have changed
        guard input == .editor, let open = meetingScreen, var save = open.autosave, save.conflict == nil,
              !save.isDirty(revision: open.editor.revision),
              let stored = (try? store(context).storedText(itemID: save.itemID, field: save.field)) ?? nil,
              stored != save.baseText else { return }
        meetingScreen?.replaceEditorText(with: stored)
        save.baseText = stored
        save.savedRevision = meetingScreen?.editor.revision ?? save.savedRevision
        meetingScreen?.autosave = save
    }

    func askAboutMinutesConflict(context: inout PaneContext) {
        guard let autosave = meetingScreen?.autosave, let request = autosave.session.dialog(l: context.l, action: .meetingsConflict) else { return }
        if let error = autosave.lastError { context.post(error, kind: .error) }
        context.open(request)
    }

    /// Keep mine writes the editor's text over the version shown; take theirs puts the stored
    /// text in the editor. The item deleted meanwhile keeps the text on screen and says so.
    func resolveMinutesConflict(_ answer: String?, context: inout PaneContext) {
        guard var save = meetingScreen?.autosave, let stored = save.conflict.map({ $0.stored }) else { return }
        guard let stored else {
            context.post(context.l["meetings.pane.error", context.l["sync.conflict.deleted"]], kind: .error)
            return
        }
        let step = save.session.answer(answer)
        switch step {
        case .saveAgain:
            save.lastError = nil
            meetingScreen?.autosave = save
            flushEditor(context: &context)
            if meetingScreen?.autosave?.conflict == nil && meetingScreen?.autosave?.lastError == nil { context.post(context.l["sync.kept_mine"]) }
        case .close:
            meetingScreen?.replaceEditorText(with: stored.text)
            save.lastError = nil
            save.baseText = stored.text
            save.savedRevision = meetingScreen?.editor.revision ?? save.savedRevision
            meetingScreen?.autosave = save
            meetingScreen?.setCached(save.field, stored.text, itemID: save.itemID)
            if let message = step.message(context.l) { context.post(message) }
        case .stay:
            break
        }
    }
}
