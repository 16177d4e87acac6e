import XCTest
import Kumppani
@testable import KumppaniTUI

/// Issue 14 in pane 3: the § is the grant decision. Linked in the agenda (round and case number),
/// decided in the live minutes with `h` or per application with `g`; a refusal writes nothing.
final class SectionDecisionPaneTests: XCTestCase {
    struct World {
        let app: App
        let store: Store
        let meetings: MeetingStore
        let meetingID: Int64, itemID: Int64
        let members: [Int64]
        let a: Int64, b: Int64
    }

    /// A body of three members deciding a round with two proposed applications (1 000 € of
    /// 1 000 €, 1 500 € of 2 000 €); a meeting today whose last item is to decide them.
    func makeWorld(language: Language = .fi) throws -> World {
        let (app, _) = try makeApp(language: language, panes: [GrantsPane(), MeetingsPane()])
        let store = app.store
        let s = MeetingStore(store: store)
        let grants = GrantStore(store: store, osUser: "koordinaattori")
        let body = try s.createBody(name: "Hyte-lautakunta", kind: .partnershipTable)
        var members: [Int64] = []
        for name in ["Aino Aalto", "Matti Mäki", "Liisa Laine"] {
            let p = try s.createPerson(name: name)
            try s.addMember(bodyID: body, personID: p, role: .member)
            members.append(p)
        }
        let round = try grants.createRound(GrantRound(name: "Yleisavustukset 2027", year: 2026, grantTypeCode: "general",
                                                      appropriationCents: 10_000_00, closesOn: CivilDate(iso: "2026-10-31"),
                                                      decidingBodyID: body, reportDueOn: CivilDate(iso: "2027-03-31")))
        func application(_ name: String, requested: Int64, proposed: Int64) throws -> Int64 {
            let association = Store.newID()
            try store.database.write {
                try store.database.run("""
                    INSERT INTO associations(id, name, name_key, municipality_code, lahella_listed, created_at, updated_at)
                    VALUES (?, ?, ?, '398', 1, 'x', 'x')
                    """, association, name, FinnishCollation.sortKey(name))
            }
            let id = try grants.createApplication(GrantApplication(roundID: round, associationID: association, purpose: "Toiminta",
                                                                   requestedCents: requested, reasoning: "Perustelu \(name)",
                                                                   proposedCents: proposed))
            try grants.moveForward(applicationID: id)
            try grants.moveForward(applicationID: id)
            return id
        }
        let a = try application("Asikkalan VPK", requested: 1_000_00, proposed: 1_000_00)
        let b = try application("Sysmän Eläkkeensaajat", requested: 2_000_00, proposed: 1_500_00)
        let m = try s.createMeeting(bodyID: body, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00", place: "Lahti")
        let item = try s.addItem(meetingID: m, title: "Yleisavustukset 2027")
        app.press(.char("3"))
        return World(app: app, store: store, meetings: s, meetingID: m, itemID: item, members: members, a: a, b: b)
    }

    /// The agenda: Enter opens it, the item is chosen, `g` links the round and asks the case number.
    func linkInAgenda(_ w: World, caseNumber: String = "5146/01.04.00/2026") throws {
        w.app.press(.enter)
        let index = try XCTUnwrap(w.meetings.items(meetingID: w.meetingID).firstIndex { $0.id == w.itemID })
        for _ in 0..<index { w.app.press(.down) }
        w.app.press(.char("g"), .down, .enter)         // the round
        w.app.press(.ctrl("u")); w.app.type(caseNumber); w.app.press(.enter)
    }

    /// Starts the meeting, marks the first `present` members present and goes to the item.
    func startAndGoToItem(_ w: World, present: Int) throws {
        w.app.press(.char("s"))
        w.app.press(.char("a"))
        let order = try w.meetings.attendance(meetingID: w.meetingID).map(\.personID)
        for p in w.members.prefix(present) {
            let i = try XCTUnwrap(order.firstIndex(of: p))
            w.app.press(.char(MeetingsPane.attendanceKeys[i]))
        }
        w.app.press(.enter)
        let index = try XCTUnwrap(w.meetings.items(meetingID: w.meetingID).firstIndex { $0.id == w.itemID })
        for _ in 0..<index { w.app.press(.char("n")) }
    }

    func decisions(_ w: World) throws -> [Row] {
        try w.store.database.query("SELECT * FROM grant_decisions ORDER BY granted_cents")
    }

    func testTheAgendaLinksTheRoundWithItsCaseNumberAndShowsTheDecisionListAsAnAppendix() throws {
        let w = try makeWorld()
        try linkInAgenda(w)
        let item = try XCTUnwrap(w.meetings.item(w.itemID))
        XCTAssertNotNil(item.roundID)
        XCTAssertEqual(item.caseNumber, "5146/01.04.00/2026")
        let screen = w.app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Dnro 5146/01.04.00/2026"), screen)
        XCTAssertTrue(screen.contains("Liite 1: Päätösluettelo (ehdotus) – hakemuksia 2, esitys yhteensä 2 500,00 €"), screen)
    }

    func testAsProposedDecidesEveryApplicationInTheSectionAndShowsTheTotal() throws {
        let w = try makeWorld()
        try linkInAgenda(w)
        try startAndGoToItem(w, present: 3)
        w.app.press(.char("h"))
        let rows = try decisions(w)
        XCTAssertEqual(rows.map { $0.int64("granted_cents") }, [1_000_00, 1_500_00])
        XCTAssertEqual(Set(rows.map { $0.int64("meeting_id") }), [w.meetingID])
        XCTAssertEqual(Set(rows.map { $0.string("case_number") }), ["5146/01.04.00/2026"])
        XCTAssertEqual(Set(rows.map { $0.int("section_number") }), [try w.meetings.item(w.itemID)?.section])
        let screen = w.app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Päätetty 2 hakemuksesta, myönnetty yhteensä 2 500,00 €"), screen)
        XCTAssertTrue(screen.contains("Liite 1: Päätösluettelo (päätetty)"), screen)
        XCTAssertEqual(try w.meetings.item(w.itemID)?.decision, "Hyväksyttiin esityksen mukaisesti.")
    }

    func testANonQuorateSectionIsRefusedWithItsReasonAndNothingIsWritten() throws {
        let w = try makeWorld()
        try linkInAgenda(w)
        try startAndGoToItem(w, present: 1)
        w.app.press(.char("h"))
        XCTAssertEqual(try decisions(w).count, 0)
        XCTAssertEqual(try w.meetings.item(w.itemID)?.decision, "", "not even the decision text is written")
        let screen = w.app.screen(160, 40).text
        XCTAssertTrue(screen.contains("Päätöstä ei kirjattu: Kokous ei ole päätösvaltainen tässä asiassa: paikalla 1/3, tarvitaan 2"), screen)
    }

    func testASectionWithoutCaseNumberIsRefused() throws {
        let w = try makeWorld(language: .en)
        w.app.press(.enter)
        let index = try XCTUnwrap(w.meetings.items(meetingID: w.meetingID).firstIndex { $0.id == w.itemID })
        for _ in 0..<index { w.app.press(.down) }
        w.app.press(.char("g"), .down, .enter)
        w.app.press(.escape)                           // no case number now
        try startAndGoToItem(w, present: 3)
        XCTAssertTrue(w.app.screen(120, 40).text.contains("No case number"), w.app.screen(120, 40).text)
        w.app.press(.char("h"))
        XCTAssertEqual(try decisions(w).count, 0)
        XCTAssertTrue(w.app.screen(160, 40).text.contains("Nothing was recorded: The item has no case number"), w.app.screen(160, 40).text)
        // Given in the live minutes with #, the § then decides.
        w.app.press(.char("#")); w.app.type("5146/01.04.00/2026"); w.app.press(.enter)
        w.app.press(.char("h"))
        XCTAssertEqual(try decisions(w).count, 2)
    }

    func testPerApplicationChangesAreDecidedInOneGo() throws {
        let w = try makeWorld()
        try linkInAgenda(w)
        try startAndGoToItem(w, present: 3)
        w.app.press(.char("g"))
        var screen = w.app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Sysmän Eläkkeensaajat · haettu 2 000,00 € · esitys 1 500,00 €"), screen)
        w.app.press(.down, .enter)                      // Sysmä
        w.app.press(.ctrl("u")); w.app.type("1200"); w.app.press(.enter)
        screen = w.app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Sysmän Eläkkeensaajat · esitys 1 500,00 € → päätös 1 200,00 €"), screen)
        XCTAssertEqual(try decisions(w).count, 0, "nothing is written while the changes are gathered")
        w.app.press(.enter)                             // Asikkala
        w.app.press(.ctrl("u")); w.app.type("0"); w.app.press(.enter)
        w.app.press(.down, .down, .enter)               // "Päätä pykälä (muutoksia esitykseen: 2)"
        let rows = try decisions(w)
        XCTAssertEqual(rows.map { $0.string("outcome") }, ["rejected", "partly_granted"])
        XCTAssertEqual(rows.map { $0.int64("granted_cents") }, [0, 1_200_00])
        screen = w.app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Päätetty 2 hakemuksesta, myönnetty yhteensä 1 200,00 €"), screen)
        XCTAssertEqual(try w.meetings.item(w.itemID)?.decision, "Hyväksyttiin päätösluettelon mukaisesti muutoksin.")
    }
}

/// Checking the minutes in pane 3 and jumping between an application and its §.
extension SectionDecisionPaneTests {
    /// Decided, ended: the minutes are a draft ready to be checked.
    func decidedDraft(language: Language = .fi) throws -> SectionDecisionPaneTests.World {
        let w = try makeWorld(language: language)
        try linkInAgenda(w)
        try startAndGoToItem(w, present: 3)
        w.app.press(.char("h"))
        w.app.press(.char("E"), .enter)                 // end the meeting
        XCTAssertEqual(try w.meetings.meeting(w.meetingID)?.status, .minutesDraft)
        return w
    }

