import Kumppani

extension ActionID {
    /// The answer of the conflict dialog over any grant form (application, round, report, appeal).
    static let grantsConflict: ActionID = "grants.conflict"
}

/// Two windows on one file: the pipeline follows the other window's saves, and its forms never
/// overwrite them (or bring back what was deleted) without asking. The asking and the answer are
/// the form's `EditSession`; this only says how each form shows its values and builds its fresh form.
extension GrantsPane {
    /// Another window committed: re-read rounds, boards and the open application, keeping the
    /// selected application by id. An open form stays as typed; its save checks for a conflict.
    public mutating func externalChange(context: inout PaneContext) {
        let keep = screen == .board ? currentApplicationID : nil
        reload(context: &context)
        if let keep { follow(keep) }
    }

    /// Opens the dialog of the conflict the open form's save just met; codes and ids show as the form shows them.
    mutating func showConflict(context: inout PaneContext) {
        guard let session = editor?.session else { return }
        let l = context.l, language = context.language
        let grants = GrantStore(store: context.store), directory = DirectoryStore(store: context.store)
        let request: DialogRequest?
        switch session {
        case .newRow:
            request = nil
        case .application(let s):
            request = s.conflictDialog(l: l, action: .grantsConflict) { label, value in
                // The applicant is stored as an id: show the association's name.
                guard label == "grants.field.applicant", let id = Int64(value.dropFirst()) else { return value }
                return (try? directory.association(id))??.name ?? value
            }
        case .round(let s):
            let types = (try? grants.categories("grant_type", language: language)) ?? []
            let bodies = (try? grants.bodies()) ?? []
            request = s.conflictDialog(l: l, action: .grantsConflict) { label, value in
                switch label {
                case "grants.field.grant_type": return types.first { $0.code == value }?.label ?? value
                case "grants.field.body": return bodies.first { "#\($0.id)" == value }?.name ?? value
                default: return value
                }
            }
        case .report(let s):
            let groups = (try? grants.categories("target_group", language: language)) ?? []
            request = s.conflictDialog(l: l, action: .grantsConflict, label: { key in
                // A figure's label names its target group, as the form's field does.
                guard let figure = GrantReport.figureLabel(key) else { return l[key] }
                return l[figure.key, groups.first { $0.code == figure.groupCode }?.label ?? figure.groupCode]
            })
        case .appeal(let s):
            request = s.conflictDialog(l: l, action: .grantsConflict)
        }
        if let request { context.open(request) }
    }

    mutating func resolveConflict(_ answer: String?, context: inout PaneContext) {
        guard var e = editor, e.session.hasConflict else { return }
        let ctx = context
        let grants = GrantStore(store: ctx.store)
        let step: ConflictStep
        switch e.session {
        case .newRow:
            return
        case .application(var s):
            step = s.answer(answer) { stored in
                let name = try DirectoryStore(store: ctx.store).association(stored.associationID)?.name ?? ""
                return GrantsForms.application(stored, applicantName: name, groups: try grants.categories("target_group", language: ctx.language),
                                               criteria: try grants.criteria(roundID: stored.roundID),
                                               scores: try grants.scores(applicationID: stored.id), context: ctx)
            }
            // Back to the form: it now edits the stored version.
            if case .stay = step, let stored = s.base {
                e.kind = .application(id: stored.id, roundID: stored.roundID, associationID: stored.associationID)
            }
            e.session = .application(s)
        case .round(var s):
            step = s.answer(answer) { stored in
                GrantsForms.round(stored, types: try grants.categories("grant_type", language: ctx.language), bodies: try grants.bodies(), context: ctx)
            }
            e.session = .round(s)
        case .report(var s):
            guard case .report(let applicationID, let groups) = e.kind else { return }
            step = s.answer(answer) { stored in
                var d = try ApplicationDetail.load(store: ctx.store, applicationID: applicationID, today: ctx.today, language: ctx.language)
                d.report = stored
                return GrantsForms.report(d, groups: groups, context: ctx)
            }
            e.session = .report(s)
        case .appeal(var s):
            step = s.answer(answer) { stored in GrantsForms.appeal(stored, context: ctx) }
            e.session = .appeal(s)
        }
        editor = e
        switch step {
        case .saveAgain:
            submit(e, context: &context)
            if editor == nil { context.post(context.l["sync.kept_mine"]) }
        case .close:
            editor = nil
            reload(context: &context)
        case .stay:
            break
        }
        if let message = step.message(context.l) { context.post(message) }
    }
}
