import XCTest
import Kumppani

/// Issue 14 through the real binary: the decision list before and after the § decides it, the
/// decision letter, and documents in the body's language whatever `LANG` says.
final class DecisionExportCommandLineTests: XCTestCase {
    var temp: URL!
    var db: String { temp.appendingPathComponent("k.sqlite").path }
    var roundID: Int64 = 0, itemID: Int64 = 0, meetingID: Int64 = 0
    var apps: [Int64] = []

    /// A body of three, a round of two proposed applications, a meeting on 1.12.2026 in session
    /// with everyone present whose § is the round.
    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-decisions-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        let clock = FixedClock(UTCTimestamp.parse("2026-12-01T10:00:00.000Z")!)
        let store = try Store.open(path: db, clock: clock)
        let grants = GrantStore(store: store, osUser: "e2e")
        let meetings = MeetingStore(store: store)
        let body = try meetings.createBody(name: "Aluehallitus", kind: .regionalBoard)
        for name in ["Aino Aalto", "Matti Mäki", "Liisa Laine"] {
            try meetings.addMember(bodyID: body, personID: try meetings.createPerson(name: name), role: .member)
        }
        roundID = try grants.createRound(GrantRound(name: "Kohdeavustukset 2026", year: 2026, grantTypeCode: "project",
                                                    appropriationCents: 5_000_00, decidingBodyID: body))
        for (name, bid, requested, proposed) in [("Zeta ry", "1095602-2", Int64(2_000_00), Int64(1_500_00)), ("Ahtialan ry", "1234567-1", 1_000_00, 1_000_00)] {
            let id = Store.newID()
            try store.database.write {
                try store.database.run("INSERT INTO associations(id, name, name_key, business_id, created_at, updated_at) VALUES (?,?,?,?,'x','x')",
                                       id, name, FinnishCollation.sortKey(name), bid)
            }
            let app = try grants.createApplication(GrantApplication(roundID: roundID, associationID: id, purpose: "Kerho", requestedCents: requested,
                                                                    reasoning: "Perustelu: \(name)", proposedCents: proposed))
            try grants.moveForward(applicationID: app)
            try grants.moveForward(applicationID: app)
            apps.append(app)
        }
        meetingID = try meetings.createMeeting(bodyID: body, heldOn: "2026-12-01")
        itemID = try meetings.addItem(meetingID: meetingID, title: "Kohdeavustukset 2026")
        try grants.setSectionMatter(itemID: itemID, roundID: roundID, caseNumber: "5146/01.04.00/2026")
        try meetings.startMeeting(meetingID)
        for a in try meetings.attendance(meetingID: meetingID) { try meetings.toggleAttendance(meetingID: meetingID, personID: a.personID) }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    func decide() throws {
        let store = try Store.open(path: db, clock: FixedClock(UTCTimestamp.parse("2026-12-01T10:30:00.000Z")!))
        try GrantStore(store: store, osUser: "e2e").decideSection(itemID: itemID, changes: [apps[0]: SectionChange(outcome: .partlyGranted, grantedCents: 1_200_00)])
    }

    func run(_ args: [String]) throws -> (code: Int32, out: String, err: String) {
        let r = try KumppaniProcess.run(args, environment: ["LANG": "C", "PATH": "/usr/bin:/bin"], home: temp)
        return (r.status, r.out, r.err)
    }

    func testBeforeTheDecisionTheListIsAProposalInTheBodysLanguage() throws {
        let r = try run(["export", "decisions", "--db", db, "--round", String(roundID)])
        XCTAssertEqual(r.code, 0, r.err)
        let lines = r.out.components(separatedBy: "\n")
        XCTAssertEqual(lines[0], "# Päätösluettelo: Kohdeavustukset 2026", "LANG=C, yet the body writes Finnish")
        XCTAssertEqual(lines[2], "**EHDOTUS**  ")
        XCTAssertTrue(r.out.contains("| Esitys |"))
        XCTAssertFalse(r.out.contains("Oikaisuvaatimusohje"), "a proposal carries no appeal instructions")
        XCTAssertTrue(try run(["export", "decisions", "--db", db, "--round", String(roundID), "--lang", "en"]).out.contains("**PROPOSAL**"))
    }

