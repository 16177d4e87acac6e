extension Catalog {
    static let premises: [String: Text] = [
        "premises.problem.empty_name": Text("Tilalla pitää olla nimi.", "The premises need a name."),
        "premises.problem.no_premises": Text("Tilaa ei löydy.", "No such premises."),
        "premises.problem.end_before_start": Text("Varauksen pitää päättyä alkamisensa jälkeen.", "A booking must end after it starts."),
        "premises.problem.end_date_before_start": Text("Toistuvan varauksen loppupäivä on ennen alkupäivää.", "The last date of a weekly booking is before the first."),
        "premises.problem.too_long": Text("Toistuva varaus voi kestää enintään kolme vuotta.", "A weekly booking can run for at most three years."),
        "premises.problem.clash": Text("Päällekkäinen varaus {1} klo {2}: {3}.", "Overlaps a booking on {1} at {2}: {3}."),
        "premises.problem.clash_more": Text("Päällekkäisyyksiä on lisäksi {1}.", "{1} more overlaps."),
    ]
}

extension Catalog {
    static let strategy: [String: Text] = [
        "strategy.problem.empty_code": Text("Tavoitteella pitää olla tunnus.", "A goal needs a code."),
        "strategy.problem.empty_title": Text("Tavoitteella pitää olla nimi.", "A goal needs a title."),
        "strategy.problem.duplicate_code": Text("Tunnus {1} on jo käytössä.", "The code {1} is already in use."),
    ]
}

extension Catalog {
    static let benefits: [String: Text] = [
        "benefits.title.target_group": Text("Panokset ja hyödyt kohderyhmittäin {1} (vertailuvuosi {2})", "Inputs and benefits by target group {1} (compared with {2})"),
        "benefits.title.goal": Text("Panokset ja hyödyt strategian tavoitteittain {1} (vertailuvuosi {2})", "Inputs and benefits by strategy goal {1} (compared with {2})"),
        "benefits.note": Text("Avustukset hakukierroksen vuoden mukaan; tilatunnit varausten toteutumisvuoden mukaan. Puuttuva selvitys näkyy puuttuvana, ei nollana; hinta per tavoitettu henkilö lasketaan vain avustuksista, joiden selvitys on saatu.",
                              "Grants by their round's year; premises hours by the year the bookings take place. A missing report is shown as missing, not zero; cost per person counts only grants whose report is in."),
        "benefits.empty": Text("Ei avustuksia, tilavarauksia eikä tavoitteita näinä vuosina.", "No grants, bookings or goals in these years."),
        "benefits.missing": Text("puuttuu", "missing"),
        "benefits.col.target_group": Text("Kohderyhmä", "Target group"),
        "benefits.col.goal": Text("Tavoite", "Goal"),
        "benefits.col.year": Text("Vuosi", "Year"),
        "benefits.col.paid": Text("Maksetut avustukset", "Grants paid"),
        "benefits.col.premises_hours": Text("Tilatunnit", "Premises hours"),
        "benefits.col.premises_value": Text("Tilojen arvo", "Premises value"),
        "benefits.col.volunteer_hours": Text("Vapaaehtoistunnit", "Volunteer hours"),
        "benefits.col.activities": Text("Toimintoja", "Activities"),
        "benefits.col.people_reached": Text("Tavoitetut henkilöt", "People reached"),
        "benefits.col.reports": Text("Selvitykset saatu", "Reports in"),
        "benefits.col.cost_per_person": Text("Hinta / henkilö", "Cost per person"),
    ]
}

extension Catalog {
    static let premisesExport: [String: Text] = [
        "premises.export.col.name": Text("nimi", "name"),
        "premises.export.col.owner": Text("omistaja", "owner"),
        "premises.export.col.address": Text("osoite", "address"),
        "premises.export.col.municipality": Text("kunta", "municipality"),
        "premises.export.col.capacity": Text("henkilömäärä", "capacity"),
        "premises.export.col.accessibility": Text("esteettömyys", "accessibility"),
        "premises.export.col.equipment": Text("varustus", "equipment"),
        "premises.export.col.contact": Text("yhteyshenkilö", "contact"),
        "premises.export.col.price_per_hour": Text("hinta_tunti", "price_per_hour"),
        "premises.export.col.hourly_value": Text("arvo_tunti", "hourly_value"),
        "premises.export.col.id": Text("id", "id"),
        "premises.export.col.premises": Text("tila", "premises"),
        "premises.export.col.association": Text("yhdistys", "association"),
        "premises.export.col.activity": Text("toiminta", "activity"),
        "premises.export.col.title": Text("otsikko", "title"),
        "premises.export.col.starts_on": Text("alkaa", "starts_on"),
        "premises.export.col.ends_on": Text("päättyy", "ends_on"),
        "premises.export.col.weekday": Text("viikonpäivä", "weekday"),
        "premises.export.col.start": Text("klo_alkaa", "start"),
        "premises.export.col.end": Text("klo_päättyy", "end"),
        "premises.export.col.exceptions": Text("poikkeukset", "exceptions"),
        "premises.export.col.note": Text("huomautus", "note"),
        "premises.export.col.premises_id": Text("tila_id", "premises_id"),
        "premises.export.col.association_id": Text("yhdistys_id", "association_id"),
        "premises.export.col.activity_id": Text("toiminta_id", "activity_id"),
        "premises.calendar.summary": Text("{1}: {2}", "{1}: {2}"),
    ]
}

