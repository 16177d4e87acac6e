import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Two windows on one file for the use-of-grant report and the appeal forms: two whole apps on
/// two connections to one temporary database. Keys in, dialog and file contents out.
final class TwoWindowsReportAppealAppTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var applicationID: Int64 = 0, appealID: Int64 = 0

    /// A decided application for the youth with a received report (40 reached) and a pending appeal.
    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-tworeport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try Store.open(path: path, clock: clock)
        var d = AssociationDraft()
        d.name = "Heinolan Nuorisoseura ry"; d.municipality = "Heinola"
        guard case .saved(let association, _) = try DirectoryStore(store: store).save(d) else { throw XCTSkip("fixture not saved") }
        let grants = GrantStore(store: store, osUser: "koordinaattori")
        let body = try MeetingStore(store: store).createBody(name: "Aluehallitus", kind: .regionalBoard)
        try store.database.write {   // the meeting whose § 12 decided the grant
            try store.database.run("INSERT INTO meetings(id, body_id, number, year, held_on, status, created_at, updated_at) VALUES (?, ?, 1, 2026, '2026-11-20', 'minutes_draft', 'x', 'x')", body + 1, body)
            try store.database.run("INSERT INTO agenda_items(id, meeting_id, position, section_number, title, created_at, updated_at) VALUES (?, ?, 1, 12, 'Avustukset', 'x', 'x')", body + 2, body + 1)
        }
        let round = try grants.createRound(GrantRound(name: "Yleisavustukset 2026", year: 2026, grantTypeCode: "general",
                                                      appropriationCents: 10_000_00, reportDueOn: CivilDate(iso: "2027-03-31")))
        applicationID = try grants.createApplication(GrantApplication(roundID: round, associationID: association, purpose: "Nuorisotila",
                                                                      requestedCents: 4_000_00, reasoning: "Vakiintunut toiminta",
                                                                      proposedCents: 3_000_00, targetGroups: ["youth"]))
        try grants.moveForward(applicationID: applicationID)
        try grants.moveForward(applicationID: applicationID)
        try grants.recordDecision(applicationID: applicationID, DecisionDraft(outcome: .partlyGranted, grantedCents: 3_000_00,
                                                                              decidedOn: CivilDate(iso: "2026-11-20"), bodyID: body,
                                                                              sectionNumber: 12))
        try grants.addPayment(applicationID: applicationID, paidOn: CivilDate(iso: "2026-11-23")!, amountCents: 3_000_00,
                              reference: "12345672", iban: "FI21 1234 5600 0007 85")   // a report comes after the payment
        try grants.saveReport(GrantReport(applicationID: applicationID, receivedOn: CivilDate(iso: "2027-01-10"), notes: "Saapui postitse",
                                          figures: [ReportFigure(targetGroupCode: "youth", peopleReached: 40, volunteerHours: 120)]))
        appealID = try grants.saveAppeal(applicationID: applicationID, filedOn: CivilDate(iso: "2026-12-01")!, outcome: .pending,
                                         decidedOn: nil, notes: "Vaatii täyttä summaa")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func window() throws -> App {
        AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: .fi, clock: clock))
    }

    /// A connection of its own, to read what the file holds now.
    func file() throws -> GrantStore { GrantStore(store: try Store.open(path: path, clock: clock)) }
    func storedReport() throws -> GrantReport? { try file().report(applicationID: applicationID) }
    func storedAppeal() throws -> GrantAppeal? { try file().appeals(applicationID: applicationID).first { $0.id == appealID } }

    /// Opens the application's form behind `key` (r = report, a = appeal), goes to field `index` and types over it.
    func type(_ text: String, field index: Int, form key: Character, in app: App, opening: Bool = true) {
        if opening { app.press(.char("2"), .enter, .enter, .char(key)) }
        else { app.press(.tab) }   // from the field before
        for _ in 0..<(opening ? index : 0) { app.press(.tab) }
        app.press(.ctrl("u"))
        app.type(text)
    }

    // MARK: The report

    /// B saves other notes; A, not having looked, saves its own notes and figure: A's dialog.
    func reportConflict() throws -> App {
        let a = try window(), b = try window()
        type("Tilintarkastajan lausunto puuttuu", field: 3, form: "r", in: b)
        type("Hyväksytty sellaisenaan", field: 3, form: "r", in: a)
        type("55", field: 4, form: "r", in: a, opening: false)
        b.press(.ctrl("s"))
        XCTAssertEqual(try storedReport()?.notes, "Tilintarkastajan lausunto puuttuu", b.screen(120, 40).text)
        a.press(.ctrl("s"))
        XCTAssertEqual(a.state.topOverlayName, "dialog")
        let screen = a.screen(120, 40).text
        XCTAssertTrue(screen.contains("Tietoa muutettiin toisessa ikkunassa"), screen)
        XCTAssertTrue(screen.contains("Huomiot:"), screen)
        XCTAssertTrue(screen.contains("alussa:   Saapui postitse"), screen)
        XCTAssertTrue(screen.contains("nyt:      Tilintarkastajan lausunto puuttuu"), screen)
        XCTAssertTrue(screen.contains("sinun:    Hyväksytty sellaisenaan"), screen)
        XCTAssertTrue(screen.contains("Nuoret: tavoitetut:"), "the figure's label names the group: \(screen)")
        XCTAssertTrue(screen.contains("sinun:    55"), screen)
        XCTAssertEqual(try storedReport()?.notes, "Tilintarkastajan lausunto puuttuu", "nothing written before the choice")
        XCTAssertEqual(try storedReport()?.figures.first?.peopleReached, 40)
        return a
    }

    func testReportKeepMineWritesMyValuesAfterTheChoice() throws {
        let a = try reportConflict()
        a.press(.char("1"))
        XCTAssertEqual(try storedReport()?.notes, "Hyväksytty sellaisenaan")
        XCTAssertEqual(try storedReport()?.figures.first?.peopleReached, 55)
        XCTAssertFalse(a.currentPane.hasUnsavedWork, "the form is closed")
        XCTAssertTrue(a.screen(120, 40).text.contains("Omat muutoksesi tallennettiin."), a.screen(120, 40).text)
    }

    func testReportTakeTheirsKeepsTheOtherWindowsReport() throws {
        let a = try reportConflict()
        a.press(.char("2"))
        XCTAssertEqual(try storedReport()?.notes, "Tilintarkastajan lausunto puuttuu")
        XCTAssertEqual(try storedReport()?.figures.first?.peopleReached, 40)
        XCTAssertFalse(a.currentPane.hasUnsavedWork)
        let screen = a.screen(120, 40).text
        XCTAssertTrue(screen.contains("Huomiot: Tilintarkastajan lausunto puuttuu"), "the application view shows their report: \(screen)")
    }

    func testReportBackToTheFormKeepsMyFigureAndTakesTheirNotes() throws {
        let a = try window(), b = try window()
        type("Tilintarkastajan lausunto puuttuu", field: 3, form: "r", in: b)
        type("55", field: 4, form: "r", in: a)
        b.press(.ctrl("s"))
        a.press(.ctrl("s"))
        XCTAssertTrue(a.screen(120, 40).text.contains("nyt:      Tilintarkastajan lausunto puuttuu"), a.screen(120, 40).text)
        a.press(.char("3"))
        XCTAssertNil(a.state.topOverlayName)
        XCTAssertTrue(a.currentPane.hasUnsavedWork, "the form is open with my figure")
        a.press(.ctrl("s"))
        XCTAssertNil(a.state.topOverlayName, "no second dialog: the form now starts from the stored version")
        XCTAssertEqual(try storedReport()?.figures.first?.peopleReached, 55, "my field")
        XCTAssertEqual(try storedReport()?.notes, "Tilintarkastajan lausunto puuttuu", "their field, untouched by me, is not overwritten")
    }

    // MARK: The appeal

    /// B saves other notes on the appeal; A saves its own: A's dialog.
    func appealConflict() throws -> App {
        let a = try window(), b = try window()
        type("Lisäselvitys pyydetty", field: 3, form: "a", in: b)
        type("Hakija perui vaatimuksen", field: 3, form: "a", in: a)
        b.press(.ctrl("s"))
        XCTAssertEqual(try storedAppeal()?.notes, "Lisäselvitys pyydetty", b.screen(120, 40).text)
        a.press(.ctrl("s"))
        XCTAssertEqual(a.state.topOverlayName, "dialog")
        let screen = a.screen(120, 40).text
        XCTAssertTrue(screen.contains("Huomiot:"), screen)
        XCTAssertTrue(screen.contains("alussa:   Vaatii täyttä summaa"), screen)
        XCTAssertTrue(screen.contains("nyt:      Lisäselvitys pyydetty"), screen)
        XCTAssertTrue(screen.contains("sinun:    Hakija perui vaatimuksen"), screen)
        XCTAssertEqual(try storedAppeal()?.notes, "Lisäselvitys pyydetty", "nothing written before the choice")
        return a
    }

    func testAppealKeepMineWritesMyNotesAfterTheChoice() throws {
        let a = try appealConflict()
        a.press(.char("1"))
        XCTAssertEqual(try storedAppeal()?.notes, "Hakija perui vaatimuksen")
        XCTAssertFalse(a.currentPane.hasUnsavedWork)
    }

    func testAppealTakeTheirsKeepsTheOtherWindowsNotes() throws {
        let a = try appealConflict()
        a.press(.char("2"))
        XCTAssertEqual(try storedAppeal()?.notes, "Lisäselvitys pyydetty")
        XCTAssertFalse(a.currentPane.hasUnsavedWork)
    }

    func testAppealDeletedMeanwhileSaysSoAndKeepsTheTyping() throws {
        let a = try window()
        type("Hakija perui vaatimuksen", field: 3, form: "a", in: a)
        let other = try Store.open(path: path, clock: clock)
        try other.database.execute("DELETE FROM grant_appeals WHERE id = \(appealID)")
        a.press(.ctrl("s"))
        let screen = a.screen(120, 40).text
        XCTAssertTrue(screen.contains("Toinen ikkuna poisti tämän tiedon."), screen)
        XCTAssertFalse(screen.contains("Tallenna omani"), "nothing to overwrite: \(screen)")
        a.press(.char("2"))     // back to the form
        XCTAssertTrue(a.currentPane.hasUnsavedWork, "what was typed is still there")
        XCTAssertNil(try storedAppeal(), "the deleted appeal was not brought back")
        a.press(.ctrl("s"), .char("1"))   // discard
        XCTAssertFalse(a.currentPane.hasUnsavedWork)
        XCTAssertNil(try storedAppeal())
    }
}
