extension Catalog {
    static let storage: [String: Text] = [
        "store.cannot_create_dir": Text(
            "Kansiota {1} ei voitu luoda: {2}. Tarkista oikeudet tai valitse toinen paikka valitsimella --db.",
            "Could not create the folder {1}: {2}. Check the permissions or choose another place with --db."),
        "store.cannot_create_file": Text(
            "Tietokantatiedostoa {1} ei voitu luoda: {2}. Tarkista oikeudet tai valitse toinen paikka valitsimella --db.",
            "Could not create the database file {1}: {2}. Check the permissions or choose another place with --db."),
        "store.not_a_database": Text(
            "{1} ei ole Kumppanin tietokanta (eikä SQLite-tiedosto). Valitse oikea tiedosto valitsimella --db.",
            "{1} is not a Kumppani database (not an SQLite file). Choose the right file with --db."),
        "store.newer_version": Text(
            "Tiedoston {1} on kirjoittanut uudempi Kumppani (skeemaversio {2}, tämä versio tuntee {3}). Päivitä Kumppani; tiedostoon ei koskettu.",
            "{1} was written by a newer Kumppani (schema version {2}; this version knows {3}). Update Kumppani; the file was not touched."),
        "store.foreign_application": Text(
            "{1} on jonkin toisen ohjelman SQLite-tiedosto, ei Kumppanin. Tiedostoon ei koskettu. Anna oikea tiedosto valitsimella --db, tai uuden tietokannan polku, esimerkiksi --db ~/kumppani.sqlite.",
            "{1} is another program's SQLite file, not Kumppani's. The file was not touched. Give the right file with --db, or a path for a new database, for example --db ~/kumppani.sqlite."),
        "store.damaged": Text(
            "Tietokanta {1} on vioittunut: {2}. Palauta varmuuskopio (kumppani backup) tai ota yhteyttä tukeen.",
            "The database {1} is damaged: {2}. Restore a backup (kumppani backup) or contact support."),
        "store.locked": Text(
            "Tietokanta {1} on toisen ohjelman lukitsema. Sulje toinen Kumppani-ikkuna ja yritä uudelleen.",
            "The database {1} is locked by another program. Close the other Kumppani window and try again."),
        "store.read_only": Text(
            "Tietokantaan {1} ei voi kirjoittaa (vain luku). Tarkista tiedoston ja kansion oikeudet.",
            "The database {1} cannot be written (read-only). Check the permissions of the file and its folder."),
        "store.disk_full": Text(
            "Levy on täynnä: muutosta ei voitu tallentaa tiedostoon {1}. Vapauta tilaa; mitään ei menetetty.",
            "The disk is full: the change could not be saved to {1}. Free some space; nothing was lost."),
        "store.migration_failed": Text(
            "Tietokannan päivitys versioon {1} epäonnistui: {2}. Tiedosto jäi ennalleen; kopio otettiin ennen päivitystä.",
            "Upgrading the database to version {1} failed: {2}. The file was left as it was; a copy was taken before."),
        "store.backup_failed": Text(
            "Varmuuskopiota {1} ei voitu tehdä: {2}.",
            "Could not write the backup {1}: {2}."),
    ]
}