    func testCheckingRecordsWhoAndWhenLocksTheEditorAndOffersAnAmendment() throws {
        let w = try decidedDraft()
        w.app.press(.char(">"))
        XCTAssertTrue(w.app.screen(120, 40).text.contains("Tarkastettu (esim. 23.11.2026, 1.12. tai tänään):"), w.app.screen(120, 40).text)
        w.app.press(.ctrl("u")); w.app.type("24.11.2026"); w.app.press(.enter)
        w.app.press(.ctrl("u")); w.app.type("Aino Aalto ja Matti Mäki"); w.app.press(.enter)
        let m = try XCTUnwrap(w.meetings.meeting(w.meetingID))
        XCTAssertEqual(m.status, .checked)
        XCTAssertEqual(m.checkedOn, "2026-11-24")
        XCTAssertEqual(m.checkedBy, "Aino Aalto ja Matti Mäki")
        var screen = w.app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Pöytäkirja 1/2026 · Tarkastettu 24.11.2026"), screen)
        // The editor does not open: it says why and which key records an amendment.
        let before = try XCTUnwrap(w.meetings.item(w.itemID)).discussion
        w.app.press(.char("e"))
        screen = w.app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Pöytäkirja on tarkastettu: sitä ei muuteta. Kirjaa oikaisu perusteluineen (m)."), screen)
        XCTAssertEqual(try w.meetings.item(w.itemID)?.discussion, before)
        w.app.press(.char("m"))
        w.app.type("Kirjoitusvirhe"); w.app.press(.enter)
        w.app.type("Pykälän summa korjattu"); w.app.press(.enter)
        let amendments = try w.meetings.amendments(meetingID: w.meetingID)
        XCTAssertEqual(amendments.map(\.reason), ["Kirjoitusvirhe"])
        XCTAssertEqual(amendments.first?.itemID, w.itemID)
    }

