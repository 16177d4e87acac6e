import Kumppani

/// Builds the forms, filled with what is known (today, the round's body, the amount left to pay).
enum GrantsForms {
    static func round(_ r: GrantRound?, types: [GrantStore.Choice], bodies: [(id: Int64, name: String)], context: PaneContext) -> Form {
        let lang = context.language, l = context.l, today = context.today
        let bodyOptions = ["–"] + bodies.map(\.name)
        let bodyIndex = r?.decidingBodyID.flatMap { id in bodies.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
        return Form(fields: [
            .text("name", label: l["grants.field.round_name"], text: r?.name ?? "", validator: FormParse.requiredText(lang)),
            .text("year", label: l["grants.field.year"], text: String(r?.year ?? today.year),
                  validator: FormParse.intCheck(lang, range: 2000...2100, required: true)),
            .choice("type", label: l["grants.field.grant_type"], options: types.map(\.label),
                    selected: types.firstIndex { $0.code == r?.grantTypeCode } ?? 0),
            .text("appropriation", label: l["grants.field.appropriation"], text: FormParse.moneyText(r?.appropriationCents, lang),
                  validator: FormParse.moneyCheck(lang, required: true)),
            .text("opens", label: l["grants.field.opens_on"], text: FormParse.dateText(r?.opensOn, lang), validator: FormParse.dateCheck(lang, today: today)),
            .text("closes", label: l["grants.field.closes_on"], text: FormParse.dateText(r?.closesOn, lang), validator: FormParse.dateCheck(lang, today: today)),
            .choice("body", label: l["grants.field.body"], options: bodyOptions, selected: bodyIndex),
            .text("report_due", label: l["grants.field.report_due"], text: FormParse.dateText(r?.reportDueOn, lang),
                  validator: FormParse.dateCheck(lang, today: today)),
        ], language: lang)
    }

    /// The applicant is fixed when the form opens (picked from the directory); the rest is typed here.
    static func application(_ a: GrantApplication?, applicantName: String, groups: [GrantStore.Choice], criteria: [RoundCriterion],
                            scores: [Int64: Int], context: PaneContext) -> Form {
        let lang = context.language, l = context.l, today = context.today
        var fields: [FormField] = [
            .text("applicant", label: l["grants.field.applicant"], text: applicantName),
            .multiline("purpose", label: l["grants.field.purpose"], text: a?.purpose ?? ""),
            .text("requested", label: l["grants.field.requested"], text: FormParse.moneyText(a?.requestedCents, lang),
                  validator: FormParse.moneyCheck(lang, required: true)),
            .text("other_cents", label: l["grants.field.other_funding_amount"], text: a.map { $0.otherFundingCents == 0 ? "" : FormParse.moneyText($0.otherFundingCents, lang) } ?? "",
                  validator: FormParse.moneyCheck(lang)),
            .text("other_text", label: l["grants.field.other_funding_source"], text: a?.otherFundingText ?? ""),
            .text("received", label: l["grants.field.received_on"], text: FormParse.dateText(a?.receivedOn ?? (a == nil ? today : nil), lang),
                  validator: FormParse.dateCheck(lang, today: today)),
            .text("preparer", label: l["grants.field.preparer"], text: a?.preparer ?? ""),
            .text("proposed", label: l["grants.field.proposed"], text: FormParse.moneyText(a?.proposedCents, lang), validator: FormParse.moneyCheck(lang)),
            .multiline("reasoning", label: l["grants.field.reasoning"], text: a?.reasoning ?? ""),
        ]
        fields[0].input = .text(TextField(text: applicantName))
        for g in groups {
            fields.append(.checkbox("group:\(g.code)", label: l["grants.field.target_group", g.label], isOn: a?.targetGroups.contains(g.code) ?? false))
        }
        for c in criteria {
            fields.append(.text("score:\(c.id)", label: l["grants.field.score_of", c.name, c.maxScore], text: scores[c.id].map(String.init) ?? "",
                                validator: FormParse.intCheck(lang, range: 0...c.maxScore)))
        }
        return Form(fields: fields, language: lang)
    }

    static let outcomes: [DecisionOutcome] = [.granted, .partlyGranted, .rejected]

    /// The decision: the meeting and § are picked from the deciding body's held meetings (the
    /// date and body follow from the meeting), never typed.
    static func decision(_ d: ApplicationDetail, sections: [DecisionSectionChoice], correcting: Bool, context: PaneContext) -> Form {
        let lang = context.language, l = context.l
        let current = d.snapshot.decision
        let proposed = d.application.proposedCents ?? 0
        let outcome = current?.outcome ?? (proposed == 0 ? .rejected : (proposed >= d.application.requestedCents ? .granted : .partlyGranted))
        let chosen = sections.firstIndex { $0.meetingID == current?.meetingID && $0.section == current?.sectionNumber } ?? 0
        var fields: [FormField] = [
            .choice("outcome", label: l["grants.field.outcome"], options: outcomes.map { $0.label(lang) }, selected: outcomes.firstIndex(of: outcome) ?? 0),
            .text("granted", label: l["grants.field.granted"], text: FormParse.moneyText(current?.grantedCents ?? proposed, lang),
                  validator: FormParse.moneyCheck(lang)),
            .choice("section", label: l["grants.field.meeting_section"],
                    options: sections.isEmpty ? [l[correcting ? "grants.field.no_sections" : "grants.field.no_open_sections"]] : sections.map { $0.label(lang) }, selected: chosen),
            .text("case", label: l["grants.field.case_number"], text: current?.caseNumber ?? ""),
        ]
        if correcting { fields.append(.text("reason", label: l["grants.field.correction_reason"], validator: FormParse.requiredText(lang))) }
        return Form(fields: fields, language: lang)
    }

    static func payment(_ d: ApplicationDetail, context: PaneContext) -> Form {
        let lang = context.language, l = context.l, today = context.today
        let left = max(0, d.snapshot.grantedCents - d.snapshot.netPaidCents)
        let lastIBAN = d.payments.last.flatMap { IBAN.parse($0.iban).value?.formatted } ?? ""
        return Form(fields: [
            .text("date", label: l["grants.field.paid_on"], text: today.formatted(lang), validator: FormParse.dateCheck(lang, today: today, required: true)),
            .text("amount", label: l["grants.field.amount"], text: FormParse.moneyText(left, lang), validator: FormParse.moneyCheck(lang, required: true)),
            .text("reference", label: l["grants.field.reference"], validator: { v in
                if case .failure(let p) = ReferenceNumber.parse(v.text ?? "") { return p.message(lang) }
                return nil
            }),
            .text("iban", label: l["grants.field.iban"], text: lastIBAN, validator: { v in
                if case .failure(let p) = IBAN.parse(v.text ?? "") { return p.message(lang) }
                return nil
            }),
        ], language: lang)
    }

    static func paymentCorrection(_ d: ApplicationDetail, originals: [GrantPayment], context: PaneContext) -> Form {
        let lang = context.language, l = context.l, today = context.today
        return Form(fields: [
            .choice("payment", label: l["grants.field.payment"], options: originals.map {
                "\($0.paidOn.formatted(lang)) \(Money(cents: $0.amountCents).formatted(lang))"
            }),
            .text("amount", label: l["grants.field.correct_amount"], validator: FormParse.moneyCheck(lang, required: true)),
            .text("reason", label: l["grants.field.correction_reason"], validator: FormParse.requiredText(lang)),
            .text("date", label: l["grants.field.corrected_on"], text: today.formatted(lang), validator: FormParse.dateCheck(lang, today: today, required: true)),
        ], language: lang)
    }

    static let reportOutcomes: [ReportOutcome?] = [nil, .approved, .moreInfoRequested, .notApproved]

    static func report(_ d: ApplicationDetail, groups: [String], context: PaneContext) -> Form {
        let lang = context.language, l = context.l, today = context.today
        let r = d.report
        var fields: [FormField] = [
            .text("due", label: l["grants.field.report_due"], text: FormParse.dateText(r?.dueOn ?? d.round.reportDueOn, lang),
                  validator: FormParse.dateCheck(lang, today: today)),
            .text("received", label: l["grants.field.report_received"], text: FormParse.dateText(r?.receivedOn ?? today, lang),
                  validator: FormParse.dateCheck(lang, today: today)),
            .choice("outcome", label: l["grants.field.report_outcome"], options: reportOutcomes.map { $0?.label(lang) ?? "–" },
                    selected: reportOutcomes.firstIndex(of: r?.outcome) ?? 0),
            .multiline("notes", label: l["grants.field.notes"], text: r?.notes ?? ""),
        ]
        for code in groups {
            let label = d.targetGroupLabels[code] ?? code
            let f = r?.figures.first { $0.targetGroupCode == code }
            fields.append(.text("people:\(code)", label: l["grants.field.people", label], text: f.map { String($0.peopleReached) } ?? "",
                                validator: FormParse.intCheck(lang, range: 0...10_000_000)))
            fields.append(.text("hours:\(code)", label: l["grants.field.hours", label], text: f.map { String($0.volunteerHours) } ?? "",
                                validator: FormParse.intCheck(lang, range: 0...10_000_000)))
        }
        return Form(fields: fields, language: lang)
    }

    static func recovery(_ d: ApplicationDetail, context: PaneContext) -> Form {
        let lang = context.language, l = context.l, today = context.today
        // A report's unspent amount is the suggested recovery (as GrantStore.suggestedRecoveryCents); else all that was paid.
        let left = d.snapshot.netPaidCents - d.snapshot.recoveredCents
        let suggested = d.snapshot.report?.unspentCents.flatMap { $0 > 0 ? min($0, d.snapshot.netPaidCents) - d.snapshot.recoveredCents : nil }
        return Form(fields: [
            .text("amount", label: l["grants.field.recovery_amount"], text: FormParse.moneyText(suggested.map { max(0, $0) } ?? left, lang),
                  validator: FormParse.moneyCheck(lang, required: true)),
            .multiline("reason", label: l["grants.field.recovery_reason"], validator: FormParse.requiredText(lang)),
            .text("decision", label: l["grants.field.recovery_decision"]),
            .text("date", label: l["grants.field.decided_on"], text: today.formatted(lang), validator: FormParse.dateCheck(lang, today: today)),
        ], language: lang)
    }

    static func settle(context: PaneContext) -> Form {
        Form(fields: [.text("date", label: context.l["grants.field.settled_on"], text: context.today.formatted(context.language),
                            validator: FormParse.dateCheck(context.language, today: context.today, required: true))], language: context.language)
    }

    static let appealOutcomes: [AppealOutcome?] = [nil, .pending, .upheld, .partlyUpheld, .rejected]

    static func appeal(_ a: GrantAppeal?, context: PaneContext) -> Form {
        let lang = context.language, l = context.l, today = context.today
        return Form(fields: [
            .text("filed", label: l["grants.field.appeal_filed"], text: (a?.filedOn ?? today).formatted(lang),
                  validator: FormParse.dateCheck(lang, today: today, required: true)),
            .choice("outcome", label: l["grants.field.appeal_outcome"], options: appealOutcomes.map { $0?.label(lang) ?? "–" },
                    selected: appealOutcomes.firstIndex(of: a?.outcome) ?? 1),
            .text("decided", label: l["grants.field.decided_on"], text: FormParse.dateText(a?.decidedOn, lang), validator: FormParse.dateCheck(lang, today: today)),
            .multiline("notes", label: l["grants.field.notes"], text: a?.notes ?? ""),
        ], language: lang)
    }

    static func criterion(context: PaneContext) -> Form {
        Form(fields: [
            .text("name", label: context.l["grants.field.criterion"], validator: FormParse.requiredText(context.language)),
            .text("max", label: context.l["grants.field.max_score"], text: "5", validator: FormParse.intCheck(context.language, range: 1...100, required: true)),
        ], language: context.language)
    }
}
