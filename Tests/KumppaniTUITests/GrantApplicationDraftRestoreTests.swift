import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// A signal ended the program with the grant application form open: the next start's `:draft`
/// reopens it with the changed fields, the untouched ones from the file as it is now, and the
/// normal save writes them. A deleted application is said plainly and the files stay.
final class GrantApplicationDraftRestoreTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    var textDraft: String { path + ".luonnos.txt" }
    var sidecar: String { path + ".luonnos.json" }
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var applicationID: Int64 = 0

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-appdraft-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try Store.open(path: path, clock: clock)
        var d = AssociationDraft()
        d.name = "Lahden Omaishoitajat ry"; d.municipality = "Lahti"
        guard case .saved(let associationID, _) = try DirectoryStore(store: store).save(d) else { throw XCTSkip("fixture not saved") }
        let grants = GrantStore(store: store, osUser: "koordinaattori")
        let round = try grants.createRound(GrantRound(name: "Yleisavustukset 2026", year: 2026, grantTypeCode: "general",
                                                      appropriationCents: 10_000_00, closesOn: CivilDate(iso: "2026-01-31")))
        applicationID = try grants.createApplication(GrantApplication(roundID: round, associationID: associationID,
                                                                      purpose: "Vertaisryhmät", requestedCents: 4_000_00))
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func window() throws -> App {
        AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: .fi, clock: clock))
    }

    func grants() throws -> GrantStore { GrantStore(store: try Store.open(path: path, clock: clock)) }
    func statusLine(_ app: App) -> String { app.screen(160, 40).line(38) }
    func editor(_ app: App) -> GrantEditor? { (app.pane(.grants) as? GrantsPane)?.editor }

    /// Window A opens the application's form, types a proposal and its reasoning, and a signal ends it.
    func interruptedEdit() throws {
        let a = try window()
        a.press(.char("2"), .enter)          // the grants pane, the round's board
        a.press(.char("e"))                  // the application form
        XCTAssertNotNil(editor(a))
        for _ in 0..<7 { a.press(.tab) }
        a.type("3000")
        a.press(.tab)
        a.type("Toiminta vakiintunutta")
        let report = a.saveForSignalExit(signal: "SIGHUP")
        XCTAssertEqual(report.draftFile, textDraft)
        XCTAssertTrue(FileManager.default.fileExists(atPath: sidecar))
        XCTAssertTrue(try String(contentsOfFile: textDraft, encoding: .utf8).contains("Toiminta vakiintunutta"))
    }

    func testRestoreReopensTheApplicationFormAndSavingWritesIt() throws {
        try interruptedEdit()
        // Meanwhile another window changes the purpose, a field the interrupted form did not touch.
        var changed = try grants().application(id: applicationID)
        changed.purpose = "Vertaisryhmät ja retket"
        try grants().updateApplication(changed, expecting: nil)

        let b = try window()
        b.openDraft()
        let dialog = b.screen(160, 40).text
        XCTAssertTrue(dialog.contains("hakemuksen lomakkeelle") && dialog.contains("3  Palauta lomakkeelle"), dialog)
        b.press(.char("3"))
        XCTAssertEqual(b.state.currentPane, .grants)
        let form = try XCTUnwrap(editor(b)).form
        XCTAssertEqual(form["reasoning"]?.text, "Toiminta vakiintunutta")
        XCTAssertEqual(form["purpose"]?.text, "Vertaisryhmät ja retket", "an untouched field comes from the file")
        XCTAssertTrue(b.currentPane.hasUnsavedWork)
        XCTAssertTrue(b.screen(160, 40).text.contains("Toiminta vakiintunutta"))
        XCTAssertTrue(statusLine(b).contains("Tiedostot poistettiin."), statusLine(b))
        XCTAssertFalse(FileManager.default.fileExists(atPath: sidecar))
        XCTAssertFalse(FileManager.default.fileExists(atPath: textDraft))

        b.press(.ctrl("s"))
        XCTAssertNil(editor(b), "saved and closed: \(statusLine(b))")
        let saved = try grants().application(id: applicationID)
        XCTAssertEqual(saved.proposedCents, 3_000_00)
        XCTAssertEqual(saved.reasoning, "Toiminta vakiintunutta")
        XCTAssertEqual(saved.purpose, "Vertaisryhmät ja retket", "the other window's change is kept")
    }

    func testADeletedApplicationIsSaidPlainlyAndTheFilesStay() throws {
        try interruptedEdit()
        let db = try Store.open(path: path, clock: clock).database
        try db.write {
            try db.run("DELETE FROM stage_history WHERE application_id = ?", applicationID)
            try db.run("DELETE FROM grant_applications WHERE id = ?", applicationID)
        }
        let b = try window()
        b.openDraft()
        b.press(.char("3"))
        XCTAssertTrue(statusLine(b).contains("Hakemus on poistettu"), statusLine(b))
        XCTAssertNil(editor(b))
        XCTAssertTrue(FileManager.default.fileExists(atPath: sidecar))
        XCTAssertTrue(FileManager.default.fileExists(atPath: textDraft))
    }
}
