extension Catalog {
    static let cli: [String: Text] = [
        "cli.help": Text("""
            Kumppani – järjestöyhteistyön työkalu hyvinvointialueelle

            Käyttö:
              kumppani [--db POLKU] [--lang fi|en] [--theme NIMI] [--no-color]   koko näytön käyttöliittymä
              kumppani --demo                       käyttöliittymä esittelytietokannalla (luodaan ensimmäisellä kerralla)
              kumppani demo --db POLKU [--associations N] [--seed N]   kirjoita esittelytietokanta
              kumppani init --db POLKU              uusi tyhjä tietokanta (myös tätä varten luotuun tyhjään tiedostoon)
              kumppani import associations TIEDOSTO.csv [--db POLKU] [--dry-run]   tuo yhdistykset CSV-tiedostosta
              kumppani export associations [--db POLKU] [--format csv|json] [--search TEKSTI] [--output TIEDOSTO]   vie yhdistykset (haulla vain löydetyt)
              kumppani export all [--db POLKU] [--output TIEDOSTO]   koko tietokanta JSON-muodossa
              kumppani export decisions --round ID|NIMI [--format md|html|csv] [--output TIEDOSTO]   haun päätösluettelo
              kumppani export letter --application ID [--format md|html] [--output TIEDOSTO]   hakijan päätöskirje
              kumppani export grants [--format csv|json] [--output TIEDOSTO]   kaikki avustushakemukset
              kumppani export minutes --meeting ID|n/vvvv [--format md|html|txt] [--output TIEDOSTO]   pöytäkirja
              kumppani export agenda --meeting ID|n/vvvv [--format md|html|txt] [--output TIEDOSTO]   esityslista
              kumppani export calendar [--output TIEDOSTO]   kokoukset, toimenpiteet ja määräajat iCalendar-muodossa
              kumppani check [--db POLKU]           kunto ja skeemaversio; paluuarvo 0 vain kun kaikki on kunnossa
              kumppani backup KOHDE [--db POLKU]    yhtenäinen varmuuskopio, turvallinen käyttöliittymän ollessa auki
              kumppani followups [--until PVM] [--db POLKU]   avoimet seurannat (myöhässä olevat ensin) päivään asti, oletus tänään
              kumppani audit [--since PVM] [--db POLKU]   päätösten, maksujen, takaisinperintöjen ja pöytäkirjojen muutoshistoria
              kumppani county [--name-fi NIMI] [--name-sv NAMN] [--business-id Y-TUNNUS]   hyvinvointialue asiakirjojen otsakkeessa
              kumppani restore VARMUUSKOPIO [--db POLKU]   tarkistaa kopion, säilyttää korvatun tiedoston, palauttaa kopion
              kumppani backups [--db POLKU]         päivittäiset automaattiset varmuuskopiot (7 uusinta)
              kumppani person export NIMI|SÄHKÖPOSTI [--db POLKU] [--output TIEDOSTO]   kaikki henkilöstä tallennettu JSON-muodossa
              kumppani person erase NIMI|SÄHKÖPOSTI [--db POLKU] [--yes]   poista henkilö (pöytäkirjoissa nimen tilalle merkintä)
              kumppani sync init [--db POLKU]        anna tiedostolle kopiotunnus (kahden koneen käyttöön)
              kumppani sync --folder KANSIO [--db POLKU]   vaihda muutokset kansion kautta muiden kopioiden kanssa
              kumppani sync status | conflicts | resolve ID mine|theirs|base [--db POLKU]
              kumppani --help | --version
              TIEDOSTO - tarkoittaa vakiotulostetta; FIFO tai laite kirjoitetaan sellaisenaan, linkkiä ei korvata

            Valitsimet:
              --db POLKU        tietokantatiedosto (oletus $XDG_DATA_HOME/kumppani/kumppani.sqlite)
              --lang fi|en      kieli (muuten LC_ALL, LC_MESSAGES tai LANG)
              --dry-run         tuonnin koeajo: kertoo mitä tapahtuisi, ei tallenna mitään
              --yes             poista kysymättä vahvistusta (person erase)
              --output TIEDOSTO kirjoita tiedostoon (ilman tätä vakiotulosteeseen)
              --replay TIEDOSTO --size LxK --screen-dump TIEDOSTO   käyttöliittymän testiajo ilman päätettä

            Paluuarvot: 0 onnistui, 1 virhe jonka voi korjata (viesti virhetulosteessa), 2 väärä käyttö.
            CSV-sarakkeet: nimi, y_tunnus, kunta, lahiosoite, postinumero, postitoimipaikka, sahkoposti,
            puhelin, verkkosivu, kuvaus, kohderyhmat, toimintamuodot (kaksi viimeistä |-merkillä eroteltuina).
            Vienti lisää sarakkeet tila, yhteyshenkilo ja toimintoja; tuonti ohittaa ne. Kaavalta näyttävän
            solun (= + - @) eteen viedään ', jonka tuonti poistaa.
            """, """
            Kumppani – NGO cooperation for a wellbeing services county

            Usage:
              kumppani [--db PATH] [--lang fi|en] [--theme NAME] [--no-color]   the full-screen UI
              kumppani --demo                       the UI on a demo database (created on first use)
              kumppani demo --db PATH [--associations N] [--seed N]   write a demo database
              kumppani init --db PATH               a new empty database (also in an empty file made for it)
              kumppani import associations FILE.csv [--db PATH] [--dry-run]   import associations from CSV
              kumppani export associations [--db PATH] [--format csv|json] [--search TEXT] [--output FILE]   export associations (with a search, those found)
              kumppani export all [--db PATH] [--output FILE]   the whole database as JSON
              kumppani export decisions --round ID|NAME [--format md|html|csv] [--output FILE]   a round's decision list
              kumppani export letter --application ID [--format md|html] [--output FILE]   an applicant's decision letter
              kumppani export grants [--format csv|json] [--output FILE]   every grant application
              kumppani export minutes --meeting ID|n/yyyy [--format md|html|txt] [--output FILE]   the minutes
              kumppani export agenda --meeting ID|n/yyyy [--format md|html|txt] [--output FILE]   the agenda
              kumppani export calendar [--output FILE]   meetings, actions and deadlines as iCalendar
              kumppani check [--db PATH]            health and schema version; exit 0 only when healthy
              kumppani backup DEST [--db PATH]      a consistent copy, safe while the UI runs
              kumppani followups [--until DATE] [--db PATH]   open follow-ups (overdue first) due by the date, default today
              kumppani audit [--since DATE] [--db PATH]   the history of decisions, payments, recoveries and minutes
              kumppani county [--name-fi NAME] [--name-sv NAME] [--business-id ID]   the county in every document's header
              kumppani restore BACKUP [--db PATH]   checks the backup, keeps the replaced file, puts the backup in place
              kumppani backups [--db PATH]          the daily automatic backups (the newest 7)
              kumppani person export NAME|EMAIL [--db PATH] [--output FILE]   everything held about a person, as JSON
              kumppani person erase NAME|EMAIL [--db PATH] [--yes]   erase a person (minutes keep a marker instead of the name)
              kumppani sync init [--db PATH]        give the file a copy identity (for two laptops)
              kumppani sync --folder DIR [--db PATH]   exchange changes with the other copies through a folder
              kumppani sync status | conflicts | resolve ID mine|theirs|base [--db PATH]
              kumppani --help | --version
              FILE - means standard output; a FIFO or device is written into as it is, a link is never replaced

            Options:
              --db PATH         the database file (default $XDG_DATA_HOME/kumppani/kumppani.sqlite)
              --lang fi|en      language (else LC_ALL, LC_MESSAGES or LANG)
              --dry-run         import trial: says what would happen, saves nothing
              --yes             erase without asking for confirmation (person erase)
              --output FILE     write to a file (standard output without it)
              --replay FILE --size WxH --screen-dump FILE   headless UI test run

            Exit codes: 0 success, 1 a failure you can fix (message on stderr), 2 wrong usage.
            CSV columns: name, business_id, municipality, street, postal_code, city, email, phone, website,
            description, target_groups, activity_kinds (the last two separated by |); Finnish names also work.
            The export adds status, contact person and activity count (tila, yhteyshenkilo, toimintoja); the
            import skips them. A cell that looks like a formula (= + - @) is exported with a leading ', which the
            import removes.
            """),
        "cli.see_help": Text("Katso ohje: kumppani --help", "See: kumppani --help"),
        "cli.unknown_option": Text("tuntematon valitsin {1}", "unknown option {1}"),
        "cli.unknown_command": Text("tuntematon komento \"{1}\"", "unknown command \"{1}\""),
        "cli.missing_argument": Text("puuttuu: {1}", "missing: {1}"),
        "cli.missing_value": Text("valitsin {1} tarvitsee arvon", "option {1} needs a value"),
        "cli.bad_value": Text("valitsimen {1} arvo \"{2}\" ei kelpaa", "invalid value \"{2}\" for {1}"),
        "cli.not_valid_here": Text("valitsinta {1} ei voi käyttää tämän komennon kanssa", "option {1} cannot be used with this command"),
        "cli.unexpected_argument": Text("ylimääräinen argumentti \"{1}\"", "unexpected argument \"{1}\""),
        "cli.database_error": Text("tietokantavirhe: {1}", "database error: {1}"),
        "cli.no_such_file": Text("tiedostoa ei ole", "no such file"),
        "cli.cannot_read": Text("tiedostoa ei voi lukea", "the file cannot be read"),
        "cli.import.cannot_open": Text("Tiedostoa {1} ei voitu avata: {2}.", "Could not open {1}: {2}."),
        "cli.demo.not_empty": Text(
            "Tietokannassa {1} on jo tietoja; esittelyaineistoa ei kirjoiteta sen päälle. Valitse uusi tiedosto valitsimella --db.",
            "The database {1} already holds data; demo data is never written over it. Choose a new file with --db."),
        "cli.demo.done": Text(
            "Esittelytietokanta {1} valmis: {2} yhdistystä, {3} toimintaa, {4} avustushakemusta, {5} kokousta.",
            "Demo database {1} written: {2} associations, {3} activities, {4} grant applications, {5} meetings."),
        "cli.demo.creating": Text("Luodaan esittelytietokanta {1}…", "Creating the demo database {1}…"),
        "cli.backup.done": Text("Varmuuskopio kirjoitettu: {1}", "Backup written: {1}"),
        "cli.check.file": Text("Tietokanta: {1}", "Database: {1}"),
        "cli.check.schema": Text("Skeemaversio: {1}", "Schema version: {1}"),
        "cli.check.fts": Text("Hakuindeksi: {1}", "Search index: {1}"),
        "cli.check.foreign_keys": Text("Viite-eheys (foreign_key_check): {1}", "References (foreign_key_check): {1}"),
        "cli.check.permissions": Text("Tiedoston oikeudet: {1}", "File permissions: {1}"),
        "cli.check.permissions_warning": Text(
            "Varoitus: tiedoston oikeudet ovat {1}; muut käyttäjät voivat lukea sen. Korjaa: chmod 600 {2}",
            "Warning: the file permissions are {1}; other users can read it. Fix: chmod 600 {2}"),
        "cli.check.healthy": Text("Kunnossa.", "Healthy."),
        "cli.check.unhealthy": Text("Tietokannassa on ongelmia: {1}", "The database has problems: {1}"),
    ]
}
