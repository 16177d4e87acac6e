import Foundation
import Kumppani

extension GrantsPane {
    /// The round the round-level keys act on.
    var currentRound: GrantRound? {
        if case .application(let s) = screen { return s.detail.round }
        return selectedRound
    }

    public mutating func perform(_ id: ActionID, argument: String?, context: inout PaneContext) -> PaneResult {
        // Not one of ours (the shell's search where this pane has none): the shell answers it.
        guard let action = GrantsAction(id) else { return .ignored }
        return perform(action, argument: argument, context: &context)
    }

    /// Every action, exhaustively (no `default`: a new action does not compile until it is handled).
    /// Dialog answers arrive here as text (`Pane.answer`): a path, a label, a conflict's row number,
    /// a confirmation's application id.
    mutating func perform(_ action: GrantsAction, argument: String?, context: inout PaneContext) -> PaneResult {
        let l = context.l
        switch action {
        case .open: open(context: &context)
        case .section: jumpToSection(context: &context)
        case .openApplication: openApplication(argument, context: &context)
        case .reopen: reopen(argument, context: &context)
        case .conflict: resolveConflict(argument, context: &context)
        case .back: return back()
        case .new:
            if screen.kind == .rounds { openRoundForm(nil, context: &context) } else { openApplicantPicker(context: &context) }
        case .edit:
            if screen.kind == .rounds {
                if let r = selectedRound { openRoundForm(r, context: &context) } else { context.post(l["grants.status.no_round"], kind: .error) }
            } else { withApplication(context: &context) { pane, id, ctx in try pane.openApplicationForm(id: id, context: &ctx) } }
        case .forward, .backward:
            withApplication(context: &context) { pane, id, ctx in
                let grants = GrantStore(store: ctx.store)
                let stage = action == .forward ? try grants.moveForward(applicationID: id) : try grants.moveBackward(applicationID: id)
                ctx.post(ctx.l["grants.status.moved", stage.label(ctx.language)])
                pane.reload(context: &ctx)
                pane.screen.follow(id)
            }
        case .decide: openDetailForm(context: &context) { d, pane, ctx in
            if d.snapshot.decision != nil { throw GrantProblem.backBlockedByDecision }
            if d.application.stage != .proposed { throw GrantProblem.decisionBeforeProposal(d.application.stage) }
            let sections = try DecisionSectionChoice.load(store: ctx.store, bodyID: d.round.decidingBodyID, roundID: d.round.id, openMinutesOnly: true)
            return GrantEditor(kind: .decision(applicationID: d.application.id, correcting: false, sections: sections), title: ctx.l["grants.form.decision"],
                               form: GrantsForms.decision(d, sections: sections, correcting: false, context: ctx))
        }
        case .correctDecision: openDetailForm(context: &context) { d, pane, ctx in
            if d.snapshot.decision == nil { throw GrantProblem.decisionMissing }
            let sections = try DecisionSectionChoice.load(store: ctx.store, bodyID: d.snapshot.decision?.bodyID ?? d.round.decidingBodyID, roundID: d.round.id, openMinutesOnly: false)
            return GrantEditor(kind: .decision(applicationID: d.application.id, correcting: true, sections: sections), title: ctx.l["grants.form.correct_decision"],
                               form: GrantsForms.decision(d, sections: sections, correcting: true, context: ctx))
        }
        case .pay: openDetailForm(context: &context) { d, _, ctx in
            if let p = StageRules.paymentProblem(amount: max(1, d.snapshot.grantedCents - d.snapshot.netPaidCents), d.snapshot) { throw p }
            return GrantEditor(kind: .payment(applicationID: d.application.id), title: ctx.l["grants.form.payment"], form: GrantsForms.payment(d, context: ctx))
        }
        case .correctPayment: openDetailForm(context: &context) { d, _, ctx in
            let originals = d.payments.filter { $0.correctsID == nil }
            if originals.isEmpty { throw GrantProblem.paymentMissing }
            return GrantEditor(kind: .paymentCorrection(applicationID: d.application.id, paymentIDs: originals.map(\.id)),
                               title: ctx.l["grants.form.correct_payment"], form: GrantsForms.paymentCorrection(d, originals: originals, context: ctx))
        }
        case .report: openDetailForm(context: &context) { d, _, ctx in
            if d.snapshot.decision == nil { throw GrantProblem.reportBeforeDecision }
            let groups = d.application.targetGroups.isEmpty ? try GrantStore(store: ctx.store).categories("target_group", language: ctx.language).map(\.code)
                                                            : d.application.targetGroups
            var e = GrantEditor(kind: .report(applicationID: d.application.id, groups: groups), title: ctx.l["grants.form.report"],
                                form: GrantsForms.report(d, groups: groups, context: ctx))
            e.edit(d.report ?? GrantReport(applicationID: d.application.id), Self.reportForm(groups: groups, context: ctx))
            return e
        }
        case .recovery: openDetailForm(context: &context) { d, _, ctx in
            if d.snapshot.netPaidCents - d.snapshot.recoveredCents <= 0 {
                throw GrantProblem.recoveryOverPaid(excess: 0, paid: d.snapshot.netPaidCents, alreadyRecovered: d.snapshot.recoveredCents)
            }
            return GrantEditor(kind: .recovery(applicationID: d.application.id), title: ctx.l["grants.form.recovery"], form: GrantsForms.recovery(d, context: ctx))
        }
        case .settle: openDetailForm(context: &context) { d, _, ctx in
            guard let open = d.recoveries.first(where: { $0.settledOn == nil }) else { throw GrantProblem.notFound }
            return GrantEditor(kind: .settle(recoveryID: open.id), title: ctx.l["grants.form.settle"], form: GrantsForms.settle(context: ctx))
        }
        case .appeal: openDetailForm(context: &context) { d, _, ctx in
            if d.snapshot.decision == nil { throw GrantProblem.decisionMissing }
            let last = d.appeals.last
            var e = GrantEditor(kind: .appeal(applicationID: d.application.id, id: last?.id), title: ctx.l["grants.form.appeal"],
                                form: GrantsForms.appeal(last, context: ctx))
            e.edit(last, Self.appealForm(context: ctx))
            return e
        }
        case .withdraw:
            withApplication(context: &context) { _, id, ctx in
                let name = try GrantStore(store: ctx.store).applications(roundID: nil).first { $0.id == id }?.associationName ?? ""
                ctx.open(DialogRequest(title: ctx.l["grants.action.withdraw"], kind: .confirm(message: ctx.l["grants.confirm.withdraw", name]),
                                       action: GrantsAction.withdrawConfirmed.id, argument: String(id)))
            }
        case .withdrawConfirmed:
            guard let id = argument.flatMap(Int64.init) else { return .ignored }
            attempt(context: &context) { pane, ctx in
                try GrantStore(store: ctx.store).withdraw(applicationID: id)
                ctx.post(ctx.l["grants.status.moved", GrantStage.withdrawn.label(ctx.language)])
                pane.reload(context: &ctx)
            }
        case .criterion:
            guard let r = currentRound else { context.post(l["grants.status.no_round"], kind: .error); return .handled }
            editor = GrantEditor(kind: .criterion(roundID: r.id), title: l["grants.form.criterion", r.name], form: GrantsForms.criterion(context: context))
        case .warnings, .conflicts:
            guard let r = currentRound else { context.post(l["grants.status.no_round"], kind: .error); return .handled }
            attempt(context: &context) { pane, ctx in
                pane.showList(action == .warnings
                    ? try GrantsSideLists.warnings(store: ctx.store, round: r, today: ctx.today, language: ctx.language)
                    : try GrantsSideLists.conflicts(store: ctx.store, round: r, today: ctx.today, language: ctx.language))
            }
        case .due:
            attempt(context: &context) { pane, ctx in
                pane.showList(try GrantsSideLists.due(store: ctx.store, today: ctx.today, language: ctx.language))
            }
        case .charts:
            let year = currentRound?.year ?? context.today.year
            attempt(context: &context) { pane, ctx in try pane.showCharts(year: year, context: ctx) }
        case .chartsPreviousYear, .chartsNextYear:
            // From anywhere: opens the charts one year before or after the one shown (or the round's).
            var shown = currentRound?.year ?? context.today.year
            if case .charts(let s) = screen { shown = s.charts.year }
            let year = shown + (action == .chartsNextYear ? 1 : -1)
            attempt(context: &context) { pane, ctx in try pane.showCharts(year: year, context: ctx) }
        case .export:
            guard let r = currentRound else { context.post(l["grants.status.no_round"], kind: .error); return .handled }
            context.open(DialogRequest(title: l["grants.action.export"], kind: .prompt(label: l["grants.export.prompt"], initial: "paatosluettelo.html"),
                                       action: GrantsAction.exportTo.id, argument: String(r.id)))
        case .exportTo:
            guard let r = currentRound, let path = argument?.trimmingCharacters(in: .whitespaces), !path.isEmpty else { return .handled }
            attempt(context: &context) { _, ctx in
                // In the deciding body's document language (both for a bilingual body), as
                // `kumppani export decisions` writes it, whatever the screen's language.
                let list = try DecisionList.build(store: ctx.store, roundID: r.id, language: ctx.language)
                let lower = path.lowercased()
                let format: DecisionList.Format = lower.hasSuffix(".md") ? .md : lower.hasSuffix(".csv") ? .csv : .html
                try ctx.writeDocument(try DecisionList.inBodyLanguage(store: ctx.store, roundID: r.id, format: format), path)
                ctx.post(ctx.l["grants.status.exported", list.lines.count, path])
            }
        case .addType:
            guard let label = argument?.trimmingCharacters(in: .whitespaces), !label.isEmpty else {
                context.open(DialogRequest(title: l["grants.action.add_type"], kind: .prompt(label: l["grants.add_type.prompt"], initial: ""),
                                           action: GrantsAction.addType.id))
                return .handled
            }
            attempt(context: &context) { _, ctx in
                let grants = GrantStore(store: ctx.store)
                let existing = Set(try grants.categories("grant_type", language: .fi).map(\.code))
                let base = String(SearchFolding.fold(label).map { $0.isLetter || $0.isNumber ? $0 : "_" })
                var code = base, n = 2
                while existing.contains(code) { code = "\(base)_\(n)"; n += 1 }
                try grants.addGrantType(code: code, fi: label, en: label)
                ctx.post(ctx.l["grants.status.type_added", label])
            }
        }
        return .handled
    }

