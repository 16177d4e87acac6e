import Foundation

/// Past meetings with approved minutes, one coming meeting per body, and the annual negotiation.
enum DemoMeetings {
    static let places = ["Hyvinvointialueen virastotalo, kokoushuone Vesijärvi, Lahti", "Järjestötalo, Lahti",
                         "Teams-etäkokous", "Heinolan kaupungintalo, valtuustosali", "Hollolan kunnantalo, kokoushuone Tiirismaa"]

    struct Meeting {
        let id: Int64
        let body: DemoBodies.Body
        let year: Int
        let day: DemoDay
        let planned: Bool
        let negotiation: Bool
    }

    static func generate(_ c: DemoContext) throws {
        var rounds: [Int: [(Int64, String)]] = [:]
        for row in try c.db.query("SELECT id, name, year FROM grant_rounds ORDER BY year, name") {
            if let id = row.int64("id"), let year = row.int("year") { rounds[year, default: []].append((id, row.string("name") ?? "")) }
        }
        for body in c.bodies {
            let plan = body.kind == "hyte_committee" && !c.hyteSchedule.isEmpty ? c.hyteSchedule : schedule(c, kind: body.kind)
            for (year, days) in plan {
                var section = 0
                for (i, day) in days.enumerated() {
                    let planned = day > c.today
                    let negotiation = body.kind == "ngo_advisory_board" && year == c.today.year - 1 && i == days.count - 1
                    let meeting = Meeting(id: c.rng.id(), body: body, year: year, day: day, planned: planned, negotiation: negotiation)
                    let checkers = try insert(c, meeting, number: i + 1)
                    try DemoAgenda.insertItems(c, meeting, section: &section, rounds: rounds[year] ?? [], checkers: checkers,
                                               nextMeeting: day + 35 + c.rng.below(20))
                    if negotiation { try insertGoals(c, bodyID: body.id, year: year) }
                }
            }
        }
    }

    /// A body's meeting days, year by year up to and including its first coming meeting.
    static func schedule(_ c: DemoContext, kind: String) -> [(year: Int, days: [DemoDay])] {
        let perYear = kind == "hyte_committee" ? 10 : (kind == "ngo_advisory_board" ? 6 : (c.scale >= 50_000 ? 10 : 4))
        var out: [(year: Int, days: [DemoDay])] = []
        var plannedDone = false
        for year in (c.today.year - c.historyYears + 1)...(c.today.year + 1) where !plannedDone {
            var days: [DemoDay] = []
            for month in spread(perYear) where !plannedDone {
                var day = DemoDay(year: year, month: month, day: 8 + c.rng.below(14))
                while day.weekday > 3 || day.weekday == 0 { day = day + 1 }   // Tuesday to Thursday
                days.append(day)
                if day > c.today { plannedDone = true }
            }
            out.append((year, days))
        }
        return out
    }

