import XCTest
import Kumppani
@testable import KumppaniTUI

/// The grant pane driven by keys, as a coordinator would, asserting on the screen and the file.
final class GrantsPaneTests: XCTestCase {
    struct World {
        let app: App
        let store: Store
        let roundID: Int64
        let applicationID: Int64
    }

    /// One round (10 000 €) deciding in "Aluehallitus", one application for 4 000 €, and a
    /// second, already proposed application for 8 000 € when `crowded`.
    func makeWorld(language: Language = .fi, crowded: Bool = false) throws -> World {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
        let store = try Store.inMemory(clock: clock)
        let db = store.database
        let grants = GrantStore(store: store, osUser: "koordinaattori")
        let body = Store.newID()
        try db.write {
            try db.run("INSERT INTO bodies(id, name, kind, created_at, updated_at) VALUES (?, 'Aluehallitus', 'regional_board', 'x', 'x')", body)
            // The meeting held today whose § 12 decides the grant.
            try db.run("INSERT INTO meetings(id, body_id, number, year, held_on, status, created_at, updated_at) VALUES (?, ?, 1, 2026, '2026-11-23', 'minutes_draft', 'x', 'x')", body + 1, body)
            try db.run("INSERT INTO agenda_items(id, meeting_id, position, section_number, title, created_at, updated_at) VALUES (?, ?, 1, 12, 'Avustukset', 'x', 'x')", body + 2, body + 1)
        }
        func association(_ name: String) throws -> Int64 {
            let id = Store.newID()
            try db.write {
                try db.run("INSERT INTO associations(id, name, name_key, business_id, municipality_code, lahella_listed, created_at, updated_at) VALUES (?,?,?,?, '398', 1, 'x','x')",
                           id, name, FinnishCollation.sortKey(name), nil as String?)
            }
            return id
        }
        let round = try grants.createRound(GrantRound(name: "Yleisavustukset 2026", year: 2026, grantTypeCode: "general",
                                                      appropriationCents: 10_000_00, closesOn: CivilDate(iso: "2026-01-31"), decidingBodyID: body,
                                                      reportDueOn: CivilDate(iso: "2027-03-31")))
        let app = try grants.createApplication(GrantApplication(roundID: round, associationID: try association("Lahden Omaishoitajat ry"),
                                                                purpose: "Vertaisryhmät", requestedCents: 4_000_00))
        if crowded {
            let other = try grants.createApplication(GrantApplication(roundID: round, associationID: try association("Hollolan Martat"),
                                                                      requestedCents: 8_000_00, reasoning: "Vakiintunut", proposedCents: 8_000_00))
            try grants.moveForward(applicationID: other)
            try grants.moveForward(applicationID: other)
        }
        let app0 = App(store: store, services: FakeServices(), panes: [GrantsPane()], language: language, clock: clock)
        return World(app: app0, store: store, roundID: round, applicationID: app)
    }

    func stage(_ w: World) throws -> String? {
        try w.store.database.scalarString("SELECT stage FROM grant_applications WHERE id = ?", w.applicationID)
    }

    func tab(_ app: App, _ n: Int) { for _ in 0..<n { app.press(.tab) } }

