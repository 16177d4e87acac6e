import Foundation

/// Agenda items with the standard opening and closing items, minutes texts and follow-up actions.
enum DemoAgenda {
    /// (title, kind, background, proposal, decision)
    typealias Topic = (String, String, String, String, String)

    static let topics: [Topic] = [
        ("Ajankohtaiset asiat hyvinvointialueelta", "information", "Hyvinvointialueen edustaja kertoo ajankohtaisista asioista.",
         "Merkitään tiedoksi.", "Merkittiin tiedoksi."),
        ("Kumppanuuspöytien kuulumiset", "information", "Kumppanuuspöytien puheenjohtajat kertovat pöytien työstä.",
         "Merkitään tiedoksi.", "Merkittiin tiedoksi."),
        ("Järjestöyhteistyön toimintasuunnitelma", "decision", "Toimintasuunnitelma on valmisteltu yhdessä järjestöjen kanssa.",
         "Hyväksytään toimintasuunnitelma liitteen mukaisesti.", "Hyväksyttiin esityksen mukaisesti."),
        ("Hyvinvointikertomuksen järjestöosuus", "discussion", "Alueellisen hyvinvointikertomuksen luonnos on lausuttavana.",
         "Keskustellaan ja annetaan palaute valmistelijalle.", "Keskusteltiin; palaute välitetään valmistelijalle."),
        ("Lausuntopyyntö: palvelustrategian päivitys", "decision", "Aluehallitus pyytää lausuntoa palvelustrategian päivityksestä.",
         "Annetaan lausunto liitteen mukaisesti.", "Annettiin lausunto esityksen mukaisesti."),
        ("Järjestöjen tilojen käyttö", "decision", "Järjestöt ovat toivoneet maksuttomia tiloja vertaisryhmille.",
         "Esitetään tilojen maksutonta käyttöä arki-iltaisin.", "Hyväksyttiin esityksen mukaisesti."),
        ("Palvelupolkujen järjestöyhteistyö", "discussion", "Palveluohjaus järjestöjen toimintaan ikääntyneiden palvelupolulla.",
         "Keskustellaan ja sovitaan jatkotoimista.", "Keskusteltiin; sovittiin työpajasta."),
        ("Järjestöneuvottelukunnan toimintakertomus", "decision", "Edellisen vuoden toimintakertomus.",
         "Hyväksytään toimintakertomus.", "Hyväksyttiin."),
        ("Vapaaehtoistoiminnan koordinaatio", "information", "Vapaaehtoiskeskusten yhteistyön tilannekatsaus.",
         "Merkitään tiedoksi.", "Merkittiin tiedoksi."),
        ("Lähellä.fi-palvelun käyttöönotto", "discussion", "Järjestöjen toiminta näkyviin Lähellä.fi-palveluun.",
         "Keskustellaan.", "Keskusteltiin; järjestöille järjestetään koulutus."),
    ]
    static let actions = ["Valmistella kooste järjestöjen palautteesta", "Lähettää lausunto aluehallitukselle",
                          "Kutsua järjestöt työpajaan", "Päivittää järjestöjen tilaohje", "Selvittää avustusten maksuaikataulu",
                          "Koota kumppanuuspöytien yhteystiedot", "Tiedottaa järjestöjä avustushausta"]

    /// The standard follow-up item, as a new meeting's template makes it (fi title, template key).
    static let followUpTitle = L(.fi)["meetings.template.\(AgendaTemplate.followUpKey)"]
    /// Items before this position are the standard opening ones: no actions or links on them.
    static let firstTopic = 5

