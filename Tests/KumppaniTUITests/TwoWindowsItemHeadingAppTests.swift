import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Two windows on one file, an agenda item's title, preparer and kind: two whole apps on two
/// connections to one temporary database. Keys in, dialog and file contents out.
final class TwoWindowsItemHeadingAppTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var itemID: Int64 = 0, itemIndex = 0
    let original = "Järjestöavustukset 2027", theirs = "Järjestöavustukset vuodelle 2027", mine = "Avustusten jakoperusteet 2027"

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-heading-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try Store.open(path: path, clock: clock)
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"
        _ = try DirectoryStore(store: store).save(d)   // not an empty database: no welcome view
        let meetings = MeetingStore(store: store)
        let body = try meetings.createBody(name: "Kumppanuuspöytä", kind: .partnershipTable)
        let meeting = try meetings.createMeeting(bodyID: body, heldOn: "2026-12-03", startsAt: "14:00", place: "Kaupungintalo")
        itemID = try meetings.addItem(meetingID: meeting, title: original)
        itemIndex = try XCTUnwrap(meetings.items(meetingID: meeting).firstIndex { $0.id == itemID })
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    /// A window on the meeting's agenda, the item selected.
    func window() throws -> App {
        let app = AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: .fi, clock: clock))
        app.press(.char("3"), .enter)
        for _ in 0..<itemIndex { app.press(.down) }
        return app
    }

    /// A connection of its own, to read and write the file as a third party.
    func file() throws -> MeetingStore { MeetingStore(store: try Store.open(path: path, clock: clock)) }
    func stored() throws -> AgendaItem? { try file().item(itemID) }

    func retitle(_ app: App, _ title: String) {
        app.press(.ctrl("u"))
        app.type(title)
        app.press(.enter)
    }

    /// A opens the title prompt; B renames the item (and the minutes get a text); A saves its own title.
    func conflict() throws -> App {
        let a = try window(), b = try window()
        a.press(.char("t"))
        b.press(.char("t"))
        retitle(b, theirs)
        XCTAssertEqual(try stored()?.title, theirs, b.screen(120, 40).text)
        try file().save(ItemEdit(itemID: itemID, field: .discussion, text: "Keskusteltiin jakoperusteista."), expecting: "")
        retitle(a, mine)
        XCTAssertEqual(a.state.topOverlayName, "dialog")
        let screen = a.screen(120, 40).text
        XCTAssertTrue(screen.contains("Tietoa muutettiin toisessa ikkunassa"), screen)
        XCTAssertTrue(screen.contains("Otsikko:"), screen)
        XCTAssertTrue(screen.contains("alussa:   \(original)"), screen)
        XCTAssertTrue(screen.contains("nyt:      \(theirs)"), screen)
        XCTAssertTrue(screen.contains("sinun:    \(mine)"), screen)
        XCTAssertEqual(try stored()?.title, theirs, "nothing written before the choice")
        return a
    }

    func testKeepMineWritesMyTitleAndLeavesTheMinutes() throws {
        let a = try conflict()
        a.press(.char("1"))
        XCTAssertNil(a.state.topOverlayName, a.screen(120, 40).text)
        XCTAssertEqual(try stored()?.title, mine)
        XCTAssertEqual(try stored()?.discussion, "Keskusteltiin jakoperusteista.", "the minutes text is not overwritten")
        XCTAssertTrue(a.screen(120, 40).text.contains("Omat muutoksesi tallennettiin."), a.screen(120, 40).text)
    }

    func testTakeTheirsKeepsTheOtherWindowsTitleAndShowsIt() throws {
        let a = try conflict()
        a.press(.char("2"))
        XCTAssertEqual(try stored()?.title, theirs)
        XCTAssertEqual(try stored()?.discussion, "Keskusteltiin jakoperusteista.")
        let screen = a.screen(120, 40).text
        XCTAssertTrue(screen.contains(theirs), screen)
        XCTAssertFalse(screen.contains(mine), screen)
    }

    func testBackToThePromptKeepsMyTextAndTheNextSaveGoesThrough() throws {
        let a = try conflict()
        a.press(.char("3"))
        XCTAssertEqual(a.state.topOverlayName, "dialog", "the title prompt again")
        XCTAssertTrue(a.screen(120, 40).text.contains(mine), a.screen(120, 40).text)
        XCTAssertEqual(try stored()?.title, theirs)
        a.press(.enter)
        XCTAssertNil(a.state.topOverlayName, "no second dialog: the prompt now starts from the stored title")
        XCTAssertEqual(try stored()?.title, mine)
    }

    func testAnItemDeletedMeanwhileIsSaidPlainlyAndTheTypingIsKept() throws {
        let a = try window()
        a.press(.char("t"))
        try file().deleteItem(itemID)
        retitle(a, mine)
        var screen = a.screen(120, 40).text
        XCTAssertTrue(screen.contains("Toinen ikkuna poisti tämän tiedon."), screen)
        XCTAssertTrue(screen.contains("sinun:    \(mine)"), screen)
        XCTAssertFalse(screen.contains("Tallenna omani"), "nothing to overwrite: \(screen)")
        a.press(.char("2"))     // back to the prompt
        screen = a.screen(120, 40).text
        XCTAssertEqual(a.state.topOverlayName, "dialog")
        XCTAssertTrue(screen.contains(mine), "what was typed is still there: \(screen)")
        a.press(.enter, .char("1"))    // still gone: discard
        XCTAssertNil(a.state.topOverlayName)
        XCTAssertNil(try stored(), "the deleted item was not brought back")
        XCTAssertFalse(a.screen(120, 40).text.contains(mine))
    }

    func testTheKindKeyAsksWhenTheOtherWindowChangedTheItem() throws {
        for choice in ["1", "2"] {
            var reset = try XCTUnwrap(stored()).heading
            reset.title = original; reset.kind = .decision
            try file().updateItemHeading(itemID: itemID, to: reset)
            let a = try window(), b = try window()
            b.press(.char("t"))
            retitle(b, theirs)
            a.press(.char("k"))   // A has not seen B's title: the next kind is a change over a stale item
            let screen = a.screen(120, 40).text
            XCTAssertTrue(screen.contains("Asian laji:"), screen)
            XCTAssertTrue(screen.contains("sinun:    ilmoitusasia"), screen)
            XCTAssertEqual(try stored()?.kind, .decision, "nothing written before the choice")
            a.press(.char(Character(choice)))
            XCTAssertEqual(try stored()?.title, theirs, "the kind key never writes the title")
            XCTAssertEqual(try stored()?.kind, choice == "1" ? .information : .decision)
        }
    }
}