    func testANewcomerTakesAnApplicationFromReceivedToClosedWithTheKeysOfTheHelp() throws {
        let w = try makeWorld()
        let app = w.app
        app.press(.char("2"))
        XCTAssertTrue(app.screen().text.contains("Yleisavustukset 2026"))
        app.press(.enter)                                   // the round board
        var screen = app.screen().text
        XCTAssertTrue(screen.contains("Määräraha 10 000,00 €"), screen)
        XCTAssertTrue(screen.contains("Lahden Omaishoitajat ry"))

        app.press(.char(">"))                               // received → in review
        XCTAssertEqual(try stage(w), "in_review")
        app.press(.char(">"))                               // refused: no proposal yet
        XCTAssertEqual(try stage(w), "in_review")
        XCTAssertTrue(app.screen(120, 40).text.contains("Esitystä ei voi tehdä: puuttuu esitetty summa ja perustelut."))

        app.press(.char("e"))                               // the application form
        XCTAssertTrue(app.screen().text.contains("Esitetty summa"))
        tab(app, 7); app.type("3000"); app.press(.tab); app.type("Toiminta vakiintunutta")
        app.press(.ctrl("s"))
        app.press(.char(">"))                               // in review → proposed
        XCTAssertEqual(try stage(w), "proposed")

        app.press(.char("d"))                               // the decision: outcome, amount and the held meeting's § come filled in
        XCTAssertTrue(app.screen(120, 40).text.contains("1/2026 23.11.2026 § 12 Avustukset"), app.screen(120, 40).text)
        app.press(.ctrl("s"))
        XCTAssertEqual(try stage(w), "decided")
        XCTAssertEqual(try w.store.database.scalarInt("SELECT section_number FROM grant_decisions WHERE application_id = ?", w.applicationID), 12)
        XCTAssertEqual(try w.store.database.scalarString("SELECT outcome FROM grant_decisions WHERE application_id = ?", w.applicationID), "partly_granted")

        app.press(.char("p"))                               // a payment of what is left (3 000 €)
        tab(app, 2); app.type("1234 5672"); app.press(.tab); app.type("FI21 1234 5600 0007 85")
        app.press(.ctrl("s"))
        XCTAssertEqual(try stage(w), "paid")
        XCTAssertTrue(app.screen().text.contains("Maksu kirjattu; vaihe: Maksettu"))

        app.press(.char(">"))                               // refused: no report
        XCTAssertTrue(app.screen(120, 40).text.contains("Käyttöselvitystä ei ole saatu"))
        app.press(.char("r"))                               // the report, received today, approved
        tab(app, 2); app.press(.right)
        app.press(.ctrl("s"))
        XCTAssertEqual(try stage(w), "reported")
        app.press(.char(">"))
        XCTAssertEqual(try stage(w), "closed")

        app.press(.enter)                                   // the application view shows the whole story
        screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Myönnetty osittain 3 000,00 €, 23.11.2026, Aluehallitus § 12"), screen)
        XCTAssertTrue(screen.contains("Maksettu yhteensä 3 000,00 € / myönnetty 3 000,00 €"))
        XCTAssertTrue(screen.contains("Selvitys saatu → Suljettu  (\(OSUser.current()))"), "every move is kept with the OS user: \(screen)")
        XCTAssertEqual(try w.store.database.scalarInt("SELECT count(*) FROM stage_history WHERE application_id = ?", w.applicationID), 7)
    }

    /// The withdrawal's question answers yes in either language (Enter on "Kyllä", `y`), and the yes
    /// acts on the application the question named (its id travels with the request, not a label).
    func testWithdrawingAnswersTheConfirmationInEitherLanguage() throws {
        for (language, yes) in [(Language.fi, Key.enter), (.en, .char("y"))] {
            let w = try makeWorld(language: language)
            w.app.press(.char("2"), .enter, .char("w"))
            XCTAssertTrue(w.app.screen(120, 40).text.contains("Lahden Omaishoitajat ry"), w.app.screen(120, 40).text)
            w.app.press(yes)
            XCTAssertEqual(try stage(w), "withdrawn", "\(language)")
        }
    }

    func testTheHelpListsThePipelineKeys() throws {
        let w = try makeWorld()
        w.app.press(.char("2"), .char("?"))
        var help = w.app.screen(120, 40).text
        for _ in 0..<4 { w.app.press(.pageDown); help += w.app.screen(120, 40).text }   // the help scrolls
        for label in ["Seuraava vaihe", "Edellinen vaihe", "Kirjaa päätös", "Kirjaa maksu", "Käyttöselvitys", "Esteellisyydet"] {
            XCTAssertTrue(help.contains(label), "help lacks \(label)")
        }
    }