    // MARK: Helpers

    /// Runs a body that may be refused; the refusal goes to the status line.
    mutating func attempt(context: inout PaneContext, _ body: (inout GrantsPane, inout PaneContext) throws -> Void) {
        do { try body(&self, &context) } catch { context.post(GrantsPane.message(error, context.language), kind: .error) }
    }

    mutating func withApplication(context: inout PaneContext, _ body: (inout GrantsPane, Int64, inout PaneContext) throws -> Void) {
        guard let id = currentApplicationID else { context.post(context.l["grants.status.no_application"], kind: .error); return }
        attempt(context: &context) { pane, ctx in try body(&pane, id, &ctx) }
    }

    /// Opens a form about the current application, loading it first.
    mutating func openDetailForm(context: inout PaneContext, _ make: (ApplicationDetail, GrantsPane, PaneContext) throws -> GrantEditor) {
        withApplication(context: &context) { pane, id, ctx in
            let d = try ApplicationDetail.load(store: ctx.store, applicationID: id, today: ctx.today, language: ctx.language)
            pane.editor = try make(d, pane, ctx)
        }
    }

    mutating func openRoundForm(_ r: GrantRound?, context: inout PaneContext) {
        attempt(context: &context) { pane, ctx in
            let grants = GrantStore(store: ctx.store)
            pane.editor = GrantEditor(kind: .round(id: r?.id), title: ctx.l[r == nil ? "grants.form.new_round" : "grants.form.edit_round"],
                                      form: GrantsForms.round(r, types: try grants.categories("grant_type", language: ctx.language),
                                                              bodies: try grants.bodies(), context: ctx))
            pane.editor?.edit(r, Self.roundForm(context: ctx))
        }
    }

