import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// The three bugs of issue 13, driven through the App with keys; each checks the file (through
/// the stores) and the screen.
final class TextBehaviourAppTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    // MARK: Association form

    func directoryApp() throws -> (App, DirectoryStore, Int64) {
        let store = try Store.inMemory(clock: clock)
        let directory = DirectoryStore(store: store)
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"; d.municipality = "Heinola"
        guard case .saved(let id, _) = try directory.save(d) else { throw XCTSkip("fixture not saved") }
        let app = App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: .fi, clock: clock)
        return (app, directory, id)
    }

    /// Bug 1: Enter in Kuvaus saved the form and `q` then quit the program.
    func testEnterInTheDescriptionIsALineBreakAndNothingIsSavedUntilCtrlS() throws {
        let (app, directory, id) = try directoryApp()
        app.press(.char("e"))
        for _ in 0..<15 { app.press(.tab) }     // to Kuvaus, the last field
        app.type("Vertaistukea omaishoitajille.")
        app.press(.enter)
        app.type("q Lisää: kerhot")
        XCTAssertFalse(app.shouldQuit, "q typed in the field is text, not the quit key")
        XCTAssertEqual(try directory.association(id)?.description, "", "nothing is saved by Enter")
        let screen = app.screen(100, 40)
        let rows = (0..<screen.size.height).map { screen.line($0) }
        let first = try XCTUnwrap(rows.firstIndex { $0.contains("Kuvaus") && $0.contains("Vertaistukea omaishoitajille.") }, screen.text)
        XCTAssertTrue(rows[first + 1].contains("q Lisää: kerhot"), "the second line shows under the first:\n\(screen.text)")
        XCTAssertTrue(screen.text.contains("Ctrl-S/F2 tallentaa"), screen.text)
        app.press(.ctrl("s"))
        XCTAssertEqual(try directory.association(id)?.description, "Vertaistukea omaishoitajille.\nq Lisää: kerhot")
        XCTAssertFalse(app.screen(100, 40).text.contains("Ctrl-S/F2 tallentaa"), "the form closed after saving")
    }

    func testEnterOnTheLastSingleLineFieldDoesNotSaveAndF2Does() throws {
        let (app, directory, id) = try directoryApp()
        app.press(.char("e"))
        app.press(.end); app.type(" (uusi)")
        for _ in 0..<20 { app.press(.enter) }   // Enter only moves, also past the last field
        XCTAssertEqual(try directory.association(id)?.name, "Heinolan Omaishoitajat ry")
        XCTAssertTrue(app.screen(100, 40).text.contains("Ctrl-S/F2 tallentaa"), "the form is still open")
        app.press(.function(2))
        XCTAssertEqual(try directory.association(id)?.name, "Heinolan Omaishoitajat ry (uusi)")
    }

    /// What the form's name field shows.
    func nameRow(_ app: App) -> String? {
        let screen = app.screen(100, 40)
        guard let row = (0..<screen.size.height).map({ screen.line($0) }).first(where: { $0.contains("│ Nimi ") }),
              let r = row.range(of: "Nimi") else { return nil }
        return row[r.upperBound...].replacingOccurrences(of: "│", with: "").trimmingCharacters(in: .whitespaces)
    }

    /// Bug 3 in a form: Shift-Tab moves back, Ctrl-Z undoes, Alt-Backspace deletes a word.
    func testShiftTabUndoAndAltBackspaceInTheAssociationForm() throws {
        let (app, directory, id) = try directoryApp()
        app.press(.char("e"))
        app.press(.tab, .tab, .backTab, .backTab)   // back on the name
        app.press(.end)
        app.press(.altBackspace)                  // deletes "ry"
        XCTAssertEqual(nameRow(app), "Heinolan Omaishoitajat")
        app.type("yhdistys")
        app.press(.ctrl("z"))                     // the typed word goes
        app.press(.ctrl("z"))                     // and the deleted one comes back
        XCTAssertEqual(nameRow(app), "Heinolan Omaishoitajat ry")
        app.press(.end); app.type(" Heinola")
        app.press(.ctrl("s"))
        XCTAssertEqual(try directory.association(id)?.name, "Heinolan Omaishoitajat ry Heinola")
    }

    // MARK: Live minutes

    func meetingApp() throws -> (App, MeetingStore, Int64) {
        let (app, _) = try makeApp(language: .fi, panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: "Lahden kumppanuuspöytä", kind: .partnershipTable)
        let chair = try s.createPerson(name: "Aino Aalto")
        try s.addMember(bodyID: body, personID: chair, role: .chair)
        let m = try s.createMeeting(bodyID: body, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00", place: "Kaupungintalo")
        let item = try s.addItem(meetingID: m, title: "Järjestöavustukset 2027")
        try s.setText(itemID: item, field: .proposal, text: "Hyväksytään avustukset liitteen mukaisesti.")
        app.press(.char("3"), .char("s"))       // start: the live minutes open
        _ = try s.addAttendee(meetingID: m, personID: chair, role: .member, arrivedNow: true)   // quorate: 1 of 1
        let index = try XCTUnwrap(s.items(meetingID: m).firstIndex { $0.id == item })
        for _ in 0..<index { app.press(.char("n")) }
        return (app, s, item)
    }

    /// The row and column where `text` starts on screen.
    func find(_ text: String, in frame: Frame) -> (x: Int, y: Int)? {
        for y in 0..<frame.size.height {
            let line = frame.line(y)
            guard let r = line.range(of: text) else { continue }
            return (TextLayout.width(String(line[..<r.lowerBound])), y)
        }
        return nil
    }

    /// Bug 2: Tab, Tab, Esc through Päätös wrote the proposal as the decision.
    func testMovingThroughTheDecisionWritesNothingAndTheSuggestionIsDimmed() throws {
        let (app, s, item) = try meetingApp()
        app.press(.char("e"), .tab, .tab, .escape)   // discussion → decision → dissent → out
        XCTAssertEqual(try s.item(item)?.decision, "", "moving focus wrote nothing")
        let screen = app.screen(120, 40)
        let at = try XCTUnwrap(find("Hyväksytään avustukset liitteen mukaisesti.  (ehdotus – d kirjoittaa", in: screen), screen.text)
        XCTAssertEqual(screen[at.x, at.y].role, .dim, "the suggestion is dimmed, not text")

        app.press(.char("d"))                          // write the decision: the suggestion shows
        var editing = app.screen(120, 40)
        let hint = try XCTUnwrap(find("Ctrl-O hyväksyy", in: editing), editing.text)
        XCTAssertEqual(editing[hint.x, hint.y].role, .dim)
        app.type("Hylättiin.")                         // typing replaces the suggestion
        app.handle(.tick)
        XCTAssertEqual(try s.item(item)?.decision, "Hylättiin.")
        editing = app.screen(120, 40)
        XCTAssertNil(find("Ctrl-O hyväksyy", in: editing), "the suggestion is gone once typed over")
        XCTAssertNil(find("Hylättiin.Hyväksytään", in: editing))
        XCTAssertNil(find("Hyväksytään avustukset liitteen mukaisesti.Hylättiin", in: editing))

        app.press(.ctrl("z"))                          // back to empty: the suggestion is back
        app.handle(.tick)
        XCTAssertEqual(try s.item(item)?.decision, "")
        XCTAssertNotNil(find("Ctrl-O hyväksyy", in: app.screen(120, 40)))
        app.press(.ctrl("o"))                          // accepted in the editor: the proposal is the text
        XCTAssertEqual(try s.item(item)?.decision, "Hyväksytään avustukset liitteen mukaisesti.")
        app.press(.escape)
        XCTAssertTrue(app.screen(120, 40).text.contains("Hyväksytään avustukset liitteen mukaisesti."))
        XCTAssertNil(find("(ehdotus –", in: app.screen(120, 40)))

        app.press(.char("h"))                          // the one-key decision outside the editor, as before
        XCTAssertEqual(try s.item(item)?.decision, "Hyväksyttiin esityksen mukaisesti.")
    }

    /// Bug 3 in the minutes: Shift-Tab moves back (both ways wrap), Ctrl-Z undoes, and
    /// Alt-Backspace as the terminal sends it (ESC DEL) deletes a word and keeps the editor open.
    func testShiftTabUndoAndAltBackspaceInTheMinutesEditor() throws {
        let (app, s, item) = try meetingApp()
        app.press(.char("d"))                          // the decision
        app.press(.backTab)                            // back to the discussion
        app.type("Keskusteltiin pitkään")
        var decoder = InputDecoder()
        for raw in "\u{1B}\u{7F}".unicodeScalars { for event in decoder.feed(.scalar(raw)) { app.handle(event) } }
        XCTAssertTrue(app.screen(120, 40).text.contains("Lopeta kirjoitus"), "the editor is still open: \(app.screen(120, 40).text)")
        app.type("lyhyesti ja ")
        app.type("rauhallisesti")
        app.press(.ctrl("z"))
        app.handle(.tick)
        XCTAssertEqual(try s.item(item)?.discussion, "Keskusteltiin lyhyesti ja ")
        XCTAssertEqual(try s.item(item)?.decision, "")
        XCTAssertEqual(try s.item(item)?.dissent, "")
        app.press(.backTab)                            // from the first field it wraps to the last (dissent)
        app.type("Eriävä mielipide.")
        app.press(.escape)
        XCTAssertEqual(try s.item(item)?.dissent, "Eriävä mielipide.")
        XCTAssertEqual(try s.item(item)?.decision, "", "passing nothing through the decision wrote nothing")
        XCTAssertTrue(app.screen(120, 40).text.contains("Keskusteltiin lyhyesti ja"), app.screen(120, 40).text)
    }
}