    func testCheckingWithoutCheckersIsRefusedAndStaysADraft() throws {
        let w = try decidedDraft(language: .en)
        w.app.press(.char(">"))
        w.app.press(.enter)                              // today
        w.app.press(.ctrl("u")); w.app.press(.enter)     // nobody
        XCTAssertEqual(try w.meetings.meeting(w.meetingID)?.status, .minutesDraft)
        XCTAssertTrue(w.app.screen(120, 40).text.contains("minutes draft"), w.app.screen(120, 40).text)
    }

    func testAnApplicationJumpsToItsSectionAndTheSectionToItsApplications() throws {
        let w = try makeWorld()
        try linkInAgenda(w)
        try startAndGoToItem(w, present: 3)
        w.app.press(.char("h"))
        // From the § to Sysmä's application in pane 2.
        w.app.press(.char("l"), .down, .enter)
        var screen = w.app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Sysmän Eläkkeensaajat"), screen)
        XCTAssertTrue(screen.contains("1 500,00"), screen)
        // And back: o opens the § that decided it.
        w.app.press(.char("o"))
        screen = w.app.screen(120, 40).text
        let section = try XCTUnwrap(w.meetings.item(w.itemID)?.section)
        XCTAssertTrue(screen.contains("§ \(section) Yleisavustukset 2027"), screen)
        XCTAssertTrue(screen.contains("Päätetty 2 hakemuksesta, myönnetty yhteensä 2 500,00 €"), screen)
    }
}

/// Pane 2's decision form picks the meeting and § from the deciding body's held meetings.
final class DecisionFormSectionPickerTests: XCTestCase {
    func testTheDecisionFormPicksTheMeetingAndSectionAndWritesTheMeetingsDate() throws {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
        let store = try Store.inMemory(clock: clock)
        let db = store.database
        let grants = GrantStore(store: store, osUser: "koordinaattori")
        let body = Store.newID(), other = Store.newID()
        try db.write {
            try db.run("INSERT INTO bodies(id, name, kind, created_at, updated_at) VALUES (?, 'Aluehallitus', 'regional_board', 'x', 'x')", body)
            try db.run("INSERT INTO bodies(id, name, kind, created_at, updated_at) VALUES (?, 'Muu lautakunta', 'regional_board', 'x', 'x')", other)
            // Two held meetings of the deciding body (§ 12 on 10.11., § 30 and § 31 on 20.11.) and one of another body.
            for (id, b, n, date, sections) in [(body + 10, body, 1, "2026-11-10", [12]), (body + 20, body, 2, "2026-11-20", [30, 31]),
                                              (body + 30, other, 1, "2026-11-21", [5])] {
                try db.run("INSERT INTO meetings(id, body_id, number, year, held_on, status, created_at, updated_at) VALUES (?, ?, ?, 2026, ?, 'minutes_draft', 'x', 'x')",
                           id, b, n, date)
                for (i, s) in sections.enumerated() {
                    try db.run("INSERT INTO agenda_items(id, meeting_id, position, section_number, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'x', 'x')",
                               id + Int64(s), id, i + 1, s, s == 31 ? "Yleisavustukset" : "Muu asia")
                }
            }
            try db.run("INSERT INTO associations(id, name, name_key, municipality_code, lahella_listed, created_at, updated_at) VALUES (?, 'Lahden Omaishoitajat ry', 'lahden omaishoitajat ry', '398', 1, 'x', 'x')", body + 99)
        }
        let round = try grants.createRound(GrantRound(name: "Yleisavustukset 2026", year: 2026, grantTypeCode: "general", appropriationCents: 10_000_00,
                                                      closesOn: CivilDate(iso: "2026-01-31"), decidingBodyID: body))
        let appID = try grants.createApplication(GrantApplication(roundID: round, associationID: body + 99, purpose: "Vertaisryhmät",
                                                                  requestedCents: 4_000_00, reasoning: "Vakiintunut", proposedCents: 3_000_00))
        try grants.moveForward(applicationID: appID)
        try grants.moveForward(applicationID: appID)
        let app = App(store: store, services: FakeServices(), panes: [GrantsPane()], language: .fi, clock: clock)
        app.press(.char("2"), .enter, .enter)               // the round, the application
        app.press(.char("d"))
        var screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Kokous ja pykälä"), screen)
        XCTAssertTrue(screen.contains("2/2026 20.11.2026 § 30 Muu asia"), "the newest held meeting first: " + screen)
        XCTAssertFalse(screen.contains("Päivämäärä") && screen.contains("Pykälä:"), "no typed date or §")
        app.press(.tab, .tab, .right)                        // to the next offered §: 2/2026 § 31
        screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("2/2026 20.11.2026 § 31 Yleisavustukset"), screen)
        app.press(.ctrl("s"))
        let row = try XCTUnwrap(db.queryOne("SELECT * FROM grant_decisions WHERE application_id = ?", appID))
        XCTAssertEqual(row.int("section_number"), 31)
        XCTAssertEqual(row.int64("meeting_id"), body + 20)
        XCTAssertEqual(row.string("decided_on"), "2026-11-20")
        XCTAssertEqual(row.int64("body_id"), body)
    }
}

