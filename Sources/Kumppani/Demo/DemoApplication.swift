import Foundation

/// One grant application and the rows its stage implies.
enum DemoApplication {
    static let ibanBanks = ["123456", "500001", "800012", "470010", "390050"]

    static func insert(_ c: DemoContext, plan: DemoGrants.Plan, roundID: Int64, year: Int, criteria: [Int64],
                       dates: DemoGrants.Dates, sequence: Int) throws {
        let id = c.rng.id()
        let steps = path(for: plan)
        let reviewed = steps.contains("in_review")
        let other = c.rng.chance(0.3) ? c.rng.between(5, 50) * 10_000 : 0
        let purpose = c.rng.pick(DemoGrants.purposes)
        let reasoning = reviewed ? DemoDecisions.reasoning(c, plan: plan, purpose: purpose) : ""
        try c.db.run("""
            INSERT INTO grant_applications(id, round_id, association_id, purpose, requested_cents, other_funding_cents, other_funding_text,
              preparer, reasoning, proposed_cents, stage, received_on, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [id, roundID, plan.association, purpose, plan.requested, other,
                  other > 0 ? "Kunnan avustus, jäsenmaksut" : "", reviewed ? "Järjestökoordinaattori" : "", reasoning,
                  steps.contains("proposed") ? plan.amount : nil, plan.stage, dates.received.iso,
                  dates.received.instant(hour: 10), dates.of(plan.stage).instant(hour: 12)])
        c.summary.applications += 1
        let groups = c.rng.sample(ClassificationSeed.targetGroups.map(\.code), c.rng.between(1, 3))
        for code in groups {
            try c.db.run("INSERT INTO application_target_groups(application_id, code) VALUES (?, ?)", id, code)
        }
        if reviewed {
            for criterion in criteria.prefix(3) {
                try c.db.run("INSERT INTO application_scores(application_id, criterion_id, score) VALUES (?, ?, ?)", id, criterion, c.rng.between(1, 5))
            }
        }
        var previous: String?
        for (i, step) in steps.enumerated() {
            try c.db.run("INSERT INTO stage_history(id, application_id, from_stage, to_stage, at, os_user, note, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         c.rng.id(), id, previous, step, dates.of(step).instant(hour: 8 + i, minute: c.rng.below(60)), "demo",
                         step == "withdrawn" ? "Hakija peruutti hakemuksen." : "", i + 1)
            previous = step
        }
        if steps.contains("decided"), let outcome = plan.outcome {
            // Written with its meeting and § when the committee's agenda is (DemoDecisions.write).
            c.pendingDecisions.append(DemoDecisions.Pending(applicationID: id, roundID: roundID, day: dates.of("decided"), outcome: outcome,
                                                            cents: outcome == "rejected" ? 0 : plan.amount))
            if outcome == "rejected", c.rng.chance(0.05) {
                // Filed within the 14 days of the notice; a closed case's appeal has been decided.
                let filed = dates.of("decided") + 20
                let closed = plan.stage == "closed"
                try c.db.run("""
                    INSERT INTO grant_appeals(id, application_id, filed_on, outcome, decided_on, notes, notified_on, late, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)
                    """, [c.rng.id(), id, filed.iso, closed ? "rejected" : "pending", closed ? (filed + 30).iso : nil,
                          "Oikaisuvaatimus: hakija pyytää uutta käsittelyä.", (dates.of("decided") + 7).iso, c.createdAt])
            }
        }
        if steps.contains("paid") { try insertPayments(c, applicationID: id, amount: plan.amount, day: dates.of("paid"), sequence: sequence) }
        if steps.contains("reported") { try insertReport(c, applicationID: id, plan: plan, groups: groups, dates: dates) }
        if plan.stage == "recovery" {
            try c.db.run("""
                INSERT INTO grant_recoveries(id, application_id, amount_cents, reason, decision, decided_on, settled_on, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [c.rng.id(), id, max(10_000, plan.amount / 2 / 100 * 100), "Avustusta ei käytetty myönnettyyn tarkoitukseen kokonaan.",
                      "Käyttämätön osuus peritään takaisin.", dates.of("recovery").iso,
                      c.rng.chance(0.5) ? nil : (dates.of("recovery") + 30 > c.today ? nil : (dates.of("recovery") + 30).iso), c.createdAt])
        }
    }

    /// The stages an application passed through to reach its current one.
    static func path(for plan: DemoGrants.Plan) -> [String] {
        let full = DemoGrants.path
        switch plan.stage {
        case "withdrawn": return plan.requested % 3 == 0 ? ["received", "in_review", "withdrawn"] : ["received", "withdrawn"]
        case "recovery": return Array(full.prefix(6)) + ["recovery"]
        case "closed" where plan.outcome == "rejected": return Array(full.prefix(4)) + ["closed"]
        default:
            guard let end = full.firstIndex(of: plan.stage) else { return ["received"] }
            return Array(full.prefix(end + 1))
        }
    }

    static func insertPayments(_ c: DemoContext, applicationID: Int64, amount: Int, day: DemoDay, sequence: Int) throws {
        let iban = DemoIdentifiers.iban(bban: c.rng.pick(ibanBanks) + DemoIdentifiers.padded(c.rng.below(100_000_000), 8))
        let instalments = amount >= 2_000_000 && c.rng.chance(0.5) ? [amount * 6 / 10, amount - amount * 6 / 10] : [amount]
        for (i, part) in instalments.enumerated() {
            let paid = min(day + i * 120, c.today)
            let reference = DemoIdentifiers.reference(base: "\(day.year)\(sequence)\(i + 1)")
            try c.db.run("""
                INSERT INTO grant_payments(id, application_id, paid_on, amount_cents, reference, iban, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [c.rng.id(), applicationID, paid.iso, part, reference, iban, paid.instant(hour: 11), "demo"])
        }
    }

    static func insertReport(_ c: DemoContext, applicationID: Int64, plan: DemoGrants.Plan, groups: [String], dates: DemoGrants.Dates) throws {
        let outcome: String? = switch plan.stage {
        case "closed": "approved"
        case "recovery": "not_approved"
        default: c.rng.chance(0.4) ? "more_info_requested" : nil
        }
        let reportID = c.rng.id()
        try c.db.run("""
            INSERT INTO grant_reports(id, application_id, due_on, received_on, outcome, notes, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [reportID, applicationID, dates.reportDue.iso, dates.of("reported").iso, outcome,
                  outcome == "more_info_requested" ? "Pyydetty tilinpäätös ja toimintakertomus." : "", c.createdAt, c.createdAt])
        for code in groups {
            try c.db.run("INSERT INTO report_figures(report_id, target_group_code, people_reached, volunteer_hours) VALUES (?, ?, ?, ?)",
                         reportID, code, c.rng.between(10, 800), c.rng.between(0, 2000))
        }
    }
}
