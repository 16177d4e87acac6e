import Foundation

/// Associations with addresses, categories, activities, people and the contact log.
enum DemoDirectory {
    static let weekdays = ["ma", "ti", "ke", "to", "pe", "la", "su"]
    static let places = ["Kylätalo", "Seurakuntatalo", "Kirjasto", "Järjestötalo", "Koulun liikuntasali", "Nuorisotila",
                         "Yhdistyksen toimitila", "Palvelukeskus", "Urheilukenttä", "Työväentalo"]
    static let costs = ["maksuton", "maksuton", "maksuton", "2 € / kerta", "5 € / kerta", "10 € / kerta", "30 € / kausi", "jäsenmaksu 15 € / vuosi"]
    static let domains = ["yhdistys.example", "jarjesto.example", "seura.example"]

    static func generate(_ c: DemoContext, count: Int, progress: (Double) -> Void) throws {
        var usedNames = Set<String>()
        var nameCounters: [String: Int] = [:]
        var businessNumber = 1_000_000 + c.rng.below(400_000)
        var registerNumber = 100_000 + c.rng.below(50_000)
        let step = max(1, count / 100)
        for index in 0..<count {
            let placeIndex = c.rng.weighted(DemoPlaces.weights)
            let place = DemoPlaces.all[placeIndex]
            let kind = DemoAssociationKinds.all[c.rng.weighted(DemoAssociationKinds.weights)]
            var name = ""
            for _ in 0..<4 {
                name = makeName(kind: kind, place: place, &c.rng)
                if !usedNames.contains(name) { break }
            }
            if usedNames.contains(name) {
                // Real registers number look-alike names too; keep the legal suffix last.
                let n = (nameCounters[name] ?? 1) + 1
                nameCounters[name] = n
                name = name.hasSuffix(" ry") ? "\(name.dropLast(3)) \(n) ry" : "\(name) \(n)"
            }
            usedNames.insert(name)
            let registered = name.hasSuffix(" ry")
            var businessID: String?
            var register: String?
            if registered {
                repeat { businessNumber += 1 + c.rng.below(7) } while DemoIdentifiers.businessIDCheckDigit(businessNumber) == nil
                businessID = DemoIdentifiers.businessID(businessNumber)
                registerNumber += 1 + c.rng.below(5)
                register = "\(registerNumber / 1000).\(DemoIdentifiers.padded(registerNumber % 1000, 3))"
            }
            let id = try insertAssociation(c, name: name, kind: kind, place: place, businessID: businessID, register: register)
            c.associations.append((id, name, placeIndex))
            try insertActivities(c, associationID: id, kind: kind, place: place, placeIndex: placeIndex)
            if index % step == 0 { progress(Double(index) / Double(max(1, count))) }
        }
    }

    static func makeName(kind: DemoAssociationKind, place: DemoPlace, _ rng: inout SeededRandom) -> String {
        let village = rng.pick(place.villages)
        return rng.pick(kind.patterns)
            .replacingOccurrences(of: "{K}", with: place.genitive)
            .replacingOccurrences(of: "{V}", with: village.1)
    }

