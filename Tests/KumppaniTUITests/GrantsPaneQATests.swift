import XCTest
import Kumppani
@testable import KumppaniTUI

/// Fixes from the grant pane's QA pass: what a newcomer sees at 80×24 and what the marks mean.
final class GrantsPaneQATests: XCTestCase {
    struct World {
        let app: App
        let store: Store
        let roundID: Int64
        /// Listed on Lähellä.fi, nothing wrong.
        let clean: Int64
        /// Not on Lähellä.fi: a note, not a serious warning.
        let unlisted: Int64
        /// Dormant: serious.
        let dormant: Int64
    }

    func makeWorld(language: Language = .fi, appropriation: Int64 = 10_000_00) throws -> World {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
        let store = try Store.inMemory(clock: clock)
        let db = store.database
        let grants = GrantStore(store: store, osUser: "koordinaattori")
        let body = Store.newID()
        try db.write {
            try db.run("INSERT INTO bodies(id, name, kind, created_at, updated_at) VALUES (?, 'Aluehallitus', 'regional_board', 'x', 'x')", body)
            try db.run("INSERT INTO meetings(id, body_id, number, year, held_on, status, created_at, updated_at) VALUES (?, ?, 1, 2026, '2026-11-23', 'minutes_draft', 'x', 'x')", body + 1, body)
            try db.run("INSERT INTO agenda_items(id, meeting_id, position, section_number, title, created_at, updated_at) VALUES (?, ?, 1, 12, 'Avustukset', 'x', 'x')", body + 2, body + 1)
        }
        func association(_ name: String, listed: Bool, status: String = "active") throws -> Int64 {
            let id = Store.newID()
            try db.write {
                try db.run("INSERT INTO associations(id, name, name_key, municipality_code, lahella_listed, status, created_at, updated_at) VALUES (?,?,?, '398', ?, ?, 'x','x')",
                           id, name, FinnishCollation.sortKey(name), listed ? 1 : 0, status)
            }
            return id
        }
        let round = try grants.createRound(GrantRound(name: "Yleisavustukset 2026", year: 2026, grantTypeCode: "general",
                                                      appropriationCents: appropriation, decidingBodyID: body, reportDueOn: CivilDate(iso: "2027-03-31")))
        func application(_ assoc: Int64, _ cents: Int64) throws -> Int64 {
            try grants.createApplication(GrantApplication(roundID: round, associationID: assoc, purpose: "Vertaisryhmät", requestedCents: cents))
        }
        let clean = try application(try association("Asikkalan Martat ry", listed: true), 1_000_00)
        let unlisted = try application(try association("Hollolan Kyläyhdistys ry", listed: false), 2_000_00)
        let dormant = try application(try association("Kärkölän Nuorisoseura ry", listed: true, status: "dormant"), 3_000_00)
        let app = App(store: store, services: FakeServices(), panes: [GrantsPane()], language: language, clock: clock)
        return World(app: app, store: store, roundID: round, clean: clean, unlisted: unlisted, dormant: dormant)
    }

    /// The board row of an association, as drawn.
    func boardRow(_ screen: String, _ name: String) -> String? {
        screen.split(separator: "\n").first { $0.contains(name) }.map(String.init)
    }

    func testTheBoardMarksOnlySeriousWarningsAndTheApplicationStillShowsTheNotes() throws {
        let w = try makeWorld()
        w.app.press(.char("2"), .enter)
        let board = w.app.screen().text
        XCTAssertEqual(boardRow(board, "Kärkölän Nuorisoseura ry")?.first, "!", board)
        XCTAssertEqual(boardRow(board, "Hollolan Kyläyhdistys ry")?.first, " ", "not being on Lähellä.fi is no reason for a mark: \(board)")
        XCTAssertEqual(boardRow(board, "Asikkalan Martat ry")?.first, " ", board)
        XCTAssertTrue(board.contains("! = vakava huomio (v näyttää)"), "the mark is explained: \(board)")

        w.app.press(.down, .enter)                          // Hollola's application
        let detail = w.app.screen().text
        XCTAssertTrue(detail.contains("· Ei Lähellä.fi-palvelussa."), "the note stays visible on the application: \(detail)")
        XCTAssertFalse(detail.contains("! Ei Lähellä.fi-palvelussa."), detail)
    }

    func testNoMarkLegendWhenNothingIsSerious() throws {
        let w = try makeWorld()
        try w.store.database.write { try w.store.database.run("UPDATE associations SET status = 'active'") }
        w.app.press(.char("2"), .enter)
        XCTAssertFalse(w.app.screen().text.contains("vakava huomio"), w.app.screen().text)
    }

    func testTheWarningsListPutsNotesAndSeriousWarningsApart() throws {
        let w = try makeWorld(language: .en)
        w.app.press(.char("2"), .enter, .char("v"))
        let list = w.app.screen().text
        XCTAssertTrue(list.contains("· Not listed on Lähellä.fi."), list)
        XCTAssertTrue(list.contains("! "), "the dormant applicant's warning is marked: \(list)")
    }

