import Foundation

/// Päijät-Häme's ten municipalities as the demo data needs them: population weight, genitive
/// (for names such as "Lahden Seudun Omaishoitajat ry"), villages, postal codes and streets.
struct DemoPlace: Sendable {
    let code: String
    let name: String
    let genitive: String
    let population: Int
    /// (village, its genitive)
    let villages: [(String, String)]
    /// (postal code, post office)
    let postalCodes: [(String, String)]
    let streets: [String]
    let areaCode: String
}

enum DemoPlaces {
    static let all: [DemoPlace] = [
        DemoPlace(code: "398", name: "Lahti", genitive: "Lahden", population: 120_000,
                  villages: [("Ahtiala", "Ahtialan"), ("Jalkaranta", "Jalkarannan"), ("Kiveriö", "Kiveriön"), ("Mukkula", "Mukkulan"),
                             ("Liipola", "Liipolan"), ("Laune", "Launeen"), ("Kärpänen", "Kärpäsen"), ("Renkomäki", "Renkomäen"),
                             ("Villähde", "Villähteen"), ("Nastola", "Nastolan"), ("Uusikylä", "Uudenkylän"), ("Koiskala", "Koiskalan"),
                             ("Okeroinen", "Okeroisten"), ("Hennala", "Hennalan"), ("Paavola", "Paavolan"), ("Kivimaa", "Kivimaan"),
                             ("Kukkila", "Kukkilan"), ("Metsäkangas", "Metsäkankaan")],
                  postalCodes: [("15100", "Lahti"), ("15110", "Lahti"), ("15140", "Lahti"), ("15150", "Lahti"), ("15160", "Lahti"),
                                ("15170", "Lahti"), ("15200", "Lahti"), ("15210", "Lahti"), ("15240", "Lahti"), ("15300", "Lahti"),
                                ("15500", "Lahti"), ("15610", "Lahti"), ("15700", "Lahti"), ("15800", "Lahti"), ("15900", "Lahti"),
                                ("15560", "Nastola"), ("15550", "Nastola")],
                  streets: ["Aleksanterinkatu", "Vesijärvenkatu", "Rautatienkatu", "Hämeenkatu", "Mariankatu", "Vapaudenkatu",
                            "Saimaankatu", "Kirkkokatu", "Harjukatu", "Jalkarannantie", "Mukkulankatu", "Rauhankatu",
                            "Launeenkatu", "Kivimaankatu", "Sibeliuksenkatu", "Ahtialantie", "Nastolantie", "Kisapuistonkatu"],
                  areaCode: "03"),
        DemoPlace(code: "098", name: "Hollola", genitive: "Hollolan", population: 23_000,
                  villages: [("Salpakangas", "Salpakankaan"), ("Nostava", "Nostavan"), ("Herrala", "Herralan"), ("Kalliola", "Kalliolan"),
                             ("Hälvälä", "Hälvälän"), ("Hämeenkoski", "Hämeenkosken"), ("Tennilä", "Tennilän"), ("Kutajärvi", "Kutajärven"),
                             ("Pyhäniemi", "Pyhäniemen")],
                  postalCodes: [("15870", "Hollola"), ("15880", "Soramäki"), ("15860", "Hollola"), ("16710", "Hollola"),
                                ("16730", "Kutajärvi"), ("16800", "Hämeenkoski")],
                  streets: ["Virtaintie", "Hollolantie", "Pyhäniementie", "Salpakankaantie", "Vanha Helsingintie", "Kankaantaantie",
                            "Tiilitehtaantie", "Kirkkotie"],
                  areaCode: "03"),
        DemoPlace(code: "111", name: "Heinola", genitive: "Heinolan", population: 18_000,
                  villages: [("Vierumäki", "Vierumäen"), ("Jyränkö", "Jyrängön"), ("Lusi", "Lusin"), ("Tommola", "Tommolan"),
                             ("Myllyoja", "Myllyojan")],
                  postalCodes: [("18100", "Heinola"), ("18120", "Heinola"), ("18130", "Heinola"), ("18150", "Heinola"),
                                ("18200", "Heinola"), ("19110", "Vierumäki"), ("19120", "Vierumäki")],
                  streets: ["Kauppakatu", "Savontie", "Rautatienkatu", "Kirkkokatu", "Maaherrankatu", "Siltakatu", "Lampikatu"],
                  areaCode: "03"),
        DemoPlace(code: "560", name: "Orimattila", genitive: "Orimattilan", population: 16_000,
                  villages: [("Pennala", "Pennalan"), ("Mallusjoki", "Mallusjoen"), ("Niinikoski", "Niinikosken"), ("Artjärvi", "Artjärven"),
                             ("Virenoja", "Virenojan"), ("Heinämaa", "Heinämaan"), ("Kuivanto", "Kuivannon")],
                  postalCodes: [("16300", "Orimattila"), ("16320", "Pennala"), ("16330", "Heinämaa"), ("16450", "Mallusjoki"),
                                ("07880", "Artjärvi")],
                  streets: ["Erkontie", "Henrik Wikströmintie", "Puistokatu", "Lahdentie", "Kauppatie", "Virenojantie"],
                  areaCode: "03"),
        DemoPlace(code: "016", name: "Asikkala", genitive: "Asikkalan", population: 8_000,
                  villages: [("Vääksy", "Vääksyn"), ("Kalkkinen", "Kalkkisten"), ("Vesivehmaa", "Vesivehmaan"), ("Urajärvi", "Urajärven"),
                             ("Anianpelto", "Anianpellon"), ("Viitaila", "Viitailan")],
                  postalCodes: [("17200", "Vääksy"), ("17240", "Kalkkinen"), ("17150", "Urajärvi"), ("17320", "Asikkala")],
                  streets: ["Rantatie", "Vääksyntie", "Pappilantie", "Anianpellontie", "Kanavatie"],
                  areaCode: "03"),
        DemoPlace(code: "142", name: "Iitti", genitive: "Iitin", population: 6_500,
                  villages: [("Kausala", "Kausalan"), ("Radansuu", "Radansuun"), ("Sitikkala", "Sitikkalan"), ("Perheniemi", "Perheniemen"),
                             ("Haapakimola", "Haapakimolan"), ("Vuolenkoski", "Vuolenkosken")],
                  postalCodes: [("47400", "Kausala"), ("47450", "Perheniemi"), ("47520", "Iitti")],
                  streets: ["Kauppatie", "Iitintie", "Asematie", "Kirkkotie", "Radansuuntie"],
                  areaCode: "05"),
        DemoPlace(code: "316", name: "Kärkölä", genitive: "Kärkölän", population: 4_300,
                  villages: [("Järvelä", "Järvelän"), ("Lappila", "Lappilan"), ("Marttila", "Marttilan"), ("Hongisto", "Hongiston")],
                  postalCodes: [("16600", "Järvelä"), ("16610", "Kärkölä"), ("16630", "Lappila")],
                  streets: ["Keskustie", "Kärköläntie", "Asematie", "Lappilantie"],
                  areaCode: "03"),
        DemoPlace(code: "781", name: "Sysmä", genitive: "Sysmän", population: 3_600,
                  villages: [("Nuoramoinen", "Nuoramoisten"), ("Suopelto", "Suopellon"), ("Liikola", "Liikolan"), ("Onkiniemi", "Onkiniemen"),
                             ("Valittula", "Valittulan")],
                  postalCodes: [("19700", "Sysmä"), ("19650", "Joutsjärvi")],
                  streets: ["Sysmäntie", "Uotilantie", "Kirkkotie", "Rantatie"],
                  areaCode: "03"),
        DemoPlace(code: "576", name: "Padasjoki", genitive: "Padasjoen", population: 2_800,
                  villages: [("Arrakoski", "Arrakosken"), ("Auttoinen", "Auttoisten"), ("Maakeski", "Maakesken"), ("Vesijako", "Vesijaon"),
                             ("Nyystölä", "Nyystölän")],
                  postalCodes: [("17500", "Padasjoki"), ("17510", "Nyystölä"), ("17530", "Arrakoski")],
                  streets: ["Kellosalmentie", "Padasjoentie", "Maakeskentie", "Rantatie"],
                  areaCode: "03"),
        DemoPlace(code: "081", name: "Hartola", genitive: "Hartolan", population: 2_700,
                  villages: [("Koitti", "Koitin"), ("Putkijärvi", "Putkijärven"), ("Pohjola", "Pohjolan"), ("Jääsjärvi", "Jääsjärven")],
                  postalCodes: [("19600", "Hartola")],
                  streets: ["Hartolantie", "Koskenpääntie", "Kirkkotie", "Jyväskyläntie"],
                  areaCode: "03"),
    ]

    static let weights: [Int] = all.map(\.population)
}