    static func insertAssociation(_ c: DemoContext, name: String, kind: DemoAssociationKind, place: DemoPlace,
                                  businessID: String?, register: String?) throws -> Int64 {
        let id = c.rng.id()
        let postal = c.rng.pick(place.postalCodes)
        let street = "\(c.rng.pick(place.streets)) \(c.rng.between(1, 60))"
        let slug = DemoNames.emailLocal(name.replacingOccurrences(of: " ry", with: "")).replacingOccurrences(of: ".", with: "")
        let email = (c.rng.chance(0.5) ? "info." : "") + String(slug.prefix(28)) + "@" + c.rng.pick(domains)
        let phone = c.rng.chance(0.85) ? DemoContact.phone(&c.rng, mobile: c.rng.chance(0.7), areaCode: place.areaCode) : ""
        let website = c.rng.chance(0.45) ? "https://\(String(slug.prefix(28))).\(c.rng.pick(domains))" : ""
        let roll = c.rng.below(100)
        let status = roll < 88 ? "active" : (roll < 97 ? "dormant" : "dissolved")
        let description = kind.description + (c.rng.chance(0.4) ? " Toimimme \(place.genitive) alueella jo \(c.rng.between(5, 80)) vuotta." : "")
        let offers = (0..<8).map { _ in c.rng.chance(0.22) }
        try c.db.run("""
            INSERT INTO associations(id, name, name_key, business_id, register_number, municipality_code, street, postal_code, city,
              email, phone, website, description, founded_year, status, lahella_listed, offers_client_perspective,
              offers_expert_by_experience, offers_volunteer_coordination, offers_knowledge, offers_special_expertise,
              offers_services, offers_preventive_work, offers_co_development, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [id, name, DemoGenerator.nameKey(name), businessID, register, place.code, street, postal.0, postal.1,
                  email, phone, website, description, c.rng.between(1905, 2022), status, c.rng.chance(0.35),
                  offers[0], offers[1], offers[2], offers[3], offers[4], offers[5], offers[6], offers[7], c.createdAt, c.createdAt])
        for code in c.rng.sample(kind.targetGroups, c.rng.between(1, 2)) {
            try c.db.run("INSERT INTO association_categories(association_id, list, code) VALUES (?, 'target_group', ?)", id, code)
        }
        for code in c.rng.sample(kind.activityKinds, c.rng.between(1, 2)) {
            try c.db.run("INSERT INTO association_categories(association_id, list, code) VALUES (?, 'activity_kind', ?)", id, code)
        }
        if status == "active" { c.activeAssociations.append(c.associations.count) }
        c.summary.associations += 1
        try insertPeople(c, associationID: id, domain: c.rng.pick(domains), active: status == "active")
        return id
    }

    static func insertPeople(_ c: DemoContext, associationID: Int64, domain: String, active: Bool) throws {
        let roles: [(String, String)] = [("board_chair", "puheenjohtaja"), ("board_member", "sihteeri"), ("contact", "yhteyshenkilö"),
                                         ("employee", "toiminnanohjaaja"), ("board_member", "rahastonhoitaja")]
        let count = c.rng.between(1, 3)
        var firstPerson: Int64?
        for i in 0..<count {
            let role = i == 0 ? roles[0] : roles[c.rng.between(1, roles.count - 1)]
            let n = DemoNames.person(&c.rng)
            let person = try c.insertPerson(first: n.first, last: n.last, title: role.1, domain: domain)
            let start = c.today - c.rng.between(30, 3000)
            try c.db.run("INSERT INTO affiliations(id, person_id, association_id, kind, title, start_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         c.rng.id(), person, associationID, role.0, role.1, start.iso, c.createdAt)
            if i == 0 { firstPerson = person }
            if role.0 == "board_chair" || role.0 == "board_member", active { c.boardPeople.append((person, associationID)) }
        }
        if c.rng.chance(0.3) { try insertContactLog(c, associationID: associationID, person: firstPerson) }
    }

    static func insertContactLog(_ c: DemoContext, associationID: Int64, person: Int64?) throws {
        let notes = ["Keskusteltu avustushausta ja hakemuksen liitteistä.", "Kysyivät tiloja vertaisryhmälle syksyksi.",
                     "Sovittu esittäytyminen kumppanuuspöydässä.", "Päivitetty yhteystiedot ja toiminnan kuvaus.",
                     "Käyttöselvityksen täydennys pyydetty.", "Kutsu järjestöneuvottelukunnan kokoukseen."]
        for _ in 0..<c.rng.between(1, 3) {
            let day = c.today - c.rng.between(1, 700)
            var followUp: String?
            var done: String?
            if c.rng.chance(0.35) {
                let due = day + c.rng.between(7, 60)
                followUp = due.iso
                if due < c.today - 14 && c.rng.chance(0.7) { done = (due - c.rng.between(0, 5)).iso }
            }
            try c.db.run("""
                INSERT INTO contact_log(id, association_id, contacted_on, kind, note, person_id, follow_up_on, follow_up_done_on, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [c.rng.id(), associationID, day.iso, c.rng.pick(["call", "email", "meeting", "visit", "other"]),
                      c.rng.pick(notes), person, followUp, done, day.instant(hour: 9, minute: c.rng.below(60)), "demo"])
        }
    }

    static func insertActivities(_ c: DemoContext, associationID: Int64, kind: DemoAssociationKind,
                                 place: DemoPlace, placeIndex: Int) throws {
        let count = c.rng.weighted([30, 35, 25, 10]) + 1
        for title in c.rng.sample(kind.activities, count) {
            let id = c.rng.id()
            let day = c.rng.pick(Array(weekdays.prefix(c.rng.chance(0.8) ? 5 : 7)))
            let start = c.rng.between(9, 18)
            let schedule = "\(day) klo \(start).\(c.rng.chance(0.7) ? "00" : "30")–\(start + c.rng.between(1, 3)).00"
                + (c.rng.chance(0.3) ? ", joka toinen viikko" : "")
            let where_ = "\(c.rng.pick(places)), \(c.rng.pick(place.streets)) \(c.rng.between(1, 40)), \(place.name)"
            let language = c.rng.weighted([90, 4, 6])
            // Drawn as before, so the rest of the demo stays the same; the title decides.
            let drawnKind = c.rng.pick(kind.activityKinds)
            let kindCode = DemoActivityKinds.byTitle[title] ?? drawnKind
            try c.db.run("""
                INSERT INTO activities(id, association_id, title, kind_code, description, schedule, place, language, cost, accessibility,
                  contact_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, associationID, title, kindCode, "\(title) \(place.genitive) alueella. Tervetuloa mukaan!",
                      schedule, where_, ["fi", "sv", "en"][language], c.rng.pick(costs), c.rng.chance(0.5) ? "Esteetön sisäänkäynti" : "",
                      c.rng.chance(0.4) ? "Ilmoittautumiset puhelimitse" : "", c.createdAt, c.createdAt])
            for code in c.rng.sample(kind.targetGroups, c.rng.between(1, 2)) {
                try c.db.run("INSERT INTO activity_target_groups(activity_id, code) VALUES (?, ?)", id, code)
            }
            try c.db.run("INSERT INTO activity_municipalities(activity_id, municipality_code) VALUES (?, ?)", id, place.code)
            if c.rng.chance(0.15) {
                let other = DemoPlaces.all[c.rng.below(DemoPlaces.all.count)].code
                if other != place.code {
                    try c.db.run("INSERT INTO activity_municipalities(activity_id, municipality_code) VALUES (?, ?)", id, other)
                }
            }
            c.summary.activities += 1
        }
    }
}
