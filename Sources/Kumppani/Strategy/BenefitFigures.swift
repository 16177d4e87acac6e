import Foundation

/// Collects one year's figures of the benefit report from the rows (see `BenefitReport`).
struct BenefitFigures {
    let store: Store
    let year: Int
    let grouping: BenefitReport.Grouping
    let language: Language
    var db: Database { store.database }

    private struct Grant { var id: Int64; var associationID: Int64; var paid: Int64; var received: Bool }

    func compute() throws -> [String: BenefitReport.Figures] {
        let grants = try db.query("""
            SELECT a.id, a.association_id, (SELECT coalesce(sum(p.amount_cents), 0) FROM grant_payments p WHERE p.application_id = a.id) AS paid,
                   (SELECT received_on FROM grant_reports g WHERE g.application_id = a.id) AS received_on
            FROM grant_applications a JOIN grant_rounds r ON r.id = a.round_id WHERE r.year = ?
            """, year).compactMap { r -> Grant? in
            guard let id = r.int64("id"), let paid = r.int64("paid"), paid > 0 else { return nil }
            return Grant(id: id, associationID: r.int64("association_id") ?? 0, paid: paid, received: !r.isNull("received_on"))
        }
        switch grouping {
        case .targetGroup: return try byTargetGroup(grants)
        case .goal: return try byGoal(grants)
        }
    }

    private var none: String { L(language)["grants.charts.no_target_group"] }

    private func byTargetGroup(_ grants: [Grant]) throws -> [String: BenefitReport.Figures] {
        // The user's language; a Swedish label left empty falls back to the Finnish one.
        let labelColumn = "coalesce(nullif(label_\(language.rawValue), ''), label_fi)"
        var labels: [String: String] = [:]
        for r in try db.query("SELECT code, \(labelColumn) AS label FROM categories WHERE list = 'target_group'") {
            if let code = r.string("code") { labels[code] = r.string("label") ?? code }
        }
        func label(_ code: String) -> String { labels[code] ?? code }
        var out: [String: BenefitReport.Figures] = [:]
        for g in grants {
            let codes = try db.query("SELECT code FROM application_target_groups WHERE application_id = ? ORDER BY code", g.id).compactMap { $0.string("code") }
            let names = codes.isEmpty ? [none] : codes.map(label)
            for (i, name) in names.enumerated() {
                let share = Self.share(g.paid, parts: names.count, index: i)
                out[name, default: .init()].paidCents += share
                out[name, default: .init()].reportsExpected += 1
                if g.received {
                    out[name, default: .init()].reportsReceived += 1
                    out[name, default: .init()].paidReportedCents += share
                    out[name, default: .init()].peopleReached = out[name]?.peopleReached ?? 0
                    out[name, default: .init()].volunteerHours = out[name]?.volunteerHours ?? 0
                }
            }
            guard g.received else { continue }
            for f in try db.query("SELECT target_group_code, people_reached, volunteer_hours FROM report_figures WHERE report_id = (SELECT id FROM grant_reports WHERE application_id = ?)", g.id) {
                let name = label(f.string("target_group_code") ?? "")
                out[name, default: .init()].peopleReached = (out[name]?.peopleReached ?? 0) + (f.int("people_reached") ?? 0)
                out[name, default: .init()].volunteerHours = (out[name]?.volunteerHours ?? 0) + (f.int("volunteer_hours") ?? 0)
            }
        }
        // Premises: a booking counts for its activity's target groups, split evenly.
        for (booking, minutes, value) in try bookedThisYear() {
            let codes = try booking.activityID.map { try activityGroups($0) } ?? []
            let names = codes.isEmpty ? [none] : codes.map(label)
            for (i, name) in names.enumerated() {
                out[name, default: .init()].premisesMinutes += Int(Self.share(Int64(minutes), parts: names.count, index: i))
                out[name, default: .init()].premisesValueCents += Self.share(value, parts: names.count, index: i)
            }
        }
        for (code, count) in try activeActivities(grants: grants) { out[label(code), default: .init()].activities = count }
        return out
    }

