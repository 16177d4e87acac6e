import Foundation

/// Issue 14, "the decision is the record": decisions made in a §, the decision list and letter,
/// the checking lock, dates that agree, and what `check` finds against these rules.
extension Catalog {
    static let decisions: [String: Text] = [
        // Refusals
        "decisions.problem.section_not_found": Text(
            "Päätöstä ei voi kirjata: toimielimellä ei ole {1} pidettyä kokousta, jossa on § {2}. Valitse olemassa oleva kokous ja pykälä.",
            "The decision cannot be recorded: the body has no meeting held on {1} with § {2}. Choose an existing meeting and section."),
        "decisions.problem.not_deciding_body": Text("Haun päättää toimielin {1}: päätös kirjataan sen kokouksen pykälään.",
                                                    "The round is decided by {1}: the decision is recorded in a section of its meeting."),
        "decisions.problem.not_in_session": Text("Päätöksiä voi kirjata vain käynnissä olevassa kokouksessa (tila nyt: {1}).",
                                                 "Decisions can be recorded only while the meeting is in session (now: {1})."),
        "decisions.problem.not_quorate": Text(
            "Kokous ei ole päätösvaltainen tässä asiassa: paikalla {1}/{2}, tarvitaan {3} (esteelliset eivät lasketa). Kirjaa pöytäkirjaan, ettei kokous ollut päätösvaltainen.",
            "The meeting is not quorate for this item: {1}/{2} present, {3} needed (disqualified members do not count). Record in the minutes that the meeting was not quorate."),
        "decisions.problem.case_missing": Text("Pykälältä puuttuu diaarinumero (esim. 5146/01.04.00/2026).",
                                               "The item has no case number (e.g. 5146/01.04.00/2026)."),
        "decisions.problem.case_invalid": Text("”{1}” ei ole diaarinumero: muoto on juokseva numero/tehtäväluokka/vuosi, esim. 5146/01.04.00/2026.",
                                               "“{1}” is not a case number: the form is number/task class/year, e.g. 5146/01.04.00/2026."),
        "decisions.problem.no_applications": Text("Pykälään ei ole liitetty avustushakua eikä hakemuksia, joista päättää.",
                                                  "No grant round or applications are linked to this item to decide."),
        "decisions.problem.already_decided": Text("Pykälän hakemuksista on jo päätetty; muutos on oikaisu.",
                                                  "The item's applications are already decided; a change is a correction."),
        "decisions.problem.payment_before_decision": Text("Maksupäivä {1} on ennen päätöspäivää {2}.",
                                                          "The payment date {1} is before the decision date {2}."),
        "decisions.problem.report_before_payment": Text("Käyttöselvityksen saapumispäivä on ennen ensimmäistä maksua.",
                                                        "The report is dated before the first payment."),
        "decisions.problem.recovery_before_payment": Text("Takaisinperintä on mahdollinen vasta maksun jälkeen.",
                                                          "A recovery is possible only after a payment."),
        "decisions.problem.repayment_over": Text("Palautus ylittää perittävän määrän {1}.", "The repayment exceeds what is reclaimed by {1}."),
        "decisions.problem.close_blocked": Text("Asiaa ei voi sulkea: {1}.", "The case cannot be closed: {1}."),
        "decisions.blocker.appeal": Text("oikaisuvaatimus on käsittelemättä", "an appeal is pending"),
        "decisions.blocker.recovery": Text("takaisinperintä on kesken", "a recovery is open"),
        "decisions.blocker.report": Text("käyttöselvitys on tarkastamatta", "the report has not been reviewed"),
        "decisions.problem.closed_use_reopen": Text("Suljettu asia avataan uudelleen erikseen, perustelun kanssa.",
                                                    "A closed case is reopened explicitly, with a reason."),
        "decisions.problem.reopen_reason": Text("Kirjoita syy, miksi suljettu asia avataan.", "Write why the closed case is reopened."),
        "decisions.problem.not_closed": Text("Asia ei ole suljettu.", "The case is not closed."),
        "decisions.section.decided_with_changes": Text("Hyväksyttiin päätösluettelon mukaisesti muutoksin.", "Approved as in the decision list, with changes."),
        "decisions.warning.second_application": Text("{1} on jo hakenut tästä hausta.", "{1} has already applied in this round."),
        "audit.application.reopen": Text("Suljettu asia avattu uudelleen", "Closed case reopened"),

        // Meetings: the lock and the vote count
        "decisions.meeting.locked": Text("Pöytäkirja on tarkastettu: muutos tehdään oikaisuna, jolla on perustelu.",
                                         "The minutes are checked: a change is an amendment with a reason."),
        "decisions.meeting.vote_over": Text("Ääniä on {1}, mutta äänioikeutettuja paikalla on vain {2}.",
                                            "{1} votes, but only {2} voting members are present."),
        "decisions.meeting.checkers_missing": Text("Kirjaa tarkastajat ja tarkastuspäivä.", "Record the checkers and the date of checking."),

        // Document status lines
        "decisions.status.draft": Text("LUONNOS", "DRAFT"),
        "decisions.status.checked": Text("Tarkastettu {1}: {2}", "Checked {1}: {2}"),
        "decisions.status.approved": Text("Hyväksytty {1}", "Approved {1}"),
        "decisions.status.published": Text("Yleisesti nähtävillä {1}", "Published for public viewing {1}"),
        "decisions.status.proposal": Text("EHDOTUS", "PROPOSAL"),

        // Decision list and letter
        "decisions.list.decided_in": Text("Päätös", "Decision"),
        "decisions.list.case": Text("Diaarinumero", "Case number"),
        "decisions.list.col.outcome": Text("Päätös", "Decision"),
        "decisions.list.col.granted": Text("Myönnetty", "Granted"),
        "decisions.list.remaining": Text("Määrärahasta jäljellä", "Left of the appropriation"),
        "decisions.list.undecided": Text("ei päätetty", "not decided"),
        "decisions.appeal.heading": Text("Oikaisuvaatimusohje", "Instructions for a request for rectification"),
        "decisions.appeal.default": Text("""
            Tähän päätökseen tyytymätön voi hakea siihen oikaisua tekemällä kirjallisen oikaisuvaatimuksen. Päätökseen ei saa hakea muutosta valittamalla tuomioistuimeen.
            Oikaisuvaatimuksen saa tehdä se, johon päätös on kohdistettu tai jonka oikeuteen, velvollisuuteen tai etuun päätös välittömästi vaikuttaa (asianosainen), sekä hyvinvointialueen jäsen.
            Oikaisuvaatimusviranomainen: {1}. Oikaisuvaatimus on tehtävä 14 päivän kuluessa päätöksen tiedoksisaannista. Asianosaisen katsotaan saaneen päätöksestä tiedon seitsemän päivän kuluttua kirjeen lähettämisestä, jollei muuta näytetä; hyvinvointialueen jäsenen, kun pöytäkirja on asetettu yleisesti nähtäväksi tietoverkkoon.
            Oikaisuvaatimuksessa on ilmoitettava vaatimus ja sen perusteet sekä tekijän nimi ja yhteystiedot, ja se on allekirjoitettava.
            """, """
            Anyone dissatisfied with this decision may request its rectification in writing. No appeal to a court may be made against this decision.
            A request may be made by the party the decision concerns or whose right, duty or interest it directly affects, and by a member of the wellbeing services county.
            Authority: {1}. The request must be made within 14 days of being notified of the decision. A party is deemed notified seven days after the letter was sent, unless shown otherwise; a member of the county, when the minutes are published online.
            The request states what is demanded and why, and the requester's name and contact details, and it is signed.
            """),
        "decisions.doc.granted_in_section": Text("Päätetyt avustukset ({1} hakemusta, myönnetty yhteensä {2})",
                                                 "Grants decided ({1} applications, {2} granted in total)"),
        "decisions.letter.title": Text("Päätös avustushakemukseen", "Decision on a grant application"),
        "decisions.letter.applicant": Text("Hakija", "Applicant"),
        "decisions.letter.round": Text("Haku", "Round"),
        "decisions.letter.purpose": Text("Käyttötarkoitus", "Purpose"),
        "decisions.letter.requested": Text("Haettu summa", "Amount requested"),
        "decisions.letter.outcome": Text("Päätös", "Decision"),
        "decisions.letter.granted": Text("Myönnetty summa", "Amount granted"),
        "decisions.letter.reasoning": Text("Perustelut", "Reasoning"),
        "decisions.letter.decided": Text("Päätöksen tekijä", "Decided by"),
        "decisions.letter.not_decided": Text("Hakemuksesta ei ole vielä päätetty.", "The application has not been decided yet."),
        "decisions.cli.no_application": Text("Hakemusta {1} ei löydy. Anna hakemuksen numero (id).", "No application {1}. Give the application's id."),

        // check
        "decisions.check.heading": Text("Päätösten ja pöytäkirjojen säännöt:", "Rules of decisions and minutes:"),
        "decisions.check.ok": Text("  ei rikkeitä", "  no violations"),
        "decisions.check.count": Text("Sääntörikkeitä: {1} (tiedostoa ei muutettu)", "Rule violations: {1} (the file was not changed)"),
        "decisions.check.decision_section": Text("  päätös {1} (hakemus {2}): ei nimeä toimielimen {3} pidetyn kokouksen pykälää",
                                                 "  decision {1} (application {2}): names no section of a meeting of its body held on {3}"),
        "decisions.check.payment_before": Text("  maksu {1} (hakemus {2}) {3} on ennen päätöstä {4}",
                                               "  payment {1} (application {2}) on {3} is before the decision of {4}"),
        "decisions.check.paid_over": Text("  hakemus {1}: maksettu {2} on enemmän kuin myönnetty {3}",
                                          "  application {1}: paid {2} is more than granted {3}"),
        "decisions.check.recovery_over": Text("  hakemus {1}: perintä {2} on enemmän kuin maksettu {3}",
                                              "  application {1}: reclaimed {2} is more than paid {3}"),
        "decisions.check.report_before_payment": Text("  hakemus {1}: käyttöselvitys {2} ennen ensimmäistä maksua {3}",
                                                      "  application {1}: report {2} before the first payment {3}"),
        "decisions.check.closed_pending": Text("  hakemus {1}: suljettu, vaikka {2}", "  application {1}: closed although {2}"),
        "decisions.check.decided_without_decision": Text("  hakemus {1}: vaihe {2} ilman päätöstä", "  application {1}: stage {2} without a decision"),
        "decisions.check.checked_without_checker": Text("  kokous {1}: tarkastettu, mutta tarkastusta ei ole kirjattu",
                                                        "  meeting {1}: checked, but nobody's checking is recorded"),
        "decisions.check.meeting_order": Text("  toimielin {1} {2}: kokousnumerot eivät seuraa päivämääriä ({3})",
                                              "  body {1} {2}: meeting numbers do not follow the dates ({3})"),
        "decisions.check.votes_over": Text("  kokous {1} § {2}: ääniä {3}, äänioikeutettuja paikalla {4}",
                                           "  meeting {1} § {2}: {3} votes, {4} voting members present"),
    ]
}
