import Kumppani

extension ActionID {
    /// The answers of the conflict dialogs over the report and appeal forms.
    static let grantsReportConflict: ActionID = "grants.report_conflict"
    static let grantsAppealConflict: ActionID = "grants.appeal_conflict"
}

/// Two windows on one file: the use-of-grant report and the appeal form never overwrite
/// another window's save without asking.
extension GrantsPane {
    static var reportSlot: FormConflictSlot<GrantReport> { FormConflictSlot(base: \.reportBase, pending: \.reportConflict, action: .grantsReportConflict) }
    static var appealSlot: FormConflictSlot<GrantAppeal> { FormConflictSlot(base: \.appealBase, pending: \.appealConflict, action: .grantsAppealConflict) }

    mutating func showReportConflict(_ conflict: ReportConflict, context: inout PaneContext) {
        let l = context.l
        let groups = (try? GrantStore(store: context.store).categories("target_group", language: context.language)) ?? []
        showFormConflict(conflict, Self.reportSlot, context: &context, label: { key in
            // A figure's label names its target group, as the form's field does.
            guard let figure = GrantReport.figureLabel(key) else { return l[key] }
            return l[figure.key, groups.first { $0.code == figure.groupCode }?.label ?? figure.groupCode]
        })
    }

    mutating func resolveReportConflict(_ answer: String?, context: inout PaneContext) {
        guard case .report(let applicationID, let groups)? = editor?.kind else { return }
        resolveFormConflict(answer, Self.reportSlot, context: &context) { stored, ctx in
            var d = try ApplicationDetail.load(store: ctx.store, applicationID: applicationID, today: ctx.today, language: ctx.language)
            d.report = stored
            return GrantsForms.report(d, groups: groups, context: ctx)
        }
    }

    mutating func showAppealConflict(_ conflict: AppealConflict, context: inout PaneContext) {
        showFormConflict(conflict, Self.appealSlot, context: &context)
    }

    mutating func resolveAppealConflict(_ answer: String?, context: inout PaneContext) {
        resolveFormConflict(answer, Self.appealSlot, context: &context) { stored, ctx in GrantsForms.appeal(stored, context: ctx) }
    }
}