    func testAfterTheDecisionTheListShowsOutcomesGrantedTotalsSectionCaseAndAppealInstructions() throws {
        try decide()
        let r = try run(["export", "decisions", "--db", db, "--round", String(roundID), "--format", "md"])
        XCTAssertEqual(r.code, 0, r.err)
        let m = { (c: Int64) in Money(cents: c).formatted(.fi) }
        let lines = r.out.components(separatedBy: "\n")
        XCTAssertEqual(lines[2], "**Päätös: Aluehallitus 1/2026 1.12.2026 § 6**  ", r.out)
        XCTAssertEqual(lines[3], "Diaarinumero: 5146/01.04.00/2026  ")
        XCTAssertTrue(r.out.contains("| Ahtialan ry | 1234567-1 | Kerho | \(m(1_000_00)) | Myönnetty | \(m(1_000_00)) | Perustelu: Ahtialan ry |"), r.out)
        XCTAssertTrue(r.out.contains("| Zeta ry | 1095602-2 | Kerho | \(m(2_000_00)) | Myönnetty osittain | \(m(1_200_00)) | Perustelu: Zeta ry |"), r.out)
        XCTAssertTrue(r.out.contains("| **Yhteensä** | | | **\(m(3_000_00))** | | **\(m(2_200_00))** | |"), r.out)
        XCTAssertTrue(r.out.contains("Myönnetty: \(m(2_200_00)); Määrärahasta jäljellä: \(m(2_800_00))"), r.out)
        XCTAssertTrue(r.out.contains("## Oikaisuvaatimusohje"))
        XCTAssertTrue(r.out.contains("Oikaisuvaatimusviranomainen: Aluehallitus. Oikaisuvaatimus on tehtävä 14 päivän kuluessa päätöksen tiedoksisaannista."))

        let html = try run(["export", "decisions", "--db", db, "--round", String(roundID), "--format", "html"]).out
        XCTAssertTrue(html.contains("<span class=\"bid\">1095602-2</span>"), "a Y-tunnus never breaks at its hyphen")
        XCTAssertTrue(html.contains(".bid{white-space:nowrap}") && html.contains("table-layout:fixed") && html.contains("size:A4"))
        // The § in the minutes reads the same rows: its case number, each applicant and the total.
        let minutes = try run(["export", "minutes", "--db", db, "--meeting", String(meetingID)]).out
        XCTAssertTrue(minutes.contains("**Diaarinumero:**  \n5146/01.04.00/2026"), minutes)
        XCTAssertTrue(minutes.contains("**Päätetyt avustukset (2 hakemusta, myönnetty yhteensä \(m(2_200_00))):**\n\n"
                                       + "- Ahtialan ry: Myönnetty \(m(1_000_00))\n- Zeta ry: Myönnetty osittain \(m(1_200_00))"), minutes)
        let csv = try run(["export", "decisions", "--db", db, "--round", String(roundID), "--format", "csv"]).out
        XCTAssertTrue(csv.contains("Zeta ry;1095602-2;Kerho;2000,00;Myönnetty osittain;1200,00;Perustelu: Zeta ry\r\n"), csv)
    }

    func testTheDecisionLetterComesFromTheSameRows() throws {
        try decide()
        let r = try run(["export", "letter", "--db", db, "--application", String(apps[0])])
        XCTAssertEqual(r.code, 0, r.err)
        XCTAssertTrue(r.out.hasPrefix("# Päätös avustushakemukseen\n"), r.out)
        XCTAssertTrue(r.out.contains("**Hakija:** Zeta ry (1095602-2)"))
        XCTAssertTrue(r.out.contains("**Päätös:** Myönnetty osittain"))
        XCTAssertTrue(r.out.contains("**Myönnetty summa:** \(Money(cents: 1_200_00).formatted(.fi))"))
        XCTAssertTrue(r.out.contains("**Päätöksen tekijä:** Aluehallitus 1/2026 1.12.2026 § 6"))
        XCTAssertTrue(r.out.contains("**Diaarinumero:** 5146/01.04.00/2026"))
        XCTAssertTrue(r.out.contains("14 päivän kuluessa"))
        let html = try run(["export", "letter", "--db", db, "--application", String(apps[0]), "--format", "html", "--lang", "en"]).out
        XCTAssertTrue(html.contains("<th>Amount granted</th>"), html)
        XCTAssertTrue(html.contains("<span class=\"bid\">1095602-2</span>"))
        let missing = try run(["export", "letter", "--db", db, "--application", "42"])
        XCTAssertEqual(missing.code, 1)
        XCTAssertTrue(missing.err.contains("Hakemusta 42 ei löydy") || missing.err.contains("No application 42"), missing.err)
    }

    func testMinutesAndAgendaComeOutInTheBodysLanguageWithTheirStatusAndLangOverrides() throws {
        let minutes = try run(["export", "minutes", "--db", db, "--meeting", String(meetingID)])
        XCTAssertEqual(minutes.code, 0, minutes.err)
        XCTAssertEqual(minutes.out.components(separatedBy: "\n")[2], "## LUONNOS", "LANG=C, yet Finnish: the body's language")
        XCTAssertTrue(try run(["export", "agenda", "--db", db, "--meeting", String(meetingID), "--lang", "en"]).out.contains("## DRAFT"))
        // A body whose documents are in English writes them so without --lang.
        let store = try Store.open(path: db)
        let body = try XCTUnwrap(MeetingStore(store: store).meeting(meetingID)).bodyID
        try MeetingStore(store: store).setDocumentLanguage(bodyID: body, .en)
        XCTAssertTrue(try run(["export", "agenda", "--db", db, "--meeting", String(meetingID)]).out.contains("## DRAFT"))
    }

