import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Issue 15, text: NUL and other C0 controls (except tab and line breaks), DEL and C1 never get
/// into a field. A typed one is refused, a paste loses only them; both say so on the status line.
/// Driven through the App with keys; the saved values are read back from the file.
final class ControlCharacterAppTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    func directoryApp() throws -> (App, DirectoryStore, Int64) {
        let store = try Store.inMemory(clock: clock)
        let directory = DirectoryStore(store: store)
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"; d.municipality = "Heinola"
        guard case .saved(let id, _) = try directory.save(d) else { throw XCTSkip("fixture not saved") }
        let app = App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: .fi, clock: clock)
        return (app, directory, id)
    }

    func testAPasteWithNULAndControlsIntoTheNameKeepsTheRestAndSaysWhatWasLeftOut() throws {
        let (app, directory, id) = try directoryApp()
        app.press(.char("e"))
        app.press(.end)
        app.handle(.paste(" A\u{0}B\u{7}C\u{7F}D\u{85}E"))
        let screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Liitetyssä tekstissä oli 4 ohjausmerkkiä (ensimmäinen U+0000)"), screen)
        app.press(.ctrl("s"))
        XCTAssertEqual(try directory.association(id)?.name, "Heinolan Omaishoitajat ry ABCDE", "nothing after the NUL was cut")
    }

    func testATypedControlCharacterIsRefusedWithAMessageAndTheDescriptionKeepsItsLines() throws {
        let (app, directory, id) = try directoryApp()
        app.press(.char("e"))
        for _ in 0..<15 { app.press(.tab) }     // to Kuvaus, the long text
        app.type("Alku")
        app.press(.char("\u{0}"))
        let screen = app.screen(120, 40).text
        XCTAssertTrue(screen.contains("Ohjausmerkkiä U+0000 ei hyväksytä tekstiin"), screen)
        app.type("loppu")
        app.handle(.paste("\trivi\u{1B}[2J\ntoinen\u{9B}"))
        XCTAssertTrue(app.screen(120, 40).text.contains("oli 2 ohjausmerkkiä (ensimmäinen U+001B)"))
        app.press(.ctrl("s"))
        // Tab is not refused (the editor writes it as four spaces, as before); the line break stays.
        XCTAssertEqual(try directory.association(id)?.description, "Alkuloppu    rivi[2J\ntoinen")
    }

    func testThePastedMinutesLoseOnlyTheControlCharacters() throws {
        let (app, _) = try makeApp(language: .en, panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: "Lahden kumppanuuspöytä", kind: .partnershipTable)
        let chair = try s.createPerson(name: "Aino Aalto")
        try s.addMember(bodyID: body, personID: chair, role: .chair)
        let m = try s.createMeeting(bodyID: body, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00", place: "Kaupungintalo")
        let item = try s.addItem(meetingID: m, title: "Järjestöavustukset 2027")
        app.press(.char("3"), .char("s"))
        _ = try s.addAttendee(meetingID: m, personID: chair, role: .member, arrivedNow: true)
        let index = try XCTUnwrap(s.items(meetingID: m).firstIndex { $0.id == item })
        for _ in 0..<index { app.press(.char("n")) }
        app.press(.char("e"))                      // the discussion
        app.handle(.paste("Keskusteltiin\u{0} pitkään\u{1}."))
        XCTAssertTrue(app.screen(120, 40).text.contains("The pasted text held 2 control characters (the first U+0000)"))
        app.press(.char("\u{9C}"))
        XCTAssertTrue(app.screen(120, 40).text.contains("The control character U+009C is not accepted"))
        app.handle(.tick)
        app.idle()
        XCTAssertEqual(try s.item(item)?.discussion, "Keskusteltiin pitkään.")
    }

    func testTheCommandPaletteAndSearchFieldsTakeNoControls() {
        var field = TextField()
        XCTAssertEqual(field.handle(.key(.char("\u{0}"))), .handled)
        XCTAssertEqual(field.handle(.key(.char("\u{7F}"))), .handled)
        _ = field.handle(.paste("a\u{0}b\tc\u{9F}"))
        XCTAssertEqual(field.text, "ab c", "the tab becomes a space in one line; the controls are gone")
        XCTAssertEqual(ControlCharacters.found(in: "x\u{1F}y\u{0}")?.count, 2)
        XCTAssertEqual(ControlCharacters.found(in: "x\u{1F}y\u{0}")?.first, "U+001F")
        XCTAssertNil(ControlCharacters.found(in: "tab\there\r\nrivi\näö €"))
        var selected = TextField(text: "Lahti")
        selected.replacesOnType = true
        XCTAssertEqual(selected.handle(.key(.char("\u{0}"))), .handled)
        XCTAssertEqual(selected.handle(.paste("\u{1B}\u{7}")), .handled)
        XCTAssertEqual(selected.text, "Lahti", "a refused character does not replace the selected text")
    }
}
