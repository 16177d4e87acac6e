import Foundation

/// The demo's bilingual body (issue 17): a partnership table whose agendas and minutes print in
/// Finnish and Swedish, with one coming meeting to export whose items carry their Swedish texts
/// (one background left untranslated, so the document shows how a missing text is marked), and
/// a few Swedish-speaking associations written to in Swedish. Added last, so the rest of the demo
/// (and every test built on a small demo) is unchanged; only the full-size demo has it.
enum DemoBilingual {
    static let name = "Kumppanuuspöytä / Partnerskapsbordet"

    static func generate(_ c: DemoContext) throws {
        guard c.scale >= 500 else { return }
        let body = try DemoBodies.insertBody(c, name: name, kind: "partnership_table", seats: 7, fromAssociations: true)
        try c.db.run("UPDATE bodies SET document_language = ? WHERE id = ?", Body.bilingualCode, body.id)
        let day = c.today + 21
        let meeting = DemoMeetings.Meeting(id: c.rng.id(), body: body, year: day.year, day: day, planned: true, negotiation: false)
        let checkers = try DemoMeetings.insert(c, meeting, number: 1)
        var section = 0
        try DemoAgenda.insertItems(c, meeting, section: &section, rounds: [], checkers: checkers, nextMeeting: day + 42)
        try addSwedishTexts(c, meetingID: meeting.id, nextMeeting: day + 42)
        try DemoSwedishAssociations.insert(c)
    }

    /// The Swedish beside each Finnish title, background and proposal the demo agenda uses.
    static let swedish: [String: String] = [
        "Kokouksen avaus": "Sammanträdet öppnas",
        "Laillisuus ja päätösvaltaisuus": "Laglighet och beslutförhet",
        "Todetaan kokous laillisesti koolle kutsutuksi ja päätösvaltaiseksi.": "Sammanträdet konstateras vara lagligen sammankallat och beslutfört.",
        "Pöytäkirjantarkastajien valinta": "Val av protokolljusterare",
        "Valitaan kaksi pöytäkirjantarkastajaa.": "Två protokolljusterare väljs.",
        "Esityslistan hyväksyminen": "Godkännande av föredragningslistan",
        "Hyväksytään esityslista kokouksen työjärjestykseksi.": "Föredragningslistan godkänns som arbetsordning för sammanträdet.",
        DemoAgenda.followUpTitle: L(.sv)["meetings.template.\(AgendaTemplate.followUpKey)"],
        "Merkitään tiedoksi.": "Antecknas för kännedom.",
        "Ajankohtaiset asiat hyvinvointialueelta": "Aktuellt från välfärdsområdet",
        "Hyvinvointialueen edustaja kertoo ajankohtaisista asioista.": "Välfärdsområdets representant berättar om aktuella frågor.",
        "Kumppanuuspöytien kuulumiset": "Nytt från partnerskapsborden",
        "Kumppanuuspöytien puheenjohtajat kertovat pöytien työstä.": "Partnerskapsbordens ordförande berättar om bordens arbete.",
        "Järjestöyhteistyön toimintasuunnitelma": "Verksamhetsplan för samarbetet med organisationerna",
        "Toimintasuunnitelma on valmisteltu yhdessä järjestöjen kanssa.": "Verksamhetsplanen har beretts tillsammans med organisationerna.",
        "Hyväksytään toimintasuunnitelma liitteen mukaisesti.": "Verksamhetsplanen godkänns enligt bilagan.",
        "Hyvinvointikertomuksen järjestöosuus": "Organisationernas del av välfärdsberättelsen",
        // Its background is left untranslated on purpose: the documents mark it missing.
        "Keskustellaan ja annetaan palaute valmistelijalle.": "Ärendet diskuteras och beredaren får respons.",
        "Lausuntopyyntö: palvelustrategian päivitys": "Begäran om utlåtande: uppdatering av servicestrategin",
        "Aluehallitus pyytää lausuntoa palvelustrategian päivityksestä.": "Välfärdsområdesstyrelsen begär utlåtande om uppdateringen av servicestrategin.",
        "Annetaan lausunto liitteen mukaisesti.": "Utlåtande ges enligt bilagan.",
        "Järjestöjen tilojen käyttö": "Organisationernas användning av lokaler",
        "Järjestöt ovat toivoneet maksuttomia tiloja vertaisryhmille.": "Organisationerna har önskat avgiftsfria lokaler för kamratgrupper.",
        "Esitetään tilojen maksutonta käyttöä arki-iltaisin.": "Avgiftsfri användning av lokalerna på vardagskvällar föreslås.",
        "Palvelupolkujen järjestöyhteistyö": "Organisationssamarbete i servicestigarna",
        "Palveluohjaus järjestöjen toimintaan ikääntyneiden palvelupolulla.": "Servicehandledning till organisationernas verksamhet på de äldres servicestig.",
        "Keskustellaan ja sovitaan jatkotoimista.": "Ärendet diskuteras och fortsatta åtgärder avtalas.",
        "Järjestöneuvottelukunnan toimintakertomus": "Organisationsdelegationens verksamhetsberättelse",
        "Edellisen vuoden toimintakertomus.": "Verksamhetsberättelsen för föregående år.",
        "Hyväksytään toimintakertomus.": "Verksamhetsberättelsen godkänns.",
        "Vapaaehtoistoiminnan koordinaatio": "Koordinering av frivilligverksamheten",
        "Vapaaehtoiskeskusten yhteistyön tilannekatsaus.": "Lägesöversikt över frivilligcentralernas samarbete.",
        "Lähellä.fi-palvelun käyttöönotto": "Ibruktagande av tjänsten Lähellä.fi",
        "Järjestöjen toiminta näkyviin Lähellä.fi-palveluun.": "Organisationernas verksamhet synlig i tjänsten Lähellä.fi.",
        "Keskustellaan.": "Ärendet diskuteras.",
        "Muut asiat": "Övriga ärenden",
        "Seuraava kokous": "Nästa sammanträde",
        "Kokouksen päättäminen": "Sammanträdet avslutas",
    ]

