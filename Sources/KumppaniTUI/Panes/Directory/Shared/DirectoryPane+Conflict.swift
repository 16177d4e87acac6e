import Kumppani

extension ActionID {
    /// The answer of the conflict dialog over any directory form (association, activity, role).
    static let directoryConflict: ActionID = "directory.conflict"
}

/// Two windows on one file: the directory follows the other window's saves, and its forms
/// never overwrite them (or bring back what was deleted) without asking. The asking and the
/// answer are the forms' `EditSession`s; this only says what each form's save and fresh form are.
extension DirectoryPane {
    /// Another window committed: re-read the list and the detail, keeping the selected
    /// association. An open form stays as typed; its save checks for a conflict.
    public func externalChange(context: inout PaneContext) {
        reload(context: context, keeping: selectedID)
    }

    /// Opens the conflict dialog of a session whose save was just refused.
    func askAboutConflict(_ session: some FormSession, context: inout PaneContext) {
        if let request = session.pendingDialog(l: context.l, action: .directoryConflict) { context.open(request) }
    }

    func resolveConflict(_ answer: String?, context: inout PaneContext) -> PaneResult {
        let step: ConflictStep
        switch overlay {
        case .form(var state)? where state.session.hasConflict:
            step = state.session.answerPending(answer)
            overlay = .form(state)
            if step == .saveAgain { saveForm(&state, context: &context) }
        case .activity(var state)? where state.session.hasConflict:
            step = state.session.answerPending(answer)
            overlay = .activity(state)
            if step == .saveAgain { saveActivity(&state, context: &context) }
        case .log(var state)? where state.session.hasConflict:
            step = state.session.answerPending(answer)
            overlay = .log(state)
            if step == .saveAgain { saveLogEntry(&state, context: &context) }
        case .person(var state)? where state.session.hasConflict:
            step = state.session.answerPending(answer)
            overlay = .person(state)
            if step == .saveAgain { savePerson(&state, askedAboutSimilar: true, context: &context) }
        default:
            return .ignored
        }
        switch step {
        case .saveAgain:
            if overlay == nil { context.post(context.l["sync.kept_mine"]) }
        case .close(let deleted):
            // The form closes and the detail shows the file.
            overlay = nil
            if deleted { home.detail.selectedItem = nil }
            reload(context: context, keeping: selectedID)
        case .stay:
            break
        }
        if let message = step.message(context.l) { context.post(message) }
        return .handled
    }
}