    private func byGoal(_ grants: [Grant]) throws -> [String: BenefitReport.Figures] {
        let strategy = StrategyStore(store: store)
        let booked = try bookedThisYear()
        var out: [String: BenefitReport.Figures] = [:]
        for goal in try strategy.goals() {
            let name = "\(goal.code) \(goal.title(in: language))"
            var f = BenefitReport.Figures()
            let serving = try strategy.applications(servingGoal: goal.id)
            for g in grants where serving.contains(g.id) {
                f.paidCents += g.paid
                f.reportsExpected += 1
                guard g.received else { continue }
                f.reportsReceived += 1
                f.paidReportedCents += g.paid
                let sums = try db.queryOne("SELECT coalesce(sum(people_reached), 0) AS p, coalesce(sum(volunteer_hours), 0) AS h FROM report_figures WHERE report_id = (SELECT id FROM grant_reports WHERE application_id = ?)", g.id)
                f.peopleReached = (f.peopleReached ?? 0) + (sums?.int("p") ?? 0)
                f.volunteerHours = (f.volunteerHours ?? 0) + (sums?.int("h") ?? 0)
            }
            let activities = try strategy.linked(goalID: goal.id, .activity)
            for (booking, minutes, value) in booked where booking.activityID.map(activities.contains) ?? false {
                f.premisesMinutes += minutes
                f.premisesValueCents += value
            }
            let funded = Set(grants.map(\.associationID)), bookers = Set(booked.map(\.0.associationID))
            f.activities = try activities.filter { id in
                guard let owner = try db.scalarInt("SELECT association_id FROM activities WHERE id = ?", id) else { return false }
                return funded.contains(owner) || bookers.contains(owner)
            }.count
            out[name] = f   // a goal nothing serves is shown too: that is worth knowing
        }
        return out
    }

    /// Bookings taking place in the year, with their minutes and value in it.
    private func bookedThisYear() throws -> [(Booking, Int, Int64)] {
        guard let first = CivilDate(year: year, month: 1, day: 1), let last = CivilDate(year: year, month: 12, day: 31) else { return [] }
        let premises = PremisesStore(store: store)
        let values = Dictionary(try premises.premises().map { ($0.id, $0.hourlyValueCents) }, uniquingKeysWith: { a, _ in a })
        return try premises.bookings().compactMap { b in
            let minutes = b.dates(in: first...last).count * b.minutes
            guard minutes > 0 else { return nil }
            return (b, minutes, PremisesStore.value(minutes: minutes, hourlyCents: values[b.premisesID] ?? 0))
        }
    }

    private func activityGroups(_ id: Int64) throws -> [String] {
        try db.query("SELECT code FROM activity_target_groups WHERE activity_id = ? ORDER BY code", id).compactMap { $0.string("code") }
    }

    /// Activities per target-group code that were active in the year: booked premises, or run
    /// by an association paid a grant of the year.
    private func activeActivities(grants: [Grant]) throws -> [String: Int] {
        let booked = Set(try bookedThisYear().compactMap(\.0.activityID))
        let funded = Set(grants.map(\.associationID))
        var out: [String: Int] = [:]
        for r in try db.query("SELECT a.id, a.association_id, t.code FROM activities a JOIN activity_target_groups t ON t.activity_id = a.id") {
            guard let id = r.int64("id"), let code = r.string("code") else { continue }
            if booked.contains(id) || funded.contains(r.int64("association_id") ?? 0) { out[code, default: 0] += 1 }
        }
        return out
    }

    /// An even share of `amount` in `parts`, the remainder to the first.
    static func share(_ amount: Int64, parts: Int, index: Int) -> Int64 {
        let n = Int64(max(parts, 1))
        return amount / n + (index == 0 ? amount % n : 0)
    }
}
