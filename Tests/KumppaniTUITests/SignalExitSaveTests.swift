import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// What the app keeps when a termination signal ends it: an open form with changes goes to a
/// private draft file beside the database (never half-saved into the register), and the next
/// start says where it is.
final class SignalExitSaveTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-exitsave-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let dir { try? FileManager.default.removeItem(at: dir) }
    }

    func makeApp() throws -> (App, Store, String) {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
        let store = try Store.inMemory(clock: clock)
        let services = FakeServices()
        services.databasePath = dir.appendingPathComponent("kumppani.sqlite").path
        let app = App(store: store, services: services, panes: [DirectoryPane()], language: .fi, clock: clock)
        return (app, store, services.databasePath)
    }

    func testAChangedFormIsWrittenToAPrivateDraftAndNotStored() throws {
        let (app, store, database) = try makeApp()
        app.press(.char("a"))                       // a new association
        app.type("Hollolan Kyläyhdistys ry")
        let old = umask(0o022)
        defer { umask(old) }
        let report = app.saveForSignalExit(signal: "SIGHUP")

        let draft = database + ".luonnos.txt"
        XCTAssertEqual(report.draftFile, draft)
        XCTAssertNil(report.problem)
        let text = try String(contentsOfFile: draft, encoding: .utf8)
        XCTAssertTrue(text.contains("Nimi: Hollolan Kyläyhdistys ry"), text)
        XCTAssertTrue(text.contains("SIGHUP"), text)
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: draft)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o777, 0o600)
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM associations"), 0)

        // A second interrupted session adds to the file instead of replacing the first draft.
        app.type(" (uusi)")
        _ = app.saveForSignalExit(signal: "SIGTERM")
        let both = try String(contentsOfFile: draft, encoding: .utf8)
        XCTAssertTrue(both.contains("Nimi: Hollolan Kyläyhdistys ry\n"), both)
        XCTAssertTrue(both.contains("Nimi: Hollolan Kyläyhdistys ry (uusi)"), both)

        let (next, _, _) = try makeApp()
        next.announceLeftoverDraft()
        XCTAssertTrue(next.screen(200, 24).text.contains("Edellinen istunto keskeytyi"), next.screen(200, 24).text)
    }

    func testNothingOpenMeansNoDraftAndNoAnnouncement() throws {
        let (app, _, database) = try makeApp()
        let report = app.saveForSignalExit(signal: "SIGTERM")
        XCTAssertEqual(report, ExitSaveReport())
        XCTAssertFalse(FileManager.default.fileExists(atPath: database + ".luonnos.txt"))
        app.announceLeftoverDraft()
        XCTAssertFalse(app.screen(200, 24).text.contains("Edellinen istunto"))
    }
}
