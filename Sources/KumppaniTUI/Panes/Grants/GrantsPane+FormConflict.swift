import Kumppani

/// Where a form keeps what it opened with and a refused save waiting for the user's answer,
/// and the action that answer comes back as: one per form on `GrantEditor`.
struct FormConflictSlot<Record: ConflictComparable> {
    let base: WritableKeyPath<GrantEditor, Record?>
    let pending: WritableKeyPath<GrantEditor, EditConflict<Record>?>
    let action: ActionID
}

/// The conflict dialog for the grant forms whose answer needs no merging beyond `Form.rebase`
/// (round, report, appeal): shown over the form, answered by `resolveFormConflict`.
extension GrantsPane {
    mutating func showFormConflict<R>(_ conflict: EditConflict<R>, _ slot: FormConflictSlot<R>, context: inout PaneContext,
                                      display: (String, String) -> String = { _, value in value },
                                      label: ((String) -> String)? = nil) {
        editor?[keyPath: slot.pending] = conflict
        context.open(ConflictDialog.request(conflict, l: context.l, action: slot.action, choices: ConflictDialog.choices(for: conflict),
                                            display: display, label: label))
    }

    /// Keep mine saves over exactly the version the user was shown (a third change asks again);
    /// take theirs closes the form; back to the form keeps what was typed on top of the stored
    /// version (`fresh` builds the form from it). A deleted record is never brought back: its
    /// form stays as typed until the user discards it.
    mutating func resolveFormConflict<R>(_ answer: String?, _ slot: FormConflictSlot<R>, context: inout PaneContext,
                                         fresh: (R, PaneContext) throws -> Form) {
        guard var e = editor, let conflict = e[keyPath: slot.pending] else { return }
        e[keyPath: slot.pending] = nil
        editor = e
        switch ConflictDialog.choice(answer: answer, choices: ConflictDialog.choices(for: conflict)) {
        case .keepMine?:
            e[keyPath: slot.base] = conflict.stored
            editor = e
            submit(e, context: &context)
            if editor == nil { context.post(context.l["sync.kept_mine"]) }
        case .takeTheirs?:
            editor = nil
            reload(context: &context)
            context.post(ConflictDialog.closedMessage(conflict, l: context.l))
        case .backToForm?:
            if let stored = conflict.stored, let form = try? fresh(stored, context) {
                e.form.rebase(onto: form)
                e[keyPath: slot.base] = stored
                editor = e
            }
            context.post(ConflictDialog.backMessage(conflict, l: context.l))
        case nil: break
        }
    }
}
