extension Catalog {
    /// Bad database files, automatic backups and `kumppani restore` (issue 8). Every message is one
    /// line that says what happened and what to do.
    static let reliability: [String: Text] = [
        "system.no_such_file": Text("tiedostoa tai kansiota ei ole", "no such file or folder"),
        "system.not_a_folder": Text("polussa on tiedosto kansion paikalla", "a file stands where the path needs a folder"),
        "system.permission": Text("ei käyttöoikeutta", "permission denied"),
        "system.exists": Text("tiedosto on jo olemassa", "the file already exists"),
        "system.is_folder": Text("se on kansio", "it is a folder"),
        "system.no_space": Text("levy on täynnä", "the disk is full"),
        "system.too_large": Text("tiedosto on liian suuri", "the file is too large"),
        "system.read_only_fs": Text("levy on vain luku -tilassa", "the disk is read-only"),
        "reliability.no_such_file": Text(
            "Tietokantaa {1} ei ole. Tarkista polku; uusi tietokanta syntyy komennolla kumppani --db {1}.",
            "The database {1} does not exist. Check the path; kumppani --db {1} creates a new database."),
        "reliability.is_directory": Text(
            "{1} on kansio eikä tietokantatiedosto. Anna tiedoston polku, esimerkiksi --db {1}/kumppani.sqlite.",
            "{1} is a folder, not a database file. Give the path of a file, for example --db {1}/kumppani.sqlite."),
        "reliability.empty_file": Text(
            "{1} on tyhjä tiedosto (0 tavua) eikä Kumppanin tietokanta; siihen ei koskettu. Tarkista polku, tai poista tyhjä tiedosto, jos haluat uuden tietokannan siihen.",
            "{1} is an empty file (0 bytes), not a Kumppani database; it was not touched. Check the path, or delete the empty file if you want a new database there."),
        "reliability.cannot_read": Text(
            "Tietokantaa {1} ei voi lukea: {2}. Tarkista oikeudet (chmod u+rw {1}).",
            "Cannot read the database {1}: {2}. Check the permissions (chmod u+rw {1})."),
        "reliability.read_only_file": Text(
            "Tietokantaan {1} ei voi kirjoittaa: tiedosto on vain luku -tilassa. Salli kirjoitus komennolla chmod u+w {1} ja yritä uudelleen.",
            "The database {1} is read-only, so Kumppani cannot save to it. Allow writing with chmod u+w {1} and try again."),
        "reliability.read_only_folder": Text(
            "Kansioon {1} ei voi kirjoittaa, joten tietokannan {2} aputiedostoja (-wal, -shm) ei voi luoda. Salli kirjoitus komennolla chmod u+w {1} tai siirrä tietokanta.",
            "The folder {1} is read-only, so the companion files (-wal, -shm) of {2} cannot be created. Allow writing with chmod u+w {1} or move the database."),
        "reliability.read_only": Text(
            "Tietokantaan {1} ei voi kirjoittaa (vain luku). Salli kirjoitus tiedostoon ja sen kansioon (chmod u+w) ja yritä uudelleen.",
            "The database {1} cannot be written (read-only). Allow writing to the file and its folder (chmod u+w) and try again."),
        "reliability.io_error": Text(
            "Tiedoston {1} luku tai kirjoitus epäonnistui: {2}. Tarkista levy tai muistitikku; tiedostoa ei korjattu eikä muutettu.",
            "Reading or writing {1} failed: {2}. Check the disk or USB stick; the file was not repaired or changed."),
        "reliability.disk_full": Text(
            "Levy on täynnä: tiedostoon {1} ei voitu tallentaa. Vapauta levytilaa ja yritä uudelleen; aiemmin tallennettu säilyi.",
            "The disk is full: {1} could not be saved. Free some disk space and try again; what was saved before is intact."),
        "reliability.disk_full_writing": Text(
            "Levy on täynnä: tiedostoa {1} ei voitu kirjoittaa, eikä keskeneräistä tiedostoa jäänyt. Vapauta levytilaa ja yritä uudelleen; tietokanta on ennallaan.",
            "The disk is full: {1} could not be written and no partial file was left. Free some disk space and try again; the database is unchanged."),
        "reliability.damaged": Text(
            "Tietokanta {1} on vioittunut ({2}); sitä ei korjattu eikä muutettu. Palauta varmuuskopio: kumppani restore VARMUUSKOPIO --db {1} (automaattiset kopiot ovat kansiossa {3}).",
            "The database {1} is damaged ({2}); it was not repaired or changed. Restore a backup: kumppani restore BACKUP --db {1} (the automatic copies are in {3})."),
        "reliability.auto_backup_failed": Text(
            "Varoitus: päivän automaattista varmuuskopiota ei voitu tehdä: {1} Kumppani toimii silti.",
            "Warning: today's automatic backup could not be made: {1} Kumppani works anyway."),

        "reliability.check.fts_skipped": Text(
            "Hakuhakemisto: ei tarkistettu (tiedosto on vain luku -tilassa)",
            "Search index: not checked (the file is read-only)"),

        // kumppani restore
        "reliability.restore.done": Text(
            "Varmuuskopio {1} palautettiin tiedostoon {2}. Korvattu tiedosto säilytettiin: {3}",
            "The backup {1} was restored to {2}. The replaced file was kept: {3}"),
        "reliability.restore.done_new": Text(
            "Varmuuskopio {1} palautettiin tiedostoon {2} (siinä ei ollut aiempaa tietokantaa).",
            "The backup {1} was restored to {2} (there was no database there before)."),
        "reliability.restore.missing": Text(
            "Varmuuskopiota {1} ei ole; mitään ei muutettu. Tarkista polku (kumppani backups näyttää automaattiset kopiot).",
            "The backup {1} does not exist; nothing was changed. Check the path (kumppani backups lists the automatic copies)."),
        "reliability.restore.not_ours": Text(
            "{1} ei ole Kumppanin varmuuskopio; mitään ei muutettu. Valitse toinen tiedosto (kumppani backups näyttää automaattiset kopiot).",
            "{1} is not a Kumppani backup; nothing was changed. Choose another file (kumppani backups lists the automatic copies)."),
        "reliability.restore.damaged": Text(
            "Varmuuskopio {1} on vioittunut ({2}); mitään ei muutettu. Valitse toinen varmuuskopio (kumppani backups).",
            "The backup {1} is damaged ({2}); nothing was changed. Choose another backup (kumppani backups)."),
        "reliability.restore.newer": Text(
            "Varmuuskopion {1} on kirjoittanut uudempi Kumppani (skeemaversio {2}, tämä versio tuntee {3}); mitään ei muutettu. Päivitä Kumppani ensin.",
            "The backup {1} was written by a newer Kumppani (schema version {2}; this version knows {3}); nothing was changed. Update Kumppani first."),
        "reliability.restore.same_file": Text(
            "{1} on itse tietokanta eikä varmuuskopio; mitään ei muutettu.",
            "{1} is the database itself, not a backup; nothing was changed."),
        "reliability.restore.in_use": Text(
            "Tietokanta {1} on auki toisessa Kumppani-ikkunassa; mitään ei muutettu. Sulje muut ikkunat ja yritä uudelleen.",
            "The database {1} is open in another Kumppani window; nothing was changed. Close the other windows and try again."),
        "reliability.restore.failed": Text(
            "Palautus tiedostoon {1} epäonnistui: {2}.",
            "Restoring to {1} failed: {2}."),

        // kumppani backups
        "reliability.backups.none": Text(
            "Tietokannalla {1} ei ole automaattisia varmuuskopioita (kansio {2}).",
            "The database {1} has no automatic backups (folder {2})."),
        "reliability.backups.header": Text(
            "Automaattiset varmuuskopiot ({1}), uusin viimeisenä:",
            "Automatic backups ({1}), newest last:"),
    ]
}