    static func insertItems(_ c: DemoContext, _ m: DemoMeetings.Meeting, section: inout Int, rounds: [(Int64, String)],
                            checkers: [Int64], nextMeeting: DemoDay) throws {
        let ordinary = m.body.members.filter { $0.role != "deputy" }.map(\.person)
        var names: [Int64: String] = [:]
        for row in try c.db.query("SELECT id, name FROM people WHERE id IN (?, ?)", checkers.first, checkers.dropFirst().first) {
            if let id = row.int64("id") { names[id] = row.string("name") }
        }
        let checkerNames = checkers.compactMap { names[$0] }.joined(separator: " ja ")
        var items: [Topic] = [
            ("Kokouksen avaus", "information", "", "", "Puheenjohtaja avasi kokouksen."),
            ("Laillisuus ja päätösvaltaisuus", "decision", "", "Todetaan kokous laillisesti koolle kutsutuksi ja päätösvaltaiseksi.",
             "Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi."),
            ("Pöytäkirjantarkastajien valinta", "decision", "", "Valitaan kaksi pöytäkirjantarkastajaa.",
             "Pöytäkirjantarkastajiksi valittiin \(checkerNames)."),
            ("Esityslistan hyväksyminen", "decision", "", "Hyväksytään esityslista kokouksen työjärjestykseksi.",
             "Esityslista hyväksyttiin kokouksen työjärjestykseksi."),
            (followUpTitle, "information", "", "Merkitään tiedoksi.", "Merkittiin tiedoksi."),
        ]
        var roundItem: [Int: Int64] = [:]
        var caseNumbers: [Int: String] = [:]
        if m.negotiation {
            for (title, text) in [("Yhteiset tavoitteet", "tavoitteet"), ("Toimenpiteet", "toimenpiteet"), ("Yhteistyö", "yhteistyön muodot"),
                                  ("Seuranta", "seurannan mittarit")] {
                items.append(("Vuosineuvottelu: \(title)", "decision", "Lakisääteinen vuosittainen neuvottelu järjestöjen kanssa.",
                              "Sovitaan \(text) seuraavalle vuodelle.", "Sovittiin \(text) liitteen mukaisesti."))
            }
        } else {
            // The committee decides the rounds whose decision day this is, each in its own § (one decision, recorded once).
            if m.body.kind == "hyte_committee", !m.planned {
                for round in rounds where c.pendingDecisions.contains(where: { $0.roundID == round.0 && $0.day == m.day }) {
                    roundItem[items.count] = round.0
                    caseNumbers[items.count] = DemoDecisions.caseNumber(c, year: m.year)
                    items.append(("Avustusten myöntäminen: \(round.1)", "decision", "Hakemukset on arvioitu hakukriteerien perusteella.",
                                  "Myönnetään avustukset päätösluettelon (liite) mukaisesti.", "Hyväksyttiin esityksen mukaisesti."))
                }
            }
            items += c.rng.sample(topics, c.rng.between(4, 10))
        }
        items += [
            ("Muut asiat", "discussion", "", "", c.rng.chance(0.5) ? "Ei muita asioita." : "Keskusteltiin syksyn tapahtumista."),
            ("Seuraava kokous", "decision", "", "Seuraava kokous pidetään \(nextMeeting.finnish).",
             "Seuraava kokous pidetään \(nextMeeting.finnish)."),
            ("Kokouksen päättäminen", "information", "", "", "Puheenjohtaja päätti kokouksen."),
        ]
        for (position, item) in items.enumerated() {
            section += 1
            let id = c.rng.id()
            let stamp = m.planned ? c.createdAt : m.day.instant(hour: 13)
            try c.db.run("""
                INSERT INTO agenda_items(id, meeting_id, position, section_number, kind, title, preparer, background, proposal, discussion,
                  decision, round_id, template_key, created_at, updated_at, case_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, m.id, position + 1, section, item.1, item.0, item.2.isEmpty ? "" : "järjestökoordinaattori", item.2, item.3,
                      m.planned || item.1 != "discussion" ? "" : "Keskustelussa nostettiin esiin pienten kuntien tilanne.",
                      m.planned ? "" : item.4, roundItem[position], item.0 == followUpTitle ? AgendaTemplate.followUpKey : "",
                      stamp, stamp, caseNumbers[position] ?? ""])
            if let round = roundItem[position] {
                try DemoDecisions.write(c, roundID: round, meetingID: m.id, bodyID: m.body.id, day: m.day, section: section,
                                        caseNumber: caseNumbers[position] ?? "")
            }
            c.summary.agendaItems += 1
            if roundItem[position] != nil || (item.1 == "decision" && c.rng.chance(0.1) && position >= firstTopic && position < items.count - 3) {
                try c.db.run("INSERT INTO item_attachments(id, item_id, label, target) VALUES (?, ?, ?, ?)",
                             c.rng.id(), id, "Liite \(position)", "liitteet/\(m.year)-\(section).pdf")
            }
            if position >= firstTopic, position < items.count - 3, !c.associations.isEmpty, c.rng.chance(0.15) {
                try c.db.run("INSERT INTO item_associations(item_id, association_id) VALUES (?, ?)",
                             id, c.associations[c.rng.below(c.associations.count)].id)
            }
            if roundItem[position] != nil, let person = ordinary.last {
                try c.db.run("INSERT INTO item_disqualifications(item_id, person_id, reason) VALUES (?, ?, ?)",
                             id, person, "Hakijayhdistyksen hallituksen jäsen")
            }
            if !m.planned, position >= firstTopic, position < items.count - 3, c.rng.chance(0.3) {
                let due = m.day + c.rng.between(14, 60)
                let done = due < c.today - 7 && c.rng.chance(0.8) ? (due - c.rng.below(10)).iso : nil
                try c.db.run("""
                    INSERT INTO actions(id, body_id, meeting_id, item_id, text, owner_person_id, due_on, done_on, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [c.rng.id(), m.body.id, m.id, id, c.rng.pick(actions), c.rng.pick(ordinary + [c.coordinatorID]),
                          due.iso, done, stamp, stamp])
            }
        }
    }
}
