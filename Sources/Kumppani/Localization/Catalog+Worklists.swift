extension Catalog {
    /// Worklists (follow-ups across the directory), issue 16.
    static let worklists: [String: Text] = [
        "worklist.overdue": Text("myöhässä {1} pv", "{1} d overdue"),
        "worklist.today": Text("tänään", "today"),
        "worklist.upcoming": Text("{1} pv päästä", "in {1} d"),
        "worklist.cli.none": Text("Ei avoimia seurantoja {1} mennessä.", "No open follow-ups due by {1}."),
        "worklist.cli.bad_date": Text("--until: päivämäärä ”{1}” ei kelpaa: {2}", "--until: the date “{1}” is not valid: {2}"),
        "worklist.title": Text("Seurattavat: {1} avointa {2} mennessä", "Follow-ups: {1} open by {2}"),
        "worklist.empty": Text("Ei avoimia seurantoja {1} mennessä.", "No open follow-ups due by {1}."),
        "worklist.hint": Text("Enter avaa yhdistyksen · x seuranta tehty · Esc sulkee",
                              "Enter opens the association · x follow-up done · Esc closes"),
        "worklist.marked_done": Text("Seuranta merkittiin tehdyksi: {1}.", "Follow-up marked done: {1}."),
        "worklist.column.date": Text("Päivä", "Date"),
        "worklist.column.status": Text("Tilanne", "Status"),
        "worklist.column.association": Text("Yhdistys", "Association"),
        "worklist.column.note": Text("Muistiinpano", "Note"),
        "directory.export.done_list": Text("Vietiin {1} yhdistystä (nykyinen haku ja suodattimet) tiedostoon {2}.",
                                           "Exported {1} associations (the current search and filters) to {2}."),
        "directory.action.worklist": Text("Seurattavat", "Follow-ups"),
        "directory.bar.follow_up_done": Text("Tehty", "Done"),
        "directory.marks.follow_up": Text(
            "seuranta erääntyy tänään tai on myöhässä (w näyttää kaikki seurattavat)",
            "a follow-up is due today or overdue (w lists every follow-up)"),
    ]
}