    func testTheAppropriationRefusalSaysByHowMuchAndTheBarShowsTheCommitment() throws {
        let w = try makeWorld(crowded: true)
        let app = w.app
        app.press(.char("2"), .enter)
        let board = app.screen(120, 40).text
        XCTAssertTrue(board.contains("Esitetty 8 000,00 €"), board)
        XCTAssertTrue(board.components(separatedBy: "\n").contains { $0.contains("Yleisavustukset 2026 (2026)  haku päättyy 31.1.2026") }, board)
        XCTAssertFalse(board.contains("ID \(w.roundID)"), "the internal id means nothing to the coordinator")
        XCTAssertTrue(board.contains("Vapaana 2 000,00 €"))
        XCTAssertTrue(board.contains("▒"), "the proposed share is drawn in the bar")
        // Lahden Omaishoitajat is on the "Saapunut" row after Hollola's "Esitetty"? Board order is by stage: received first.
        app.press(.char(">"), .char("e"))
        tab(app, 7); app.type("2500"); app.press(.tab); app.type("Perusteltu")
        app.press(.ctrl("s"))
        app.press(.char(">"))
        XCTAssertEqual(try stage(w), "in_review")
        XCTAssertTrue(app.screen(120, 40).text.contains("Määräraha ylittyisi 500,00 €"), app.screen(120, 40).text)
    }

    func testBadInputInAFormIsExplainedAndNothingIsSaved() throws {
        let w = try makeWorld()
        let app = w.app
        app.press(.char("2"), .enter, .char(">"), .char(">"))
        app.press(.char("e"))
        tab(app, 7); app.type("kolme tonnia")
        app.press(.ctrl("s"))
        XCTAssertTrue(app.screen().text.contains("!"), "the form marks the bad field")
        XCTAssertNil(try w.store.database.scalarInt("SELECT proposed_cents FROM grant_applications WHERE id = ?", w.applicationID))
        app.press(.escape, .char("y"))                      // discard
        XCTAssertFalse(app.screen().text.contains("Esitetty summa"))
    }

    func testViewsRenderInBothLanguagesAtSmallAndLargeSizes() throws {
        for language in [Language.fi, .en] {
            let w = try makeWorld(language: language, crowded: true)
            w.app.press(.char("2"))
            for (width, height) in [(80, 24), (120, 40)] {
                XCTAssertTrue(w.app.screen(width, height).text.contains("Yleisavustukset 2026"))
            }
            w.app.press(.enter)
            let small = w.app.screen(80, 24).text
            XCTAssertTrue(small.contains(language == .fi ? "Määräraha" : "Appropriation"), small)
            XCTAssertTrue(small.contains("Hollolan Martat"))
            for key in ["v", "j", "u", "g"] {
                w.app.press(.char(Character(key)))
                let text = w.app.screen(80, 24).text
                XCTAssertFalse(text.contains("grants."), "a catalog key shows raw in \(key): \(text)")
                w.app.press(.escape)
            }
            w.app.press(.enter)
            XCTAssertTrue(w.app.screen(80, 24).text.contains(language == .fi ? "Historia" : "History") || w.app.screen(120, 40).text.contains(language == .fi ? "Historia" : "History"))
        }
    }

    func testNewRoundAndANewApplicationWithTheApplicantPickedFromTheDirectory() throws {
        let w = try makeWorld()
        let app = w.app
        app.press(.char("2"), .char("n"))                   // a new round
        app.type("Kumppanuusavustukset 2027")
        app.press(.tab, .ctrl("u")); app.type("2027")
        app.press(.tab, .right)                             // grant type: the second in the list
        app.press(.tab); app.type("50 000")
        app.press(.ctrl("s"))
        XCTAssertTrue(app.screen().text.contains("Haku luotu: Kumppanuusavustukset 2027"), app.screen().text)
        let rounds = try GrantStore(store: w.store).rounds()
        let created = try XCTUnwrap(rounds.first { $0.name == "Kumppanuusavustukset 2027" })
        XCTAssertEqual(created.appropriationCents, 50_000_00)
        XCTAssertEqual(created.grantTypeCode, "partnership")
        XCTAssertEqual(created.year, 2027)

        app.press(.enter, .char("n"))                       // the board of the new round; pick the applicant
        app.type("omais")
        XCTAssertTrue(app.screen().text.contains("Lahden Omaishoitajat ry"))
        app.press(.enter)
        XCTAssertTrue(app.screen().text.contains("Uusi hakemus"))
        app.press(.tab); app.type("Omaishoitajien virkistys")
        app.press(.tab); app.type("1 500")
        app.press(.ctrl("s"))
        let apps = try GrantStore(store: w.store).applications(roundID: created.id)
        XCTAssertEqual(apps.map(\.associationName), ["Lahden Omaishoitajat ry"])
        XCTAssertEqual(apps.first?.requestedCents, 1_500_00)
        XCTAssertEqual(apps.first?.purpose, "Omaishoitajien virkistys")
        XCTAssertTrue(app.screen().text.contains("Saapunut (1)"))
    }

