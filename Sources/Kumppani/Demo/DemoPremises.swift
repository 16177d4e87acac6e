import Foundation

/// Demo premises with weekly bookings that never clash (each room's slots are distinct
/// weekday-and-time pairs), the four goals of a Päijät-Häme-like wellbeing strategy with links
/// from activities, rounds and negotiation goals, and the parties of each annual negotiation.
enum DemoPremises {
    static let rooms: [(name: String, owner: String, address: String, town: String, capacity: Int, price: Int64, value: Int64)] = [
        ("Kerhohuone Aalto", "Päijät-Hämeen hyvinvointialue", "Keinukallionkatu 7, 15610 Lahti", "398", 20, 0, 30_00),
        ("Sosiaali- ja terveysaseman sali", "Päijät-Hämeen hyvinvointialue", "Kauppakatu 11, 18100 Heinola", "111", 60, 0, 45_00),
        ("Kirjaston ryhmätila", "Hollolan kunta", "Virastotie 3, 15870 Hollola", "098", 14, 0, 20_00),
        ("Nuorisotila Kipinä", "Orimattilan kaupunki", "Erkontie 15, 16300 Orimattila", "560", 30, 10_00, 25_00),
        ("Kylätalo Pulkkila", "Asikkalan kunta", "Pulkkilantie 2, 17320 Asikkala", "016", 40, 15_00, 25_00),
    ]
    static let slots: [(weekday: Int, start: String, end: String)] = [
        (1, "10:00", "12:00"), (1, "17:00", "19:00"), (2, "13:00", "15:00"), (3, "09:30", "11:30"),
        (3, "18:00", "20:00"), (4, "12:00", "14:00"), (5, "10:00", "11:30"),
    ]
    static let goals: [(code: String, title: String, description: String, indicators: String, groups: [String])] = [
        ("H1", "Osallisuus ja yhteisöllisyys vahvistuvat", "Jokaisella on mahdollisuus osallistua ja kuulua yhteisöön.",
         "Yksinäisyyttä kokevien osuus\nJärjestöjen toimintaan osallistuneet", ["everyone", "immigrants", "unemployed"]),
        ("H2", "Lasten, nuorten ja perheiden hyvinvointi paranee", "Perheet saavat tukea ajoissa ja lähellä.",
         "Harrastuksen aloittaneet nuoret\nVertaistukeen osallistuneet perheet", ["children", "youth", "families"]),
        ("H3", "Ikääntyneet asuvat kotona turvallisesti pidempään", "Toimintakyky säilyy ja omaishoitajat jaksavat.",
         "Kotona asuvien 75 vuotta täyttäneiden osuus\nOmaishoitajien vertaisryhmät", ["older_people", "family_carers", "disabled"]),
        ("H4", "Mielen hyvinvointi vahvistuu ja päihdehaitat vähenevät", "Matalan kynnyksen tuki on helposti saatavilla.",
         "Matalan kynnyksen kohtaamispaikkojen käynnit\nPäihteiden käytön aloitusikä", ["mental_health", "substance_abuse"]),
    ]

    static func generate(_ c: DemoContext) throws {
        guard !c.activeAssociations.isEmpty else { return }
        try DemoNegotiations.generate(c)
        try insertBookings(c)
        try insertGoals(c)
        try DemoStrategySwedish.generate(c)
        try insertNegotiationParties(c)
    }

