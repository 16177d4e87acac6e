import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// A signal ended the program with the association form open: the next start's `:draft` puts
/// the changed fields back into the form, the fields not touched come from the file as it is
/// now, and a damaged restore file never costs the text view. Whole apps on one temporary file.
final class DraftRestoreTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    var textDraft: String { path + ".luonnos.txt" }
    var sidecar: String { path + ".luonnos.json" }
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var associationID: Int64 = 0

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-draftrestore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try Store.open(path: path, clock: clock)
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"; d.municipality = "Heinola"; d.phone = "040 111 2222"
        d.street = "Rautatienkatu 1"; d.email = "omaiset@example.fi"
        guard case .saved(let id, _) = try DirectoryStore(store: store).save(d) else { throw XCTSkip("fixture not saved") }
        associationID = id
        var other = AssociationDraft()
        other.name = "Vääksyn Kyläyhdistys ry"; other.municipality = "Asikkala"   // sorts after: the first row is Heinola
        guard case .saved = try DirectoryStore(store: store).save(other) else { throw XCTSkip("fixture not saved") }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func window() throws -> App {
        AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: .fi, clock: clock))
    }

    func stored() throws -> Association? { try DirectoryStore(store: try Store.open(path: path, clock: clock)).association(associationID) }

    func statusLine(_ app: App) -> String { app.screen(160, 40).line(38) }

    /// Window A opens Heinola's form, types a new street (field 3) and email (field 7), and a
    /// signal ends it.
    func interruptedEdit() throws {
        let a = try window()
        a.press(.char("e"))
        a.press(.tab, .tab, .tab, .ctrl("u"))
        a.type("Kauppakatu 5")
        a.press(.tab, .tab, .tab, .tab, .ctrl("u"))
        a.type("info@omaiset.fi")
        try assertDraftWritten(a.saveForSignalExit(signal: "SIGHUP"), textDraft: textDraft, sidecar: sidecar,
                               holding: "Katuosoite: Kauppakatu 5")   // the text draft stays as it was
    }

    func directoryForm(_ app: App) -> AssociationFormState? {
        guard let pane = app.pane(.directory) as? DirectoryPane, case .form(let state)? = pane.overlay else { return nil }
        return state
    }

    func testRestorePutsTheTypedFieldsBackAndSavingWritesThem() throws {
        try interruptedEdit()
        let b = try window()
        b.announceLeftoverDraft()
        XCTAssertTrue(statusLine(b).contains(":draft"), statusLine(b))
        b.openDraft()
        let dialog = b.screen(160, 40).text
        XCTAssertTrue(dialog.contains("Katuosoite: Kauppakatu 5"), dialog)
        XCTAssertTrue(dialog.contains("1  Säilytä tiedosto") && dialog.contains("3  Palauta lomakkeelle"), dialog)

        b.press(.char("3"))
        XCTAssertNil(b.state.topOverlayName)
        XCTAssertEqual(b.state.currentPane, .directory)
        let form = try XCTUnwrap(directoryForm(b))
        XCTAssertEqual(form.editingID, associationID)
        XCTAssertEqual(form.draft.street, "Kauppakatu 5")
        XCTAssertEqual(form.draft.email, "info@omaiset.fi")
        XCTAssertEqual(form.draft.phone, "+358 40 1112222", "an untouched field comes from the file")
        XCTAssertTrue(b.currentPane.hasUnsavedWork, "the restored form is marked changed")
        let screen = b.screen(160, 40).text
        XCTAssertTrue(screen.contains("Kauppakatu 5") && screen.contains("info@omaiset.fi"), screen)
        XCTAssertTrue(statusLine(b).contains("Tiedostot poistettiin."), statusLine(b))
        XCTAssertTrue(b.screen(80, 24).line(22).contains("tallenna. Tiedostot poistettiin."), "fits at 80 columns")
        XCTAssertFalse(FileManager.default.fileExists(atPath: textDraft))
        XCTAssertFalse(FileManager.default.fileExists(atPath: sidecar))

        b.press(.ctrl("s"))
        XCTAssertNil(directoryForm(b), "saved and closed")
        let saved = try XCTUnwrap(stored())
        XCTAssertEqual(saved.street, "Kauppakatu 5")
        XCTAssertEqual(saved.email, "info@omaiset.fi")
        XCTAssertEqual(saved.phone, "+358 40 1112222")
    }

    func testAnotherWindowsChangeToAnUntouchedFieldIsKept() throws {
        try interruptedEdit()
        let c = try window()   // meanwhile, another window changes the phone
        c.press(.char("e"))
        for _ in 0..<6 { c.press(.tab) }
        c.press(.ctrl("u"))
        c.type("050 123 4567")
        c.press(.ctrl("s"))
        XCTAssertEqual(try stored()?.phone, "+358 50 1234567")

        let b = try window()
        b.openDraft()
        b.press(.char("3"))
        XCTAssertEqual(directoryForm(b)?.draft.phone, "+358 50 1234567")
        b.press(.ctrl("s"))
        XCTAssertNil(b.state.topOverlayName, "no conflict: the form started from the file as it is now")
        let saved = try XCTUnwrap(stored())
        XCTAssertEqual(saved.phone, "+358 50 1234567", "the other window's change is kept")
        XCTAssertEqual(saved.street, "Kauppakatu 5")
        XCTAssertEqual(saved.email, "info@omaiset.fi")
    }

    func testADeletedAssociationComesBackAsANewOneWithWhatWasTyped() throws {
        try interruptedEdit()
        _ = try DirectoryStore(store: try Store.open(path: path, clock: clock)).deleteOrDissolve(associationID)
        XCTAssertNil(try stored())

        let b = try window()
        b.openDraft()
        b.press(.char("3"))
        XCTAssertTrue(statusLine(b).contains("Yhdistys on poistettu"), statusLine(b))
        let small = b.screen(80, 24).text   // the form says it in full, whatever the width
        XCTAssertTrue(small.contains("uuden yhdistyksen") && small.contains("lomakkeella."), small)
        let form = try XCTUnwrap(directoryForm(b))
        XCTAssertNil(form.editingID, "a new-association form")
        XCTAssertEqual(form.draft.name, "Heinolan Omaishoitajat ry")
        XCTAssertEqual(form.draft.street, "Kauppakatu 5")
        XCTAssertEqual(form.draft.email, "info@omaiset.fi")
        XCTAssertTrue(b.currentPane.hasUnsavedWork)

        b.press(.ctrl("s"))
        let file = DirectoryStore(store: try Store.open(path: path, clock: clock))
        let rows = try file.store.database.query("SELECT street, email FROM associations WHERE name = ?", "Heinolan Omaishoitajat ry")
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows.first?.string("street"), "Kauppakatu 5")
        XCTAssertEqual(rows.first?.string("email"), "info@omaiset.fi")
    }

    func testAnUnusableSidecarLeavesTheTextViewWithANote() throws {
        let cases = [("{ ei json", "vioittunut"), (#"{"version": 99, "kind": "association"}"#, "uudempi Kumppani")]
        for (content, note) in cases {
            try interruptedEdit()
            try content.write(toFile: sidecar, atomically: true, encoding: .utf8)
            let b = try window()
            b.openDraft()
            let dialog = b.screen(160, 40).text
            XCTAssertTrue(dialog.contains(note), dialog)
            XCTAssertTrue(dialog.contains("Katuosoite: Kauppakatu 5"), dialog)
            XCTAssertTrue(dialog.contains("2  Poista tiedosto…"), dialog)
            XCTAssertFalse(dialog.contains("Palauta lomakkeelle"), dialog)
            b.press(.char("2"), .char("k"))
            XCTAssertTrue(statusLine(b).contains("Luonnos poistettiin."), statusLine(b))
            XCTAssertFalse(FileManager.default.fileExists(atPath: textDraft))
            XCTAssertFalse(FileManager.default.fileExists(atPath: sidecar), "the restore copy goes with the text")
            XCTAssertNil(directoryForm(b))
        }
    }

    /// A new association typed, interrupted twice (the text draft then holds both): the restore
    /// brings the latest back into a new-association form and keeps the text, which holds more.
    func testANewAssociationIsRestoredAndATextWithMoreInItIsKept() throws {
        let a = try window()
        a.press(.char("a"))
        a.type("Hollolan Kyläyhdistys")
        _ = a.saveForSignalExit(signal: "SIGTERM")
        a.type(" ry")
        _ = a.saveForSignalExit(signal: "SIGHUP")

        let b = try window()
        b.openDraft()
        b.press(.enter)   // the restore choice is the one chosen already
        let form = try XCTUnwrap(directoryForm(b))
        XCTAssertNil(form.editingID)
        XCTAssertEqual(form.draft.name, "Hollolan Kyläyhdistys ry")
        XCTAssertTrue(statusLine(b).contains("palautettiin lomakkeelle"), statusLine(b))
        XCTAssertTrue(statusLine(b).contains(":draft"), "the text is kept and the line says where: \(statusLine(b))")
        XCTAssertFalse(FileManager.default.fileExists(atPath: sidecar))
        XCTAssertTrue(try String(contentsOfFile: textDraft, encoding: .utf8).contains("Nimi: Hollolan Kyläyhdistys\n"))
        b.press(.ctrl("s"))
        let count = try Store.open(path: path, clock: clock).database
            .scalarInt("SELECT count(*) FROM associations WHERE name = 'Hollolan Kyläyhdistys ry'")
        XCTAssertEqual(count, 1)
    }

    /// A form with input of its own open in pane 1 is not replaced: the draft waits.
    func testAnOpenChangedFormIsNotReplaced() throws {
        try interruptedEdit()
        let b = try window()
        b.press(.char("a"))
        b.type("Keskeneräinen ry")
        b.runDraftAction(.draft, argument: nil)   // as the menu runs it (':' would type into the form)
        b.press(.char("3"))
        XCTAssertEqual(directoryForm(b)?.draft.name, "Keskeneräinen ry", "the open form keeps its input")
        XCTAssertTrue(statusLine(b).contains("tallenna tai hylkää se ensin"), statusLine(b))
        XCTAssertTrue(FileManager.default.fileExists(atPath: sidecar))
        XCTAssertTrue(FileManager.default.fileExists(atPath: textDraft))
    }
}
