extension Catalog {
    /// Paths and file kinds (issue 15): what Kumppani writes into, what it refuses, and why.
    static let files: [String: Text] = [
        "files.folder_given": Text(
            "{1} on kansio, ei tiedosto. Anna tiedoston nimi, esimerkiksi {2}.",
            "{1} is a folder, not a file. Give a file name, for example {2}."),
        "files.not_replaced": Text(
            "Kohdassa {1} on {2}; Kumppani ei korvaa sitä. Anna toinen tiedostonimi tai tavallisen tiedoston polku.",
            "{1} is {2}; Kumppani does not replace it. Give another file name or the path of a regular file."),
        "files.kind.link": Text("symbolinen linkki", "a symbolic link"),
        "files.kind.socket": Text("pistoke (socket)", "a socket"),
        "files.kind.block_device": Text("levylaite", "a disk device"),
        "files.kind.other": Text("erikoistiedosto", "a special file"),
        "files.cut_short": Text(
            "Kohteeseen {1} ei voitu kirjoittaa loppuun: {2}. Se mitä ehdittiin kirjoittaa on vajaa; tietokanta on ennallaan.",
            "Could not finish writing to {1}: {2}. What was already written is incomplete; the database is unchanged."),
        "files.cut_short_full": Text(
            "Levy on täynnä: kohteeseen {1} ei voitu kirjoittaa loppuun, ja se mitä ehdittiin kirjoittaa on vajaa. Vapauta levytilaa ja yritä uudelleen; tietokanta on ennallaan.",
            "The disk is full: {1} could not be written to the end, and what was already written is incomplete. Free some disk space and try again; the database is unchanged."),
        "files.standard_output": Text("vakiotuloste", "standard output"),
        "files.empty_sqlite": Text(
            "{1} on tyhjä SQLite-tietokanta, jonka on luonut jokin muu kuin Kumppani; siihen ei koskettu. Anna uuden tiedoston polku valitsimella --db, tai ota juuri tämä tiedosto Kumppanin käyttöön komennolla: kumppani init --db {1}",
            "{1} is an empty SQLite database made by something other than Kumppani; it was not touched. Give the path of a new file with --db, or make this very file Kumppani's with: kumppani init --db {1}"),
        "files.empty_file_init": Text(
            "{1} on tyhjä tiedosto (0 tavua); siihen ei koskettu. Jos loit sen Kumppania varten, ota se käyttöön komennolla: kumppani init --db {1}",
            "{1} is an empty file (0 bytes); it was not touched. If you made it for Kumppani, start using it with: kumppani init --db {1}"),
        "files.busy": Text(
            "Toinen ohjelma kirjoittaa tiedostoon {1} juuri nyt; tiedosto ei ole vioittunut. Yritä hetken kuluttua uudelleen.",
            "Another program is writing the file {1}; the file is not damaged. Try again in a moment."),
        "files.init_done": Text("Uusi tyhjä Kumppani-tietokanta: {1}", "A new empty Kumppani database: {1}"),
        "files.init_exists": Text(
            "{1} on jo Kumppanin tietokanta; siihen ei koskettu.",
            "{1} is already a Kumppani database; it was not touched."),
        "files.init_not_empty": Text(
            "{1} ei ole tyhjä; kumppani init ottaa käyttöön vain uuden, tyhjän tiedoston. Tiedostoon ei koskettu.",
            "{1} is not empty; kumppani init only takes a new, empty file. The file was not touched."),
        "files.control_character": Text(
            "ohjausmerkki {1} ei kelpaa tekstiin (sallittuja ovat vain sarkain ja rivinvaihto)",
            "the control character {1} is not allowed in text (only tab and line breaks are)"),
        "files.more_problems": Text("… ja {1} muuta ongelmaa (yhteensä {2})", "… and {1} more problems ({2} in all)"),
        "files.trap": Text(
            "kumppani: sisäinen virhe (signaali {1}); pääte palautettiin. Pöytäkirja on tallessa tiedostossa.",
            "kumppani: internal error (signal {1}); the terminal was restored. The minutes are safe in the file."),
    ]
}