    /// Spring (mid-January to May) and autumn (end of August to mid-December) series of this and
    /// last year, with the winter and autumn holiday weeks as exceptions.
    private static func insertBookings(_ c: DemoContext) throws {
        let year = c.today.year
        for (r, room) in rooms.enumerated() {
            let roomID = c.rng.id()
            try c.db.run("""
                INSERT INTO premises (id, name, owner, address, municipality_code, capacity, accessibility, equipment, contact,
                    price_cents_per_hour, hourly_value_cents, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [roomID, room.name, room.owner, room.address, room.town, Int64(room.capacity),
                      r % 2 == 0 ? "Esteetön sisäänkäynti, induktiosilmukka" : "Hissi, esteetön WC",
                      "Videotykki, kahvinkeitin", "Tilavaraukset, puh. 03 819 0000", room.price, room.value, c.createdAt, c.createdAt])
            for (s, slot) in slots.enumerated() where (r + s) % 3 != 2 {
                let index = c.activeAssociations[(r * slots.count + s) % c.activeAssociations.count]
                let association = c.associations[index]
                let activity = try c.db.queryOne("SELECT id, title FROM activities WHERE association_id = ? ORDER BY id LIMIT 1", association.id)
                for y in [year - 1, year] {
                    for (from, to, holiday) in [((y, 1, 12), (y, 5, 29), (y, 2, 23)), ((y, 8, 24), (y, 12, 11), (y, 10, 20))] {
                        guard let first = CivilDate(year: from.0, month: from.1, day: from.2), let last = CivilDate(year: to.0, month: to.1, day: to.2),
                              let week = CivilDate(year: holiday.0, month: holiday.1, day: holiday.2) else { continue }
                        let bookingID = c.rng.id()
                        try c.db.run("""
                            INSERT INTO bookings (id, premises_id, association_id, activity_id, title, starts_on, ends_on, weekday, start_time, end_time,
                                note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)
                            """, [bookingID, roomID, association.id, activity?.int64("id"), activity?.string("title") ?? "", first.iso, last.iso,
                                  Int64(slot.weekday), slot.start, slot.end, c.createdAt, c.createdAt])
                        // The holiday week's day of this slot is left out.
                        let skipped = week.adding(days: (slot.weekday - week.weekday.rawValue + 7) % 7)
                        try c.db.run("INSERT INTO booking_exceptions (booking_id, on_date) VALUES (?, ?)", bookingID, skipped.iso)
                    }
                }
            }
        }
    }

    private static func insertGoals(_ c: DemoContext) throws {
        let year = c.today.year
        for goal in goals {
            let id = c.rng.id()
            try c.db.run("""
                INSERT INTO strategy_goals (id, code, title, description, period_from, period_to, indicators, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, goal.code, goal.title, goal.description, Int64(year - 2), Int64(year + 2), goal.indicators, c.createdAt, c.createdAt])
            let marks = goal.groups.map { _ in "?" }.joined(separator: ", ")
            // Activities serving the goal's target groups; rounds name the goal among their criteria.
            try c.db.run("""
                INSERT OR IGNORE INTO strategy_links (goal_id, entity, entity_id)
                SELECT ?, 'activity', activity_id FROM activity_target_groups WHERE code IN (\(marks))
                """, [id as DatabaseValueConvertible?] + goal.groups.map { $0 as DatabaseValueConvertible? })
            try c.db.run("""
                INSERT OR IGNORE INTO strategy_links (goal_id, entity, entity_id)
                SELECT ?, 'application', application_id FROM application_target_groups WHERE code IN (\(marks))
                """, [id as DatabaseValueConvertible?] + goal.groups.map { $0 as DatabaseValueConvertible? })
            if goal.code == "H1" {
                try c.db.run("INSERT OR IGNORE INTO strategy_links (goal_id, entity, entity_id) SELECT ?, 'round', id FROM grant_rounds", id)
            }
            // Every negotiation goal serves one strategy goal, in turn.
            try c.db.run("""
                INSERT OR IGNORE INTO strategy_links (goal_id, entity, entity_id)
                SELECT ?, 'negotiation_goal', id FROM negotiation_goals WHERE (rowid % 4) = ?
                """, id, Int64(goals.firstIndex { $0.code == goal.code } ?? 0))
        }
    }

    /// Each annual negotiation names its parties, and the goals of its body and year belong to it.
    private static func insertNegotiationParties(_ c: DemoContext) throws {
        for m in try c.db.query("SELECT id, body_id, year FROM meetings WHERE kind = 'annual_negotiation' ORDER BY held_on") {
            guard let meeting = m.int64("id") else { continue }
            try c.db.run("UPDATE negotiation_goals SET meeting_id = ?, follow_up = 'Seuranta syksyn kumppanuuspöydässä.' WHERE body_id = ? AND year = ?",
                         meeting, m.int64("body_id"), m.int64("year"))
            var parties: [(String, String, Int64?, String?, String)] = [
                ("county", "Päijät-Hämeen hyvinvointialue", nil, nil, "hyvinvointialuejohtaja, järjestökoordinaattori"),
                ("municipality", "Lahden kaupunki", nil, "398", "hyvinvointikoordinaattori"),
                ("municipality", "Heinolan kaupunki", nil, "111", "sivistysjohtaja"),
            ]
            for index in c.activeAssociations.prefix(2) {
                parties.append(("association", c.associations[index].name, c.associations[index].id, nil, "puheenjohtaja"))
            }
            for p in parties {
                try c.db.run("""
                    INSERT INTO negotiation_parties (id, meeting_id, kind, name, association_id, municipality_code, representatives, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, [c.rng.id(), meeting, p.0, p.1, p.2, p.3, p.4, c.createdAt])
            }
        }
    }
}
