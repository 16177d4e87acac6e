import XCTest
import Kumppani
@testable import KumppaniTUI

/// The edit session on its own: what each answer to the conflict dialog does to the form and
/// to what the next save expects, and how a signal's draft is put back over the stored record.
final class EditSessionTests: XCTestCase {
    /// A two-field record, as small as a form's record can be.
    struct Place: ConflictComparable {
        var name: String
        var town: String
        func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
            [("directory.field.name", name), ("directory.field.city", town)]
        }
    }

    func form(_ p: Place) -> Form {
        Form(fields: [.text("name", label: "Nimi", text: p.name), .text("town", label: "Kunta", text: p.town)], language: .fi)
    }

    func record(_ f: Form) -> Place { Place(name: f["name"]?.text ?? "", town: f["town"]?.text ?? "") }

    let opened = Place(name: "Kerho", town: "Heinola")
    let theirs = Place(name: "Kerho", town: "Lahti")

    /// I typed a new name; another window saved a new town; my save met it.
    func refusedSession(stored: Place?) throws -> EditSession<Place> {
        var session = EditSession(form: form(opened), base: opened)
        if let i = session.form.fields.firstIndex(where: { $0.key == "name" }) { session.form.fields[i].setText("Vertaiskerho") }
        let mine = record(session.form)
        let saved: Bool? = try session.save { base in
            try EditConflict.check(id: 1, base: base, stored: stored, mine: mine)
            return true
        }
        XCTAssertNil(saved, "refused: nothing saved")
        XCTAssertNotNil(session.conflict)
        return session
    }

    func testTheDialogShowsTheThreeVersionsOfTheChangedFields() throws {
        let session = try refusedSession(stored: theirs)
        let request = try XCTUnwrap(session.conflictDialog(l: L(.fi), action: "test.conflict"))
        guard case .options(let message, let options, _) = request.kind else { return XCTFail("not an options dialog") }
        XCTAssertTrue(message.contains("alussa:   Heinola") && message.contains("nyt:      Lahti"), message)
        XCTAssertTrue(message.contains("sinun:    Vertaiskerho"), message)
        XCTAssertEqual(options.count, 3)
    }

    func testKeepMineSavesAgainExpectingWhatIsStoredNow() throws {
        var session = try refusedSession(stored: theirs)
        XCTAssertEqual(session.answer("0") { self.form($0) }, .saveAgain)
        XCTAssertEqual(session.base, theirs, "the next save overwrites exactly the version shown")
        XCTAssertNil(session.conflict)
    }

    func testTakeTheirsClosesAndBackToTheFormKeepsMyFieldOverTheirs() throws {
        var take = try refusedSession(stored: theirs)
        XCTAssertEqual(take.answer("1") { self.form($0) }, .close(deleted: false))
        XCTAssertEqual(take.answer("1") { self.form($0) }.message(L(.fi)), nil, "no conflict left: nothing happens")

        var back = try refusedSession(stored: theirs)
        XCTAssertEqual(back.answer("2") { self.form($0) }, .stay(message: "sync.back_to_form"))
        XCTAssertEqual(record(back.form), Place(name: "Vertaiskerho", town: "Lahti"))
        XCTAssertEqual(back.base, theirs)
        XCTAssertTrue(back.isChanged, "the form starts from the stored version: Esc still asks")
    }

    func testADeletedRecordIsNeverOverwrittenAndTheTypingStays() throws {
        var session = try refusedSession(stored: nil)
        XCTAssertEqual(session.answer("0") { self.form($0) }, .close(deleted: true), "the first choice is discard, not keep mine")
        var back = try refusedSession(stored: nil)
        XCTAssertEqual(back.answer("1") { self.form($0) }, .stay(message: "sync.deleted_kept"))
        XCTAssertEqual(record(back.form).name, "Vertaiskerho")
        XCTAssertEqual(back.base, opened, "still expects the record as opened: a save asks again")
    }

    func testACancelledDialogLeavesTheFormAsTyped() throws {
        var session = try refusedSession(stored: theirs)
        XCTAssertEqual(session.answer(nil) { self.form($0) }, .stay(message: nil))
        XCTAssertEqual(record(session.form).name, "Vertaiskerho")
        XCTAssertEqual(session.base, opened)
    }

    func testARestoredDraftBringsBackOnlyTheChangedFields() {
        var typed = form(opened)
        typed.fields[0].setText("Vertaiskerho")
        var session = EditSession(form: form(theirs), base: theirs)
        session.restore(typed: typed, opened: form(opened).initialValues)
        XCTAssertEqual(record(session.form), Place(name: "Vertaiskerho", town: "Lahti"), "my name, their later town")
        XCTAssertTrue(session.isChanged)
        XCTAssertEqual(session.base, theirs)
    }
}
