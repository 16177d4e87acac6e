import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// A contact-log entry opened from the detail is edited in the same form as a new one, saved
/// with the conflict check, audited, and deleted after asking. Keys in; screen and file out.
final class ContactLogEditPaneTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var associationID: Int64 = 0, entryID: Int64 = 0

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-logedit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try Store.open(path: path, clock: clock)
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"; d.municipality = "Heinola"
        guard case .saved(let id, _) = try DirectoryStore(store: store).save(d) else { throw XCTSkip("fixture not saved") }
        associationID = id
        entryID = try DirectoryStore(store: store).addContact(to: id, ContactLogDraft(contactedOn: "2026-11-20", kind: .call,
                                                                                     note: "Soitettu puheenjohtajalle")).id
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func window() throws -> App {
        AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: .fi, clock: clock))
    }
    func file() throws -> DirectoryStore { DirectoryStore(store: try Store.open(path: path, clock: clock)) }
    func stored() throws -> ContactLogDraft? { try file().contactDraft(entryID)?.draft }

    /// Tab to the detail, Down to the entry (no activities or people: it is the first item), open it.
    func openEntry(_ app: App) {
        app.press(.tab, .down)
        app.press(.enter)
    }

    func testAnEntryOpensInTheFormWithItsValuesAndTheEditIsSavedAndAudited() throws {
        let app = try window()
        openEntry(app)
        var screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Muokkaa yhteydenottoa: Heinolan Omaishoitajat ry"), screen)
        XCTAssertTrue(screen.contains("20.11.2026") && screen.contains("Soitettu puheenjohtajalle"), screen)
        app.press(.tab, .tab)             // the note
        app.press(.end)
        app.type(", sovittu tapaaminen")
        app.press(.tab)
        app.type("1.12.2026")            // a follow-up
        app.press(.ctrl("s"))
        screen = app.screen(200, 40).text
        XCTAssertTrue(screen.contains("Yhteydenotto tallennettu (puhelu)."), screen)
        XCTAssertTrue(screen.contains("Soitettu puheenjohtajalle, sovittu tapaaminen"), screen)
        XCTAssertEqual(try stored(), ContactLogDraft(contactedOn: "2026-11-20", kind: .call,
                                                    note: "Soitettu puheenjohtajalle, sovittu tapaaminen", followUpOn: "2026-12-01"))
        XCTAssertEqual(try file().contactLog(of: associationID).count, 1, "edited in place, not added")
        let audit = try AuditLog.entries(in: try Store.open(path: path, clock: clock).database)
        let line = try XCTUnwrap(audit.last)
        XCTAssertEqual([line.entity, line.action], ["contact_log", "update"])
        XCTAssertEqual(line.entityID, entryID)
        XCTAssertTrue(AuditFormat.line(line, .fi).contains("Yhteydenottoa muokattu"), AuditFormat.line(line, .fi))
        XCTAssertTrue(line.summary.contains("follow_up_on: – → 2026-12-01") && line.summary.contains("note: *"), line.summary)
        XCTAssertFalse(line.summary.contains("sovittu"), "the note's text is not copied into the trail")
    }

    func testAChangeSavedMeanwhileInAnotherWindowAsksAndKeepMineWritesAfterTheChoice() throws {
        let a = try window(), b = try window()
        openEntry(b)
        b.press(.tab, .tab, .ctrl("u"))
        b.type("Minun muistiinpanoni")
        try file().updateContact(entryID, ContactLogDraft(contactedOn: "2026-11-20", kind: .email, note: "Toisen ikkunan teksti"))
        _ = a
        b.press(.ctrl("s"))
        let screen = b.screen(120, 40).text
        XCTAssertTrue(screen.contains("Tietoa muutettiin toisessa ikkunassa"), screen)
        XCTAssertTrue(screen.contains("Toisen ikkunan teksti") && screen.contains("Minun muistiinpanoni"), screen)
        XCTAssertEqual(try stored()?.note, "Toisen ikkunan teksti", "nothing written before the choice")
        b.press(.char("1"))   // keep mine
        XCTAssertEqual(try stored()?.note, "Minun muistiinpanoni")
        XCTAssertFalse(b.currentPane.hasUnsavedWork)
    }

    func testDeleteAsksFirstThenRemovesTheEntryAndAuditsIt() throws {
        let app = try window()
        app.press(.tab, .down, .char("d"))
        var screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Poistetaanko yhteydenotto 20.11.2026 (puhelu)?"), screen)
        XCTAssertNotNil(try stored(), "nothing deleted before the answer")
        app.press(.char("y"))
        screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Yhteydenotto poistettu."), screen)
        XCTAssertFalse(screen.contains("Soitettu puheenjohtajalle"), screen)
        XCTAssertNil(try stored())
        let line = try XCTUnwrap(try AuditLog.entries(in: try Store.open(path: path, clock: clock).database).last)
        XCTAssertEqual([line.entity, line.action], ["contact_log", "delete"])
    }

    /// A signal while an entry is being edited: `:draft` reopens the edit of that entry (not a new
    /// one), and saving changes it in place.
    func testAnEditedEntrysDraftReopensTheSameEntry() throws {
        let a = try window()
        openEntry(a)
        a.press(.tab, .tab, .ctrl("u"))
        a.type("Korjattu muistiinpano")
        _ = a.saveForSignalExit(signal: "SIGTERM")
        let b = try window()
        b.openDraft()
        b.press(.char("3"))
        let screen = b.screen(160, 40).text
        XCTAssertTrue(screen.contains("Muokkaa yhteydenottoa: Heinolan Omaishoitajat ry"), screen)
        XCTAssertTrue(screen.contains("Korjattu muistiinpano"), screen)
        b.press(.ctrl("s"))
        XCTAssertEqual(try stored()?.note, "Korjattu muistiinpano")
        XCTAssertEqual(try file().contactLog(of: associationID).count, 1, "the same entry, not a new one")
    }
}
