import Kumppani

extension ActionID {
    /// The answer of the conflict dialog over any grant form (application, round, report, appeal).
    static let grantsConflict: ActionID = "grants.conflict"
}

/// Two windows on one file: the pipeline follows the other window's saves, and its forms never
/// overwrite them (or bring back what was deleted) without asking. The asking and the answer are
/// the form's `EditSession`; each form declares here how it is built from a stored record and
/// how its codes read in the dialog.
extension GrantsPane {
    /// Another window committed: re-read rounds, boards and the open application, keeping the
    /// selected application by id. An open form stays as typed; its save checks for a conflict.
    public mutating func externalChange(context: inout PaneContext) {
        let keep = screen.kind == .board ? currentApplicationID : nil
        reload(context: &context)
        if let keep { screen.follow(keep) }
    }

    /// Opens the dialog of the conflict the open form's save just met.
    func showConflict(context: inout PaneContext) {
        if let request = editor?.session.pendingDialog(l: context.l, action: .grantsConflict) { context.open(request) }
    }

    mutating func resolveConflict(_ answer: String?, context: inout PaneContext) {
        guard var e = editor, e.session.hasConflict else { return }
        let step = e.session.answerPending(answer)
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

    // MARK: The forms' declarations

    static func applicationForm(context ctx: PaneContext) -> EditForm<GrantApplication> {
        let grants = GrantStore(store: ctx.store), directory = DirectoryStore(store: ctx.store)
        return EditForm(build: { stored in
            let name = try directory.association(stored.associationID)?.name ?? ""
            return GrantsForms.application(stored, applicantName: name, groups: try grants.categories("target_group", language: ctx.language),
                                           criteria: try grants.criteria(roundID: stored.roundID),
                                           scores: try grants.scores(applicationID: stored.id), context: ctx)
        }, display: { label, value in
            // The applicant is stored as an id: show the association's name.
            guard label == "grants.field.applicant", let id = Int64(value.dropFirst()) else { return value }
            return (try? directory.association(id))??.name ?? value
        })
    }

    static func roundForm(context ctx: PaneContext) -> EditForm<GrantRound> {
        let grants = GrantStore(store: ctx.store)
        let types = (try? grants.categories("grant_type", language: ctx.language)) ?? []
        let bodies = (try? grants.bodies()) ?? []
        return EditForm(build: { stored in
            GrantsForms.round(stored, types: try grants.categories("grant_type", language: ctx.language), bodies: try grants.bodies(), context: ctx)
        }, display: { label, value in
            // Codes and ids as the form shows them: the grant type's and the body's names.
            switch label {
            case GrantRound.grantTypeField: return types.first { $0.code == value }?.label ?? value
            case GrantRound.bodyField: return bodies.first { "#\($0.id)" == value }?.name ?? value
            default: return value
            }
        })
    }

    static func reportForm(groups: [String], context ctx: PaneContext) -> EditForm<GrantReport> {
        let l = ctx.l
        let labels = (try? GrantStore(store: ctx.store).categories("target_group", language: ctx.language)) ?? []
        return EditForm(build: { stored in
            var d = try ApplicationDetail.load(store: ctx.store, applicationID: stored.applicationID, today: ctx.today, language: ctx.language)
            d.report = stored
            return GrantsForms.report(d, groups: groups, context: ctx)
        }, label: { key in
            // A figure's label names its target group, as the form's field does.
            guard let figure = GrantReport.figureLabel(key) else { return l[key] }
            return l[figure.key, labels.first { $0.code == figure.groupCode }?.label ?? figure.groupCode]
        })
    }

    static func appealForm(context ctx: PaneContext) -> EditForm<GrantAppeal> {
        EditForm(build: { stored in GrantsForms.appeal(stored, context: ctx) })
    }
}
