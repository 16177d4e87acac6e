import Kumppani

extension ActionID {
    /// The answer of the conflict dialog over the round form.
    static let grantsRoundConflict: ActionID = "grants.round_conflict"
}

/// Two windows on one file: the round form never overwrites another window's save of the
/// round (or brings back a deleted one) without asking.
extension GrantsPane {
    mutating func showRoundConflict(_ conflict: RoundConflict, context: inout PaneContext) {
        editor?.roundConflict = conflict
        let grants = GrantStore(store: context.store)
        let types = (try? grants.categories("grant_type", language: context.language)) ?? []
        let bodies = (try? grants.bodies()) ?? []
        context.open(ConflictDialog.request(conflict, l: context.l, action: .grantsRoundConflict,
                                            choices: ConflictDialog.choices(for: conflict)) { label, value in
            // Codes and ids as the form shows them: the grant type's and the body's names.
            switch label {
            case "grants.field.grant_type": return types.first { $0.code == value }?.label ?? value
            case "grants.field.body": return bodies.first { "#\($0.id)" == value }?.name ?? value
            default: return value
            }
        })
    }

    mutating func resolveRoundConflict(_ answer: String?, context: inout PaneContext) {
        guard var e = editor, let conflict = e.roundConflict else { return }
        e.roundConflict = nil
        editor = e
        switch ConflictDialog.choice(answer: answer, choices: ConflictDialog.choices(for: conflict)) {
        case .keepMine?:
            // Overwrite exactly the version the user was shown; a third change asks again.
            e.roundBase = conflict.stored
            editor = e
            submit(e, context: &context)
            if editor == nil { context.post(context.l["sync.kept_mine"]) }
        case .takeTheirs?:
            editor = nil
            reload(context: &context)
            context.post(ConflictDialog.closedMessage(conflict, l: context.l))
        case .backToForm?:
            if let stored = conflict.stored {
                let grants = GrantStore(store: context.store)
                if let fresh = try? GrantsForms.round(stored, types: grants.categories("grant_type", language: context.language),
                                                      bodies: grants.bodies(), context: context) {
                    e.form.rebase(onto: fresh)
                    e.roundBase = stored
                    editor = e
                }
            }
            context.post(ConflictDialog.backMessage(conflict, l: context.l))
        case nil: break
        }
    }
}