    /// Meeting months spread over the year, with no meetings in July.
    static func spread(_ count: Int) -> [Int] {
        let months = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]
        guard count < months.count else { return months }
        return (0..<count).map { months[$0 * months.count / count] }
    }

    /// Inserts the meeting and its attendance; returns the two minute checkers (§ 3 names them).
    @discardableResult
    static func insert(_ c: DemoContext, _ m: Meeting, number: Int) throws -> [Int64] {
        let chair = m.body.members.first { $0.role == "chair" }?.person
        let ordinary = m.body.members.filter { $0.role == "member" }.map(\.person)
        let checkers = c.rng.sample(ordinary, 2)
        let status = m.planned ? "planned" : "approved"
        let start = m.negotiation ? "09:00" : c.rng.pick(["13:00", "14:00", "15:00", "16:30"])
        let startHour = Int(start.prefix(2)) ?? 14
        // Minutes are checked within three days, approved within ten and put up for public viewing
        // the next day, but never after "today".
        let checkedOn = min(m.day + 3, c.today)
        let approvedOn = min(m.day + 10, c.today)
        let publishedOn = min(approvedOn + 1, c.today)
        let approvedAt = approvedOn.instant(hour: approvedOn == m.day ? 20 : 9)
        var checkerNames: [String] = []
        for id in checkers { checkerNames += try c.db.query("SELECT name FROM people WHERE id = ?", id).compactMap { $0.string("name") } }
        try c.db.run("""
            INSERT INTO meetings(id, body_id, kind, number, year, held_on, starts_at, ends_at, place, link, status, chair_person_id,
              secretary_person_id, checker1_person_id, checker2_person_id, started_at, ended_at, created_at, updated_at,
              checked_on, checked_by, checked_at, checked_os_user, approved_on, published_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [m.id, m.body.id, m.negotiation ? "annual_negotiation" : "regular", number, m.year, m.day.iso, start,
                  DemoIdentifiers.padded(min(23, startHour + 2), 2) + ":00", c.rng.pick(places), "",
                  status, chair, c.coordinatorID, checkers.first, checkers.dropFirst().first,
                  m.planned ? nil : m.day.instant(hour: startHour - 2, minute: c.rng.below(5)),
                  m.planned ? nil : m.day.instant(hour: startHour - 1, minute: 30 + c.rng.below(30)),
                  (m.day - 14).instant(hour: 9), m.planned ? c.createdAt : approvedAt,
                  m.planned ? nil : checkedOn.iso, m.planned ? "" : checkerNames.joined(separator: " ja "),
                  m.planned ? nil : checkedOn.instant(hour: 9), m.planned ? "" : "demo",
                  m.planned ? nil : approvedOn.iso, m.planned ? nil : publishedOn.iso])
        c.summary.meetings += 1
        guard !m.planned else { return checkers }
        // Members attend, an absent member's personal deputy comes instead; the coordinator keeps the minutes.
        var present = Set<Int64>()
        for seat in m.body.members where seat.role != "deputy" {
            if c.rng.chance(0.85) {
                try attend(c, m, person: seat.person, role: "member", deputyFor: nil, present: &present)
            } else if let deputy = m.body.members.first(where: { $0.role == "deputy" && $0.member != seat.member && c.rng.chance(0.7) }) {
                try attend(c, m, person: deputy.person, role: "deputy", deputyFor: seat.person, present: &present)
            }
        }
        try attend(c, m, person: c.coordinatorID, role: "other", deputyFor: nil, present: &present, note: "sihteeri")
        return checkers
    }

    static func attend(_ c: DemoContext, _ m: Meeting, person: Int64, role: String, deputyFor: Int64?,
                       present: inout Set<Int64>, note: String = "") throws {
        guard present.insert(person).inserted else { return }
        try c.db.run("INSERT INTO attendance(id, meeting_id, person_id, role, deputy_for_person_id, note) VALUES (?, ?, ?, ?, ?, ?)",
                     c.rng.id(), m.id, person, role, deputyFor, note)
    }

    static func insertGoals(_ c: DemoContext, bodyID: Int64, year: Int) throws {
        let goals = [("Yksinäisyyden vähentäminen ikääntyneillä", "Ystävä- ja kerhotoiminnan laajentaminen pieniin kuntiin", "ikäihmisten kumppanuuspöytä", "Yksinäisyyttä kokevien osuus (FinSote)"),
                     ("Lasten ja nuorten harrastamisen tukeminen", "Maksuttomat harrastusryhmät kouluille", "lasten ja perheiden kumppanuuspöytä", "Harrastavien nuorten osuus"),
                     ("Järjestöjen toimintaedellytykset", "Tilojen maksuton käyttö ja avustusten ennakoitavuus", "järjestökoordinaattori", "Avustusten katkottomuus"),
                     ("Palveluohjaus järjestöjen toimintaan", "Lähellä.fi-kattavuuden parantaminen ja ohjauskoulutus", "hyvinvointialue", "Ohjausten määrä"),
                     ("Mielenterveyden matalan kynnyksen tuki", "Kohtaamispaikkaverkoston vahvistaminen", "mielenterveysjärjestöt", "Kävijämäärät")]
        var previous: [Int64] = []
        for (i, g) in goals.prefix(3).enumerated() {
            let id = c.rng.id()
            try c.db.run("INSERT INTO negotiation_goals(id, body_id, year, goal, measures, responsible, indicator, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [id, bodyID, year, g.0, g.1, g.2, g.3, i == 0 ? "in_progress" : "done", c.createdAt, c.createdAt])
            previous.append(id)
        }
        for (i, g) in goals.enumerated() {
            try c.db.run("INSERT INTO negotiation_goals(id, body_id, year, goal, measures, responsible, indicator, status, carried_from_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [c.rng.id(), bodyID, year + 1, g.0, g.1, g.2, g.3, i == 0 ? "in_progress" : "open", i == 0 ? previous[0] : nil, c.createdAt, c.createdAt])
        }
    }
}
