extension Catalog {
    /// Texts of the reusable widgets (forms, dialogs, lists).
    static let widgets: [String: Text] = [
        "widgets.empty": Text("(tyhjä)", "(empty)"),
        "widgets.no_matches": Text("Ei osumia", "No matches"),
        "widgets.discard_changes": Text("Hylätäänkö muutokset? (k/e)", "Discard changes? (y/n)"),
        "widgets.fix_errors": Text("Korjaa merkityt kentät.", "Fix the marked fields."),
        "widgets.required": Text("Pakollinen tieto", "Required"),
        "widgets.picker_hint": Text("Enter valitsee, Esc peruu", "Enter picks, Esc cancels"),
        "widgets.percent": Text("{1} %", "{1}%"),
    ]
}
