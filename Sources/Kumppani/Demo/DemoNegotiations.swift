import Foundation

/// One annual negotiation (hyte-neuvottelu) per year of the demo's history: the NGO advisory
/// board's negotiation is added as the last meeting of each year that has none yet, with goals
/// of its own, and the goals still in progress carried to the next year's negotiation with their
/// status. The current year's negotiation is still to come: planned in December, its goals
/// carried over from last year, so this year's goals belong to a meeting too.
/// Runs before `DemoPremises` links the goals to the strategy and names each negotiation's parties.
enum DemoNegotiations {
    /// Goals a year's negotiation may agree besides those carried from the year before.
    static let goals: [(goal: String, measures: String, responsible: String, indicator: String)] = [
        ("Yksinäisyyden vähentäminen ikääntyneillä", "Ystävä- ja kerhotoiminnan laajentaminen pieniin kuntiin", "ikäihmisten kumppanuuspöytä", "Yksinäisyyttä kokevien osuus (FinSote)"),
        ("Omaishoitajien jaksamisen tukeminen", "Vertaisryhmät jokaiseen kuntaan ja vapaapäivien sijaistoiminta", "omaishoitajayhdistykset", "Vertaisryhmiin osallistuneet omaishoitajat"),
        ("Nuorten osallisuus", "Nuorisovaltuustojen ja järjestöjen yhteiset tapahtumat", "nuorisotoimet ja nuorisojärjestöt", "Tapahtumiin osallistuneet nuoret"),
        ("Tilojen maksuton käyttö", "Hyvinvointialueen tilojen varausohjeet ja maksuttomuus yhdistyksille", "tilapalvelut", "Yhdistysten käyttämät tilatunnit"),
        ("Kotoutumista tukeva vapaaehtoistoiminta", "Kielikahvilat ja ystävätoiminta maahan muuttaneille", "monikulttuuriset yhdistykset", "Toimintaan osallistuneet maahan muuttaneet"),
    ]

    static func generate(_ c: DemoContext) throws {
        guard let body = c.bodies.first(where: { $0.kind == "ngo_advisory_board" }) else { return }
        for year in (c.today.year - c.historyYears + 1)...c.today.year {
            var meeting = try c.db.scalarInt("SELECT id FROM meetings WHERE body_id = ? AND year = ? AND kind = 'annual_negotiation'", body.id, Int64(year))
            if meeting == nil { meeting = try addNegotiation(c, body: body, year: year) }
            guard meeting != nil else { continue }
            try agreeGoals(c, bodyID: body.id, year: year)
        }
    }

    /// The negotiation as the body's last meeting of the year, two to four weeks after the one
    /// before it (so the year's numbering and § numbers run on), on a Tuesday to Thursday; one
    /// still to come is planned in December (none when the year has no December day left for it).
    private static func addNegotiation(_ c: DemoContext, body: DemoBodies.Body, year: Int) throws -> Int64? {
        let last = try c.db.queryOne("SELECT max(held_on) AS day, max(number) AS number FROM meetings WHERE body_id = ? AND year = ?", body.id, Int64(year))
        let after = last?.string("day").flatMap(CivilDate.init(iso:)).map { DemoDay(year: $0.year, month: $0.month, day: $0.day) }
            ?? DemoDay(year: year, month: 11, day: 1)
        var day = after + 14 + c.rng.below(14)
        if day > c.today, day.year == year, day.parts.month < 12 { day = DemoDay(year: year, month: 12, day: 1 + c.rng.below(10)) }
        while day.weekday > 3 || day.weekday == 0 { day = day + 1 }
        guard day.year == year else { return nil }
        let planned = day > c.today
        var section = Int(try c.db.scalarInt("""
            SELECT coalesce(max(i.section_number), 0) FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE m.body_id = ? AND m.year = ?
            """, body.id, Int64(year)) ?? 0)
        let m = DemoMeetings.Meeting(id: c.rng.id(), body: body, year: year, day: day, planned: planned, negotiation: true)
        let checkers = try DemoMeetings.insert(c, m, number: Int(last?.int64("number") ?? 0) + 1)
        try DemoAgenda.insertItems(c, m, section: &section, rounds: [], checkers: checkers, nextMeeting: day + 40 + c.rng.below(20))
        return m.id
    }

    /// The year's goals: those the year before left open or in progress carried over (keeping
    /// their status, naming where they came from), and two more of its own. A year that already
    /// has goals only gets its carried goals tied to the year before.
    private static func agreeGoals(_ c: DemoContext, bodyID: Int64, year: Int) throws {
        let earlier = try c.db.query("SELECT id, goal, measures, responsible, indicator, status FROM negotiation_goals WHERE body_id = ? AND year = ? AND status IN ('open', 'in_progress')",
                                     bodyID, Int64(year - 1))
        let existing = try c.db.query("SELECT id, goal, carried_from_id FROM negotiation_goals WHERE body_id = ? AND year = ?", bodyID, Int64(year))
        if !existing.isEmpty {
            for g in existing where g.int64("carried_from_id") == nil {
                guard let from = earlier.first(where: { $0.string("goal") == g.string("goal") })?.int64("id") else { continue }
                try c.db.run("UPDATE negotiation_goals SET carried_from_id = ? WHERE id = ?", from, g.int64("id"))
            }
            return
        }
        let past = year < c.today.year
        for g in earlier {
            try c.db.run("""
                INSERT INTO negotiation_goals (id, body_id, year, goal, measures, responsible, indicator, status, carried_from_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [c.rng.id(), bodyID, Int64(year), g.string("goal"), g.string("measures"), g.string("responsible"), g.string("indicator"),
                      status(carried: g, past: past), g.int64("id"), c.createdAt, c.createdAt])
        }
        let carried = Set(earlier.compactMap { $0.string("goal") })
        // The first goal stays in progress into the next year, so the carry-over runs through the history.
        let own = [goals[0]] + c.rng.sample(Array(goals.dropFirst()), 2)
        for (i, g) in own.enumerated() where !carried.contains(g.goal) {
            try c.db.run("""
                INSERT INTO negotiation_goals (id, body_id, year, goal, measures, responsible, indicator, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [c.rng.id(), bodyID, Int64(year), g.goal, g.measures, g.responsible, g.indicator,
                      i == 0 ? "in_progress" : (past ? "done" : "open"), c.createdAt, c.createdAt])
        }
    }

    /// A carried goal of a past year: the first goal is still in progress, the others got done.
    private static func status(carried g: Row, past: Bool) -> String {
        guard past else { return g.string("status") ?? "open" }
        return g.string("goal") == goals[0].goal ? "in_progress" : "done"
    }
}