extension Catalog {
    static let premisesPane: [String: Text] = [
        "shell.pane.premises": Text("Tilat", "Premises"),
        "shell.action.premises": Text("Näytä tilat", "Show premises"),
        "premises.action.previous_room": Text("Edellinen tila", "Previous room"),
        "premises.action.next_room": Text("Seuraava tila", "Next room"),
        "premises.action.previous_week": Text("Edellinen viikko", "Previous week"),
        "premises.action.next_week": Text("Seuraava viikko", "Next week"),
        "premises.action.this_week": Text("Tämä viikko", "This week"),
        "premises.action.benefits": Text("Panokset ja hyödyt", "Inputs and benefits"),
        "premises.action.week_view": Text("Viikkonäkymä", "Week view"),
        "premises.action.previous_year": Text("Edellinen vuosi", "Previous year"),
        "premises.action.next_year": Text("Seuraava vuosi", "Next year"),
        "premises.action.grouping": Text("Kohderyhmät / tavoitteet", "Target groups / goals"),
        "premises.ui.load_failed": Text("Tilojen lukeminen epäonnistui: {1}", "Could not read the premises: {1}"),
        "premises.ui.empty": Text("Tiloja ei ole vielä kirjattu. Esimerkkiaineistossa on tiloja ja varauksia.", "No premises recorded yet. The demo data has premises and bookings."),
        "premises.ui.rooms": Text("Tilat", "Premises"),
        "premises.ui.week_title": Text("{1} – viikko {2} ({3}–{4})", "{1} – week {2} ({3}–{4})"),
        "premises.ui.capacity": Text("{1} henkeä", "{1} people"),
        "premises.ui.free": Text("maksuton", "free of charge"),
        "premises.ui.price": Text("{1}/h", "{1}/h"),
        "premises.ui.hours": Text("{1} h tiloja ({2})", "{1} h premises ({2})"),
        "premises.ui.people": Text("{1} hlöä", "{1} people"),
        "premises.ui.people_missing": Text("selvitys puuttuu", "report missing"),
        "premises.ui.per_person": Text("{1}/hlö", "{1}/person"),
        "premises.ui.reports": Text("selvitykset {1}/{2}", "reports {1}/{2}"),
        "premises.action.scroll_up": Text("Vieritä ylös", "Scroll up"),
        "premises.action.scroll_down": Text("Vieritä alas", "Scroll down"),
        "premises.ui.more_above": Text("↑ {1} ryhmää yllä", "↑ {1} groups above"),
        "premises.ui.more_below": Text("↓ {1} lisää", "↓ {1} more"),
        "premises.ui.serving": Text("Palvelee: {1} yhdistystä, {2} toimintoa, {3} hakemusta", "Served by {1} associations, {2} activities, {3} applications"),
        "premises.action.book": Text("Uusi varaus", "New booking"),
        "premises.ui.booked": Text("Varaus tallennettu ({1}).", "Booking saved ({1})."),
        "premises.form.title": Text("Uusi varaus: {1}", "New booking: {1}"),
        "premises.form.association": Text("Yhdistys", "Association"),
        "premises.form.association_hint": Text("nimi tai sen osa", "name or part of it"),
        "premises.form.association_required": Text("Kirjoita yhdistyksen nimi.", "Type the association's name."),
        "premises.form.association_unknown": Text("Yhdistystä ”{1}” ei löydy.", "No association matches “{1}”."),
        "premises.form.association_ambiguous": Text("”{1}” sopii moneen: {2} … Tarkenna nimeä.", "“{1}” matches several: {2} … Type more of the name."),
        "premises.form.title_field": Text("Otsikko", "Title"),
        "premises.form.first": Text("Päivä (ensimmäinen)", "Date (first)"),
        "premises.form.last": Text("Viimeinen päivä", "Last date"),
        "premises.form.last_hint": Text("tyhjä = kertavaraus; muuten viikoittain", "empty = one-off; else weekly"),
        "premises.form.start": Text("Alkaa klo", "Starts at"),
        "premises.form.end": Text("Päättyy klo", "Ends at"),
        "premises.form.exceptions": Text("Paitsi päivinä", "Except on"),
        "premises.form.exceptions_hint": Text("esim. 23.2.2027, 6.4.2027", "e.g. 2027-02-23, 2027-04-06"),
        "premises.ui.chart_legend": Text("█ maksetut avustukset  ▒ tilojen arvo", "█ grants paid  ▒ premises value"),
    ]
}
