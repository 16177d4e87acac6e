extension Catalog {
    /// The draft view (`:draft`), long dialogs that scroll, and the bars while a field has the keyboard.
    static let drafts: [String: Text] = [
        "drafts.action": Text("Keskeytyneen istunnon luonnos…", "Draft from an interrupted session…"),
        "drafts.title": Text("Luonnos keskeytyneestä istunnosta", "Draft from an interrupted session"),
        "drafts.intro": Text("Nämä tiedot olivat tallentamatta, kun ohjelma suljettiin. Siirrä ne lomakkeelle ja poista sitten tiedosto {1}.",
                             "These were not yet saved when the program was closed. Copy them into the form, then delete the file {1}."),
        "drafts.keep": Text("Säilytä tiedosto", "Keep the file"),
        "drafts.delete": Text("Poista tiedosto…", "Delete the file…"),
        "drafts.delete_confirm": Text("Poistetaanko luonnos {1} pysyvästi?", "Delete the draft {1} for good?"),
        "drafts.deleted": Text("Luonnos poistettiin.", "The draft was deleted."),
        "drafts.kept": Text("Luonnos säilyy; näet sen uudelleen komennolla :draft.", "The draft is kept; see it again with :draft."),
        "drafts.delete_failed": Text("Luonnosta {1} ei voitu poistaa: {2}", "Could not delete the draft {1}: {2}"),
        "drafts.none": Text("Keskeytyneestä istunnosta ei ole luonnosta.", "There is no draft from an interrupted session."),
        "drafts.more": Text("… (loput ovat tiedostossa)", "… (the rest is in the file)"),
        "shell.dialog.scroll": Text("rivit {1}–{2}/{3} · PgUp/PgDn vierittää", "lines {1}–{2} of {3} · PgUp/PgDn scrolls"),
        "shell.keybar.digits": Text("valitse", "choose"),
        "shell.keybar.close_unchanged": Text("sulje muuttamatta", "close, change nothing"),
        "shell.notice.title": Text("Varoitus", "Warning"),
        "shell.status.hint_typing": Text("F1 ohje · F10 valikko · Esc lopeta kirjoitus", "F1 help · F10 menu · Esc stop typing"),
    ]
}
