import Foundation

enum MunicipalitySeed {
    static func insert(into db: Database) throws {
        for m in Municipality.all {
            try db.run("INSERT INTO municipalities(code, name_fi, name_sv, region_fi, wellbeing_county_fi) VALUES (?, ?, ?, ?, ?)",
                       m.code, m.nameFI, m.nameSV, m.regionFI, m.wellbeingCountyFI)
        }
    }
}

/// The starting classification lists (editable later). Codes are stable English identifiers.
enum ClassificationSeed {
    typealias Entry = (code: String, fi: String, sv: String, en: String)

    static let activityKinds: [Entry] = [
        ("advice", "Neuvonta", "Rådgivning", "Advice"),
        ("guidance", "Ohjaus", "Handledning", "Guidance"),
        ("peer_group", "Vertaisryhmä", "Kamratgrupp", "Peer group"),
        ("hobby", "Harrastustoiminta", "Hobbyverksamhet", "Hobby activity"),
        ("camp", "Leiri", "Läger", "Camp"),
        ("trip", "Retki", "Utflykt", "Trip"),
        ("event", "Tapahtuma", "Evenemang", "Event"),
        ("home_help", "Kotiin vietävä apu", "Hjälp i hemmet", "Home help"),
        ("volunteering", "Vapaaehtoistoiminta", "Frivilligverksamhet", "Volunteering"),
        ("training", "Koulutus", "Utbildning", "Training"),
        ("service_production", "Palvelutuotanto", "Serviceproduktion", "Service production"),
    ]

    static let targetGroups: [Entry] = [
        ("children", "Lapset", "Barn", "Children"),
        ("youth", "Nuoret", "Unga", "Youth"),
        ("families", "Lapsiperheet", "Barnfamiljer", "Families"),
        ("older_people", "Ikääntyneet", "Äldre", "Older people"),
        ("family_carers", "Omaishoitajat", "Närståendevårdare", "Family carers"),
        ("disabled", "Vammaiset henkilöt", "Personer med funktionsnedsättning", "People with disabilities"),
        ("mental_health", "Mielenterveyskuntoutujat", "Mentalvårdsrehabiliterande", "Mental-health rehabilitees"),
        ("substance_abuse", "Päihdekuntoutujat", "Missbruksrehabiliterande", "Substance-abuse rehabilitees"),
        ("immigrants", "Maahanmuuttajat", "Invandrare", "Immigrants"),
        ("unemployed", "Työttömät", "Arbetslösa", "The unemployed"),
        ("everyone", "Kaikki", "Alla", "Everyone"),
    ]

    static let themes: [Entry] = [
        ("loneliness", "Yksinäisyyden ehkäisy", "Motverka ensamhet", "Preventing loneliness"),
        ("physical_activity", "Liikunta", "Motion", "Physical activity"),
        ("mental_wellbeing", "Mielen hyvinvointi", "Psykiskt välbefinnande", "Mental wellbeing"),
        ("inclusion", "Osallisuus", "Delaktighet", "Inclusion"),
        ("safety", "Turvallisuus", "Säkerhet", "Safety"),
    ]

    static let grantTypes: [Entry] = [
        ("general", "Yleisavustus", "Allmänt understöd", "General (operating) grant"),
        ("partnership", "Kumppanuusavustus", "Partnerskapsunderstöd", "Partnership grant"),
        ("project", "Kohdeavustus", "Projektunderstöd", "Project grant"),
        ("development", "Kehittämisavustus", "Utvecklingsunderstöd", "Development grant"),
    ]

    static func insert(into db: Database) throws {
        let lists: [(String, [Entry])] = [
            ("activity_kind", activityKinds), ("target_group", targetGroups), ("theme", themes), ("grant_type", grantTypes),
        ]
        for (list, entries) in lists {
            for (i, e) in entries.enumerated() {
                try db.run("INSERT INTO categories(list, code, label_fi, label_sv, label_en, sort) VALUES (?, ?, ?, ?, ?, ?)",
                           list, e.code, e.fi, e.sv, e.en, i)
            }
        }
    }
}
