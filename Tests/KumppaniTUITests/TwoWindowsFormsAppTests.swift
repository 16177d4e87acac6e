import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Two windows on one file for the activity, round and meeting forms: two whole apps on two
/// connections to one temporary database. Keys in, dialog and file contents out.
final class TwoWindowsFormsAppTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var associationID: Int64 = 0, activityID: Int64 = 0, roundID: Int64 = 0, meetingID: Int64 = 0

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-twoforms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try Store.open(path: path, clock: clock)
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"; d.municipality = "Heinola"
        guard case .saved(let id, _) = try DirectoryStore(store: store).save(d) else { throw XCTSkip("fixture not saved") }
        associationID = id
        var a = ActivityDraft()
        a.title = "Vertaisryhmä"; a.schedule = "ti 17–19"; a.place = "Kirjasto"
        guard case .saved(let aid) = try DirectoryStore(store: store).saveActivity(a, association: id) else { throw XCTSkip("fixture") }
        activityID = aid
        roundID = try GrantStore(store: store).createRound(GrantRound(name: "Yleisavustukset 2027", year: 2027, grantTypeCode: "general",
                                                                      appropriationCents: 5_000_000))
        let meetings = MeetingStore(store: store)
        let body = try meetings.createBody(name: "Kumppanuuspöytä", kind: .partnershipTable)
        meetingID = try meetings.createMeeting(bodyID: body, heldOn: "2026-12-03", startsAt: "14:00", place: "Kaupungintalo")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func window() throws -> App {
        AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: .fi, clock: clock))
    }

    /// A connection of its own, to read what the file holds now.
    func file() throws -> Store { try Store.open(path: path, clock: clock) }
    func storedActivity() throws -> ActivityDraft? { try DirectoryStore(store: try file()).activityDraft(activityID)?.draft }

    // MARK: Directory: the activity form

    /// Opens the first activity's form, goes to field `index` and types over it.
    func typeInActivity(_ text: String, field index: Int, in app: App) {
        app.press(.tab, .down, .char("e"))
        for _ in 0..<index { app.press(.tab) }
        app.press(.ctrl("u"))
        app.type(text)
    }

    /// B edits the schedule; A saves a new place; B saves: the dialog.
    func activityConflict() throws -> App {
        let a = try window(), b = try window()
        typeInActivity("ke 18–20", field: 4, in: b)
        typeInActivity("Seurakuntatalo", field: 5, in: a)
        a.press(.ctrl("s"))
        XCTAssertEqual(try storedActivity()?.place, "Seurakuntatalo")
        b.press(.ctrl("s"))
        XCTAssertEqual(b.state.topOverlayName, "dialog")
        let screen = b.screen(120, 40).text
        XCTAssertTrue(screen.contains("Tietoa muutettiin toisessa ikkunassa"), screen)
        XCTAssertTrue(screen.contains("nyt:      Seurakuntatalo"), screen)
        XCTAssertTrue(screen.contains("sinun:    ke 18–20"), screen)
        XCTAssertEqual(try storedActivity()?.schedule, "ti 17–19", "nothing written before the choice")
        return b
    }

    func testActivityKeepMineWritesMyFormAfterTheChoice() throws {
        let b = try activityConflict()
        b.press(.char("1"))
        XCTAssertEqual(try storedActivity()?.schedule, "ke 18–20")
        XCTAssertFalse(b.currentPane.hasUnsavedWork, "the form is closed")
    }

    func testActivityTakeTheirsLeavesTheFileAsTheOtherWindowSavedIt() throws {
        let b = try activityConflict()
        b.press(.char("2"))
        XCTAssertEqual(try storedActivity()?.schedule, "ti 17–19")
        XCTAssertEqual(try storedActivity()?.place, "Seurakuntatalo")
        XCTAssertFalse(b.currentPane.hasUnsavedWork)
    }

    func testActivityBackToTheFormMergesAndTheNextSaveKeepsBoth() throws {
        let b = try activityConflict()
        b.press(.char("3"))
        XCTAssertTrue(b.currentPane.hasUnsavedWork, "the form is open with my schedule")
        XCTAssertEqual(try storedActivity()?.schedule, "ti 17–19")
        b.press(.ctrl("s"))
        XCTAssertNil(b.state.topOverlayName, "no second dialog: the form now starts from the stored version")
        XCTAssertEqual(try storedActivity()?.schedule, "ke 18–20")
        XCTAssertEqual(try storedActivity()?.place, "Seurakuntatalo", "the other window's place was not overwritten")
    }

    func testActivityDeletedMeanwhileSaysSoAndKeepsTheTyping() throws {
        let b = try window()
        typeInActivity("ke 18–20", field: 4, in: b)
        XCTAssertTrue(try DirectoryStore(store: try file()).deleteActivity(activityID))
        b.press(.ctrl("s"))
        let screen = b.screen(120, 40).text
        XCTAssertTrue(screen.contains("Toinen ikkuna poisti tämän tiedon."), screen)
        XCTAssertFalse(screen.contains("Tallenna omani"), "nothing to overwrite: \(screen)")
        b.press(.char("2"))     // back to the form
        XCTAssertTrue(b.currentPane.hasUnsavedWork, "what was typed is still there")
        XCTAssertNil(try storedActivity(), "the deleted activity was not brought back")
        b.press(.ctrl("s"), .char("1"))   // discard
        XCTAssertFalse(b.currentPane.hasUnsavedWork)
        XCTAssertNil(try storedActivity())
    }

    // MARK: Grants: the round form

    func storedRound() throws -> GrantRound { try GrantStore(store: try file()).round(id: roundID) }

    func testRoundConflictShowsTheOtherWindowsChangeAndEachChoiceIsKept() throws {
        for choice in ["1", "2", "3"] {
            try GrantStore(store: try file()).updateRound(GrantRound(id: roundID, name: "Yleisavustukset 2027", year: 2027,
                                                                     grantTypeCode: "general", appropriationCents: 5_000_000))
            let a = try window(), b = try window()
            for app in [a, b] { app.press(.char("2"), .char("e")) }
            b.press(.ctrl("u")); b.type("Yleisavustukset vuodelle 2027")
            a.press(.tab, .tab, .tab, .ctrl("u")); a.type("60 000")
            a.press(.ctrl("s"))
            XCTAssertEqual(try storedRound().appropriationCents, 6_000_000)
            b.press(.ctrl("s"))
            let screen = b.screen(120, 40).text
            XCTAssertTrue(screen.contains("Määräraha:"), screen)
            XCTAssertEqual(try storedRound().name, "Yleisavustukset 2027", "nothing written before the choice")
            b.press(.char(Character(choice)))
            switch choice {
            case "1":
                XCTAssertEqual(try storedRound().name, "Yleisavustukset vuodelle 2027")
                XCTAssertEqual(try storedRound().appropriationCents, 5_000_000, "keep mine writes the form as shown")
            case "2":
                XCTAssertEqual(try storedRound().name, "Yleisavustukset 2027")
                XCTAssertEqual(try storedRound().appropriationCents, 6_000_000)
            default:
                b.press(.ctrl("s"))
                XCTAssertEqual(try storedRound().name, "Yleisavustukset vuodelle 2027")
                XCTAssertEqual(try storedRound().appropriationCents, 6_000_000, "back to the form took their appropriation")
            }
        }
    }

    // MARK: Meetings: the meeting's place

    func storedMeeting() throws -> Meeting? { try MeetingStore(store: try file()).meeting(meetingID) }

    func testMeetingPlaceConflictAsksAndEachChoiceIsKept() throws {
        for choice in ["1", "2"] {
            var m = try XCTUnwrap(storedMeeting())
            m.place = "Kaupungintalo"; m.heldOn = "2026-12-03"
            try MeetingStore(store: try file()).updateMeeting(m)
            let a = try window(), b = try window()
            for app in [a, b] { app.press(.char("3"), .enter) }
            // A moves the meeting to another day; B, not having looked, changes the place.
            a.press(.char("d")); a.press(.ctrl("u")); a.type("10.12.2026"); a.press(.enter)
            XCTAssertEqual(try storedMeeting()?.heldOn, "2026-12-10", a.screen(120, 40).text)
            b.press(.char("w")); b.press(.ctrl("u")); b.type("Sote-talo"); b.press(.enter)
            let screen = b.screen(120, 40).text
            XCTAssertTrue(screen.contains("Tietoa muutettiin toisessa ikkunassa"), screen)
            XCTAssertEqual(try storedMeeting()?.place, "Kaupungintalo", "nothing written before the choice")
            b.press(.char(Character(choice)))
            if choice == "1" {
                XCTAssertEqual(try storedMeeting()?.place, "Sote-talo")
                XCTAssertEqual(try storedMeeting()?.heldOn, "2026-12-10", "keep mine writes my field on top of theirs")
            } else {
                XCTAssertEqual(try storedMeeting()?.place, "Kaupungintalo")
                XCTAssertEqual(try storedMeeting()?.heldOn, "2026-12-10")
            }
        }
    }
}
