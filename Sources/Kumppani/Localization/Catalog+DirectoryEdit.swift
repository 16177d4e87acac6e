/// Texts of the directory's edits beyond the association itself: its categories, activities,
/// and people with their roles.
extension Catalog {
    static let directoryEdit: [String: Text] = [
        // Association form: categories
        "directory.field.target_groups": Text("Kohderyhmät", "Target groups"),
        "directory.field.activity_kinds": Text("Toimintamuodot", "Activity kinds"),
        "directory.field.choose_hint": Text("(välilyönti: valitse)", "(space: choose)"),

        // Actions
        "directory.action.activity_add": Text("Uusi toiminta", "New activity"),
        "directory.action.person_add": Text("Lisää henkilö ja rooli", "Add a person and role"),
        "directory.action.item_edit": Text("Muokkaa valittua toimintaa tai roolia (tiedoissa)", "Edit the chosen activity or role (in the detail)"),
        "directory.action.item_remove": Text("Poista toiminta / päätä rooli (tiedoissa)", "Delete the activity / end the role (in the detail)"),
        "directory.item.choose_first": Text(
            "Siirry tietoihin (Tab) ja valitse toiminta tai henkilö nuolilla.",
            "Go to the detail (Tab) and choose an activity or person with the arrow keys."),
        "directory.item.gone": Text("Valittua kohdetta ei enää ole; tiedot päivitettiin.", "The chosen entry is gone; the detail was refreshed."),
        "directory.error.no_such_activity": Text("Toimintaa ei löytynyt: se on ehkä poistettu.", "The activity was not found: it may have been deleted."),
        "directory.error.no_such_role": Text("Roolia ei löytynyt: se on ehkä poistettu.", "The role was not found: it may have been deleted."),

        // Activity form
        "directory.activity.add_title": Text("Uusi toiminta: {1}", "New activity: {1}"),
        "directory.activity.edit_title": Text("Muokkaa toimintaa: {1}", "Edit activity: {1}"),
        "directory.activity.title": Text("Nimi", "Title"),
        "directory.activity.kind": Text("Toimintamuoto", "Kind"),
        "directory.activity.target_groups": Text("Kohderyhmät", "Target groups"),
        "directory.activity.municipalities": Text("Kunnat", "Municipalities"),
        "directory.activity.schedule": Text("Aika", "When"),
        "directory.activity.place": Text("Paikka", "Place"),
        "directory.activity.language": Text("Kieli", "Language"),
        "directory.activity.language.fi": Text("suomi", "Finnish"),
        "directory.activity.language.sv": Text("ruotsi", "Swedish"),
        "directory.activity.language.en": Text("englanti", "English"),
        "directory.activity.cost": Text("Hinta", "Cost"),
        "directory.activity.accessibility": Text("Esteettömyys", "Accessibility"),
        "directory.activity.contact_person": Text("Yhteyshenkilö", "Contact person"),
        "directory.activity.contact_text": Text("Muu yhteystieto", "Other contact"),
        "directory.activity.description": Text("Kuvaus", "Description"),
        "directory.activity.none": Text("–", "–"),
        "directory.activity.title_required": Text("Toiminnan nimi puuttuu.", "The activity needs a title."),
        "directory.activity.title_too_long": Text("Nimi on liian pitkä (enintään 200 merkkiä).", "The title is too long (at most 200 characters)."),
        "directory.activity.language_unknown": Text("Tuntematon kieli ”{1}”.", "Unknown language “{1}”."),
        "directory.activity.contact_not_in_association": Text(
            "Yhteyshenkilöllä ei ole roolia tässä yhdistyksessä.", "The contact person has no role in this association."),
        "directory.activity.saved_new": Text("Toiminta ”{1}” lisätty.", "Activity “{1}” added."),
        "directory.activity.saved": Text("Toiminta ”{1}” tallennettu.", "Activity “{1}” saved."),
        "directory.activity.delete_title": Text("Poista toiminta", "Delete activity"),
        "directory.activity.delete_ask": Text(
            "Poistetaanko toiminta ”{1}”? Se ei enää näy ohjauksessa eikä haussa.",
            "Delete the activity “{1}”? It will no longer show in referrals or search."),
        "directory.activity.deleted": Text("Toiminta ”{1}” poistettu.", "Activity “{1}” deleted."),

        // People and roles
        "directory.person.add_title": Text("Lisää henkilö: {1}", "Add a person: {1}"),
        "directory.person.edit_title": Text("Muokkaa roolia: {1}", "Edit role: {1}"),
        "directory.person.name": Text("Nimi", "Name"),
        "directory.person.kind": Text("Rooli", "Role"),
        "directory.person.title": Text("Tehtävänimike", "Job title"),
        "directory.person.title_hint": Text("esim. toiminnanjohtaja", "e.g. executive director"),
        "directory.person.start": Text("Alkaen", "From"),
        "directory.person.end": Text("Päättyen", "Until"),
        "directory.person.end_hint": Text("tyhjä = jatkuu", "empty = ongoing"),
        "directory.person.email": Text("Sähköposti", "Email"),
        "directory.person.phone": Text("Puhelin", "Phone"),
        "directory.person.name_required": Text("Henkilön nimi puuttuu.", "The person's name is missing."),
        "directory.person.kind_unknown": Text("Tuntematon rooli ”{1}”.", "Unknown role “{1}”."),
        "directory.person.bad_date": Text("”{1}” ei ole päivämäärä (pp.kk.vvvv).", "“{1}” is not a date (d.m.yyyy)."),
        "directory.person.end_before_start": Text("Rooli ei voi päättyä ennen alkamistaan.", "A role cannot end before it starts."),
        "directory.person.gone": Text("Henkilöä ei enää ole rekisterissä.", "The person is no longer in the register."),
        "directory.person.ended": Text("(päättynyt)", "(ended)"),
        "directory.person.similar_title": Text(
            "Onko ”{1}” jo rekisterissä? Valitse henkilö tai luo uusi", "Is “{1}” already in the register? Pick the person or create a new one"),
        "directory.person.new_person": Text("+ Uusi henkilö: {1}", "+ New person: {1}"),
        "directory.person.saved_new": Text("{1} lisätty ({2}).", "{1} added ({2})."),
        "directory.person.saved": Text("{1} tallennettu ({2}).", "{1} saved ({2})."),
        "directory.person.end_title": Text("Päätä rooli", "End role"),
        "directory.person.end_ask": Text("Roolin päättymispäivä – {1}, {2}:", "End date of the role – {1}, {2}:"),
        "directory.person.ended_on": Text("{1}: rooli päättyy {2}.", "{1}: the role ends on {2}."),
    ]
}
