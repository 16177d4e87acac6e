extension Catalog {
    /// Worklists (follow-ups across the directory), issue 16.
    static let worklists: [String: Text] = [
        "worklist.overdue": Text("myöhässä {1} pv", "{1} d overdue"),
        "worklist.today": Text("tänään", "today"),
        "worklist.upcoming": Text("{1} pv päästä", "in {1} d"),
        "worklist.cli.none": Text("Ei avoimia seurantoja {1} mennessä.", "No open follow-ups due by {1}."),
        "worklist.cli.bad_date": Text("--until: päivämäärä ”{1}” ei kelpaa: {2}", "--until: the date “{1}” is not valid: {2}"),
    ]
}