/// Pane 2's application view: the case's flags and reopening a closed case with a reason.
final class GrantCaseViewTests: XCTestCase {
    func testASecondApplicationIsFlaggedAndAClosedCaseReopensOnlyWithAReason() throws {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
        let store = try Store.inMemory(clock: clock)
        let db = store.database
        let grants = GrantStore(store: store, osUser: "koordinaattori")
        let association = Store.newID()
        try db.write {
            try db.run("INSERT INTO associations(id, name, name_key, municipality_code, lahella_listed, created_at, updated_at) VALUES (?, 'Lahden Omaishoitajat ry', 'lahden omaishoitajat ry', '398', 1, 'x', 'x')", association)
        }
        let round = try grants.createRound(GrantRound(name: "Yleisavustukset 2026", year: 2026, grantTypeCode: "general", appropriationCents: 10_000_00))
        let first = try grants.createApplication(GrantApplication(roundID: round, associationID: association, purpose: "Vertaisryhmät", requestedCents: 4_000_00))
        _ = try grants.createApplication(GrantApplication(roundID: round, associationID: association, purpose: "Retket", requestedCents: 1_000_00))
        try db.write { try db.run("UPDATE grant_applications SET stage = 'closed' WHERE id = ?", first) }
        let app = App(store: store, services: FakeServices(), panes: [GrantsPane()], language: .fi, clock: clock)
        app.press(.char("2"))
        app.perform(GrantsAction.openApplication.id, in: .grants, argument: String(first))   // as pane 3's § list does
        let screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Vertaisryhmät"), screen)
        XCTAssertTrue(screen.contains("! Lahden Omaishoitajat ry on jo hakenut tästä hausta."), screen)
        XCTAssertTrue(screen.contains("Asia on suljettu – R avaa sen uudelleen perustellen."), screen)
        app.press(.char("R"))
        app.press(.enter)                                     // no reason: nothing happens
        XCTAssertEqual(try db.scalarString("SELECT stage FROM grant_applications WHERE id = ?", first), "closed")
        app.press(.char("R"))
        app.type("Oikaisuvaatimus saapui"); app.press(.enter)
        XCTAssertEqual(try db.scalarString("SELECT stage FROM grant_applications WHERE id = ?", first), "reported")
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM audit_log WHERE action = 'reopen' AND entity_id = ?", first), 1)
        XCTAssertTrue(app.screen(120, 40).text.contains("Asia avattu uudelleen; vaihe: "), app.screen(120, 40).text)
    }
}

