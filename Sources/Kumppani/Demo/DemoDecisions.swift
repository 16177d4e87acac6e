import Foundation

/// Grant decisions of the demo as the rules want them: made in a § of the hyte committee's
/// meeting on the decision day, naming that meeting, § and a case number, with a reasoning
/// of their own per application.
enum DemoDecisions {
    struct Pending {
        var applicationID: Int64
        var roundID: Int64
        var day: DemoDay
        var outcome: String
        var cents: Int
    }

    /// The committee's first meeting on or after `after` that has been held, if any.
    static func meetingDay(_ c: DemoContext, after: DemoDay) -> DemoDay? {
        c.hyteSchedule.flatMap(\.days).sorted().first { $0 >= after && $0 <= c.today }
    }

    /// A running case number with the task-class code of grants: `5101/02.05.01/2026`.
    static func caseNumber(_ c: DemoContext, year: Int) -> String {
        c.caseSequence += 1
        return "\(c.caseSequence)/02.05.01/\(year)"
    }

    /// Writes the decisions of a round decided in this §, and forgets them as pending.
    static func write(_ c: DemoContext, roundID: Int64, meetingID: Int64, bodyID: Int64, day: DemoDay, section: Int, caseNumber: String) throws {
        for d in c.pendingDecisions where d.roundID == roundID && d.day == day {
            try c.db.run("""
                INSERT INTO grant_decisions(id, application_id, outcome, granted_cents, decided_on, body_id, meeting_id, section_number,
                  case_number, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [c.rng.id(), d.applicationID, d.outcome, d.cents, day.iso, bodyID, meetingID, section, caseNumber,
                      day.instant(hour: 14), "demo"])
        }
        c.pendingDecisions.removeAll { $0.roundID == roundID && $0.day == day }
    }

    static let goals = ["yksinäisyyden vähentämisen", "lasten ja nuorten harrastamisen", "ikääntyneiden toimintakyvyn",
                        "mielenterveyden matalan kynnyksen tuen", "omaishoitajien jaksamisen", "osallisuuden ja yhteisöllisyyden"]
    static let strengths = ["Toiminta on vakiintunutta ja kävijämäärät ovat kasvaneet.", "Yhdistyksellä on laaja vapaaehtoisverkosto.",
                            "Toiminta ulottuu myös pieniin kuntiin.", "Hakemuksen talousarvio on realistinen.",
                            "Toiminta täydentää hyvinvointialueen palveluja.", "Yhteistyö muiden järjestöjen kanssa on tiivistä."]
    static let limits = ["osa kuluista katetaan jäsenmaksuilla", "hankkeen laajuus on supistettu kohderyhmän ydintoimintaan",
                         "vuokrakuluja ei avusteta täysimääräisesti", "haettu summa ylittää haun keskimääräisen tason"]
    static let rejections = ["Toiminta ei kohdistu hyvinvointialueen asukkaisiin.", "Hakemuksesta puuttuu talousarvio.",
                             "Haettu toiminta kuuluu kunnan tehtäviin.", "Yhdistyksen edellisen avustuksen käyttöselvitys on puutteellinen."]

    /// A reasoning that fits this application: its purpose, the welfare goal it serves, and
    /// why it gets all, part or nothing of what it asked.
    static func reasoning(_ c: DemoContext, plan: DemoGrants.Plan, purpose: String) -> String {
        let money = { (cents: Int) in Money(cents: Int64(cents)).formatted(.fi) }
        if plan.outcome == "rejected" { return c.rng.pick(rejections) + " Avustusta ei esitetä myönnettäväksi." }
        var text = "Haettu käyttötarkoitus, \(purpose.lowercased()), tukee hyvinvointisuunnitelman \(c.rng.pick(goals)) tavoitetta. \(c.rng.pick(strengths))"
        if plan.amount > 0 && plan.amount < plan.requested {
            text += " Esitetään \(money(plan.amount)) haetusta \(money(plan.requested)), koska \(c.rng.pick(limits))."
        }
        return text
    }
}