    /// A Swedish body (issue 17): its decision list, letter, agenda and minutes come out in Swedish
    /// with Finnish number formats; a bilingual body prints Finnish first, then Swedish.
    func testASwedishBodysDocumentsAreSwedishAndABilingualBodysHoldBoth() throws {
        let store = try Store.open(path: db)
        let body = try XCTUnwrap(MeetingStore(store: store).meeting(meetingID)).bodyID
        try MeetingStore(store: store).setDocumentLanguage(bodyID: body, .sv)
        let list = try run(["export", "decisions", "--db", db, "--round", String(roundID)])
        XCTAssertEqual(list.code, 0, list.err)
        XCTAssertEqual(list.out.components(separatedBy: "\n")[0], "# Beslutsförteckning: Kohdeavustukset 2026", list.out)
        XCTAssertTrue(list.out.contains("**FÖRSLAG**"), list.out)
        XCTAssertFalse(list.out.contains("Päätösluettelo") || list.out.contains("Esitys"), list.out)
        try decide()
        let letter = try run(["export", "letter", "--db", db, "--application", String(apps[0])]).out
        XCTAssertTrue(letter.hasPrefix("# Beslut om ansökan om understöd\n"), letter)
        XCTAssertTrue(letter.contains("**Beviljat belopp:** \(Money(cents: 1_200_00).formatted(.sv))"), letter)
        XCTAssertTrue(letter.contains("inom 14 dagar"), letter)
        let agenda = try run(["export", "agenda", "--db", db, "--meeting", String(meetingID)]).out
        // The title is the body's language; the items were written in Finnish before the switch (data).
        XCTAssertEqual(agenda.components(separatedBy: "\n")[0], "# Aluehallitus – föredragningslista 1/2026", agenda)
        try MeetingStore(store: Store.open(path: db)).setBilingualDocuments(bodyID: body)
        let both = try run(["export", "minutes", "--db", db, "--meeting", String(meetingID), "--format", "txt"])
        XCTAssertEqual(both.code, 0, both.err)
        let fi = try XCTUnwrap(both.out.range(of: "pöytäkirja"))
        let sv = try XCTUnwrap(both.out.range(of: "protokoll"))
        XCTAssertLessThan(fi.lowerBound, sv.lowerBound, both.out)
    }

    /// `check` reports what an older file breaks, by rule, and changes nothing.
    func testCheckReportsViolationsInAnExistingFileWithoutChangingIt() throws {
        let store = try Store.open(path: db)
        let app = apps[1]
        try store.database.write {
            try store.database.run("""
                INSERT INTO grant_decisions(id, application_id, outcome, granted_cents, decided_on, created_at, created_by)
                VALUES (777, ?, 'granted', 100000, '2026-03-15', 'x', 'vanha')
                """, app)
            try store.database.run("""
                INSERT INTO grant_payments(id, application_id, paid_on, amount_cents, created_at, created_by)
                VALUES (888, ?, '2025-11-23', 150000, 'x', 'vanha')
                """, app)
            try store.database.run("UPDATE grant_applications SET stage = 'paid' WHERE id = ?", app)
        }
        let count = { () throws -> Int64? in try Store.open(path: self.db).database.scalarInt("SELECT count(*) + sum(amount_cents) FROM grant_payments") }
        let before = try count()
        let r = try run(["check", "--db", db, "--lang", "en"])
        XCTAssertEqual(r.code, 1)
        XCTAssertTrue(r.out.contains("  decision 777 (application \(app)): names no section of a meeting of its body held on 2026-03-15"), r.out)
        XCTAssertTrue(r.out.contains("  payment 888 (application \(app)) on 2025-11-23 is before the decision of 2026-03-15"), r.out)
        XCTAssertTrue(r.out.contains("  application \(app): paid \(Money(cents: 1_500_00).formatted(.en)) is more than granted \(Money(cents: 1_000_00).formatted(.en))"), r.out)
        XCTAssertTrue(r.out.contains("Rule violations: 3 (the file was not changed)"), r.out)
        XCTAssertTrue(r.err.contains("rules"), r.err)
        XCTAssertEqual(try count(), before)
        XCTAssertEqual(try Store.open(path: db).database.scalarInt("SELECT count(*) FROM grant_decisions WHERE id = 777"), 1)
    }
}
