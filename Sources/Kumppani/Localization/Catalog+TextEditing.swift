extension Catalog {
    /// One text behaviour in every form and editor (issue 13): the form hint, the editing keys
    /// listed in the help, and the live minutes' decision suggestion.
    static let textEditing: [String: Text] = [
        "text.form.hint": Text("Tab/Vaihto-Tab siirtyy · Ctrl-S/F2 tallentaa · Esc peruu",
                               "Tab/Shift-Tab moves · Ctrl-S/F2 saves · Esc cancels"),
        "text.help.title": Text("Tekstin muokkaus (lomakkeet ja pöytäkirja)", "Editing text (forms and minutes)"),
        "text.key.next_field": Text("Seuraava kenttä", "Next field"),
        "text.key.previous_field": Text("Edellinen kenttä", "Previous field"),
        "text.key.enter": Text("Rivinvaihto monirivisessä kentässä, muuten seuraava kenttä",
                               "Line break in a multi-line field, otherwise next field"),
        "text.key.save": Text("Tallenna lomake mistä kentästä tahansa", "Save the form from any field"),
        "text.key.cancel": Text("Peru (kysyy ensin, jos on muutoksia)", "Cancel (asks first if anything changed)"),
        "text.key.undo": Text("Kumoa", "Undo"),
        "text.key.redo": Text("Tee uudelleen", "Redo"),
        "text.key.delete_word_back": Text("Poista sana kohdistimen edeltä", "Delete the word before the cursor"),
        "text.key.delete_to_start": Text("Poista rivin alkuun asti", "Delete to the start of the line"),
        "text.key.delete_to_end": Text("Poista rivin loppuun asti", "Delete to the end of the line"),
        "text.key.line_start": Text("Rivin alkuun", "To the start of the line"),
        "text.key.line_end": Text("Rivin loppuun", "To the end of the line"),
        "text.key.word_back": Text("Sana taaksepäin", "A word back"),
        "text.key.word_forward": Text("Sana eteenpäin", "A word forward"),
        // The live minutes: an empty decision shows the proposal, dimmed, until accepted or typed over.
        // The proposal first, so it shows even when the field is one short line.
        "text.suggestion.editor": Text("{1}  (ehdotus – Ctrl-O hyväksyy, kirjoittaminen korvaa)",
                                       "{1}  (suggestion – Ctrl-O accepts, typing replaces)"),
        "text.suggestion.view": Text("{1}  (ehdotus – d kirjoittaa, h = esityksen mukaisesti)",
                                     "{1}  (suggestion – d to write, h = as proposed)"),
        "meetings.action.editor_previous": Text("Edellinen kenttä", "Previous field"),
        "meetings.action.accept_suggestion": Text("Hyväksy ehdotettu päätös", "Accept the suggested decision"),
        "meetings.pane.suggestion_accepted": Text("Päätökseksi kirjattiin esitys; Ctrl-Z kumoaa.",
                                                  "The proposal was written as the decision; Ctrl-Z undoes it."),
    ]
}
