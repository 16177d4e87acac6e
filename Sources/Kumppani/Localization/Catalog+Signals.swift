extension Catalog {
    /// Leaving on SIGTERM, SIGHUP or SIGINT: the one line after the terminal is restored, and the
    /// draft file for a form that was open with changes.
    static let signals: [String: Text] = [
        "signals.saved": Text("kumppani: suljettiin signaalin {1} vuoksi; muutokset on tallennettu.",
                              "kumppani: closed by signal {1}; changes have been saved."),
        "signals.saved_draft": Text("kumppani: suljettiin signaalin {1} vuoksi; keskeneräinen lomake tallennettiin tiedostoon {2}.",
                                    "kumppani: closed by signal {1}; the unfinished form was saved to {2}."),
        "signals.not_saved": Text("kumppani: suljettiin signaalin {1} vuoksi; kaikkea ei voitu tallentaa: {2}",
                                  "kumppani: closed by signal {1}; not everything could be saved: {2}"),
        "signals.unsaved": Text("näkymässä {1} oli tallentamattomia muutoksia.", "the {1} view had unsaved changes."),
        "signals.draft_failed": Text("keskeneräistä lomaketta ei voitu kirjoittaa tiedostoon {1} ({2}).",
                                     "the unfinished form could not be written to {1} ({2})."),
        "signals.draft.heading": Text("Keskeneräinen lomake, näkymä {1}, suljettu signaalilla {2} {3}:",
                                      "Unfinished form, {1} view, closed by signal {2} at {3}:"),
        "signals.draft_found": Text("Edellinen istunto keskeytyi; tallentamaton lomake on tallessa: katso :draft",
                                    "The last session was interrupted; an unsaved form was kept: see :draft"),
        "signals.yes": Text("kyllä", "yes"),
        "signals.no": Text("ei", "no"),
    ]
}
