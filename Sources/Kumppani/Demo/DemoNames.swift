import Foundation

/// Finnish first and last names for the demo people (common ones, from the population register's lists).
enum DemoNames {
    static let firstNames = [
        "Aino", "Anna", "Anneli", "Annikki", "Eeva", "Elina", "Emma", "Helena", "Hanna", "Irma", "Johanna", "Kaarina",
        "Katja", "Kirsi", "Laura", "Leena", "Liisa", "Maria", "Marja", "Minna", "Noora", "Outi", "Päivi", "Pirjo",
        "Riitta", "Sari", "Satu", "Sirpa", "Tiina", "Tuula", "Ulla", "Venla", "Aleksi", "Antti", "Eero", "Erkki",
        "Hannu", "Heikki", "Jari", "Juha", "Jukka", "Kalle", "Kari", "Lauri", "Markku", "Matti", "Mikko", "Olli",
        "Pekka", "Pentti", "Petri", "Raimo", "Sami", "Seppo", "Timo", "Tuomas", "Vesa", "Ville", "Väinö", "Åke",
    ]
    static let lastNames = [
        "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
        "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
        "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila",
        "Savolainen", "Lahtinen", "Ahonen", "Hakala", "Kärkkäinen", "Östman", "Aaltonen", "Pesonen", "Seppälä",
        "Leinonen", "Hiltunen", "Kettunen", "Vainio", "Miettinen", "Manninen", "Aalto", "Lindholm", "Öhman",
    ]

    static func person(_ rng: inout SeededRandom) -> (first: String, last: String) {
        (rng.pick(firstNames), rng.pick(lastNames))
    }

    /// "Päivi Mäkelä" → "paivi.makela", for demo e-mail addresses.
    static func emailLocal(_ text: String) -> String {
        var out = ""
        for ch in text.lowercased() {
            switch ch {
            case "ä", "å": out.append("a")
            case "ö": out.append("o")
            case " ": out.append(".")
            case "a"..."z", "0"..."9", ".", "-": out.append(ch)
            default: break
            }
        }
        return out
    }
}

/// A kind of association: how its name is formed, whom it serves and what it does.
struct DemoAssociationKind: Sendable {
    /// `{K}` = municipality genitive, `{V}` = village genitive.
    let patterns: [String]
    let targetGroups: [String]
    let activityKinds: [String]
    let activities: [String]
    let description: String
    let weight: Int
}