extension SectionDecisionPaneTests {
    /// "Hanna Salo" typed into the secretary picker is never saved as "Hanna Salonen": the
    /// candidates are offered with "add a new person"; an exact name is taken as it is.
    func testTheSecretaryPickerNeverSubstitutesADifferentPerson() throws {
        let w = try makeWorld()
        let salonen = try w.meetings.createPerson(name: "Hanna Salonen")
        w.app.press(.enter)                                  // the agenda
        w.app.press(.char("u"), .enter)                      // chair: nobody; next the secretary
        w.app.type("Hanna Salo"); w.app.press(.enter)
        let screen = w.app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Ketä tarkoitit: ”Hanna Salo”?"), screen)
        XCTAssertTrue(screen.contains("Lisää uusi henkilö: Hanna Salo"), screen)
        XCTAssertNil(try w.meetings.meeting(w.meetingID)?.secretaryPersonID, "nothing saved before the choice")
        w.app.press(.down, .enter)                           // add a new person
        let secretary = try XCTUnwrap(w.meetings.meeting(w.meetingID)?.secretaryPersonID)
        XCTAssertNotEqual(secretary, salonen)
        XCTAssertEqual(try w.meetings.personNames([secretary])[secretary], "Hanna Salo")
        w.app.press(.escape)                                  // the checkers stay as they are

        // Started, the officers are still editable; the exact name is taken without asking.
        try startAndGoToItem(w, present: 3)
        w.app.press(.char("u"), .enter)
        w.app.type("hanna salonen"); w.app.press(.enter)
        XCTAssertEqual(try w.meetings.meeting(w.meetingID)?.secretaryPersonID, salonen)
    }
}

