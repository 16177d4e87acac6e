import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// A signal ended the program with the grant round form open: `:draft` reopens it in pane 2
/// through its edit session, with the changed fields and the other window's later change.
final class RoundDraftRestoreTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    var textDraft: String { path + ".luonnos.txt" }
    var sidecar: String { path + ".luonnos.json" }
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var roundID: Int64 = 0

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-rounddraft-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        roundID = try grants().createRound(GrantRound(name: "Yleisavustukset 2027", year: 2027, grantTypeCode: "general",
                                                      appropriationCents: 5_000_000))
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func window() throws -> App {
        AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: .fi, clock: clock))
    }

    func grants() throws -> GrantStore { GrantStore(store: try Store.open(path: path, clock: clock)) }

    func testTheRoundFormComesBackWithMyNameAndTheirAppropriation() throws {
        let a = try window()
        a.press(.char("2"), .char("e"), .ctrl("u"))
        a.type("Yleisavustukset vuodelle 2027")
        try assertDraftWritten(a.saveForSignalExit(signal: "SIGINT"), textDraft: textDraft, sidecar: sidecar,
                               holding: "Yleisavustukset vuodelle 2027")
        var changed = try grants().round(id: roundID)
        changed.appropriationCents = 6_000_000
        try grants().updateRound(changed)

        let b = try window()
        b.openDraft()
        XCTAssertTrue(b.screen(160, 40).text.contains("hakukierroksen lomakkeelle"), b.screen(160, 40).text)
        b.press(.char("3"))
        XCTAssertEqual(b.state.currentPane, .grants)
        XCTAssertTrue(b.currentPane.hasUnsavedWork)
        XCTAssertTrue(b.screen(160, 40).text.contains("Yleisavustukset vuodelle 2027"))
        b.press(.ctrl("s"))
        XCTAssertNil(b.state.topOverlayName, "no conflict: the form started from the file as it is now")
        XCTAssertFalse(b.currentPane.hasUnsavedWork)
        let saved = try grants().round(id: roundID)
        XCTAssertEqual(saved.name, "Yleisavustukset vuodelle 2027")
        XCTAssertEqual(saved.appropriationCents, 6_000_000, "the other window's change is kept")
    }
}