enum DemoAssociationKinds {
    static let all: [DemoAssociationKind] = [
        .init(patterns: ["{K} Seudun Omaishoitajat ry", "{K} Omaishoitajat ry"], targetGroups: ["family_carers", "older_people"],
              activityKinds: ["peer_group", "advice", "trip"], activities: ["Omaishoitajien vertaisryhmä", "Omaishoitajien virkistyspäivä", "Neuvontapiste omaishoitajille"],
              description: "Tukee omaishoitajia vertaistuella, neuvonnalla ja virkistystoiminnalla.", weight: 3),
        .init(patterns: ["MLL:n {K} paikallisyhdistys ry", "MLL:n {V} paikallisyhdistys ry"], targetGroups: ["families", "children"],
              activityKinds: ["peer_group", "volunteering", "event"], activities: ["Perhekahvila", "Lastenhoitoapu", "Kaveritoiminta", "Vauvaryhmä"],
              description: "Mannerheimin Lastensuojeluliiton paikallisyhdistys: perhekahvilat, lastenhoitoapu ja vapaaehtoistoiminta lapsiperheille.", weight: 4),
        .init(patterns: ["{K} Eläkkeensaajat ry", "{V} Eläkkeensaajat ry", "{K} Eläkeläiset ry", "{V} Eläkeläiset ry"], targetGroups: ["older_people"],
              activityKinds: ["hobby", "trip", "event"], activities: ["Kerhopäivä", "Tuolijumppa", "Teatteriretki", "Kuntosalivuoro", "Lauluryhmä"],
              description: "Eläkeläisten kerho- ja virkistystoimintaa, liikuntaa ja retkiä.", weight: 8),
        .init(patterns: ["{K} Mielenterveysyhdistys ry", "{K} Seudun Mielenterveysseura ry", "{K} Omaiset mielenterveystyön tukena ry"],
              targetGroups: ["mental_health"], activityKinds: ["peer_group", "advice", "hobby"],
              activities: ["Klubitalo", "Mielenterveyskuntoutujien vertaisryhmä", "Kohtaamispaikka", "Kokemusasiantuntijaryhmä"],
              description: "Vertaistukea ja matalan kynnyksen kohtaamispaikkoja mielenterveyskuntoutujille ja heidän läheisilleen.", weight: 3),
        .init(patterns: ["{V} Kyläyhdistys ry", "{V} kylätoimikunta", "{V} Kylätoimikunta ry"], targetGroups: ["everyone"],
              activityKinds: ["event", "hobby", "volunteering"], activities: ["Kyläjuhla", "Kylätalon avoimet ovet", "Talkoopäivä", "Kyläkahvila"],
              description: "Kylän yhteinen yhdistys: kylätalo, tapahtumat, talkoot ja kylän viihtyisyys.", weight: 10),
        .init(patterns: ["{K} Martat ry", "{V} Martat ry", "{V} Marttayhdistys ry"], targetGroups: ["everyone", "families"],
              activityKinds: ["training", "advice", "hobby"], activities: ["Ruokakurssi", "Kotitalousneuvonta", "Marttailta", "Sienikurssi"],
              description: "Kotitalousneuvontaa, ruoka- ja puutarhakursseja sekä yhteisöllistä toimintaa.", weight: 5),
        .init(patterns: ["SPR {K} osasto", "SPR {V} osasto", "Suomen Punaisen Ristin {K} osasto"], targetGroups: ["everyone", "immigrants", "older_people"],
              activityKinds: ["volunteering", "training", "home_help"], activities: ["Ystävätoiminta", "Ensiapukurssi", "Kotoutumisen tuki", "Terveyspiste"],
              description: "Ystävätoimintaa, ensiapukoulutusta, kotoutumisen tukea ja valmiustoimintaa.", weight: 3),
        .init(patterns: ["{K} 4H-yhdistys ry", "{V} 4H-kerho"], targetGroups: ["children", "youth"],
              activityKinds: ["hobby", "training", "camp"], activities: ["4H-kerho", "Nuorten työllistäminen", "Kesäleiri", "Kokkikerho"],
              description: "Lasten ja nuorten kerhoja, leirejä sekä nuorten työllistymisen tukea.", weight: 2),
        .init(patterns: ["{K} Urheilijat ry", "{V} Urheiluseura ry", "{K} Palloseura ry", "{V} Hiihtoseura ry", "{K} Voimistelijat ry",
                         "{V} Nuorisoseura ry", "{K} Uimaseura ry", "{V} Pallokerho ry"], targetGroups: ["children", "youth", "everyone"],
              activityKinds: ["hobby", "event", "camp"], activities: ["Junioriharjoitukset", "Kuntoliikuntaryhmä", "Liikuntakerho", "Hiihtokoulu", "Kesäleiri"],
              description: "Liikunta- ja urheilutoimintaa kaikenikäisille, junioritoiminta ja kuntoliikunta.", weight: 12),
        .init(patterns: ["{K} Sydänyhdistys ry", "{K} Seudun Diabetesyhdistys ry", "{K} Reumayhdistys ry", "{K} Seudun Muistiyhdistys ry",
                         "{K} Seudun Parkinson-yhdistys ry"], targetGroups: ["older_people", "disabled"],
              activityKinds: ["peer_group", "advice", "training"], activities: ["Vertaistukiryhmä", "Terveysluento", "Liikuntaryhmä", "Muistikahvila"],
              description: "Potilasjärjestön paikallisyhdistys: vertaistukea, neuvontaa ja terveysliikuntaa.", weight: 4),
        .init(patterns: ["{K} Invalidit ry", "{K} Seudun Näkövammaiset ry", "{K} Kuurojen Yhdistys ry", "{K} Seudun Kehitysvammaisten Tuki ry"],
              targetGroups: ["disabled"], activityKinds: ["peer_group", "advice", "hobby"],
              activities: ["Vertaisryhmä", "Soveltava liikunta", "Edunvalvontaneuvonta", "Virkistysretki"],
              description: "Vammaisten henkilöiden edunvalvontaa, vertaistukea ja harrastustoimintaa.", weight: 3),
        .init(patterns: ["{K} A-kilta ry", "{K} Seudun Sininauha ry"], targetGroups: ["substance_abuse"],
              activityKinds: ["peer_group", "advice"], activities: ["Päihteetön kohtaamispaikka", "AA-henkinen vertaisryhmä", "Päiväkeskus"],
              description: "Päihdekuntoutujien vertaistukea ja päihteetöntä toimintaa.", weight: 2),
        .init(patterns: ["{K} Monikulttuurinen yhdistys ry", "{K} Seudun Maahanmuuttajat ry"], targetGroups: ["immigrants"],
              activityKinds: ["advice", "training", "event"], activities: ["Suomen kielen kerho", "Naisten ryhmä", "Asiointiapu", "Kulttuurijuhla"],
              description: "Kotoutumista tukevaa toimintaa: kielikerhoja, asiointiapua ja kohtaamisia.", weight: 2),
        .init(patterns: ["{K} Työttömät ry", "{K} Seudun Työttömien Yhdistys ry"], targetGroups: ["unemployed"],
              activityKinds: ["advice", "peer_group", "guidance"], activities: ["Työnhakuklubi", "Ruokailu", "Työttömien ohjauspiste"],
              description: "Työttömien neuvontaa, yhteisöllistä toimintaa ja edullinen ruokailu.", weight: 2),
        .init(patterns: ["{K} Setlementti ry", "{K} Seudun Vapaaehtoiskeskus ry", "{K} Nuorisoseura ry"], targetGroups: ["youth", "everyone"],
              activityKinds: ["volunteering", "guidance", "service_production"], activities: ["Nuorten talo", "Vapaaehtoisvälitys", "Etsivä nuorisotyö"],
              description: "Vapaaehtoistoiminnan koordinointia, nuorisotyötä ja ohjausta.", weight: 2),
        .init(patterns: ["{V} Vanhempainyhdistys ry", "{K} Partiolaiset ry", "{V} Partiolaiset ry"], targetGroups: ["children", "families", "youth"],
              activityKinds: ["hobby", "camp", "event"], activities: ["Koloilta", "Partioleiri", "Koulun disko", "Retkipäivä"],
              description: "Lasten ja nuorten harrastustoimintaa, retkiä ja leirejä.", weight: 5),
    ]

    static let weights: [Int] = all.map(\.weight)
}
