import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Two windows on one file: two whole apps, built as the program builds them, on two
/// connections to one temporary database. Keys in, screens and file contents out.
final class TwoWindowsAppTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var associationID: Int64 = 0

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-twowin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try Store.open(path: path, clock: clock)
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"; d.municipality = "Heinola"; d.phone = "040 111 2222"
        guard case .saved(let id, _) = try DirectoryStore(store: store).save(d) else { throw XCTSkip("fixture not saved") }
        associationID = id
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func window() throws -> App {
        AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: .fi, clock: clock))
    }

    /// What the file holds now, read through a connection of its own.
    func stored() throws -> Association? { try DirectoryStore(store: try Store.open(path: path, clock: clock)).association(associationID) }

    /// Opens the edit form, goes to the phone field and types over it.
    func typePhone(_ phone: String, in app: App) {
        app.press(.char("e"))
        for _ in 0..<6 { app.press(.tab) }
        app.press(.ctrl("u"))
        app.type(phone)
    }

    func testASaveInOneWindowShowsInTheOtherOnItsNextTick() throws {
        let a = try window(), b = try window()
        XCTAssertTrue(b.screen(120, 30).text.contains("+358 40 1112222"), b.screen(120, 30).text)
        typePhone("050 123 4567", in: a)
        a.press(.ctrl("s"))
        XCTAssertEqual(try stored()?.phone, "+358 50 1234567")
        XCTAssertFalse(b.screen(120, 30).text.contains("+358 50 1234567"), "B has not looked yet")
        b.handle(.tick)
        let screen = b.screen(120, 30).text
        XCTAssertTrue(screen.contains("+358 50 1234567"), screen)
        XCTAssertTrue(screen.contains("Tiedot päivitetty toisesta ikkunasta"), screen)
        a.handle(.tick)
        XCTAssertFalse(a.screen(120, 30).text.contains("toisesta ikkunasta"), "a window's own save is not news to it")
    }

    func testAnOpenFormIsKeptWhenTheOtherWindowSaves() throws {
        let a = try window(), b = try window()
        typePhone("050 765 4321", in: b)
        typePhone("050 123 4567", in: a)
        a.press(.ctrl("s"))
        b.handle(.tick)
        let screen = b.screen(120, 30).text
        XCTAssertTrue(screen.contains("050 765 4321"), "what B typed is still in its form: \(screen)")
        XCTAssertTrue(b.currentPane.hasUnsavedWork)
    }

    /// B edits the phone, A saves another phone and a city, then B saves: the dialog.
    func conflict() throws -> (a: App, b: App) {
        let a = try window(), b = try window()
        typePhone("050 765 4321", in: b)
        a.press(.char("e"))
        for _ in 0..<5 { a.press(.tab) }
        a.press(.ctrl("u")); a.type("Heinola kk"); a.press(.tab)
        a.press(.ctrl("u")); a.type("050 123 4567")
        a.press(.ctrl("s"))
        XCTAssertEqual(try stored()?.phone, "+358 50 1234567")
        b.press(.ctrl("s"))
        XCTAssertEqual(b.state.topOverlayName, "dialog")
        return (a, b)
    }

    func testAConflictingSaveShowsWhatChangedAndWritesNothing() throws {
        let (_, b) = try conflict()
        let screen = b.screen(120, 40).text
        XCTAssertTrue(screen.contains("Tietoa muutettiin toisessa ikkunassa"), screen)
        XCTAssertTrue(screen.contains("Puhelin:"), screen)
        XCTAssertTrue(screen.contains("alussa:   +358 40 1112222"), screen)
        XCTAssertTrue(screen.contains("nyt:      +358 50 1234567"), screen)
        XCTAssertTrue(screen.contains("sinun:    050 765 4321"), screen)
        XCTAssertTrue(screen.contains("Postitoimipaikka:"), screen)
        XCTAssertTrue(screen.contains("1  Tallenna omani"), screen)
        XCTAssertEqual(try stored()?.phone, "+358 50 1234567", "nothing written before the choice")
    }

    func testKeepMineOverwritesAfterTheChoice() throws {
        let (_, b) = try conflict()
        b.press(.char("1"))
        XCTAssertEqual(try stored()?.phone, "+358 50 7654321")
        XCTAssertNil(b.state.topOverlayName)
        XCTAssertFalse(b.currentPane.hasUnsavedWork, "the form is closed")
        XCTAssertTrue(b.screen(120, 30).text.contains("Omat muutoksesi tallennettiin."), b.screen(120, 30).text)
    }

    func testTakeTheirsDiscardsMyEdit() throws {
        let (_, b) = try conflict()
        b.press(.down, .enter)
        XCTAssertEqual(try stored()?.phone, "+358 50 1234567")
        XCTAssertEqual(try stored()?.city, "Heinola kk")
        XCTAssertFalse(b.currentPane.hasUnsavedWork)
        let screen = b.screen(120, 30).text
        XCTAssertTrue(screen.contains("+358 50 1234567"), screen)
    }

    func testBackToTheFormKeepsMyTypingAndTakesTheirOtherFields() throws {
        let (_, b) = try conflict()
        b.press(.char("3"))
        XCTAssertNil(b.state.topOverlayName)
        XCTAssertTrue(b.currentPane.hasUnsavedWork, "the form is open with my phone")
        XCTAssertEqual(try stored()?.phone, "+358 50 1234567")
        b.press(.ctrl("s"))
        XCTAssertEqual(try stored()?.phone, "+358 50 7654321", "my field")
        XCTAssertEqual(try stored()?.city, "Heinola kk", "their field, untouched by me, is not overwritten")
    }

    func testEscInTheDialogGoesBackToTheFormWithoutWriting() throws {
        let (_, b) = try conflict()
        b.press(.escape)
        XCTAssertTrue(b.currentPane.hasUnsavedWork)
        b.press(.ctrl("s"))
        XCTAssertEqual(b.state.topOverlayName, "dialog", "still a conflict: asked again")
        XCTAssertEqual(try stored()?.phone, "+358 50 1234567")
    }
}
