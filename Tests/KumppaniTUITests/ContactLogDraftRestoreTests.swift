import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// A signal ended the program with a new contact-log entry typed: the next start's `:draft`
/// opens the log form over the same association with every value as typed, and saving logs it.
/// When the association is gone there is nothing to attach it to: a plain message, files kept.
final class ContactLogDraftRestoreTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    var textDraft: String { path + ".luonnos.txt" }
    var sidecar: String { path + ".luonnos.json" }
    let day = Date(timeIntervalSince1970: 1_795_435_200)   // 2026-11-23
    var associationID: Int64 = 0

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-logdraft-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try Store.open(path: path, clock: FixedClock(day))
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"; d.municipality = "Heinola"
        guard case .saved(let id, _) = try DirectoryStore(store: store).save(d) else { throw XCTSkip("fixture not saved") }
        associationID = id
        var other = AssociationDraft()
        other.name = "Vääksyn Kyläyhdistys ry"; other.municipality = "Asikkala"   // sorts after: the first row is Heinola
        guard case .saved = try DirectoryStore(store: store).save(other) else { throw XCTSkip("fixture not saved") }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    /// A window on the file; `daysLater` moves its clock on from the day the entry was typed.
    func window(daysLater: Int = 0) throws -> App {
        let clock = FixedClock(day.addingTimeInterval(Double(daysLater) * 86_400))
        return AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: .fi, clock: clock))
    }

    func file() throws -> DirectoryStore { DirectoryStore(store: try Store.open(path: path, clock: FixedClock(day))) }
    func statusLine(_ app: App) -> String { app.screen(160, 40).line(38) }

    func logForm(_ app: App) -> ContactLogFormState? {
        guard let pane = app.pane(.directory) as? DirectoryPane, case .log(let state)? = pane.overlay else { return nil }
        return state
    }

    /// Window A logs a contact with Heinola: type "sähköposti", a note and a follow-up of "+7"
    /// (a week from the day typed), and a signal ends it.
    func interruptedEntry() throws {
        let a = try window()
        a.press(.char("l"))
        XCTAssertNotNil(logForm(a))
        a.press(.tab, .right)                          // kind: call → email
        a.press(.tab)
        a.type("Puheenjohtaja lupasi hakemuksen ensi viikolla")
        a.press(.tab)
        a.type("+7")
        try assertDraftWritten(a.saveForSignalExit(signal: "SIGTERM"), textDraft: textDraft, sidecar: sidecar,
                               holding: "Muistiinpano: Puheenjohtaja lupasi hakemuksen ensi viikolla")
    }

    func testRestoreOpensTheLogFormWithTheTypedNoteAndSavingLogsIt() throws {
        try interruptedEntry()
        let b = try window(daysLater: 2)   // restored two days later: the dates still mean the day typed
        b.openDraft()
        let dialog = b.screen(160, 40).text
        XCTAssertTrue(dialog.contains("yhteydenoton lomakkeelle") && dialog.contains("(Heinolan Omaishoitajat ry)"), dialog)
        XCTAssertTrue(dialog.contains("3  Palauta lomakkeelle"), dialog)

        b.press(.char("3"))
        XCTAssertNil(b.state.topOverlayName)
        XCTAssertEqual(b.state.currentPane, .directory)
        let form = try XCTUnwrap(logForm(b))
        XCTAssertEqual(form.associationID, associationID)
        XCTAssertEqual(form.form["note"]?.text, "Puheenjohtaja lupasi hakemuksen ensi viikolla")
        XCTAssertEqual(form.form["date"]?.text, "23.11.2026")
        XCTAssertEqual(form.form["follow_up"]?.text, "30.11.2026", "+7 counted from the day it was typed")
        XCTAssertTrue(b.currentPane.hasUnsavedWork, "the restored form is marked changed")
        let screen = b.screen(160, 40).text
        XCTAssertTrue(screen.contains("Yhteydenotto: Heinolan Omaishoitajat ry"), screen)
        XCTAssertTrue(screen.contains("‹ sähköposti ›") && screen.contains("Puheenjohtaja lupasi"), screen)
        XCTAssertTrue(statusLine(b).contains("Tiedostot poistettiin."), statusLine(b))
        XCTAssertFalse(FileManager.default.fileExists(atPath: textDraft))
        XCTAssertFalse(FileManager.default.fileExists(atPath: sidecar))

        b.press(.ctrl("s"))
        XCTAssertNil(logForm(b), "saved and closed")
        let entries = try file().contactLog(of: associationID)
        XCTAssertEqual(entries.count, 1)
        XCTAssertEqual(entries.first?.note, "Puheenjohtaja lupasi hakemuksen ensi viikolla")
        XCTAssertEqual(entries.first?.kind, .email)
        XCTAssertEqual(entries.first?.contactedOn, "2026-11-23")
        XCTAssertEqual(entries.first?.followUpOn, "2026-11-30")
    }

    func testADeletedAssociationIsSaidPlainlyAndTheFilesStay() throws {
        try interruptedEntry()
        _ = try file().deleteOrDissolve(associationID)
        XCTAssertNil(try file().association(associationID))

        let b = try window()
        b.openDraft()
        b.press(.char("3"))
        let line = statusLine(b)
        XCTAssertTrue(line.contains("Yhdistys Heinolan Omaishoitajat ry on poistettu") && line.contains(":draft"), line)
        XCTAssertNil(logForm(b), "nothing to attach the entry to")
        XCTAssertFalse(b.currentPane.hasUnsavedWork)
        XCTAssertTrue(FileManager.default.fileExists(atPath: sidecar))
        XCTAssertTrue(try String(contentsOfFile: textDraft, encoding: .utf8).contains("Puheenjohtaja lupasi"))
        let count = try file().store.database.scalarInt("SELECT count(*) FROM contact_log")
        XCTAssertEqual(count, 0)
    }

    /// A sidecar as the association-only version wrote it (no payload wrapper) still restores.
    func testAnAssociationSidecarOfTheFirstLayoutStillRestores() throws {
        let fields = """
        {"activityKinds":[],"businessID":"","city":"","description":"","email":"","foundedYear":"","lahellaListed":false,\
        "municipality":"Heinola","name":"NAME","phone":"","postalCode":"","registerNumber":"","status":"active","street":"STREET","targetGroups":[],"website":""}
        """
        let json = """
        {"associationID":\(associationID),"base":\(fields.replacingOccurrences(of: "NAME", with: "Heinolan Omaishoitajat ry").replacingOccurrences(of: "STREET", with: "")),\
        "kind":"association","textBytes":3,"textHoldsOnlyThis":true,\
        "typed":\(fields.replacingOccurrences(of: "NAME", with: "Heinolan Omaishoitajat ry").replacingOccurrences(of: "STREET", with: "Torikatu 3")),"version":1}
        """
        try "x\n\n".write(toFile: textDraft, atomically: true, encoding: .utf8)
        try json.write(toFile: sidecar, atomically: true, encoding: .utf8)
        let b = try window()
        b.openDraft()
        XCTAssertTrue(b.screen(160, 40).text.contains("yhdistyksen lomakkeelle"))
        b.press(.char("3"))
        guard let pane = b.pane(.directory) as? DirectoryPane, case .form(let state)? = pane.overlay else {
            return XCTFail("the association form did not open: \(statusLine(b))")
        }
        XCTAssertEqual(state.editingID, associationID)
        XCTAssertEqual(state.draft.street, "Torikatu 3")
    }
}