extension SectionDecisionPaneTests {
    /// A member present who sits on an applicant's board is suggested at the § with the ground
    /// filled in; the secretary confirms with j, and the quorum at the § is counted again.
    func testAMemberOnAnApplicantsBoardIsSuggestedAtTheSectionAndTheQuorumRechecked() throws {
        let w = try makeWorld()
        let sysma = try XCTUnwrap(w.store.database.scalarInt("SELECT id FROM associations WHERE name = 'Sysmän Eläkkeensaajat'"))
        let eero = try w.meetings.createPerson(name: "Eero Esko")   // on the same board, but not a member of the body
        for person in [w.members[1], eero] {
            try w.store.database.write {
                try w.store.database.run("INSERT INTO affiliations(id, person_id, association_id, kind, created_at) VALUES (?, ?, ?, 'board_member', 'x')",
                                         Store.newID(), person, sysma)
            }
        }
        try linkInAgenda(w)
        try startAndGoToItem(w, present: 2)                       // Aino and Matti; Liisa is away
        var screen = w.app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Esteellisiksi ehdotetaan: Matti Mäki (j kirjaa)"), screen)
        XCTAssertTrue(screen.contains("Päätösvaltainen 2/3"), screen)
        w.app.press(.char("j"))
        screen = w.app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Matti Mäki – hallituksessa: Sysmän Eläkkeensaajat"), screen)
        w.app.press(.enter)                                        // the suggestion
        w.app.press(.enter)                                        // its ground, as filled in
        let recorded = try w.meetings.disqualifications(itemID: w.itemID)
        XCTAssertEqual(recorded.map(\.personID), [w.members[1]])
        XCTAssertTrue(recorded.first?.reason.contains("Sysmän Eläkkeensaajat") ?? false)
        screen = w.app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Ei päätösvaltainen 1/3"), screen)
        // Not quorate at this § now: deciding it is refused and nothing is written.
        w.app.press(.char("h"))
        XCTAssertEqual(try decisions(w).count, 0)
    }
}