    func testARefusalTooLongForTheStatusLineIsReadInFullOnTheApplicationAt80Columns() throws {
        let w = try makeWorld()
        w.app.press(.char("2"), .enter, .enter, .char(">"), .char(">"))    // in review, then refused: no proposal
        let screen = w.app.screen(80, 24).text
        XCTAssertTrue(screen.contains("Seuraavaksi: Esitystä ei voi tehdä: puuttuu esitetty summa ja perustelut."), screen)
        XCTAssertTrue(screen.contains("Muokkaa hakemusta (e)."), "the end of the refusal, cut from the status line, is on the next row: \(screen)")
    }

    func testTheOverCommitRefusalIsShownInFullInsideTheForm() throws {
        let w = try makeWorld(appropriation: 1_500_00)
        w.app.press(.char("2"), .enter, .down, .enter, .char(">"), .char("e"))   // Hollola asks 2 000 €; 1 500 € is there
        for _ in 0..<7 { w.app.press(.tab) }
        w.app.type("1000"); w.app.press(.tab); w.app.type("Perusteltu")
        w.app.press(.ctrl("s"), .char(">"))                                  // proposed with 1 000 €
        XCTAssertEqual(try w.store.database.scalarString("SELECT stage FROM grant_applications WHERE id = ?", w.unlisted), "proposed")
        w.app.press(.char("e"))                                              // raising it to 2 000 € is refused
        for _ in 0..<7 { w.app.press(.tab) }
        for _ in 0..<10 { w.app.press(.backspace) }
        w.app.type("2000")
        w.app.press(.ctrl("s"))
        let rows = w.app.screen(80, 24).text.split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │")) }
        let text = rows.joined(separator: " ")
        XCTAssertTrue(text.contains("! Määräraha ylittyisi 500,00 €: määräraha 1 500,00 €, jo esitetty tai myönnetty 0,00 €, tämä 2 000,00 €."), text)
        XCTAssertTrue(w.app.screen(80, 24).text.contains("Ctrl-S/F2 tallentaa"), "the form stays open with what was typed")
        XCTAssertEqual(try w.store.database.scalarInt("SELECT proposed_cents FROM grant_applications WHERE id = ?", w.unlisted), 1_000_00)
    }

    /// The reasoning is a multi-line field: Enter starts a new line, nothing is saved until Ctrl-S,
    /// and the file keeps the line break.
    func testTheReasoningKeepsItsLineBreaks() throws {
        let w = try makeWorld()
        w.app.press(.char("2"), .enter, .down, .enter, .char(">"), .char("e"))
        for _ in 0..<7 { w.app.press(.tab) }
        w.app.type("1000"); w.app.press(.tab)
        w.app.type("Kylätalon korjaus."); w.app.press(.enter); w.app.type("Omavastuu 20 %.")
        let reasoning = { try w.store.database.scalarString("SELECT reasoning FROM grant_applications WHERE id = ?", w.unlisted) }
        XCTAssertEqual(try reasoning(), "", "Enter in the reasoning saves nothing")
        let rows = w.app.screen(80, 24).text.split(separator: "\n").map(String.init)
        let first = try XCTUnwrap(rows.firstIndex { $0.contains("Kylätalon korjaus.") }, rows.joined(separator: "\n"))
        XCTAssertTrue(rows[first + 1].contains("Omavastuu 20 %."), rows.joined(separator: "\n"))
        w.app.press(.ctrl("s"))
        XCTAssertEqual(try reasoning(), "Kylätalon korjaus.\nOmavastuu 20 %.")
    }

    func testTheChartsYearChangesWithTheBracketKeys() throws {
        let w = try makeWorld(language: .en)
        w.app.press(.char("2"), .enter, .char("g"))
        XCTAssertTrue(w.app.screen().text.contains("Grants in 2026"), w.app.screen().text)
        w.app.press(.char("["), .char("["))
        XCTAssertTrue(w.app.screen().text.contains("Grants in 2024"), w.app.screen().text)
        w.app.press(.char("]"))
        let screen = w.app.screen().text
        XCTAssertTrue(screen.contains("Grants in 2025"), screen)
        XCTAssertTrue(screen.contains("[ previous year · ] next year"), "the keys are shown where they work: \(screen)")
        w.app.press(.escape)
        XCTAssertTrue(w.app.screen().text.contains("Yleisavustukset 2026 (2026)"), "Esc goes back to the board")
    }

    func testCountsInTheBenefitTableHaveGroupedThousands() {
        XCTAssertEqual(GrantFormat.count(9527, .fi), "9 527")
        XCTAssertEqual(GrantFormat.count(1_234_567, .en), "1,234,567")
        XCTAssertEqual(GrantFormat.count(12, .fi), "12")
    }

    func testAWrappedWarningHangsUnderItsText() {
        let rows = StyledLine("! Edellisen avustuksen (Yleisavustus 2025) käyttöselvitys puuttuu; eräpäivä oli 31.3.2026.", .warning, indent: 2)
            .wrapped(width: 40)
        XCTAssertGreaterThan(rows.count, 1)
        XCTAssertTrue(rows.dropFirst().allSatisfy { $0.indent == 4 }, "\(rows)")
        XCTAssertEqual(rows.map(\.text).joined(separator: " "), "! Edellisen avustuksen (Yleisavustus 2025) käyttöselvitys puuttuu; eräpäivä oli 31.3.2026.")
        XCTAssertTrue(rows.allSatisfy { TextLayout.width($0.text) + $0.indent <= 40 })
    }
}
