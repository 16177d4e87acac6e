extension Catalog {
    static let privacy: [String: Text] = [
        "privacy.marker": Text("[poistettu henkilö]", "[erased person]"),
        "privacy.not_found": Text(
            "Henkilöä ”{1}” ei löydy. Anna koko nimi tai sähköpostiosoite niin kuin se on tallennettu (tai id:TUNNUS).",
            "No person “{1}” was found. Give the full name or the e-mail address as stored (or id:NUMBER)."),
        "privacy.ambiguous": Text(
            "Nimellä ”{1}” on {2} henkilötietuetta (tunnukset {3}); ne voivat olla eri ihmisiä, ja kaikki on lueteltu.",
            "{2} person records are named “{1}” (ids {3}); they may be different people, and all are listed."),
        "privacy.ambiguous_erase": Text(
            "Nimellä ”{1}” on {2} henkilötietuetta, ehkä eri ihmisiä:\n{3}\nValitse yksi sähköpostiosoitteella tai tunnuksella, esimerkiksi: kumppani person erase id:{4}",
            "{2} person records are named “{1}”, perhaps different people:\n{3}\nChoose one by e-mail or id, for example: kumppani person erase id:{4}"),
        "privacy.person_line": Text("  {1} (tunnus {2}{3})", "  {1} (id {2}{3})"),
        "privacy.erase.preview": Text("Poistettava henkilö:", "Person to erase:"),
        "privacy.erase.changes": Text("Muutokset:", "Changes:"),
        "privacy.erase.done": Text("Poistettu tietokannasta {1}:", "Erased from {1}:"),
        "privacy.erase.count": Text("  {1}: {2}", "  {1}: {2}"),
        "privacy.erase.confirm": Text("Poistetaanko pysyvästi? [k/E] ", "Erase permanently? [y/N] "),
        "privacy.erase.needs_yes": Text(
            "Poisto pitää vahvistaa, mutta syöte ei ole pääte. Lisää --yes, jos haluat poistaa kysymättä.",
            "Erasing needs a confirmation, but the input is not a terminal. Add --yes to erase without asking."),
        "privacy.erase.cancelled": Text("Mitään ei poistettu.", "Nothing was erased."),
        "privacy.erase.marker_note": Text(
            "Pöytäkirjoissa ja muissa teksteissä nimen tilalla on nyt merkintä {1}.",
            "In minutes and other texts the name is now replaced by {1}."),
        "privacy.erase.backups": Text(
            "Huom. aiemmin tehdyt varmuuskopiot (esimerkiksi tietokannan viereiset -backups- ja .bak-tiedostot sekä kumppani backup -komennolla tehdyt kopiot) sisältävät yhä henkilön tiedot. Poista ne tai korvaa uusilla, kun niitä ei enää tarvita.",
            "Note: backups made earlier (for example the -backups and .bak files beside the database and copies made with kumppani backup) still hold this person. Delete or replace them when they are no longer needed."),
        "privacy.erase.wal_busy": Text(
            "Tietokanta on auki toisessa ikkunassa, joten vanhat kopiot jäivät vielä tietokannan -wal-tiedostoon. Ne poistuvat, kun kaikki Kumppani-ikkunat suljetaan: sulje muut ikkunat nyt.",
            "The database is open in another window, so old copies are still in the database's -wal file. They are removed when every Kumppani window is closed: close the other windows now."),
        "privacy.kind.people_deleted": Text("henkilötietueen poisto", "person records deleted"),
        "privacy.kind.people_anonymized": Text(
            "henkilötietueen muuttaminen nimettömäksi (pöytäkirjat viittaavat siihen)", "person records made anonymous (minutes refer to them)"),
        "privacy.kind.association_roles": Text("tehtävät yhdistyksissä", "roles in associations"),
        "privacy.kind.close_persons": Text("läheissuhteet", "close-person links"),
        "privacy.kind.body_memberships": Text("jäsenyydet toimielimissä", "body memberships"),
        "privacy.kind.contact_log": Text("yhteydenpitomerkinnät", "contact-log entries"),
        "privacy.kind.actions_unassigned": Text("vastuuhenkilön poisto toimenpiteistä", "actions left without their owner"),
        "privacy.kind.activity_contacts": Text("yhteyshenkilön poisto toiminnoista", "activities left without their contact person"),
        "privacy.kind.texts_scrubbed": Text("nimen korvaaminen merkinnällä tekstikentissä", "text fields where the name is replaced by the marker"),
        "privacy.failed": Text("Henkilön tietoja ei voitu käsitellä: {1}", "Could not process the person's data: {1}"),
    ]
}