extension SectionDecisionPaneTests {
    /// An arrival or departure during a § is recorded at that § ("saapui 6 §:n käsittelyn aikana
    /// klo …"); the header's quorum follows it, and the minutes say it.
    func testAnArrivalAndADepartureDuringASectionAreRecordedAtThatSection() throws {
        let w = try makeWorld()
        try linkInAgenda(w)
        try startAndGoToItem(w, present: 2)                        // at the opening: no § noted
        let section = try XCTUnwrap(w.meetings.item(w.itemID)?.section)
        let order = try w.meetings.attendance(meetingID: w.meetingID).map(\.personID)
        XCTAssertTrue(try w.meetings.attendance(meetingID: w.meetingID).allSatisfy { $0.note.isEmpty })
        XCTAssertTrue(w.app.screen(120, 40).text.contains("Päätösvaltainen 2/3"))
        w.app.press(.char("a"), .char(MeetingsPane.attendanceKeys[try XCTUnwrap(order.firstIndex(of: w.members[2]))]), .enter)
        let liisa = try XCTUnwrap(w.meetings.attendance(meetingID: w.meetingID).first { $0.personID == w.members[2] })
        XCTAssertTrue(liisa.note.hasPrefix("saapui \(section) §:n käsittelyn aikana klo "), liisa.note)
        XCTAssertTrue(w.app.screen(120, 40).text.contains("Päätösvaltainen 3/3"), w.app.screen(120, 40).text)
        w.app.press(.char("a"), .char(MeetingsPane.attendanceKeys[try XCTUnwrap(order.firstIndex(of: w.members[1]))]), .enter)
        let matti = try XCTUnwrap(w.meetings.attendance(meetingID: w.meetingID).first { $0.personID == w.members[1] })
        XCTAssertTrue(matti.note.hasPrefix("poistui \(section) §:n käsittelyn aikana klo "), matti.note)
        XCTAssertTrue(w.app.screen(120, 40).text.contains("Päätösvaltainen 2/3"), w.app.screen(120, 40).text)
        let minutes = try w.meetings.exportMinutes(meetingID: w.meetingID, format: .md)
        XCTAssertTrue(minutes.contains("Liisa Laine") && minutes.contains("saapui \(section) §:n käsittelyn aikana"), minutes)
    }
}

extension SectionDecisionPaneTests {
    /// A time recorded late is corrected with k; the note keeps its § with the corrected time,
    /// and a time that does not parse is refused with nothing changed.
    func testAnArrivalTimeIsCorrectedAndItsSectionNoteFollows() throws {
        let w = try makeWorld()
        try linkInAgenda(w)
        try startAndGoToItem(w, present: 2)
        let section = try XCTUnwrap(w.meetings.item(w.itemID)?.section)
        let order = try w.meetings.attendance(meetingID: w.meetingID).map(\.personID)
        w.app.press(.char("a"), .char(MeetingsPane.attendanceKeys[try XCTUnwrap(order.firstIndex(of: w.members[2]))]), .enter)
        let recorded = try w.meetings.attendance(meetingID: w.meetingID).filter(\.isRecorded)
        let row = try XCTUnwrap(recorded.firstIndex { $0.personID == w.members[2] })
        w.app.press(.char("k"))
        for _ in 0..<row { w.app.press(.down) }
        w.app.press(.enter)
        w.app.press(.ctrl("u")); w.app.type("25.00–"); w.app.press(.enter)    // refused, asked again
        let before = try XCTUnwrap(w.meetings.attendance(meetingID: w.meetingID).first { $0.personID == w.members[2] })
        XCTAssertTrue(before.note.hasPrefix("saapui \(section) §:n"))
        XCTAssertFalse(before.note.hasSuffix("klo 14.20"))
        w.app.press(.ctrl("u")); w.app.type("14.20–"); w.app.press(.enter)
        let liisa = try XCTUnwrap(w.meetings.attendance(meetingID: w.meetingID).first { $0.personID == w.members[2] })
        XCTAssertEqual(MeetingFormat.localTime(ofInstant: liisa.arrivedAt), "14.20")
        XCTAssertNil(liisa.leftAt)
        XCTAssertEqual(liisa.note, "saapui \(section) §:n käsittelyn aikana klo 14.20")
        XCTAssertTrue(w.app.screen(120, 40).text.contains("Liisa Laine: ajat korjattu (14.20–)"), w.app.screen(120, 40).text)
    }
}
