import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// A clock the crash-draft tests move forward.
private final class CrashDraftClock: Clock, @unchecked Sendable {
    var date = Date(timeIntervalSince1970: 1_795_435_200)   // 2026-11-23
    func now() -> Date { date }
}

/// `kill -9`, a crash or a power cut while a form is open: the idle tick keeps an in-progress
/// copy (`<db>.kesken-<pid>.json`), and the next start turns a dead process's copy into the usual
/// draft, so the start message and `:draft` → restore bring the typed values back. Whole apps on
/// one temporary file; the crash is an app dropped without any exit.
final class CrashDraftTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    var textDraft: String { path + ".luonnos.txt" }
    var sidecar: String { path + ".luonnos.json" }
    var ownCopy: String { App.crashDraftPath(forDatabase: path) }
    /// A process id no process has (checked in `deadCopy`).
    let deadPID: Int32 = 999_999
    var deadCopy: String { App.crashDraftPath(forDatabase: path, pid: deadPID) }
    fileprivate let clock = CrashDraftClock()
    var associationID: Int64 = 0

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-crashdraft-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try Store.open(path: path, clock: clock)
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"; d.municipality = "Heinola"; d.street = "Rautatienkatu 1"
        guard case .saved(let id, _) = try DirectoryStore(store: store).save(d) else { throw XCTSkip("fixture not saved") }
        associationID = id
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func window() throws -> App {
        AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: .fi, clock: clock))
    }

    func statusLine(_ app: App) -> String { app.screen(160, 40).line(38) }

    func exists(_ file: String) -> Bool { FileManager.default.fileExists(atPath: file) }

    func copyText(_ file: String) throws -> String {
        let data = try XCTUnwrap(FileManager.default.contents(atPath: file))
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try XCTUnwrap(object["text"] as? String)
    }

    /// Opens Heinola's form and types a new street (the form's fourth field).
    func typeStreet(_ street: String, in app: App) {
        app.press(.char("e"))
        app.press(.tab, .tab, .tab, .ctrl("u"))
        app.type(street)
    }

    /// The copy as a process that is gone left it: the file renamed to a dead process id.
    func crash() throws {
        XCTAssertTrue(kill(deadPID, 0) != 0 && errno == ESRCH, "the test needs pid \(deadPID) to be free")
        try FileManager.default.moveItem(atPath: ownCopy, toPath: deadCopy)
    }

    func directoryForm(_ app: App) -> AssociationFormState? {
        guard let pane = app.pane(.directory) as? DirectoryPane, case .form(let state)? = pane.overlay else { return nil }
        return state
    }

    func testTypedFormIsCopiedOnIdleAndRestoredAfterAKill() throws {
        let a = try window()
        typeStreet("Kauppakatu 5", in: a)
        XCTAssertFalse(exists(ownCopy), "keys alone write nothing: the idle tick does")
        a.handle(.tick)
        XCTAssertTrue(try copyText(ownCopy).contains("Katuosoite: Kauppakatu 5"))
        XCTAssertTrue(try copyText(ownCopy).contains("Keskeneräinen lomake, näkymä Yhdistykset"))
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: ownCopy)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o777, 0o600)
        XCTAssertFalse(exists(textDraft), "the copy is not a draft while its window runs")

        try crash()   // `a` is never exited
        let b = try window()
        b.announceLeftoverDraft()
        XCTAssertTrue(statusLine(b).contains("Edellinen istunto keskeytyi") && statusLine(b).contains(":draft"), statusLine(b))
        XCTAssertFalse(exists(deadCopy), "the copy became the draft")
        XCTAssertTrue(try String(contentsOfFile: textDraft, encoding: .utf8).contains("Katuosoite: Kauppakatu 5"))
        let mode2 = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: textDraft)[.posixPermissions] as? Int)
        XCTAssertEqual(mode2 & 0o777, 0o600)

        b.openDraft()
        XCTAssertTrue(b.screen(160, 40).text.contains("3  Palauta lomakkeelle"), b.screen(160, 40).text)
        b.press(.char("3"))
        let form = try XCTUnwrap(directoryForm(b))
        XCTAssertEqual(form.editingID, associationID)
        XCTAssertEqual(form.draft.street, "Kauppakatu 5")
        XCTAssertTrue(statusLine(b).contains("Tiedostot poistettiin."), statusLine(b))
        XCTAssertFalse(exists(textDraft) || exists(sidecar))

        // The restored form is in progress again, until it is saved.
        b.handle(.tick)
        XCTAssertTrue(try copyText(ownCopy).contains("Katuosoite: Kauppakatu 5"))
        b.press(.ctrl("s"))
        XCTAssertNil(directoryForm(b), statusLine(b))
        XCTAssertFalse(exists(ownCopy), "\(b.panes.map { "\($0.id) \($0.openForm?.isChanged as Any)" })")
    }

    func testCopiesAreWrittenAtMostEveryTwoSecondsAndOnlyAfterAChange() throws {
        let a = try window()
        typeStreet("Kauppa", in: a)
        a.handle(.tick)
        XCTAssertTrue(try copyText(ownCopy).contains("Katuosoite: Kauppa\n"))
        a.type("katu 5")
        clock.date += 1
        a.handle(.tick)
        XCTAssertTrue(try copyText(ownCopy).contains("Katuosoite: Kauppa\n"), "not again within two seconds")
        clock.date += 1.5
        a.handle(.tick)
        XCTAssertTrue(try copyText(ownCopy).contains("Katuosoite: Kauppakatu 5\n"))

        // Nothing changed: the file is not written again (a marker put in its place stays).
        try Data("marker".utf8).write(to: URL(fileURLWithPath: ownCopy))
        clock.date += 5
        a.handle(.tick)
        XCTAssertEqual(try String(contentsOfFile: ownCopy, encoding: .utf8), "marker")
    }

    func testAnUnchangedFormOrNoFormWritesNothing() throws {
        let a = try window()
        a.handle(.tick)
        a.press(.char("e"))
        a.handle(.tick)
        clock.date += 3
        a.handle(.tick)
        XCTAssertNotNil(directoryForm(a))
        XCTAssertFalse(exists(ownCopy))
        // Typed and typed back: the form is unchanged again, so its copy goes.
        a.press(.tab, .tab, .tab)
        a.type("x")   // replaces the street, selected on entry
        clock.date += 3
        a.handle(.tick)
        XCTAssertTrue(exists(ownCopy))
        a.press(.ctrl("u"))
        a.type("Rautatienkatu 1")
        XCTAssertFalse(exists(ownCopy))
        a.announceLeftoverDraft()
        XCTAssertFalse(statusLine(a).contains(":draft"), statusLine(a))
    }

    func testASavedFormLeavesNoCopy() throws {
        let a = try window()
        typeStreet("Kauppakatu 5", in: a)
        a.handle(.tick)
        XCTAssertTrue(exists(ownCopy))
        a.press(.ctrl("s"))
        XCTAssertNil(directoryForm(a), statusLine(a))
        XCTAssertFalse(exists(ownCopy), "gone with the save's key, not on a later tick")
        let stored = try DirectoryStore(store: try Store.open(path: path, clock: clock)).association(associationID)
        XCTAssertEqual(stored?.street, "Kauppakatu 5")
        clock.date += 3
        a.handle(.tick)
        XCTAssertFalse(exists(ownCopy))
    }

    func testAnotherRunningWindowsCopyIsNotTakenOver() throws {
        let a = try window()
        typeStreet("Kauppakatu 5", in: a)
        a.handle(.tick)
        let before = try copyText(ownCopy)
        let b = try window()   // this test's own process id: a window that is running
        b.announceLeftoverDraft()
        XCTAssertFalse(statusLine(b).contains(":draft"), statusLine(b))
        XCTAssertEqual(try copyText(ownCopy), before)
        XCTAssertFalse(exists(textDraft) || exists(sidecar))
    }

    func testSignalAndQuitRemoveTheCopy() throws {
        let a = try window()
        typeStreet("Kauppakatu 5", in: a)
        a.handle(.tick)
        let report = a.saveForSignalExit(signal: "SIGTERM")
        XCTAssertEqual(report.draftFile, textDraft)
        XCTAssertFalse(exists(ownCopy), "the signal's draft holds the input now")
        XCTAssertTrue(try String(contentsOfFile: textDraft, encoding: .utf8).contains("suljettu signaalilla SIGTERM"))

        let b = try window()
        typeStreet("Asemakatu 2", in: b)
        b.handle(.tick)
        XCTAssertTrue(exists(ownCopy))
        b.run(.quit, target: .app, argument: nil)   // the menu's quit ("q" would be typed into the form)
        XCTAssertTrue(b.screen(160, 40).text.contains("Yhdistykset"), "asks first: the form has changes")
        b.press(.char("k"))
        XCTAssertTrue(b.shouldQuit)
        XCTAssertFalse(exists(ownCopy))
    }

    func testAnExistingRestoreCopyIsKeptAndTheTextHoldsBoth() throws {
        let first = try window()
        typeStreet("Kauppakatu 5", in: first)
        _ = first.saveForSignalExit(signal: "SIGHUP")
        let sidecarBefore = try Data(contentsOf: URL(fileURLWithPath: sidecar))

        let a = try window()
        typeStreet("Asemakatu 2", in: a)
        a.handle(.tick)
        try crash()
        let b = try window()
        b.announceLeftoverDraft()
        let text = try String(contentsOfFile: textDraft, encoding: .utf8)
        XCTAssertTrue(text.contains("Katuosoite: Kauppakatu 5") && text.contains("Katuosoite: Asemakatu 2"), text)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: sidecar)), sidecarBefore)
        XCTAssertFalse(exists(deadCopy))
    }

    /// A Meetings prompt (a new meeting's place) is kept the same way and asked again by `:draft`.
    func testAMeetingsPromptIsCopiedAndAskedAgainAfterAKill() throws {
        let meetings = { MeetingStore(store: try Store.open(path: self.path, clock: self.clock)) }
        let bodyID = try meetings().createBody(name: "Kumppanuuspöytä", kind: .partnershipTable)
        let a = try window()
        a.press(.char("3"), .char("n"), .ctrl("u")); a.type("10.12.2026"); a.press(.enter)
        a.press(.ctrl("u")); a.type("13.00–15.00"); a.press(.enter)
        a.type("Sote-talo, sali 2")
        a.handle(.tick)
        XCTAssertTrue(try copyText(ownCopy).contains("Sote-talo, sali 2"))
        try crash()

        let b = try window()
        b.announceLeftoverDraft()
        XCTAssertTrue(statusLine(b).contains(":draft"), statusLine(b))
        b.openDraft()
        b.press(.char("3"))
        XCTAssertTrue(b.screen(160, 40).text.contains("Sote-talo, sali 2"), b.screen(160, 40).text)
        b.press(.enter)
        let made = try XCTUnwrap(meetings().meetings(bodyID: bodyID).first)
        XCTAssertEqual(made.place, "Sote-talo, sali 2")
        XCTAssertEqual(made.heldOn, "2026-12-10")
        XCTAssertFalse(exists(ownCopy), "the answered prompt leaves no copy")
    }

    /// A copy that cannot be written (a folder in its place) is said once; the form keeps
    /// working and later tries stay quiet.
    func testAFailedWriteIsSaidOnceAndKeysGoOn() throws {
        try FileManager.default.createDirectory(atPath: ownCopy, withIntermediateDirectories: false)
        let a = try window()
        typeStreet("Kauppa", in: a)
        a.handle(.tick)
        XCTAssertTrue(statusLine(a).contains("varakopiota ei voitu tallentaa"), statusLine(a))
        a.type("katu 5")
        XCTAssertFalse(statusLine(a).contains("varakopiota"), statusLine(a))
        clock.date += 3
        a.handle(.tick)
        XCTAssertFalse(statusLine(a).contains("varakopiota"), "said once only: " + statusLine(a))
        XCTAssertEqual(directoryForm(a)?.draft.street, "Kauppakatu 5")
    }

    /// After a restart a process id names another process: a copy from an earlier boot is taken
    /// over even when its id is in use now (here: this test's own).
    func testACopyFromAnEarlierBootIsTakenOverWhateverItsPid() throws {
        guard CrashDraftFile.currentBoot() != nil else { throw XCTSkip("no boot id on this system") }
        let a = try window()
        typeStreet("Kauppakatu 5", in: a)
        a.handle(.tick)
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: ownCopy))) as? [String: Any])
        object["boot"] = "00000000-0000-0000-0000-000000000000"
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: ownCopy))
        let b = try window()
        b.announceLeftoverDraft()
        XCTAssertTrue(statusLine(b).contains(":draft"), statusLine(b))
        XCTAssertFalse(exists(ownCopy))
    }
}
