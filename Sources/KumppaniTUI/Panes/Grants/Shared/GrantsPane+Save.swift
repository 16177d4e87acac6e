import Kumppani

extension GrantsPane {
    mutating func handleEditor(_ event: Event, context: inout PaneContext) -> PaneResult {
        guard var e = editor else { return .ignored }
        let result = e.form.handle(event)
        editor = e
        switch result {
        case .cancelled: editor = nil
        case .submitted: submit(e, context: &context)
        default: break
        }
        return .handled
    }

    /// Saves the form and closes it; a refusal keeps it open with what was typed.
    mutating func submit(_ e: GrantEditor, context: inout PaneContext) {
        do {
            try save(e, context: &context)
            editor = nil
            reload(context: &context)
        } catch where editor?.session.keep(error) == true {
            showConflict(context: &context)
        } catch {
            // The form stays open with what was typed; the form and the status line say what to fix.
            let message = GrantsPane.message(error, context.language)
            editor?.problem = message
            context.post(message, kind: .error)
        }
    }

    private func text(_ f: Form, _ key: String) -> String { f[key]?.text ?? "" }
    private func choice(_ f: Form, _ key: String) -> Int { f[key]?.choiceIndex ?? 0 }

    private func money(_ f: Form, _ key: String, _ c: PaneContext) throws -> Int64? {
        try FormParse.money(text(f, key), c.language).mapError { GrantProblem.invalidInput($0.message) }.get()
    }
    private func date(_ f: Form, _ key: String, _ c: PaneContext) throws -> CivilDate? {
        try FormParse.date(text(f, key), today: c.today, c.language).mapError { GrantProblem.invalidInput($0.message) }.get()
    }

