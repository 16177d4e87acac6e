import XCTest
import Kumppani
@testable import KumppaniTUI

/// `PromptSession`: the edit session of a record edited through one-field prompts. A stand-in
/// "file" holds the stored heading; its write refuses when the file no longer holds the base.
final class PromptSessionTests: XCTestCase {
    let opened = ItemHeading(title: "Avustukset 2027", preparer: "Koordinaattori", kind: .decision)
    var stored = ItemHeading(title: "Avustukset 2027", preparer: "Koordinaattori", kind: .decision)

    func write(_ mine: ItemHeading, _ base: ItemHeading?) throws {
        if let base, base != stored { throw ItemHeadingConflict(recordID: 7, base: base, stored: stored, mine: mine) }
        stored = mine
    }

    func session(offersBack: Bool = false) -> PromptSession<ItemHeading> {
        PromptSession(base: opened, offersBack: offersBack, merge: RecordMerge(\.title, \.preparer, \.kind))
    }

    func testKeepMineWritesOnlyMyFieldOverTheOtherWindowsVersion() throws {
        var edit = session()
        edit.mine.title = "Jakoperusteet 2027"
        stored.preparer = "Hyvinvointikoordinaattori"        // another window, meanwhile
        XCTAssertFalse(try edit.save(write))
        XCTAssertEqual(stored.title, "Avustukset 2027", "nothing written before the choice")
        XCTAssertEqual(edit.conflict?.mine, ItemHeading(title: "Jakoperusteet 2027", preparer: "Hyvinvointikoordinaattori", kind: .decision),
                       "yours: the stored version with my one change")
        let dialog = try XCTUnwrap(edit.dialog(l: L(.fi), action: "test"))
        guard case .options(_, let options, _) = dialog.kind else { return XCTFail("\(dialog.kind)") }
        XCTAssertEqual(options, [L(.fi)["sync.choice.keep_mine"], L(.fi)["sync.choice.take_theirs"]], "a closed prompt offers no way back")
        XCTAssertEqual(edit.answer("0"), .saveAgain)
        XCTAssertTrue(try edit.save(write))
        XCTAssertEqual(stored, ItemHeading(title: "Jakoperusteet 2027", preparer: "Hyvinvointikoordinaattori", kind: .decision))
    }

    func testTakeTheirsWritesNothingAndAnAnswerThatIsNoChoiceKeepsTheQuestion() throws {
        var edit = session()
        edit.mine.kind = .information
        stored.title = "Avustukset vuodelle 2027"
        XCTAssertFalse(try edit.save(write))
        XCTAssertEqual(edit.answer(nil), .stay(message: nil))
        XCTAssertEqual(edit.answer("7"), .stay(message: nil))
        XCTAssertNotNil(edit.conflict, "still waiting for the user's choice")
        XCTAssertEqual(edit.answer("1"), .close(deleted: false))
        XCTAssertNil(edit.conflict)
        XCTAssertEqual(stored.kind, .decision)
    }

    func testBackToThePromptStartsTheNextSaveFromTheStoredVersion() throws {
        var edit = session(offersBack: true)
        edit.mine.title = "Jakoperusteet 2027"
        stored.preparer = "Hyvinvointikoordinaattori"
        XCTAssertFalse(try edit.save(write))
        XCTAssertEqual(edit.answer("2"), .stay(message: "sync.back_to_form"))
        XCTAssertEqual(edit.base, stored)
        XCTAssertEqual(edit.mine.title, "Jakoperusteet 2027", "what was typed is kept")
        XCTAssertTrue(try edit.save(write), "no second question: the base is what the file holds")
        XCTAssertEqual(stored.preparer, "Hyvinvointikoordinaattori")
    }
}
