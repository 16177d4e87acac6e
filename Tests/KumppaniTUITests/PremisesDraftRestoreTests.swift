import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// A signal ended the program with a pane 4 form open (room, booking, strategy goal): `:draft`
/// reopens it in pane 4 through its edit session, with the fields the user changed and
/// another window's later change of the other fields kept.
final class PremisesDraftRestoreTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    var textDraft: String { path + ".luonnos.txt" }
    var sidecar: String { path + ".luonnos.json" }
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // Monday 2026-11-23
    var room: Int64 = 0, booking: Int64 = 0

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-premisesdraft-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try Store.open(path: path, clock: clock)
        var a = AssociationDraft(); a.name = "Lahden Omaishoitajat ry"; a.municipality = "Lahti"
        guard case .saved(let carers, _) = try DirectoryStore(store: store).save(a) else { throw XCTSkip("fixture") }
        room = try premises().save(Premises(name: "Kerhohuone 2", address: "Kirkkokatu 1, Lahti", capacity: 20))
        booking = try premises().save(Booking(premisesID: room, associationID: carers, title: "Vertaisryhmä",
                                              startsOn: CivilDate(iso: "2026-11-24")!, start: ClockTime(hour: 13, minute: 0)!,
                                              end: ClockTime(hour: 15, minute: 0)!))
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func window() throws -> App {
        AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: .fi, clock: clock))
    }

    func premises() throws -> PremisesStore { PremisesStore(store: try Store.open(path: path, clock: clock)) }

    /// `:draft`, then the dialog's "restore into the form".
    func restore(_ b: App) {
        b.openDraft()
        b.press(.char("3"))
        XCTAssertEqual(b.state.currentPane, .premises, b.screen(120, 40).text)
        XCTAssertTrue(b.currentPane.hasUnsavedWork, b.screen(120, 40).text)
    }

    func testTheRoomFormComesBackWithMyCapacityAndTheirEquipment() throws {
        let a = try window()
        a.press(.char("4"), .char("E"), .tab, .tab, .tab, .ctrl("u"))
        a.type("25")
        try assertDraftWritten(a.saveForSignalExit(signal: "SIGTERM"), textDraft: textDraft, sidecar: sidecar, holding: "25")
        var theirs = try XCTUnwrap(try premises().premises(id: room))
        theirs.equipment = "Videotykki"
        _ = try premises().save(theirs)

        let b = try window()
        restore(b)
        XCTAssertTrue(b.screen(120, 40).text.contains("Kerhohuone 2"))
        b.press(.ctrl("s"))
        XCTAssertNil(b.state.topOverlayName, "no conflict: the form started from the file as it is now")
        XCTAssertFalse(b.currentPane.hasUnsavedWork)
        let saved = try XCTUnwrap(try premises().premises(id: room))
        XCTAssertEqual(saved.capacity, 25)
        XCTAssertEqual(saved.equipment, "Videotykki", "the other window's change is kept")
    }

    func testTheBookingFormComesBackWithMyTitle() throws {
        let a = try window()
        a.press(.char("4"), .tab, .char("e"), .tab, .tab, .ctrl("u"))
        a.type("Vertaisryhmä ja kahvit")
        try assertDraftWritten(a.saveForSignalExit(signal: "SIGHUP"), textDraft: textDraft, sidecar: sidecar, holding: "Vertaisryhmä ja kahvit")

        let b = try window()
        restore(b)
        XCTAssertTrue(b.screen(120, 40).text.contains("Vertaisryhmä ja kahvit"), b.screen(120, 40).text)
        b.press(.ctrl("s"))
        XCTAssertFalse(b.currentPane.hasUnsavedWork, b.screen(120, 40).text)
        let saved = try XCTUnwrap(try premises().booking(id: booking))
        XCTAssertEqual(saved.title, "Vertaisryhmä ja kahvit")
        XCTAssertEqual(saved.start, ClockTime(hour: 13, minute: 0), "the fields not typed stay as stored")
    }

    func testANewStrategyGoalComesBackAsTyped() throws {
        let a = try window()
        a.press(.char("4"), .char("s"), .char("n"))
        a.type("H7"); a.press(.tab); a.type("Yksinäisyyden vähentäminen")
        try assertDraftWritten(a.saveForSignalExit(signal: "SIGINT"), textDraft: textDraft, sidecar: sidecar, holding: "Yksinäisyyden vähentäminen")

        let b = try window()
        restore(b)
        XCTAssertTrue(b.screen(120, 40).text.contains("Yksinäisyyden vähentäminen"), b.screen(120, 40).text)
        b.press(.ctrl("s"))
        XCTAssertFalse(b.currentPane.hasUnsavedWork, b.screen(120, 40).text)
        let goals = try StrategyStore(store: try Store.open(path: path, clock: clock)).goals()
        XCTAssertEqual(goals.map(\.code), ["H7"])
        XCTAssertEqual(goals.first?.title, "Yksinäisyyden vähentäminen")
    }

    func testAGoneRoomOpensNothingAndTheDraftStays() throws {
        let a = try window()
        a.press(.char("4"), .char("E"), .ctrl("u"))
        a.type("Kerhohuone kaksi")
        try assertDraftWritten(a.saveForSignalExit(signal: "SIGTERM"), textDraft: textDraft, sidecar: sidecar, holding: "Kerhohuone kaksi")
        try premises().deleteBooking(id: booking)
        try premises().deletePremises(id: room)

        let b = try window()
        b.openDraft()
        b.press(.char("3"))
        XCTAssertFalse(b.currentPane.hasUnsavedWork)
        XCTAssertTrue(FileManager.default.fileExists(atPath: sidecar), "the draft stays for the user")
        XCTAssertTrue(try String(contentsOfFile: textDraft, encoding: .utf8).contains("Kerhohuone kaksi"))
    }

    func testAFormWithInputOpenInPaneFourIsNotReplacedAndTheMessageNamesThePane() throws {
        let a = try window()
        a.press(.char("4"), .char("E"), .ctrl("u"))
        a.type("Kerhohuone kaksi")
        try assertDraftWritten(a.saveForSignalExit(signal: "SIGTERM"), textDraft: textDraft, sidecar: sidecar, holding: "Kerhohuone kaksi")

        let b = try window()
        b.press(.char("4"), .char("n"))
        b.type("Sali B")
        // A form that is typing takes ":" as text, so the restore is asked for as the dialog would.
        b.restoreDraftIntoForm(textPath: textDraft)
        let text = b.screen(160, 40).text
        XCTAssertTrue(text.contains("Välilehdellä Tilat on avoin lomake muutoksineen"), text)
        XCTAssertTrue(text.contains("Sali B"), "the form being typed stays")
        XCTAssertTrue(FileManager.default.fileExists(atPath: sidecar), "the draft stays for later")
    }
}