    func testApplicationsWithWarningsAreMarkedAndListed() throws {
        let w = try makeWorld()
        try w.store.database.write { try w.store.database.run("UPDATE associations SET lahella_listed = 0, status = 'dormant'") }
        w.app.press(.char("2"), .enter)
        XCTAssertTrue(w.app.screen().text.contains("!Lahden Omaishoitajat ry"), w.app.screen().text)
        w.app.press(.char("v"))
        let warnings = w.app.screen().text
        XCTAssertTrue(warnings.contains("Yhdistys on toimimaton."))
        XCTAssertTrue(warnings.contains("Ei Lähellä.fi-palvelussa."))
        w.app.press(.enter)                                 // opens the application the warning is about
        XCTAssertTrue(w.app.screen().text.contains("Huomioitavaa"))
        w.app.press(.escape)                                // back to the warnings, then to the board
        XCTAssertTrue(w.app.screen().text.contains("Jatkuvuusvaroitukset"))
        w.app.press(.escape)
        XCTAssertTrue(w.app.screen().text.contains("Saapunut (1)"))
    }

    func testTheApplicationViewSaysWhatComesNext() throws {
        let w = try makeWorld()
        w.app.press(.char("2"), .enter, .enter)
        XCTAssertTrue(w.app.screen().text.contains("Seuraavaksi: > siirtää vaiheeseen Valmistelussa"), w.app.screen().text)
        w.app.press(.char(">"))
        XCTAssertTrue(w.app.screen().text.contains("Seuraavaksi: Esitystä ei voi tehdä: puuttuu esitetty summa ja perustelut."))
        w.app.press(.escape)
        XCTAssertTrue(w.app.screen().text.contains("Valmistelussa (1)"), "Esc goes back to the board")
    }

    func testTheDisqualificationViewNamesWhoMustStepAsideFromWhichApplication() throws {
        let w = try makeWorld()
        let db = w.store.database
        let person = Store.newID()
        try db.write {
            try db.run("INSERT INTO people(id, name, name_key, created_at, updated_at) VALUES (?, 'Anna Aho', 'anna aho', 'x', 'x')", person)
            let body = try db.scalarInt("SELECT deciding_body_id FROM grant_rounds WHERE id = ?", w.roundID)
            try db.run("INSERT INTO members(id, body_id, person_id, role, created_at) VALUES (?, ?, ?, 'member', 'x')", Store.newID(), body, person)
            try db.run("""
                INSERT INTO affiliations(id, person_id, association_id, kind, created_at)
                SELECT ?, ?, association_id, 'board_member', 'x' FROM grant_applications WHERE id = ?
                """, Store.newID(), person, w.applicationID)
        }
        w.app.press(.char("2"), .enter, .char("j"))
        let view = w.app.screen().text
        XCTAssertTrue(view.contains("Esteellisyydet: Yleisavustukset 2026 · Aluehallitus"), view)
        XCTAssertTrue(view.contains("Anna Aho on esteellinen: hallituksessa: Lahden Omaishoitajat ry"), view)
        w.app.press(.enter)
        XCTAssertTrue(w.app.screen(120, 40).text.contains("Esteellinen: Anna Aho (hallituksessa: Lahden Omaishoitajat ry)"))
    }
}
