extension Catalog {
    /// The PRH/YTJ register import and its review list (issue 16, item 1).
    static let register: [String: Text] = [
        "ytj.summary": Text(
            "YTJ-tuonti: luettu {1} tietuetta; lisätty {2} uutta yhdistystä; {3} muutosta ({4} yhdistystä) odottaa tarkistusta; ennallaan {5}; ohitettu: {6} yritystä, {7} alueen ulkopuolella, {8} lakannutta",
            "YTJ import: read {1} records; added {2} new associations; {3} changes ({4} associations) wait for review; unchanged {5}; skipped: {6} companies, {7} outside the region, {8} ended"),
        "ytj.summary.dry_run": Text(
            "Koeajo, mitään ei tallennettu. Luettu {1} tietuetta; lisättäisiin {2} uutta yhdistystä; {3} muutosta ({4} yhdistystä) menisi tarkistettavaksi; ennallaan {5}; ohitettaisiin: {6} yritystä, {7} alueen ulkopuolella, {8} lakannutta",
            "Dry run, nothing saved. Read {1} records; would add {2} new associations; {3} changes ({4} associations) would wait for review; unchanged {5}; would skip: {6} companies, {7} outside the region, {8} ended"),
        "ytj.bad_business_id": Text("Y-tunnus puuttuu tai on virheellinen", "the business ID is missing or invalid"),
        "ytj.no_name": Text("nimi puuttuu", "the name is missing"),
        "ytj.unknown_region": Text("Tuntematon maakunta: {1}", "Unknown region: {1}"),
        "ytj.unknown_county": Text("Tuntematon hyvinvointialue: {1}", "Unknown wellbeing services county: {1}"),
        "ytj.region_and_county": Text("Anna joko --region tai --county, ei molempia", "Give either --region or --county, not both"),
        "ytj.review.gone": Text("Muutos on jo käsitelty tai poistettu", "The change has already been handled or removed"),
        "ytj.field.name": Text("Nimi", "Name"),
        "ytj.field.street": Text("Katuosoite", "Street address"),
        "ytj.field.postal_code": Text("Postinumero", "Postcode"),
        "ytj.field.city": Text("Postitoimipaikka", "Post office"),
        "ytj.field.municipality_code": Text("Kunta", "Municipality"),
        "ytj.field.website": Text("Verkkosivut", "Website"),
        "ytj.field.register_ended_on": Text("Rekisteröinti päättynyt", "Register record ended"),
        "ytj.warning.register_ended": Text("Yhdistyksen rekisteröinti on päättynyt {1} (YTJ)", "The association's register record ended on {1} (YTJ)"),
        "ytj.review.title": Text("Rekisterimuutokset tarkistettavana ({1})", "Register changes to review ({1})"),
        "ytj.review.hint": Text("Enter/a hyväksy · h/Del hylkää · Esc sulje", "Enter/a accept · h/Del reject · Esc close"),
        "ytj.review.empty": Text("Ei tarkistettavia rekisterimuutoksia", "No register changes to review"),
        "ytj.review.done": Text("Kaikki rekisterimuutokset käsitelty", "Every register change handled"),
        "ytj.review.accepted": Text("Hyväksytty rekisterin tieto: {1} ({2})", "Register value accepted: {1} ({2})"),
        "ytj.review.rejected": Text("Oma tieto pidetty: {1} ({2})", "Own value kept: {1} ({2})"),
        "ytj.review.empty_value": Text("(tyhjä)", "(empty)"),
        "directory.action.register_review": Text("Rekisterimuutokset (YTJ)", "Register changes (YTJ)"),
        "directory.bar.accept": Text("Hyväksy", "Accept"),
        "directory.bar.reject": Text("Hylkää", "Reject"),
    ]
}
