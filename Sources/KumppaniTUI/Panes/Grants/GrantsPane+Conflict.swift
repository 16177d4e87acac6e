import Kumppani

extension ActionID {
    /// The answer of the conflict dialog over the application form.
    static let grantsConflict: ActionID = "grants.conflict"
}

/// Two windows on one file: the pipeline follows the other window's saves, and the
/// application form never overwrites them without asking.
extension GrantsPane {
    /// Another window committed: re-read rounds, boards and the open application, keeping the
    /// selected application by id. An open form stays as typed; its save checks for a conflict.
    public mutating func externalChange(context: inout PaneContext) {
        let keep = screen == .board ? currentApplicationID : nil
        reload(context: &context)
        if let keep { follow(keep) }
    }

    mutating func showConflict(_ conflict: ApplicationConflict, context: inout PaneContext) {
        editor?.conflict = conflict
        let directory = DirectoryStore(store: context.store)
        context.open(ConflictDialog.request(conflict, l: context.l, action: .grantsConflict,
                                            choices: ConflictDialog.choices(for: conflict)) { label, value in
            // The applicant is stored as an id: show the association's name.
            guard label == "grants.field.applicant", let id = Int64(value.dropFirst()) else { return value }
            return (try? directory.association(id))??.name ?? value
        })
    }

    mutating func resolveConflict(_ answer: String?, context: inout PaneContext) {
        guard var e = editor, let conflict = e.conflict else { return }
        e.conflict = nil
        editor = e
        guard let choice = ConflictDialog.choice(answer: answer, choices: ConflictDialog.choices(for: conflict)) else { return }
        guard let stored = conflict.stored else {
            // Deleted meanwhile: the typed form stays until the user discards it.
            if choice == .takeTheirs { editor = nil; reload(context: &context) }
            context.post(choice == .takeTheirs ? ConflictDialog.closedMessage(conflict, l: context.l)
                                               : ConflictDialog.backMessage(conflict, l: context.l))
            return
        }
        switch choice {
        case .keepMine:
            // Overwrite exactly the version the user was shown; a third change asks again.
            e.base = stored
            editor = e
            submit(e, context: &context)
            if editor == nil { context.post(context.l["sync.kept_mine"]) }
        case .takeTheirs:
            editor = nil
            reload(context: &context)
            context.post(context.l["sync.took_theirs"])
        case .backToForm:
            do {
                try rebuildForm(e, conflict: conflict, stored: stored, context: context)
                context.post(context.l["sync.back_to_form"])
            } catch {
                context.post(GrantsPane.message(error, context.language), kind: .error)
            }
        }
    }

    /// The form again, with the other window's values in the fields the user did not change
    /// and the typed scores kept; saving it now compares against the stored version.
    private mutating func rebuildForm(_ e: GrantEditor, conflict: ApplicationConflict, stored: GrantApplication,
                                      context: PaneContext) throws {
        let merged = Self.merged(base: conflict.base, stored: stored, mine: conflict.mine)
        let grants = GrantStore(store: context.store)
        let directory = DirectoryStore(store: context.store)
        func form(_ app: GrantApplication) throws -> Form {
            let name = try directory.association(app.associationID)?.name ?? ""
            return GrantsForms.application(app, applicantName: name, groups: try grants.categories("target_group", language: context.language),
                                           criteria: try grants.criteria(roundID: app.roundID),
                                           scores: try grants.scores(applicationID: app.id), context: context)
        }
        var next = try form(merged)
        next.initialValues = try form(stored).initialValues
        for (i, field) in next.fields.enumerated() where field.key.hasPrefix("score:") {
            if let typed = e.form.fields.first(where: { $0.key == field.key }) { next.fields[i] = typed }
        }
        var rebuilt = e
        rebuilt.form = next
        rebuilt.base = stored
        rebuilt.kind = .application(id: stored.id, roundID: stored.roundID, associationID: merged.associationID)
        editor = rebuilt
    }

    /// The stored application with the user's own changes (fields where `mine` differs from `base`).
    static func merged(base: GrantApplication, stored: GrantApplication, mine: GrantApplication) -> GrantApplication {
        var out = stored
        func take<T: Equatable>(_ path: WritableKeyPath<GrantApplication, T>) {
            if mine[keyPath: path] != base[keyPath: path] { out[keyPath: path] = mine[keyPath: path] }
        }
        take(\.associationID); take(\.purpose); take(\.requestedCents); take(\.otherFundingCents); take(\.otherFundingText)
        take(\.receivedOn); take(\.preparer); take(\.proposedCents); take(\.reasoning); take(\.targetGroups)
        return out
    }
}
