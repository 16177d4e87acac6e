import Foundation

/// Grant rounds per grant type and year, with applications in every stage and the rows each
/// stage implies: decisions, payments, reports with figures, recoveries, stage history.
enum DemoGrants {
    /// (code, Finnish name, smallest and largest request in euros)
    static let types: [(code: String, name: String, min: Int, max: Int)] = [
        ("general", "Yleisavustus", 500, 15_000), ("partnership", "Kumppanuusavustus", 5_000, 60_000),
        ("project", "Kohdeavustus", 1_000, 25_000), ("development", "Kehittämisavustus", 3_000, 40_000),
    ]
    static let purposes = ["Vertaisryhmätoiminnan tilavuokrat ja materiaalit", "Toiminnanohjaajan palkkauskulut",
                           "Kesäleiri lapsille ja nuorille", "Vapaaehtoisten koulutus ja virkistys", "Kohtaamispaikan vuokra ja kalusteet",
                           "Omaishoitajien virkistyspäivät", "Kyläkahvilan ja kylätalon toiminta", "Liikuntaryhmien ohjaajakulut",
                           "Digituki ikääntyneille", "Matalan kynnyksen mielenterveystoiminta"]
    static let criteria = ["Hyvinvointivaikutus", "Kohderyhmän tavoittavuus", "Toteutettavuus ja talous", "Yhteistyö ja verkostot"]
    static let path = ["received", "in_review", "proposed", "decided", "paid", "reported", "closed"]

    struct Plan {
        var association: Int64
        var stage: String
        var requested: Int
        var outcome: String?
        var amount: Int   // proposed or granted cents; 0 when none
    }

    static func generate(_ c: DemoContext) throws {
        guard !c.activeAssociations.isEmpty else { return }
        c.hyteSchedule = DemoMeetings.schedule(c, kind: "hyte_committee")
        let perRound = max(8, min(500, c.scale / 20))
        let currentYear = c.today.year
        var sequence = 1000
        for age in (0..<c.historyYears).reversed() {
            for typeIndex in types.indices {
                try round(c, year: currentYear - age, age: age, typeIndex: typeIndex, perRound: perRound, sequence: &sequence)
            }
        }
    }

    static func stageWeights(age: Int, typeIndex: Int) -> [String: Int] {
        if age == 0 {
            let table: [[Int]] = [[0, 0, 0, 3, 6, 1], [0, 0, 2, 5, 3, 1], [2, 4, 3, 0, 0, 1], [6, 3, 0, 0, 0, 1]]
            return Dictionary(uniqueKeysWithValues: zip(["received", "in_review", "proposed", "decided", "paid", "withdrawn"], table[typeIndex]))
        }
        if age == 1 { return ["paid": 3, "reported": 4, "closed": 5, "recovery": 1, "withdrawn": 1] }
        return ["closed": 85, "reported": 7, "recovery": 3, "withdrawn": 5]
    }

    static func round(_ c: DemoContext, year: Int, age: Int, typeIndex: Int, perRound: Int, sequence: inout Int) throws {
        let type = types[typeIndex]
        let weights = stageWeights(age: age, typeIndex: typeIndex)
        let stages = ["received", "in_review", "proposed", "decided", "paid", "reported", "closed", "recovery", "withdrawn"].filter { (weights[$0] ?? 0) > 0 }
        let stageWeights = stages.map { weights[$0] ?? 0 }
        var chosen = Set<Int>()
        var plans: [Plan] = []
        let wanted = min(perRound, c.activeAssociations.count)
        while plans.count < wanted {
            let pick = c.activeAssociations[c.rng.below(c.activeAssociations.count)]
            guard chosen.insert(pick).inserted else { continue }
            // The first few applications of each round cover every stage the round can have.
            let stage = plans.count < stages.count ? stages[plans.count] : stages[c.rng.weighted(stageWeights)]
            let requested = c.rng.between(type.min / 100, type.max / 100) * 100 * 100
            var outcome: String?
            var amount = 0
            if stage != "received" && stage != "in_review" && stage != "withdrawn" {
                let money = ["paid", "reported", "recovery"].contains(stage)
                let roll = c.rng.below(10)
                outcome = roll < 5 ? "granted" : (roll < 8 || money ? "partly_granted" : "rejected")
                if stage == "proposed" { outcome = nil }
                if outcome == "granted" { amount = requested }
                if outcome == "partly_granted" || stage == "proposed" { amount = requested * c.rng.between(40, 90) / 100 / 10_000 * 10_000 }
            }
            plans.append(Plan(association: c.associations[pick].id, stage: stage, requested: requested, outcome: outcome, amount: amount))
        }
        let requestedTotal = plans.reduce(0) { $0 + $1.requested }
        let plannedTotal = plans.reduce(0) { $0 + $1.amount }
        // The appropriation is set so that every proposal and grant fits within it.
        let appropriation = (max(plannedTotal, requestedTotal * 6 / 10) / 1_000_000 + 1) * 1_000_000

        let opens = DemoDay(year: year - 1, month: 10, day: 1) + typeIndex * 14
        let closes = opens + 31
        let decided = DemoDecisions.meetingDay(c, after: closes + 50) ?? closes + 75
        let reportDue = DemoDay(year: year + 1, month: 3, day: 31)
        let roundID = c.rng.id()
        try c.db.run("""
            INSERT INTO grant_rounds(id, name, year, grant_type_code, appropriation_cents, opens_on, closes_on, deciding_body_id, report_due_on, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [roundID, "\(type.name) \(year)", year, type.code, appropriation, opens.iso, closes.iso, c.hyteBodyID, reportDue.iso, c.createdAt, c.createdAt])
        var criterionIDs: [Int64] = []
        for (i, name) in criteria.enumerated() {
            let id = c.rng.id()
            try c.db.run("INSERT INTO round_criteria(id, round_id, name, max_score, sort) VALUES (?, ?, ?, 5, ?)", id, roundID, name, i)
            criterionIDs.append(id)
        }
        c.summary.grantRounds += 1
        for plan in plans {
            sequence += 1
            let dates = Dates(received: min(opens + c.rng.below(32), c.today), closes: closes, decided: decided,
                              reportDue: reportDue, today: c.today, jitter: c.rng.below(20))
            try DemoApplication.insert(c, plan: plan, roundID: roundID, year: year, criteria: criterionIDs, dates: dates, sequence: sequence)
        }
    }

    /// The dates of one application's path, never later than today.
    struct Dates {
        let received: DemoDay, closes: DemoDay, decided: DemoDay, reportDue: DemoDay, today: DemoDay, jitter: Int
        func of(_ stage: String) -> DemoDay {
            let day: DemoDay
            switch stage {
            case "received": day = received
            case "in_review": day = closes + 3
            case "proposed": day = closes + 40
            case "decided": day = decided
            case "paid": day = decided + 21 + jitter
            case "reported": day = reportDue - 30 + jitter
            case "closed": day = reportDue + 20 + jitter
            case "recovery": day = reportDue + 45 + jitter
            default: day = received + 10
            }
            return min(max(day, received), today)
        }
    }
}
