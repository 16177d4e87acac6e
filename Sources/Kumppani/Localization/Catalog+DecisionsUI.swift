import Foundation

/// Issue 14's screens: the § as the grant decision in pane 3, checking the minutes, and the
/// county's name on every printed document.
extension Catalog {
    static let decisionsUI: [String: Text] = [
        // The § and its matter
        "meetings.action.item_case": Text("Diaarinumero", "Case number"),
        "meetings.action.section_decide": Text("Päätös hakemuksittain", "Decide per application"),
        "meetings.action.section_applications": Text("Pykälän hakemukset", "The item's applications"),
        "meetings.action.open_section": Text("Avaa pykälä", "Open the item"),
        "meetings.action.check": Text("Kirjaa tarkastus", "Record the checking"),
        "meetings.dialog.item_case": Text("Diaarinumero", "Case number"),
        "meetings.prompt.item_case": Text("Diaarinumero (esim. 5146/01.04.00/2026):", "Case number (e.g. 5146/01.04.00/2026):"),
        "meetings.dialog.section_application": Text("Päätös hakemuksittain", "Decision per application"),
        "meetings.dialog.section_amount": Text("Myönnettävä summa", "Amount granted"),
        "meetings.prompt.section_amount": Text("{1}: myönnetään € (0 = hylätään):", "{1}: granted € (0 = rejected):"),
        "meetings.dialog.section_jump": Text("Pykälän hakemukset", "The item's applications"),
        "meetings.section.row": Text("{1} · haettu {2} · esitys {3}", "{1} · requested {2} · proposed {3}"),
        "meetings.section.row_changed": Text("{1} · esitys {2} → päätös {3}", "{1} · proposed {2} → decision {3}"),
        "meetings.section.row_rejected": Text("{1} · esitys {2} → hylätään", "{1} · proposed {2} → rejected"),
        "meetings.section.decide_row": Text("Päätä pykälä ({1} muutosta esitykseen)", "Decide the item ({1} changes to the proposal)"),
        "meetings.section.attachment": Text("Liite {1}: Päätösluettelo ({2}) – {3} hakemusta, esitys yhteensä {4}",
                                            "Appendix {1}: Decision list ({2}) – {3} applications, proposed in total {4}"),
        "meetings.section.proposal_state": Text("ehdotus", "proposal"),
        "meetings.section.decided_state": Text("päätetty", "decided"),
        "meetings.section.case_line": Text("Dnro {1}", "Case {1}"),
        "meetings.section.case_missing": Text("Dnro puuttuu (c)", "No case number (c)"),
        "meetings.section.decided": Text("Päätetty: {1} hakemusta, myönnetty yhteensä {2}", "Decided: {1} applications, granted in total {2}"),
        "meetings.section.decided_now": Text("§ {1} päätetty: {2} hakemusta, myönnetty yhteensä {3}.",
                                             "§ {1} decided: {2} applications, granted in total {3}."),
        "meetings.section.not_decided": Text("Päätöstä ei kirjattu: {1}", "Nothing was recorded: {1}"),
        "meetings.section.no_matter": Text("Pykälään ei ole liitetty avustushakua (g asialistalla).",
                                           "No grant round is linked to this item (g in the agenda)."),
        "meetings.section.amount_invalid": Text("”{1}” ei ole summa.", "“{1}” is not an amount."),
        "meetings.section.no_section": Text("Hakemuksen päätöstä ei ole kirjattu minkään kokouksen pykälään.",
                                            "The application's decision names no meeting's item."),
        "grants.action.section": Text("Päätöksen pykälä", "The decision's item"),
        // Checking and the lock
        "meetings.dialog.check_date": Text("Pöytäkirjan tarkastus", "Checking of the minutes"),
        "meetings.prompt.check_date": Text("Tarkastettu (pvm):", "Checked on (date):"),
        "meetings.dialog.check_by": Text("Pöytäkirjan tarkastajat", "Checkers of the minutes"),
        "meetings.prompt.check_by": Text("Tarkastajat (tai sihteeri kirjaa heidän vahvistuksensa):",
                                         "Checked by (or the secretary records their confirmation):"),
        "meetings.pane.checked_now": Text("Pöytäkirja {1} tarkastettu {2}: {3}. Muutokset ovat nyt oikaisuja (m).",
                                          "Minutes {1} checked on {2}: {3}. Changes are now amendments (m)."),
        "meetings.pane.locked_edit": Text("Pöytäkirja on tarkastettu: sitä ei muuteta. Kirjaa oikaisu perusteluineen (m).",
                                          "The minutes are checked: they are not changed. Record an amendment with its reason (m)."),
        "meetings.status_short.checked": Text("Tarkastettu {1}", "Checked {1}"),
        "meetings.status_short.approved": Text("Hyväksytty {1}", "Approved {1}"),
        // The county on every document
        "county.settings.name_fi": Text("Hyvinvointialueen nimi (suomeksi)", "County's name (Finnish)"),
        "county.settings.name_sv": Text("Hyvinvointialueen nimi (ruotsiksi)", "County's name (Swedish)"),
        "county.settings.business_id": Text("Y-tunnus", "Business ID"),
        "county.header.business_id": Text("Y-tunnus {1}", "Business ID {1}"),
        "print.page": Text("sivu", "page"),
    ]
}