    mutating func openApplicantPicker(context: inout PaneContext) {
        guard let r = currentRound else { context.post(context.l["grants.status.no_round"], kind: .error); return }
        attempt(context: &context) { pane, ctx in
            let applicants = try GrantStore(store: ctx.store).searchApplicants("", limit: Int.max)
            if applicants.isEmpty { throw GrantProblem.unknownAssociation }
            let items = applicants.map { [$0.name, $0.businessID, $0.municipality].filter { !$0.isEmpty }.joined(separator: " · ") }
            pane.picker = ApplicantPicker(roundID: r.id, applicants: applicants,
                                          dialog: PickerDialog(title: ctx.l["grants.picker.title"], items: items, language: ctx.language, box: ctx.boxStyle))
        }
    }

    mutating func openApplicationForm(id: Int64?, roundID: Int64? = nil, associationID: Int64? = nil, applicantName: String = "",
                                      context: inout PaneContext) throws {
        let grants = GrantStore(store: context.store)
        let app = try id.map { try grants.application(id: $0) }
        let round = roundID ?? app?.roundID ?? 0
        let name = try app.map { a in try grants.applications(roundID: a.roundID).first { $0.id == a.id }?.associationName ?? "" } ?? applicantName
        editor = GrantEditor(kind: .application(id: id, roundID: round, associationID: associationID ?? app?.associationID),
                             title: context.l[id == nil ? "grants.form.new_application" : "grants.form.edit_application"],
                             form: GrantsForms.application(app, applicantName: name, groups: try grants.categories("target_group", language: context.language),
                                                           criteria: try grants.criteria(roundID: round), scores: try id.map { try grants.scores(applicationID: $0) } ?? [:],
                                                           context: context))
        editor?.edit(app, Self.applicationForm(context: context))
    }

    mutating func handlePicker(_ event: Event, context: inout PaneContext) -> PaneResult {
        guard var p = picker else { return .ignored }
        let result = p.dialog.handle(event)
        picker = p
        switch result {
        case .cancelled: picker = nil
        case .activated(let i) where p.applicants.indices.contains(i):
            picker = nil
            let a = p.applicants[i]
            attempt(context: &context) { pane, ctx in
                try pane.openApplicationForm(id: nil, roundID: p.roundID, associationID: a.id, applicantName: a.name, context: &ctx)
            }
        default: break
        }
        return .handled
    }
}
