import Kumppani

extension ActionID {
    /// The answer of the conflict dialog over the association form.
    static let directoryConflict: ActionID = "directory.conflict"
}

/// Two windows on one file: the directory follows the other window's saves, and the edit form
/// never overwrites them without asking.
extension DirectoryPane {
    /// Another window committed: re-read the list and the detail, keeping the selected
    /// association. An open form stays as typed; its save checks for a conflict.
    public func externalChange(context: inout PaneContext) {
        reload(context: context, keeping: selectedID)
    }

    static func conflictChoices(_ conflict: AssociationConflict) -> [ConflictChoice] {
        conflict.stored == nil ? [.takeTheirs, .backToForm] : ConflictChoice.allCases
    }

    /// Keeps the form open and asks what to do.
    func showConflict(_ conflict: AssociationConflict, _ state: inout AssociationFormState, context: inout PaneContext) {
        state.conflict = conflict
        overlay = .form(state)
        context.open(ConflictDialog.request(conflict, l: context.l, action: .directoryConflict,
                                            choices: Self.conflictChoices(conflict)))
    }

    func resolveConflict(_ answer: String?, context: inout PaneContext) -> PaneResult {
        guard case .form(var state)? = overlay, let conflict = state.conflict else { return .ignored }
        state.conflict = nil
        guard let choice = ConflictDialog.choice(answer: answer, choices: Self.conflictChoices(conflict)) else {
            overlay = .form(state)
            return .handled
        }
        switch choice {
        case .keepMine:
            // Overwrite exactly the version the user was shown; a third change asks again.
            state.base = conflict.stored
            saveForm(&state, context: &context)
            if overlay == nil { context.post(context.l["sync.kept_mine"]) }
        case .takeTheirs:
            overlay = nil
            reload(context: context, keeping: state.editingID ?? selectedID)
            context.post(context.l["sync.took_theirs"])
        case .backToForm:
            guard let stored = conflict.stored else { overlay = .form(state); return .handled }
            // The fields the user did not touch take the other window's values; what they typed stays.
            let merged = Self.merged(base: conflict.base, stored: stored, mine: conflict.mine)
            let dir = directory(context)
            var next = AssociationFormState(draft: merged, editingID: state.editingID, directory: dir, language: context.language)
            next.form.initialValues = AssociationFormState(draft: stored, editingID: state.editingID, directory: dir,
                                                           language: context.language).form.initialValues
            next.base = stored
            next.warningShown = state.warningShown
            overlay = .form(next)
            context.post(context.l["sync.back_to_form"])
        }
        return .handled
    }

    /// The stored draft with the user's own changes (fields where `mine` differs from `base`).
    static func merged(base: AssociationDraft, stored: AssociationDraft, mine: AssociationDraft) -> AssociationDraft {
        var out = stored
        func take<T: Equatable>(_ path: WritableKeyPath<AssociationDraft, T>) {
            if mine[keyPath: path] != base[keyPath: path] { out[keyPath: path] = mine[keyPath: path] }
        }
        take(\.name); take(\.businessID); take(\.registerNumber); take(\.municipality); take(\.street)
        take(\.postalCode); take(\.city); take(\.email); take(\.phone); take(\.website); take(\.description)
        take(\.foundedYear); take(\.status); take(\.lahellaListed); take(\.targetGroups); take(\.activityKinds)
        return out
    }
}
