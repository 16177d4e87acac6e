extension Catalog {
    /// Two windows on one file: external changes and save conflicts.
    static let sync: [String: Text] = [
        "sync.updated": Text("Tiedot päivitetty toisesta ikkunasta", "Updated from another window"),
        "sync.conflict.title": Text("Tietoa muutettiin toisessa ikkunassa", "Changed in another window"),
        "sync.conflict.intro": Text(
            "Toinen ikkuna tallensi tähän muutoksia sen jälkeen, kun aloitit muokkauksen. Mitään ei ole vielä tallennettu.",
            "Another window saved changes here after you started editing. Nothing has been saved yet."),
        "sync.conflict.deleted": Text("Toinen ikkuna poisti tämän tiedon.", "Another window deleted this record."),
        "sync.conflict.field": Text("{1}:", "{1}:"),
        "sync.conflict.base": Text("  alussa:   {1}", "  at start: {1}"),
        "sync.conflict.stored": Text("  nyt:      {1}", "  now:      {1}"),
        "sync.conflict.mine": Text("  sinun:    {1}", "  yours:    {1}"),
        "sync.conflict.more": Text("… ja {1} muuta kenttää", "… and {1} more fields"),
        "sync.conflict.empty": Text("(tyhjä)", "(empty)"),
        "sync.choice.keep_mine": Text("Tallenna omani (korvaa toisen ikkunan muutokset)", "Keep mine (replace the other window's changes)"),
        "sync.choice.take_theirs": Text("Ota toisen ikkunan versio (hylkää omat muutokset)", "Take theirs (discard my changes)"),
        "sync.choice.back": Text("Takaisin lomakkeelle (muokkaa lisää)", "Back to the form (edit further)"),
        "sync.kept_mine": Text("Omat muutoksesi tallennettiin.", "Your changes were saved."),
        "sync.took_theirs": Text("Toisen ikkunan versio jäi voimaan; omat muutoksesi hylättiin.", "The other window's version stays; your changes were discarded."),
        "sync.back_to_form": Text(
            "Lomakkeella on nyt toisen ikkunan muutokset kentissä, joita et muuttanut.",
            "The form now has the other window's changes in the fields you did not change."),
        "sync.choice.discard": Text("Hylkää omat muutokseni", "Discard my changes"),
        "sync.discarded": Text("Omat muutoksesi hylättiin; tieto on poistettu toisessa ikkunassa.",
                               "Your changes were discarded; the record was deleted in another window."),
        "sync.deleted_kept": Text(
            "Toinen ikkuna poisti tiedon. Tekstisi on yhä lomakkeella; Esc hylkää sen.",
            "Deleted in another window. Your text is still on the form; Esc discards it."),
        "sync.field.link": Text("Etäyhteyden linkki", "Video link"),
        "sync.field.meeting_kind": Text("Kokouksen laji", "Kind of meeting"),
        "sync.field.quorum": Text("Päätösvaltaisuus", "Quorum rule"),
        "sync.field.agenda_template": Text("Esityslistan pohja", "Agenda template"),
        "sync.field.represents": Text("Edustaa", "Represents"),
        "sync.field.term_start": Text("Kausi alkaa", "Term starts"),
        "sync.field.term_end": Text("Kausi päättyy", "Term ends"),
        "sync.minutes.paused": Text(
            "Automaattinen tallennus keskeytetty: {1} muutettiin toisessa ikkunassa. Esc: valitse, kumpi jää.",
            "Autosave paused: {1} was changed in another window. Esc: choose which one stays."),
    ]
}
