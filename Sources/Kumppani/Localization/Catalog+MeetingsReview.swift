/// Texts added in the meetings QA pass: signature captions without a name, start warnings,
/// vote checks, the members screen and the association picker.
extension Catalog {
    static let meetingsReview: [String: Text] = [
        "meetings.doc.sign_chair_blank": Text("Puheenjohtaja", "Chair"),
        "meetings.doc.sign_secretary_blank": Text("Sihteeri", "Secretary"),
        "meetings.doc.sign_checker_blank": Text("Pöytäkirjantarkastaja", "Minute checker"),
        "meetings.doc.amendment_entry": Text("{1}: {2} – {3}", "{1}: {2} – {3}"),
        "meetings.pane.read_only": Text("Hyväksyttyä pöytäkirjaa ei voi muuttaa – m kirjaa oikaisun.", "Approved minutes cannot be changed – m records an amendment."),
        "meetings.action.item_associations": Text("Asiaan liittyvät yhdistykset", "Associations of the item"),
        "meetings.action.picker_choose": Text("Valitse", "Choose"),
        "meetings.action.picker_cancel": Text("Peruuta", "Cancel"),
        "meetings.picker.nobody": Text("– ei ketään –", "– nobody –"),
        "meetings.picker.officer": Text("{1} ({2}/4), nyt: {3}", "{1} ({2}/4), now: {3}"),
        "meetings.picker.association": Text("Yhdistys: valinta liittää tai irrottaa (✓ liitetty)", "Association: choosing links or unlinks (✓ linked)"),
        "meetings.pane.association_linked": Text("Asiaan liitetty: {1}", "Linked to the item: {1}"),
        "meetings.pane.association_unlinked": Text("Irrotettu asiasta: {1}", "Unlinked from the item: {1}"),
        "meetings.pane.no_associations": Text("Yhdistyshakemistossa ei ole vielä yhdistyksiä.", "The directory has no associations yet."),
        "meetings.pane.associations_line": Text("Yhdistykset: {1}", "Associations: {1}"),
        "meetings.confirm.start_other_day": Text("Kokous {1} on merkitty päivälle {2}, mutta tänään on {3}. Aloitetaanko se silti nyt? Päivämääräksi muutetaan tämä päivä.", "Meeting {1} is set for {2}, but today is {3}. Start it now anyway? Its date becomes today."),
        "meetings.confirm.start_other_year": Text("Kokous {1} on merkitty päivälle {2}, mutta tänään on {3}. Aloitetaanko se silti nyt? Päivämäärä ja numero pysyvät ennallaan.", "Meeting {1} is set for {2}, but today is {3}. Start it now anyway? Its date and number stay as they are."),
        "meetings.pane.vote_exceeds": Text("Ääniä on {1}, mutta paikalla vain {2} – tarkista tulos.", "{1} votes, but only {2} present – check the result."),
        "meetings.pane.follow_up_counts": Text("Toimenpiteet: {1} avoinna, {2} tehty", "Actions: {1} open, {2} done"),
        "meetings.pane.follow_up_more": Text("… ja {1} muuta (x vie esityslistan kokonaan)", "… and {1} more (x exports the whole agenda)"),
        "meetings.pane.deputy_principal_present": Text("Varajäsen: {1} on itse paikalla.", "Deputy: {1} is present in person."),
    ]
}
