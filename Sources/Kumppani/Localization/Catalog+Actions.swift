extension Catalog {
    /// Typed actions and dialog answers: what an action says where it cannot run.
    static let actions: [String: Text] = [
        "actions.not_here": Text("”{1}” ei ole käytettävissä tässä näkymässä.", "“{1}” is not available in this view."),
        "actions.choose_from_list": Text("Valitse vaihtoehto luettelosta.", "Choose one of the options in the list."),
    ]
}
