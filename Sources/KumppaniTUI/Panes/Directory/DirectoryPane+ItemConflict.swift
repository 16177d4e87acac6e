import Kumppani

extension ActionID {
    /// The answer of the conflict dialog over the activity or role form.
    static let directoryItemConflict: ActionID = "directory.item_conflict"
}

/// Two windows on one file: the activity and role forms never overwrite another window's
/// save (or bring back what it deleted) without asking.
extension DirectoryPane {
    func askAboutItemConflict<R>(_ conflict: EditConflict<R>, context: inout PaneContext) {
        context.open(ConflictDialog.request(conflict, l: context.l, action: .directoryItemConflict,
                                            choices: ConflictDialog.choices(for: conflict)))
    }

    func resolveItemConflict(_ answer: String?, context: inout PaneContext) -> PaneResult {
        switch overlay {
        case .activity(var state)?:
            guard let conflict = state.conflict else { return .ignored }
            state.conflict = nil
            overlay = .activity(state)
            switch ConflictDialog.choice(answer: answer, choices: ConflictDialog.choices(for: conflict)) {
            case .keepMine?:
                // Overwrite exactly the version the user was shown; a third change asks again.
                state.base = conflict.stored
                saveActivity(&state, context: &context)
                if overlay == nil { context.post(context.l["sync.kept_mine"]) }
            case .takeTheirs?: closeAfterConflict(conflict, context: &context)
            case .backToForm?:
                if let stored = conflict.stored {
                    let fresh = ActivityFormState(draft: stored, associationID: state.associationID, editingID: state.editingID,
                                                  people: detail?.people ?? [], directory: directory(context), language: context.language)
                    state.form.rebase(onto: fresh.form)
                    state.base = stored
                }
                overlay = .activity(state)
                context.post(ConflictDialog.backMessage(conflict, l: context.l))
            case nil: break
            }
        case .person(var state)?:
            guard let conflict = state.conflict else { return .ignored }
            state.conflict = nil
            overlay = .person(state)
            switch ConflictDialog.choice(answer: answer, choices: ConflictDialog.choices(for: conflict)) {
            case .keepMine?:
                state.base = conflict.stored
                savePerson(&state, askedAboutSimilar: true, context: &context)
                if overlay == nil { context.post(context.l["sync.kept_mine"]) }
            case .takeTheirs?: closeAfterConflict(conflict, context: &context)
            case .backToForm?:
                if let stored = conflict.stored {
                    let fresh = PersonFormState(draft: stored, associationID: state.associationID, editingID: state.editingID,
                                                today: context.today, language: context.language)
                    state.form.rebase(onto: fresh.form)
                    state.base = stored
                }
                overlay = .person(state)
                context.post(ConflictDialog.backMessage(conflict, l: context.l))
            case nil: break
            }
        default:
            return .ignored
        }
        return .handled
    }

    /// "Take theirs" (or, for a deleted record, "discard"): the form closes, the detail shows the file.
    private func closeAfterConflict<R>(_ conflict: EditConflict<R>, context: inout PaneContext) {
        overlay = nil
        if conflict.stored == nil { selectedItem = nil }
        reload(context: context, keeping: selectedID)
        context.post(ConflictDialog.closedMessage(conflict, l: context.l))
    }
}