    static func addSwedishTexts(_ c: DemoContext, meetingID: Int64, nextMeeting: DemoDay) throws {
        let next = "Seuraava kokous pidetään \(nextMeeting.finnish)."
        for row in try c.db.query("SELECT id, title, background, proposal FROM agenda_items WHERE meeting_id = ?", meetingID) {
            func sv(_ column: String) -> String {
                let text = row.string(column) ?? ""
                if text == next { return "Nästa sammanträde hålls \(nextMeeting.finnish)." }
                if column == "background", row.string("title") == "Hyvinvointikertomuksen järjestöosuus" { return "" }
                return swedish[text] ?? ""
            }
            try c.db.run("UPDATE agenda_items SET title_sv = ?, background_sv = ?, proposal_sv = ? WHERE id = ?",
                         sv("title"), sv("background"), sv("proposal"), row.int64("id"))
        }
    }
}

/// Swedish-speaking associations (issue 17): their letters and slips are written in Swedish.
/// Fixed rows, not drawn from the random stream, in the region's own municipalities.
enum DemoSwedishAssociations {
    /// (name, municipality code, city, description)
    static let rows: [(String, String, String, String)] = [
        ("Svenska föreningen i Lahtis r.f.", "398", "Lahti", "Kultur- och samkvämsverksamhet på svenska för alla åldrar i Lahtis."),
        ("Folkhälsan i Lahtis r.f.", "398", "Lahti", "Hälsofrämjande verksamhet, simskola och kamratgrupper för barnfamiljer och seniorer."),
        ("Heinola svenska pensionärer r.f.", "111", "Heinola", "Träffar, motion och utflykter för svenskspråkiga pensionärer."),
        ("Marthaföreningen i Hollola r.f.", "098", "Hollola", "Råd om matlagning, hushåll och miljö; kurser och kamratträffar."),
    ]

    static func insert(_ c: DemoContext) throws {
        for (i, row) in rows.enumerated() {
            // Ids just below the demo's random ones would be guesses; a fixed base keeps them stable.
            let id = Int64(9_100_000_000 + i)
            try c.db.run("""
                INSERT INTO associations(id, name, name_key, municipality_code, city, description, email, status, correspondence_language,
                  created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'active', 'sv', ?, ?)
                """, [id, row.0, DemoGenerator.nameKey(row.0), row.1, row.2, row.3,
                      "info@" + DemoNames.emailLocal(String(row.0.dropLast(5))).replacingOccurrences(of: ".", with: "") + ".example",
                      c.createdAt, c.createdAt])
            try c.db.run("INSERT INTO association_categories(association_id, list, code) VALUES (?, 'target_group', ?)",
                         id, i == 1 ? "families" : "older_people")
        }
    }
}
