import Kumppani

/// The application as sections of lines: what was asked, the proposal, the decision and its
/// corrections, payments, report, recovery, appeal, warnings, who must step aside, history.
enum ApplicationDetailView {
    static func lines(_ d: ApplicationDetail, _ language: Language) -> [StyledLine] {
        let l = L(language)
        let m = { (c: Int64?) in GrantFormat.money(c, language) }
        var out: [StyledLine] = []
        func section(_ key: String) { out.append(StyledLine("")); out.append(StyledLine(l[key], .header)) }
        func field(_ key: String, _ value: String, _ role: StyleRole = .normal) {
            out.append(StyledLine("\(l[key]): \(value)", role, indent: 2))
        }
        let app = d.application
        out.append(StyledLine("\(d.summary.associationName)  \(d.summary.businessID)", .title))
        out.append(StyledLine(l["grants.detail.round_stage", d.round.name, app.stage.label(language)], .dim))
        // What `>` would do now: the next stage, or what is still missing (the refusal names the key).
        switch StageRules.forward(d.snapshot) {
        case .success(let next): out.append(StyledLine(l["grants.detail.next_ok", next.label(language)], .success))
        case .failure(.alreadyLastStage): break
        case .failure(let problem): out.append(StyledLine(l["grants.detail.next_missing", problem.message(language)], .highlight))
        }
        if !d.warnings.isEmpty || !d.conflicts.isEmpty {
            section("grants.detail.warnings")
            // Serious ones first with `!` (they mark the board too); the rest are for information.
            for w in d.warnings where w.kind.isSerious { out.append(StyledLine("! " + w.message(language), .warning, indent: 2)) }
            for c in d.conflicts { out.append(StyledLine("! " + l["grants.detail.conflict", c.personName, c.reason], .warning, indent: 2)) }
            for w in d.warnings where !w.kind.isSerious { out.append(StyledLine("· " + w.message(language), .normal, indent: 2)) }
        }
        section("grants.detail.application")
        field("grants.field.purpose", app.purpose.isEmpty ? "–" : app.purpose)
        field("grants.field.target_groups", app.targetGroups.isEmpty ? "–" : app.targetGroups.map { d.targetGroupLabels[$0] ?? $0 }.joined(separator: ", "))
        field("grants.field.requested", m(app.requestedCents))
        field("grants.field.other_funding", app.otherFundingCents == 0 && app.otherFundingText.isEmpty ? "–"
              : "\(m(app.otherFundingCents)) \(app.otherFundingText)".trimmingCharacters(in: .whitespaces))
        field("grants.field.received_on", GrantFormat.date(app.receivedOn, language))
        field("grants.field.preparer", app.preparer.isEmpty ? "–" : app.preparer)
        for c in d.criteria { field("grants.field.score", l["grants.detail.score", c.name, d.scores[c.id].map(String.init) ?? "–", c.maxScore]) }
        section("grants.detail.proposal")
        field("grants.field.proposed", m(app.proposedCents))
        field("grants.field.reasoning", app.reasoning.isEmpty ? "–" : app.reasoning)
        section("grants.detail.decision")
        if d.decisions.isEmpty { out.append(StyledLine(l["grants.detail.none"], .dim, indent: 2)) }
        let inForce = d.snapshot.decision?.id
        for dec in d.decisions {
            let body = dec.bodyID.flatMap { d.bodyNames[$0] } ?? "–"
            let text = l["grants.detail.decision_line", dec.outcome.label(language), m(dec.grantedCents), dec.decidedOn.formatted(language),
                         body, dec.sectionNumber.map(String.init) ?? "–"]
                + (dec.caseNumber.isEmpty ? "" : ", \(dec.caseNumber)")
            out.append(StyledLine(text, dec.id == inForce ? .normal : .strike, indent: 2))
            if dec.correctsID != nil {
                out.append(StyledLine(l["grants.detail.correction", dec.correctionReason, dec.createdBy], .dim, indent: 4))
            }
        }
        section("grants.detail.payments")
        if d.payments.isEmpty { out.append(StyledLine(l["grants.detail.none"], .dim, indent: 2)) }
        for p in d.payments {
            let ref = ReferenceNumber.parse(p.reference).map(\.formatted).value ?? p.reference
            let iban = IBAN.parse(p.iban).map(\.formatted).value ?? p.iban
            if p.correctsID != nil {
                out.append(StyledLine(l["grants.detail.payment_correction", p.paidOn.formatted(language), m(p.amountCents), p.correctionReason], .dim, indent: 4))
            } else {
                out.append(StyledLine(l["grants.detail.payment_line", p.paidOn.formatted(language), m(p.amountCents), ref, iban], indent: 2))
            }
        }
        out.append(StyledLine(l["grants.detail.paid_total", m(d.snapshot.netPaidCents), m(d.snapshot.grantedCents)], .label, indent: 2))
        section("grants.detail.report")
        if let r = d.report {
            field("grants.field.report_due", GrantFormat.date(r.dueOn, language))
            field("grants.field.report_received", GrantFormat.date(r.receivedOn, language))
            field("grants.field.report_outcome", r.outcome?.label(language) ?? "–")
            if !r.notes.isEmpty { field("grants.field.notes", r.notes) }
            for f in r.figures {
                out.append(StyledLine(l["grants.detail.figure", d.targetGroupLabels[f.targetGroupCode] ?? f.targetGroupCode, f.peopleReached, f.volunteerHours], indent: 4))
            }
        } else {
            out.append(StyledLine(l["grants.detail.report_due_round", GrantFormat.date(d.round.reportDueOn, language)], .dim, indent: 2))
        }
        if !d.recoveries.isEmpty {
            section("grants.detail.recovery")
            for r in d.recoveries {
                let settled = r.settledOn.map { l["grants.detail.settled", $0.formatted(language)] } ?? l["grants.detail.unsettled"]
                out.append(StyledLine("\(m(r.amountCents)) — \(r.reason) (\(settled))", r.settledOn == nil ? .warning : .normal, indent: 2))
            }
        }
        if !d.appeals.isEmpty {
            section("grants.detail.appeal")
            for a in d.appeals {
                out.append(StyledLine(l["grants.detail.appeal_line", a.filedOn.formatted(language), a.outcome?.label(language) ?? "–",
                                        GrantFormat.date(a.decidedOn, language)] + (a.notes.isEmpty ? "" : " — \(a.notes)"), indent: 2))
            }
        }
        section("grants.detail.history")
        for h in d.history {
            let from = h.from.map { $0.label(language) } ?? "–"
            out.append(StyledLine(l["grants.detail.history_line", GrantFormat.instant(h.at, language), from, h.to.label(language), h.osUser]
                                  + (h.note.isEmpty ? "" : " (\(h.note))"), .dim, indent: 2))
        }
        return out
    }
}

extension Result {
    /// The success value, or nil.
    var value: Success? { if case .success(let v) = self { return v }; return nil }
}
