extension Catalog {
    static let directory: [String: Text] = [
        "directory.status.active": Text("toiminnassa", "active"),
        "directory.status.dormant": Text("lepäävä", "dormant"),
        "directory.status.dissolved": Text("lakannut", "dissolved"),
        "directory.sort.name": Text("nimi", "name"),
        "directory.sort.municipality": Text("kunta", "municipality"),
        "directory.sort.lastContact": Text("viimeisin yhteydenotto", "last contact"),

        "directory.role.board_chair": Text("hallituksen puheenjohtaja", "board chair"),
        "directory.role.board_member": Text("hallituksen jäsen", "board member"),
        "directory.role.board_deputy": Text("hallituksen varajäsen", "deputy board member"),
        "directory.role.employee": Text("työntekijä", "employee"),
        "directory.role.representative": Text("edustaja", "representative"),
        "directory.role.contact": Text("yhteyshenkilö", "contact person"),
        "directory.role.member": Text("jäsen", "member"),

        "directory.stage.received": Text("hakemus saapunut", "application received"),
        "directory.stage.in_review": Text("valmistelussa", "in review"),
        "directory.stage.proposed": Text("esitetty", "proposed"),
        "directory.stage.decided": Text("päätetty", "decided"),
        "directory.stage.paid": Text("maksettu", "paid"),
        "directory.stage.reported": Text("käyttöselvitys saapunut", "report received"),
        "directory.stage.closed": Text("päättynyt", "closed"),
        "directory.stage.withdrawn": Text("peruttu", "withdrawn"),
        "directory.stage.recovery": Text("takaisinperinnässä", "being reclaimed"),

        "directory.contact.call": Text("puhelu", "call"),
        "directory.contact.email": Text("sähköposti", "email"),
        "directory.contact.meeting": Text("tapaaminen", "meeting"),
        "directory.contact.visit": Text("käynti", "visit"),
        "directory.contact.other": Text("muu", "other"),

        "directory.error.no_such_association": Text(
            "Yhdistystä ei enää ole: joku on ehkä poistanut sen. Lista on päivitetty.",
            "The association no longer exists: it may have been deleted. The list has been refreshed."),
        "directory.log.bad_date": Text(
            "”{1}” ei ole päivämäärä. Kirjoita esimerkiksi 23.11.2026.",
            "“{1}” is not a date. Type for example 23.11.2026."),
        "directory.log.follow_up_before": Text(
            "Seurantapäivä ei voi olla ennen yhteydenottoa.",
            "The follow-up date cannot be before the contact."),

        "directory.field.name_required": Text("Nimi puuttuu.", "The name is missing."),
        "directory.field.name_too_long": Text("Nimi on liian pitkä (enintään 200 merkkiä).", "The name is too long (at most 200 characters)."),
        "directory.field.business_id_shape": Text(
            "Muoto on 1234567-8.",
            "Write it as 1234567-8."),
        "directory.field.business_id_check": Text(
            "Tarkistusmerkki ei täsmää: tarkista numerot.",
            "The check digit does not match: check the digits."),
        "directory.field.business_id_impossible": Text(
            "Tällaista Y-tunnusta ei voi olla: tarkista numerot.",
            "No such business ID can exist: check the digits."),
        "directory.field.business_id_taken": Text(
            "Jo käytössä: ”{2}”.",
            "Already used by “{2}”."),
        "directory.field.unknown_category": Text("Tuntematon luokka ”{1}”.", "Unknown category “{1}”."),
        "directory.field.similar_name": Text(
            "Kunnassa {2} on jo lähes samanniminen yhdistys ”{1}”. Onko tämä sama? Jos ei, tallenna uudelleen.",
            "There is already a very similar association “{1}” in {2}. Is this the same one? Save again if not."),
        "directory.field.municipality_unknown": Text(
            "Kuntaa ”{1}” ei löydy virallisesta kuntaluettelosta.",
            "“{1}” is not in the official list of municipalities."),
        "directory.field.postal_code_invalid": Text("Postinumerossa on viisi numeroa, esimerkiksi 15110.", "A postal code has five digits, for example 15110."),
        "directory.field.founded_year_invalid": Text("Perustamisvuosi on vuosiluku 1800–2100.", "The founding year is a year between 1800 and 2100."),

        "directory.delete.done": Text("Yhdistys ”{1}” poistettiin.", "The association “{1}” was deleted."),
        "directory.delete.dissolved": Text(
            "Yhdistystä ”{1}” ei poistettu, koska sillä on avustuksia ({2}) ja talousaineisto on säilytettävä. Se merkittiin lakanneeksi.",
            "“{1}” was not deleted because it has grants ({2}) and financial records must be kept. It was marked dissolved."),
        "directory.merge.done": Text(
            "”{1}” yhdistettiin yhdistykseen ”{2}”: siirrettiin {3} henkilöä, {4} toimintaa, {5} yhteydenottoa ja {6} avustusta.",
            "“{1}” was merged into “{2}”: moved {3} people, {4} activities, {5} contact-log entries and {6} grants."),
        "directory.merge.same": Text("Yhdistystä ei voi yhdistää itseensä.", "An association cannot be merged with itself."),

        "directory.card.title": Text("LÄHETE – järjestön toimintaan", "REFERRAL – to an association's activity"),
        "directory.card.activity": Text("Toiminta", "Activity"),
        "directory.card.kind": Text("Toimintamuoto", "Kind"),
        "directory.card.association": Text("Järjestäjä", "Organised by"),
        "directory.card.place": Text("Paikka", "Place"),
        "directory.card.time": Text("Aika", "Time"),
        "directory.card.cost": Text("Hinta", "Cost"),
        "directory.card.for": Text("Kenelle", "For"),
        "directory.card.accessibility": Text("Saavutettavuus", "Accessibility"),
        "directory.card.contact": Text("Yhteystiedot", "Contact"),
        "directory.card.website": Text("Verkkosivu", "Website"),
        "directory.card.footer": Text("Lähete tulostettu {1}. Tervetuloa mukaan!", "Referral printed on {1}. You are welcome to join!"),
    ]
}
