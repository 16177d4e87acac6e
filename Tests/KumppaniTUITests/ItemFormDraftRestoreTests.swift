import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// A signal ended the program with the activity or role form open: the next start's `:draft`
/// reopens it through the form's edit session with the changed fields (a choice too, by its
/// option), the untouched ones from the file as it is now, and the normal save writes them.
/// A deleted record is said plainly and the files stay.
final class ItemFormDraftRestoreTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    var textDraft: String { path + ".luonnos.txt" }
    var sidecar: String { path + ".luonnos.json" }
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var associationID: Int64 = 0, activityID: Int64 = 0, roleID: Int64 = 0

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-itemdraft-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let directory = DirectoryStore(store: try Store.open(path: path, clock: clock))
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"; d.municipality = "Heinola"
        guard case .saved(let id, _) = try directory.save(d) else { throw XCTSkip("fixture not saved") }
        associationID = id
        var a = ActivityDraft()
        a.title = "Vertaisryhmä"; a.schedule = "ti 17–19"; a.place = "Kirjasto"
        guard case .saved(let aid) = try directory.saveActivity(a, association: id) else { throw XCTSkip("fixture") }
        activityID = aid
        var role = PersonRoleDraft()
        role.name = "Maija Virtanen"; role.title = "puheenjohtaja"; role.email = "maija@example.fi"
        guard case .saved(let rid, _) = try directory.saveRole(role, association: id) else { throw XCTSkip("fixture") }
        roleID = rid
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func window() throws -> App {
        AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: .fi, clock: clock))
    }

    func directory() throws -> DirectoryStore { DirectoryStore(store: try Store.open(path: path, clock: clock)) }
    func statusLine(_ app: App) -> String { app.screen(160, 40).line(38) }

    /// Window A opens the activity's form, types a new schedule and picks Swedish, and a signal ends it.
    func interruptedActivityEdit() throws {
        let a = try window()
        a.press(.tab, .down, .char("e"))
        for _ in 0..<4 { a.press(.tab) }
        a.press(.ctrl("u"))
        a.type("ke 18–20")
        a.press(.tab, .tab, .right)   // the language: Finnish → Swedish
        try assertDraftWritten(a.saveForSignalExit(signal: "SIGHUP"), textDraft: textDraft, sidecar: sidecar, holding: "ke 18–20")
    }

    func testTheActivityFormComesBackWithMyFieldsAndTheirsAndSavingWritesThem() throws {
        try interruptedActivityEdit()
        // Meanwhile another window changes the place, a field the interrupted form did not touch.
        var changed = try XCTUnwrap(try directory().activityDraft(activityID)?.draft)
        changed.place = "Seurakuntatalo"
        _ = try directory().saveActivity(changed, association: associationID, id: activityID)

        let b = try window()
        b.openDraft()
        let dialog = b.screen(160, 40).text
        XCTAssertTrue(dialog.contains("toiminnan lomakkeelle") && dialog.contains("3  Palauta lomakkeelle"), dialog)
        b.press(.char("3"))
        XCTAssertEqual(b.state.currentPane, .directory)
        XCTAssertTrue(b.currentPane.hasUnsavedWork, "the restored form is marked changed")
        let screen = b.screen(160, 40).text
        XCTAssertTrue(screen.contains("ke 18–20") && screen.contains("Seurakuntatalo"), screen)
        XCTAssertTrue(statusLine(b).contains("Tiedostot poistettiin."), statusLine(b))
        XCTAssertFalse(FileManager.default.fileExists(atPath: sidecar))

        b.press(.ctrl("s"))
        XCTAssertNil(b.state.topOverlayName, "saved without a conflict: the form started from the file as it is now")
        XCTAssertFalse(b.currentPane.hasUnsavedWork)
        let saved = try XCTUnwrap(try directory().activityDraft(activityID)?.draft)
        XCTAssertEqual(saved.schedule, "ke 18–20")
        XCTAssertEqual(saved.language, "sv", "the choice comes back by its option")
        XCTAssertEqual(saved.place, "Seurakuntatalo", "the other window's change is kept")
    }

    func testTheRoleFormComesBackAndSavingWritesIt() throws {
        let a = try window()
        a.press(.tab, .down, .down, .char("e"))   // past the activity: the role
        a.press(.tab, .tab, .ctrl("u"))
        a.type("sihteeri")
        try assertDraftWritten(a.saveForSignalExit(signal: "SIGTERM"), textDraft: textDraft, sidecar: sidecar, holding: "sihteeri")

        let b = try window()
        b.openDraft()
        XCTAssertTrue(b.screen(160, 40).text.contains("henkilön roolin lomakkeelle"), b.screen(160, 40).text)
        b.press(.char("3"))
        XCTAssertTrue(b.screen(160, 40).text.contains("sihteeri"))
        b.press(.ctrl("s"))
        XCTAssertFalse(b.currentPane.hasUnsavedWork)
        let saved = try XCTUnwrap(try directory().roleDraft(roleID)?.draft)
        XCTAssertEqual(saved.title, "sihteeri")
        XCTAssertEqual(saved.email, "maija@example.fi")
    }

    func testADeletedActivityIsSaidPlainlyAndTheFilesStay() throws {
        try interruptedActivityEdit()
        XCTAssertTrue(try directory().deleteActivity(activityID))
        let b = try window()
        b.openDraft()
        b.press(.char("3"))
        XCTAssertTrue(statusLine(b).contains("Tieto on poistettu luonnoksen jälkeen"), statusLine(b))
        XCTAssertFalse(b.currentPane.hasUnsavedWork, "nothing opened")
        XCTAssertTrue(FileManager.default.fileExists(atPath: sidecar))
        XCTAssertTrue(FileManager.default.fileExists(atPath: textDraft))
        XCTAssertNil(try directory().activityDraft(activityID), "not brought back")
    }
}
