import Foundation
import XCTest
@testable import Kumppani

/// Two windows on one file, an agenda item's title, preparer and kind: window A loads the item,
/// window B saves a change, A's save with `expecting:` is refused and writes nothing; a save
/// from the stored version goes through; the minutes texts are never written by it.
final class TwoWindowsItemHeadingTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    var a: MeetingStore!, b: MeetingStore!
    var itemID: Int64 = 0

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-heading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        // A fixed clock: `updated_at` cannot tell the two windows' saves apart.
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))
        a = MeetingStore(store: try Store.open(path: path, clock: clock))
        b = MeetingStore(store: try Store.open(path: path, clock: clock))
        let body = try a.createBody(name: "Järjestöjen kumppanuuspöytä", kind: .partnershipTable)
        let meeting = try a.createMeeting(bodyID: body, heldOn: "2026-12-03", startsAt: "14:00", place: "Kaupungintalo")
        itemID = try a.addItem(meetingID: meeting, title: "Järjestöavustukset 2027")
        try a.updateItemHeading(itemID: itemID, to: ItemHeading(title: "Järjestöavustukset 2027", preparer: "Maija Mäkelä", kind: .decision))
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func stored() throws -> AgendaItem { try XCTUnwrap(try a.item(itemID)) }

    func testAStaleSaveIsRefusedWithTheFieldsAndWritesNothing() throws {
        let base = try stored().heading
        let baseB = try XCTUnwrap(try b.item(itemID)).heading
        var theirs = baseB
        theirs.title = "Järjestöavustukset vuodelle 2027"
        try b.updateItemHeading(itemID: itemID, to: theirs, expecting: baseB)
        var mine = base
        mine.preparer = "Eero Esko"
        XCTAssertThrowsError(try a.updateItemHeading(itemID: itemID, to: mine, expecting: base)) { error in
            guard let conflict = error as? ItemHeadingConflict else { return XCTFail("\(error)") }
            XCTAssertEqual(conflict.changedByOthers, ["meetings.prompt.item_title"])
            XCTAssertEqual(conflict.fields(.fi).map(\.labelKey), ["meetings.prompt.item_title", "meetings.prompt.preparer"])
            XCTAssertEqual(conflict.stored?.title, "Järjestöavustukset vuodelle 2027")
            XCTAssertEqual(conflict.fields(.fi).last?.mine, "Eero Esko")
        }
        XCTAssertEqual(try stored().preparer, "Maija Mäkelä", "nothing of A's edit was written")
        XCTAssertEqual(try stored().title, "Järjestöavustukset vuodelle 2027")
    }

    func testAKindChangedElsewhereIsAConflictShownInWords() throws {
        let base = try stored().heading
        var theirs = base
        theirs.kind = .information
        try b.updateItemHeading(itemID: itemID, to: theirs, expecting: base)
        var mine = base
        mine.kind = .discussion
        XCTAssertThrowsError(try a.updateItemHeading(itemID: itemID, to: mine, expecting: base)) { error in
            let field = (error as? ItemHeadingConflict)?.fields(.fi).first
            XCTAssertEqual(field?.labelKey, "meetings.action.item_kind")
            XCTAssertEqual(field?.stored, "ilmoitusasia")
            XCTAssertEqual(field?.mine, "keskusteluasia")
        }
        XCTAssertEqual(try stored().kind, .information)
    }

    func testSavingFromTheStoredVersionSucceedsAndLeavesTheMinutesAlone() throws {
        let base = try stored().heading
        var theirs = base
        theirs.title = "Järjestöavustukset vuodelle 2027"
        try b.updateItemHeading(itemID: itemID, to: theirs, expecting: base)
        // The secretary writes the minutes in B meanwhile.
        try b.save(ItemEdit(itemID: itemID, field: .discussion, text: "Keskusteltiin jakoperusteista."), expecting: "")
        try b.save(ItemEdit(itemID: itemID, field: .decision, text: "Hyväksyttiin."), expecting: "")
        var mine = base
        mine.title = "Avustukset 2027"
        var refused: ItemHeadingConflict?
        XCTAssertThrowsError(try a.updateItemHeading(itemID: itemID, to: mine, expecting: base)) { refused = $0 as? ItemHeadingConflict }
        let storedNow = try XCTUnwrap(refused?.stored)
        // "Keep mine": the user was shown the stored version, so it is the new base.
        try a.updateItemHeading(itemID: itemID, to: mine, expecting: storedNow)
        XCTAssertEqual(try stored().title, "Avustukset 2027")
        XCTAssertEqual(try stored().preparer, "Maija Mäkelä")
        XCTAssertEqual(try stored().discussion, "Keskusteltiin jakoperusteista.", "the minutes editor's text is not touched")
        XCTAssertEqual(try stored().decision, "Hyväksyttiin.")
    }

    func testTheSameChangeInBothWindowsIsNoConflict() throws {
        let base = try stored().heading
        var same = base
        same.title = "Avustukset 2027"
        try b.updateItemHeading(itemID: itemID, to: same, expecting: base)
        XCTAssertNoThrow(try a.updateItemHeading(itemID: itemID, to: same, expecting: base))
        XCTAssertEqual(try stored().title, "Avustukset 2027")
    }

    func testAnItemDeletedMeanwhileIsAConflictWithNothingStoredAndIsNotBroughtBack() throws {
        let base = try stored().heading
        try b.deleteItem(itemID)
        var mine = base
        mine.title = "Avustukset 2027"
        XCTAssertThrowsError(try a.updateItemHeading(itemID: itemID, to: mine, expecting: base)) { error in
            guard let conflict = error as? ItemHeadingConflict else { return XCTFail("\(error)") }
            XCTAssertNil(conflict.stored, "deleted meanwhile")
            XCTAssertEqual(conflict.mine.title, "Avustukset 2027", "what was typed travels with the refusal")
        }
        XCTAssertNil(try a.item(itemID))
    }

    func testAnEmptyTitleIsRefusedWithAMessage() throws {
        let base = try stored().heading
        var mine = base
        mine.title = "   "
        XCTAssertThrowsError(try a.updateItemHeading(itemID: itemID, to: mine, expecting: base)) { error in
            XCTAssertEqual(error as? MeetingError, .emptyText(field: "title"))
        }
        XCTAssertEqual(try stored().title, "Järjestöavustukset 2027")
    }
}