    /// Stores what the form holds; throws the refusal to show.
    mutating func save(_ e: GrantEditor, context: inout PaneContext) throws {
        let grants = GrantStore(store: context.store)
        let f = e.form, l = context.l
        switch e.kind {
        case .round(let id):
            let types = try grants.categories("grant_type", language: context.language)
            let bodies = try grants.bodies()
            let bodyIndex = choice(f, "body") - 1
            var r = GrantRound(id: id ?? 0, name: text(f, "name"), year: FormParse.int(text(f, "year")) ?? 0,
                               grantTypeCode: types.indices.contains(choice(f, "type")) ? types[choice(f, "type")].code : "",
                               appropriationCents: try money(f, "appropriation", context) ?? 0,
                               opensOn: try date(f, "opens", context), closesOn: try date(f, "closes", context),
                               decidingBodyID: bodies.indices.contains(bodyIndex) ? bodies[bodyIndex].id : nil,
                               reportDueOn: try date(f, "report_due", context))
            if id == nil {
                r.id = try grants.createRound(r)
                context.post(l["grants.status.round_created", r.name])
            } else {
                try grants.updateRound(r, expecting: e.base(GrantRound.self))
                context.post(l["grants.status.saved"])
            }
            home.show(r)
        case .application(let id, let roundID, let associationID):
            var app = try id.map { try grants.application(id: $0) } ?? GrantApplication(roundID: roundID, associationID: associationID ?? 0, requestedCents: 0)
            app.associationID = try resolveApplicant(text(f, "applicant"), current: associationID, grants: grants)
            app.purpose = text(f, "purpose")
            app.requestedCents = try money(f, "requested", context) ?? 0
            app.otherFundingCents = try money(f, "other_cents", context) ?? 0
            app.otherFundingText = text(f, "other_text")
            app.receivedOn = try date(f, "received", context)
            app.preparer = text(f, "preparer")
            app.proposedCents = try money(f, "proposed", context)
            app.reasoning = text(f, "reasoning")
            app.targetGroups = f.fields.compactMap { field in
                field.key.hasPrefix("group:") && field.value.isOn == true ? String(field.key.dropFirst("group:".count)) : nil
            }
            let savedID: Int64
            if id == nil { savedID = try grants.createApplication(app) } else { try grants.updateApplication(app, expecting: e.base(GrantApplication.self)); savedID = app.id }
            for field in f.fields where field.key.hasPrefix("score:") {
                if let criterion = Int64(field.key.dropFirst("score:".count)), let score = FormParse.int(field.value.text ?? "") {
                    try grants.setScore(applicationID: savedID, criterionID: criterion, score: score)
                }
            }
            context.post(l[id == nil ? "grants.status.application_created" : "grants.status.saved"])
            reload(context: &context)
            screen.follow(savedID)
        case .decision(let appID, let correcting, let sections):
            // The § picked from those offered: its meeting gives the date and the body.
            guard sections.indices.contains(choice(f, "section")) else { throw GrantProblem.decisionIncomplete([.section]) }
            let picked = sections[choice(f, "section")]
            let draft = DecisionDraft(outcome: GrantsForms.outcomes[min(choice(f, "outcome"), GrantsForms.outcomes.count - 1)],
                                      grantedCents: try money(f, "granted", context), decidedOn: picked.heldOn, bodyID: picked.bodyID,
                                      sectionNumber: picked.section, caseNumber: text(f, "case"), meetingID: picked.meetingID)
            if correcting {
                try grants.correctDecision(applicationID: appID, draft, reason: text(f, "reason"))
                context.post(l["grants.status.decision_corrected"])
            } else {
                try grants.recordDecision(applicationID: appID, draft)
                context.post(l["grants.status.decided", GrantStage.decided.label(context.language)])
            }
        case .payment(let appID):
            let stageBefore = try grants.application(id: appID).stage
            try grants.addPayment(applicationID: appID, paidOn: try date(f, "date", context) ?? context.today,
                                  amountCents: try money(f, "amount", context) ?? 0, reference: text(f, "reference"), iban: text(f, "iban"),
                                  language: context.language)
            let stage = try grants.application(id: appID).stage
            context.post(stage != stageBefore ? l["grants.status.paid_moved", stage.label(context.language)] : l["grants.status.paid"])
        case .paymentCorrection(_, let ids):
            let index = choice(f, "payment")
            guard ids.indices.contains(index) else { throw GrantProblem.notFound }
            try grants.correctPayment(paymentID: ids[index], correctAmountCents: try money(f, "amount", context) ?? 0,
                                      reason: text(f, "reason"), on: try date(f, "date", context) ?? context.today)
            context.post(l["grants.status.payment_corrected"])
        case .report(let appID, let groups):
            let figures = groups.map { code in
                ReportFigure(targetGroupCode: code, peopleReached: FormParse.int(text(f, "people:\(code)")) ?? 0,
                             volunteerHours: FormParse.int(text(f, "hours:\(code)")) ?? 0)
            }
            let outcome = GrantsForms.reportOutcomes[min(choice(f, "outcome"), GrantsForms.reportOutcomes.count - 1)]
            let stageBefore = try grants.application(id: appID).stage
            try grants.saveReport(GrantReport(applicationID: appID, dueOn: try date(f, "due", context), receivedOn: try date(f, "received", context),
                                              outcome: outcome, notes: text(f, "notes"), figures: figures),
                                  expecting: e.base(GrantReport.self))
            let stage = try grants.application(id: appID).stage
            context.post(stage != stageBefore ? l["grants.status.report_moved", stage.label(context.language)] : l["grants.status.saved"])
        case .recovery(let appID):
            try grants.addRecovery(applicationID: appID, amountCents: try money(f, "amount", context) ?? 0, reason: text(f, "reason"),
                                   decision: text(f, "decision"), decidedOn: try date(f, "date", context))
            context.post(l["grants.status.recovery"])
        case .settle(let recoveryID):
            try grants.settleRecovery(id: recoveryID, on: try date(f, "date", context) ?? context.today)
            context.post(l["grants.status.settled"])
        case .appeal(let appID, let id):
            let outcome = GrantsForms.appealOutcomes[min(choice(f, "outcome"), GrantsForms.appealOutcomes.count - 1)]
            try grants.saveAppeal(applicationID: appID, id: id, filedOn: try date(f, "filed", context) ?? context.today, outcome: outcome,
                                  decidedOn: try date(f, "decided", context), notes: text(f, "notes"), expecting: e.base(GrantAppeal.self))
            context.post(l["grants.status.saved"])
        case .criterion(let roundID):
            try grants.addCriterion(roundID: roundID, name: text(f, "name"), maxScore: FormParse.int(text(f, "max")) ?? 5)
            context.post(l["grants.status.saved"])
        }
    }

    /// The applicant typed in the form: unchanged keeps the one picked; otherwise a unique name match.
    private func resolveApplicant(_ typed: String, current: Int64?, grants: GrantStore) throws -> Int64 {
        let name = typed.trimmingCharacters(in: .whitespaces)
        let hits = try grants.searchApplicants(name, limit: 50)
        if let current, hits.contains(where: { $0.id == current && $0.name.lowercased() == name.lowercased() }) { return current }
        let exact = hits.filter { $0.name.lowercased() == name.lowercased() }
        if exact.count == 1 { return exact[0].id }
        if let current, name.isEmpty { return current }
        throw GrantProblem.unknownAssociation
    }
}
