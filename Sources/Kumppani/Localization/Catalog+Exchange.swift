extension Catalog {
    static let exchange: [String: Text] = [
        "csv.invalid_utf8": Text(
            "Tiedosto ei ole UTF-8-muodossa (virheellinen merkki rivillä {1}). Tallenna se Excelissä muodossa \"CSV UTF-8\" ja yritä uudelleen.",
            "The file is not UTF-8 (invalid character on line {1}). Save it in Excel as \"CSV UTF-8\" and try again."),
        "csv.utf16": Text(
            "Tiedosto on UTF-16-muodossa. Tallenna se Excelissä muodossa \"CSV UTF-8\" ja yritä uudelleen.",
            "The file is UTF-16. Save it in Excel as \"CSV UTF-8\" and try again."),
        "csv.unterminated_quote": Text(
            "Rivillä {1} alkava lainausmerkeissä oleva kenttä ei pääty tiedostossa.",
            "The quoted field starting on line {1} never ends."),
        "csv.empty": Text("Tiedosto on tyhjä: otsikkoriviä ei löytynyt.", "The file is empty: no header line."),
        "import.at_column": Text("rivi {1}, sarake {2}: {3}", "line {1}, column {2}: {3}"),
        "import.at_line": Text("rivi {1}: {2}", "line {1}: {2}"),
        "import.invalid": Text(
            "Mitään ei tuotu, koska tiedostossa on {1} virhettä. Korjaa ne ja tuo tiedosto uudelleen:",
            "Nothing was imported because the file has {1} problem(s). Fix them and import the file again:"),
        "import.busy": Text("Tuonti ei onnistunut, koska toinen Kumppani-ikkuna tallentaa samaan tiedostoon juuri nyt. Mitään ei tallennettu; yritä hetken kuluttua uudelleen.",
                            "The import did not run because another Kumppani window is saving to the same file right now. Nothing was saved; try again in a moment."),
        "import.database": Text("Tuonti epäonnistui eikä mitään tallennettu: {1}", "The import failed and nothing was saved: {1}"),
        "import.summary": Text("Tuotu: {1} uutta, {2} päivitetty, {3} ennallaan.", "Imported: {1} new, {2} updated, {3} unchanged."),
        "import.summary_dry": Text(
            "Koeajo, mitään ei tallennettu: {1} uutta, {2} päivitettäisiin, {3} ennallaan.",
            "Dry run, nothing was saved: {1} new, {2} would be updated, {3} unchanged."),
        "import.unknown_column": Text("tuntematon sarake. Sallitut sarakkeet: {1}", "unknown column. Accepted columns: {1}"),
        "import.duplicate_column": Text("sarake on otsikkorivillä kahdesti", "the column appears twice in the header"),
        "import.missing_name_column": Text("pakollinen sarake puuttuu otsikkoriviltä", "the required column is missing from the header"),
        "import.too_many_fields": Text("rivillä on {1} kenttää, otsikossa vain {2}", "the line has {1} fields but the header only {2}"),
        "import.name_required": Text("nimi puuttuu", "the name is missing"),
        "import.bad_business_id": Text(
            "virheellinen Y-tunnus \"{1}\" (muoto 1234567-8, tarkistusmerkki ei täsmää)",
            "invalid business ID \"{1}\" (format 1234567-8, check digit must match)"),
        "import.duplicate_business_id": Text("Y-tunnus {1} on jo rivillä {2}", "business ID {1} is already on line {2}"),
        "import.unknown_municipality": Text("kuntaa \"{1}\" ei ole (anna nimi tai kuntanumero)", "no municipality \"{1}\" (give a name or a code)"),
        "import.bad_postal_code": Text("postinumeron \"{1}\" pitää olla viisi numeroa", "postal code \"{1}\" must be five digits"),
        "import.bad_email": Text("sähköpostiosoite \"{1}\" ei ole kelvollinen", "\"{1}\" is not a valid e-mail address"),
        "import.bad_website": Text("verkko-osoite \"{1}\" ei ole kelvollinen (http:// tai https://)", "\"{1}\" is not a valid web address (http:// or https://)"),
        "import.bad_phone": Text("puhelinnumero \"{1}\" ei ole kelvollinen", "\"{1}\" is not a valid phone number"),
        "import.unknown_category": Text("tuntematon luokka \"{1}\"", "unknown category \"{1}\""),
        "export.cannot_write": Text("Tiedostoon {1} ei voitu kirjoittaa: {2}.", "Could not write {1}: {2}."),
        "export.database": Text("Vienti epäonnistui: {1}", "The export failed: {1}"),
    ]
}
