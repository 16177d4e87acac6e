extension Catalog {
    static let meetings: [String: Text] = [
        // Errors
        "meetings.error.not_found": Text("Kokousta tai asiaa ei löydy.", "The meeting or item was not found."),
        "meetings.error.read_only": Text("Pöytäkirja on hyväksytty eikä sitä voi muuttaa. Tee korjaus oikaisuna.", "The minutes are approved and cannot be changed. Record a correction as an amendment."),
        "meetings.error.already_started": Text("Kokous on jo alkanut: asioiden järjestys ja pykälänumerot ovat lukitut.", "The meeting has started: the order of items and the § numbers are fixed."),
        "meetings.error.transition": Text("Tilaa ei voi vaihtaa: {1} → {2}.", "The status cannot change: {1} → {2}."),
        "meetings.error.empty": Text("Kenttä {1} ei voi olla tyhjä.", "The field {1} cannot be empty."),
        "meetings.error.date": Text("Päivämäärä ”{1}” ei kelpaa. Kirjoita esim. 23.11.2026.", "The date “{1}” is not valid. Type e.g. 23.11.2026."),
        "meetings.error.time": Text("Kellonaika ”{1}” ei kelpaa. Kirjoita esim. 14.05.", "The time “{1}” is not valid. Type e.g. 14.05."),
        "meetings.error.not_approved": Text("Oikaisu tehdään vasta hyväksyttyyn pöytäkirjaan; luonnosta voi muokata suoraan.", "Amendments are for approved minutes; edit a draft directly."),
        "meetings.error.number": Text("Luku ”{1}” ei kelpaa.", "The number “{1}” is not valid."),

        // Standard agenda items
        "meetings.template.opening": Text("Kokouksen avaus", "Opening of the meeting"),
        "meetings.template.legality": Text("Laillisuus ja päätösvaltaisuus", "Legality and quorum"),
        "meetings.template.legality.proposal": Text("Todetaan kokous laillisesti koolle kutsutuksi ja päätösvaltaiseksi.", "The meeting is declared legally convened and quorate."),
        "meetings.template.checkers": Text("Pöytäkirjantarkastajien valinta", "Election of the minute checkers"),
        "meetings.template.checkers.proposal": Text("Valitaan kaksi pöytäkirjantarkastajaa.", "Two minute checkers are elected."),
        "meetings.template.agenda": Text("Esityslistan hyväksyminen", "Adoption of the agenda"),
        "meetings.template.agenda.proposal": Text("Hyväksytään esityslista kokouksen työjärjestykseksi.", "The agenda is adopted as the order of business."),
        "meetings.template.follow_up": Text("Edellisen kokouksen toimenpiteiden seuranta", "Follow-up of the previous meeting's actions"),
        "meetings.template.follow_up.proposal": Text("Merkitään tiedoksi.", "Noted."),
        "meetings.template.goals": Text("Yhteiset tavoitteet", "Shared goals"),
        "meetings.template.measures": Text("Toimenpiteet", "Measures"),
        "meetings.template.cooperation": Text("Yhteistyö ja työnjako", "Cooperation and division of work"),
        "meetings.template.monitoring": Text("Seuranta ja arviointi", "Follow-up and evaluation"),
        "meetings.template.other": Text("Muut asiat", "Other matters"),
        "meetings.template.next": Text("Seuraava kokous", "Next meeting"),
        "meetings.template.closing": Text("Kokouksen päättäminen", "Closing of the meeting"),

        "meetings.decision.as_proposed": Text("Hyväksyttiin esityksen mukaisesti.", "Approved as proposed."),
        "meetings.clock_stamp": Text("klo {1}", "at {1}"),
        "meetings.attendance.was_out": Text("poissa klo {1}–{2}", "out {1}–{2}"),
    ]
}
