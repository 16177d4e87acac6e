import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// The forms that moved onto `EditSession` and had no two-window app test of their own: the
/// role form, the association form over a deleted association and the grant application form.
/// Two whole apps (or an app and a second connection) on one temporary file; keys in, screen
/// and file contents out.
final class EditSessionFormsAppTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var associationID: Int64 = 0, roleID: Int64 = 0, applicationID: Int64 = 0

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-editsession-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try Store.open(path: path, clock: clock)
        let directory = DirectoryStore(store: store)
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"; d.municipality = "Heinola"
        guard case .saved(let id, _) = try directory.save(d) else { throw XCTSkip("fixture not saved") }
        associationID = id
        var role = PersonRoleDraft()
        role.name = "Maija Virtanen"; role.title = "puheenjohtaja"; role.email = "maija@example.fi"
        guard case .saved(let rid, _) = try directory.saveRole(role, association: id) else { throw XCTSkip("fixture not saved") }
        roleID = rid
        let grants = GrantStore(store: store, osUser: "koordinaattori")
        let round = try grants.createRound(GrantRound(name: "Yleisavustukset 2026", year: 2026, grantTypeCode: "general",
                                                      appropriationCents: 10_000_00, closesOn: CivilDate(iso: "2026-01-31")))
        applicationID = try grants.createApplication(GrantApplication(roundID: round, associationID: id,
                                                                      purpose: "Vertaisryhmät", requestedCents: 4_000_00))
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func window() throws -> App {
        AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: .fi, clock: clock))
    }

    func file() throws -> Store { try Store.open(path: path, clock: clock) }
    func storedRole() throws -> PersonRoleDraft? { try DirectoryStore(store: try file()).roleDraft(roleID)?.draft }
    func storedApplication() throws -> GrantApplication { try GrantStore(store: try file()).application(id: applicationID) }

    // MARK: the role form

    /// Opens the role's form (the detail's only item), goes to field `index` and types over it.
    func typeInRole(_ text: String, field index: Int, in app: App) {
        app.press(.tab, .down, .char("e"))
        for _ in 0..<index { app.press(.tab) }
        app.press(.ctrl("u"))
        app.type(text)
    }

    /// B edits the title; A saves a new e-mail; B saves: the dialog, nothing written yet.
    func roleConflict() throws -> App {
        let a = try window(), b = try window()
        typeInRole("sihteeri", field: 2, in: b)
        typeInRole("maija.virtanen@example.fi", field: 5, in: a)
        a.press(.ctrl("s"))
        XCTAssertEqual(try storedRole()?.email, "maija.virtanen@example.fi")
        b.press(.ctrl("s"))
        XCTAssertEqual(b.state.topOverlayName, "dialog")
        let screen = b.screen(120, 40).text
        XCTAssertTrue(screen.contains("Tietoa muutettiin toisessa ikkunassa"), screen)
        XCTAssertTrue(screen.contains("nyt:      maija.virtanen@example.fi"), screen)
        XCTAssertTrue(screen.contains("sinun:    sihteeri"), screen)
        XCTAssertEqual(try storedRole()?.title, "puheenjohtaja", "nothing written before the choice")
        return b
    }

    func testRoleKeepMineWritesMyFormAfterTheChoice() throws {
        let b = try roleConflict()
        b.press(.char("1"))
        XCTAssertEqual(try storedRole()?.title, "sihteeri")
        XCTAssertFalse(b.currentPane.hasUnsavedWork, "the form is closed")
        XCTAssertTrue(b.screen(120, 30).text.contains("Omat muutoksesi tallennettiin."), b.screen(120, 30).text)
    }

    func testRoleBackToTheFormMergesAndTheNextSaveKeepsBoth() throws {
        let b = try roleConflict()
        b.press(.char("3"))
        XCTAssertNil(b.state.topOverlayName)
        XCTAssertTrue(b.currentPane.hasUnsavedWork, "the form is open with my title")
        XCTAssertTrue(b.screen(120, 30).text.contains("maija.virtanen@example.fi"), "their e-mail is in my form")
        b.press(.ctrl("s"))
        XCTAssertNil(b.state.topOverlayName, "no second dialog: the form now starts from the stored version")
        XCTAssertEqual(try storedRole()?.title, "sihteeri")
        XCTAssertEqual(try storedRole()?.email, "maija.virtanen@example.fi", "the other window's e-mail was not overwritten")
    }

    // MARK: the association form, deleted meanwhile

    func testAnAssociationDeletedMeanwhileIsNeverBroughtBack() throws {
        let db = try file().database
        try db.write {   // no grant keeps the association: it can be deleted, not only dissolved
            try db.run("DELETE FROM stage_history WHERE application_id = ?", applicationID)
            try db.run("DELETE FROM grant_applications WHERE id = ?", applicationID)
        }
        let b = try window()
        b.press(.char("e"))
        for _ in 0..<6 { b.press(.tab) }
        b.press(.ctrl("u")); b.type("050 765 4321")
        XCTAssertEqual(try DirectoryStore(store: try file()).deleteOrDissolve(associationID), .deleted(name: "Heinolan Omaishoitajat ry"))
        b.press(.ctrl("s"))
        let screen = b.screen(120, 40).text
        XCTAssertTrue(screen.contains("Toinen ikkuna poisti tämän tiedon."), screen)
        XCTAssertFalse(screen.contains("Tallenna omani"), "nothing to overwrite: \(screen)")
        b.press(.char("2"))   // back to the form
        XCTAssertTrue(b.currentPane.hasUnsavedWork, "what was typed is still there")
        XCTAssertTrue(b.screen(120, 30).text.contains("050 765 4321"))
        XCTAssertNil(try DirectoryStore(store: try file()).association(associationID), "not brought back")
        b.press(.ctrl("s"), .char("1"))   // discard
        XCTAssertFalse(b.currentPane.hasUnsavedWork)
        XCTAssertTrue(b.screen(120, 30).text.contains("Omat muutoksesi hylättiin"), b.screen(120, 30).text)
        XCTAssertNil(try DirectoryStore(store: try file()).association(associationID))
    }

    // MARK: the grant application form

    func testApplicationBackToTheFormKeepsMyProposalAndTheirPurpose() throws {
        let b = try window()
        b.press(.char("2"), .enter, .char("e"))   // the grants pane, the round's board, the application form
        for _ in 0..<7 { b.press(.tab) }
        b.type("3000")
        var changed = try storedApplication()
        changed.purpose = "Vertaisryhmät ja retket"
        try GrantStore(store: try file()).updateApplication(changed, expecting: nil)
        b.press(.ctrl("s"))
        let screen = b.screen(160, 40).text
        XCTAssertTrue(screen.contains("nyt:      Vertaisryhmät ja retket"), screen)
        XCTAssertNil(try storedApplication().proposedCents, "nothing written before the choice")
        b.press(.char("3"))
        XCTAssertTrue(b.currentPane.hasUnsavedWork)
        b.press(.ctrl("s"))
        XCTAssertNil(b.state.topOverlayName, "no second dialog")
        XCTAssertEqual(try storedApplication().proposedCents, 3_000_00, "my field")
        XCTAssertEqual(try storedApplication().purpose, "Vertaisryhmät ja retket", "their field")
    }

    func testApplicationTakeTheirsLeavesTheFileAsTheOtherWindowSavedIt() throws {
        let b = try window()
        b.press(.char("2"), .enter, .char("e"))
        for _ in 0..<7 { b.press(.tab) }
        b.type("3000")
        var changed = try storedApplication()
        changed.purpose = "Vertaisryhmät ja retket"
        try GrantStore(store: try file()).updateApplication(changed, expecting: nil)
        b.press(.ctrl("s"), .char("2"))
        XCTAssertFalse(b.currentPane.hasUnsavedWork, "the form is closed")
        XCTAssertTrue(b.screen(160, 40).text.contains("Toisen ikkunan versio jäi voimaan"), b.screen(160, 40).text)
        XCTAssertNil(try storedApplication().proposedCents)
        XCTAssertEqual(try storedApplication().purpose, "Vertaisryhmät ja retket")
    }
}
