extension Catalog {
    /// The forms a signal's draft can reopen through their edit session (besides the association,
    /// contact-log and application forms, which have their own lines in `drafts`).
    static let editSession: [String: Text] = [
        "drafts.intro_restorable_form": Text("Nämä tiedot olivat tallentamatta, kun ohjelma suljettiin. Palauta ne {2} lomakkeelle tarkistettaviksi tai säilytä tiedosto {1}.",
                                             "These were not yet saved when the program was closed. Restore them into the {2} form to review, or keep the file {1}."),
        // Genitive in Finnish ("toiminnan lomakkeelle"), a noun in English ("the activity form").
        "drafts.form_name.activity": Text("toiminnan", "activity"),
        "drafts.form_name.role": Text("henkilön roolin", "role"),
        "drafts.form_name.round": Text("hakukierroksen", "grant round"),
        "drafts.form_gone": Text("Tieto on poistettu luonnoksen jälkeen, joten sitä ei voi palauttaa lomakkeelle. Tiedot säilyvät luonnoksessa: :draft.",
                                 "The record was deleted after the draft was made, so it cannot be restored into the form. The input stays in the draft: :draft."),
    ]
}
