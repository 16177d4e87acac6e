import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// What the hand walk of every form (issue 13, tmux at 80×24 and 120×40, fi and en) found, each
/// pinned through keys by what the screen or the file shows afterwards.
final class QAWalkFixesTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    // MARK: Officers picker

    /// A meeting whose chair and secretary are set; pane 3 shown.
    func meetingWithOfficers() throws -> (App, MeetingStore, Int64) {
        let (app, _) = try makeApp(language: .fi, panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: "Hyte-lautakunta", kind: .partnershipTable)
        var ids: [String: Int64] = [:]
        for (name, role) in [("Aino Aalto", MemberRole.chair), ("Eero Esko", .member), ("Liisa Laine", .member)] {
            ids[name] = try s.createPerson(name: name)
            _ = try s.addMember(bodyID: body, personID: ids[name] ?? 0, role: role)
        }
        let m = try s.createMeeting(bodyID: body, heldOn: "2026-12-10", startsAt: "14:00", endsAt: "16:00", place: "Kaupungintalo")
        _ = try s.addItem(meetingID: m, title: "Kokouksen avaus")
        guard var meeting = try s.meeting(m) else { throw XCTSkip("fixture meeting missing") }
        meeting.chairPersonID = ids["Aino Aalto"]; meeting.secretaryPersonID = ids["Eero Esko"]
        try s.updateMeeting(meeting)
        app.press(.char("3"))
        return (app, s, m)
    }

    /// Enter in the officer picker with nothing typed cleared the secretary: the list opened on
    /// "– nobody –". It opens on the current officer, so Enter keeps them.
    func testEnterInTheOfficerPickerKeepsTheCurrentOfficer() throws {
        let (app, s, m) = try meetingWithOfficers()
        let before = try XCTUnwrap(s.meeting(m))
        app.press(.enter, .char("u"))
        XCTAssertTrue(app.screen(100, 30).text.contains("Puheenjohtaja (1/4), nyt: Aino Aalto"), app.screen(100, 30).text)
        app.press(.enter)                          // chair: keep
        XCTAssertTrue(app.screen(100, 30).text.contains("Sihteeri (2/4), nyt: Eero Esko"), app.screen(100, 30).text)
        app.press(.enter)                          // secretary: keep
        app.press(.escape)                         // the checkers stay as they are
        let after = try XCTUnwrap(s.meeting(m))
        XCTAssertEqual(after.chairPersonID, before.chairPersonID)
        XCTAssertEqual(after.secretaryPersonID, before.secretaryPersonID, "Enter with nothing typed keeps the secretary")
        XCTAssertTrue(app.screen(100, 30).line(2).contains("Pj Aino Aalto · Siht. Eero Esko"), app.screen(100, 30).text)
    }

    /// Moving to "– nobody –" still clears an officer on purpose.
    func testNobodyChosenOnPurposeStillClearsTheOfficer() throws {
        let (app, s, m) = try meetingWithOfficers()
        app.press(.enter, .char("u"), .enter)     // chair kept
        app.press(.home)                           // Home is the filter's; Up to the first row
        for _ in 0..<10 { app.press(.up) }
        app.press(.enter)
        app.press(.escape)
        XCTAssertNil(try s.meeting(m)?.secretaryPersonID)
        XCTAssertNotNil(try s.meeting(m)?.chairPersonID)
        XCTAssertTrue(app.screen(100, 30).line(2).contains("Siht. –"), app.screen(100, 30).text)
    }

    // MARK: Prompts take Ctrl-S and F2

    func directoryApp() throws -> (App, DirectoryStore) {
        let store = try Store.inMemory(clock: clock)
        let directory = DirectoryStore(store: store)
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"; d.municipality = "Heinola"
        guard case .saved = try directory.save(d) else { throw XCTSkip("fixture not saved") }
        let app = App(store: store, services: FakeServices(), panes: [DirectoryPane()], language: .fi, clock: clock)
        return (app, directory)
    }

    /// Ctrl-S in the tag dialog did nothing; F2 neither. A one-field dialog saves as a form does.
    func testCtrlSAndF2AcceptAOneFieldDialog() throws {
        let (app, directory) = try directoryApp()
        app.press(.char("g"))
        app.type("kumppanuuspöytä")
        app.press(.ctrl("s"))
        XCTAssertEqual(try directory.tags().map(\.name), ["kumppanuuspöytä"])
        XCTAssertTrue(app.screen(100, 30).text.contains("Tunniste ”kumppanuuspöytä” lisätty 1 yhdistykselle."), app.screen(100, 30).text)
        app.press(.char("g"))
        app.type("kutsutut")
        app.press(.function(2))
        XCTAssertEqual(Set(try directory.tags().map(\.name)), ["kumppanuuspöytä", "kutsutut"])
        XCTAssertFalse(app.screen(100, 30).text.contains("Lisää tunniste"), "the dialog closed")
    }

    // MARK: Form labels

    /// At 80 columns the report form's labels were cut to "Mielenterveyskuntoutuj…" twice, so
    /// people reached and volunteer hours could not be told apart; "Arvo / tunti (raportoi…" too.
    func testLongLabelsAreShownWholeWhereThereIsRoomAndAGroupKeepsItsMeasure() {
        let form = Form(fields: [
            .text("people", label: "Mielenterveyskuntoutujat: tavoitetut"),
            .text("hours", label: "Mielenterveyskuntoutujat: vap.ehtoistunnit"),
            .text("value", label: "Arvo / tunti (raportointiin)", text: "30,00"),
            .checkbox("group", label: "Kohderyhmä: Mielenterveyskuntoutujat"),
        ], language: .fi)
        var frame = Frame(size: Size(width: 74, height: 6))   // the form box inside an 80-column screen
        form.render(into: &frame, in: Rect(x: 0, y: 0, width: 74, height: 6), focused: true)
        let rows = (0..<4).map { frame.line($0) }
        XCTAssertEqual(rows[0], "Mielenterveyskuntoutujat: tavoitetut", rows.joined(separator: "\n"))
        XCTAssertTrue(rows[1].hasPrefix("Mielenterveyskunt…: vap.ehtoistunnit"), rows.joined(separator: "\n"))
        XCTAssertTrue(rows[2].hasPrefix("Arvo / tunti (raportointiin)") && rows[2].contains("30,00"), rows.joined(separator: "\n"))
        XCTAssertTrue(rows[3].hasPrefix("Kohderyhmä: Mielenterveyskuntoutujat [ ]"), rows.joined(separator: "\n"))
        let valueColumn = rows[2].distance(from: rows[2].startIndex, to: rows[2].range(of: "30,00")?.lowerBound ?? rows[2].endIndex)
        XCTAssertEqual(valueColumn, 37, "half the width for the labels; the input keeps 37 columns")
    }

    /// Short labels keep the column they had (a third at most), so ordinary forms look the same.
    func testShortLabelsKeepTheirNarrowColumn() {
        let form = Form(fields: [.text("name", label: "Nimi", text: "Heinolan Omaishoitajat ry")], language: .fi)
        var frame = Frame(size: Size(width: 74, height: 2))
        form.render(into: &frame, in: Rect(x: 0, y: 0, width: 74, height: 2), focused: true)
        XCTAssertTrue(frame.line(0).hasPrefix("Nimi  Heinolan Omaishoitajat ry"), frame.line(0))
    }

    /// The decision form's § choice ran past the box edge without its closing mark ("… Kohdeavustus 202").
    func testALongChoiceIsCutInsideItsMarks() {
        let form = Form(fields: [.choice("section", label: "Kokous ja pykälä",
                                         options: ["2/2025 18.2.2025 § 26 Avustusten myöntäminen: Kohdeavustus 2025"])], language: .fi)
        var frame = Frame(size: Size(width: 60, height: 2))
        form.render(into: &frame, in: Rect(x: 0, y: 0, width: 60, height: 2), focused: true)
        XCTAssertTrue(frame.line(0).hasSuffix("… ›"), frame.line(0))
        XCTAssertTrue(frame.line(0).contains("‹ 2/2025 18.2.2025 § 26"), frame.line(0))
        XCTAssertEqual(frame.line(0).count, 60, frame.line(0))
    }

    // MARK: Help in a form

    /// F1 in a form showed the program's and the list's keys first; the form's keys were the last
    /// group, three pages down at 80×24. In a form they come first; the list's help is unchanged.
    func testHelpInAFormStartsWithTheEditingKeys() throws {
        let (app, _) = try directoryApp()
        app.press(.char("e"), .function(1))
        let inForm = app.screen(80, 24)
        XCTAssertTrue(firstHelpLine(inForm).contains("Tekstin muokkaus"), inForm.text)
        XCTAssertTrue(inForm.text.contains("Ctrl-Z") && inForm.text.contains("Ctrl-S/F2"), inForm.text)
        app.press(.escape, .escape)                // help, then the unchanged form
        app.press(.char("?"))
        let inList = app.screen(80, 24)
        XCTAssertTrue(firstHelpLine(inList).contains("Kaikkialla"), inList.text)
        XCTAssertFalse(inList.text.contains("Tekstin muokkaus"), "the list's help keeps its own keys on the first page")
    }

    /// The line under the help box's title.
    func firstHelpLine(_ screen: Frame) -> String {
        let rows = (0..<screen.size.height).map { screen.line($0) }
        guard let top = rows.firstIndex(where: { $0.contains("Ohje: näppäimet") }), top + 1 < rows.count else { return "" }
        return rows[top + 1]
    }

    // MARK: Fields below the box

    /// The payment form's IBAN went below the box when the reference's two-line error showed,
    /// with nothing to say it was there. An arrow marks fields above or below the box.
    func testAFieldScrolledOutOfTheBoxIsMarked() {
        var form = Form(fields: [.text("date", label: "Maksupäivä", text: "6.12.2026"),
                                 .text("reference", label: "Viitenumero", text: "20261 12345",
                                       validator: { _ in "Viitenumeron tarkiste ei täsmää." }),
                                 .text("iban", label: "Tilinumero (IBAN)", text: "FI49 5000 9420 0287 30")], language: .fi)
        func rows(_ form: Form) -> [String] {
            var frame = Frame(size: Size(width: 60, height: 4))
            form.render(into: &frame, in: Rect(x: 0, y: 0, width: 60, height: 4), focused: true)
            return (0..<4).map { frame.line($0) }
        }
        XCTAssertFalse(rows(form).joined().contains("↓"), "everything fits: no mark")
        _ = form.handle(.key(.ctrl("s")))          // refused: the error shows under the reference
        let shown = rows(form)
        XCTAssertTrue(shown[2].contains("Viitenumeron tarkiste ei täsmää."), shown.joined(separator: "\n"))
        XCTAssertFalse(shown.joined().contains("FI49"), shown.joined(separator: "\n"))
        XCTAssertTrue(shown[2].hasSuffix("↓"), shown.joined(separator: "\n"))
    }

    // MARK: Strategy goals list

    /// Pane 4's goals list cut its header and titles mid-word with no mark ("Hyvinvointistrategian
    /// tavoitt", "H1 Osallisuus ja yhteisöll"), even at 120 columns.
    func testTheGoalsListMarksWhatItCuts() throws {
        let store = try Store.inMemory(clock: clock)
        _ = try StrategyStore(store: store).save(StrategyGoal(code: "H1", title: "Osallisuus ja yhteisöllisyys vahvistuvat"))
        let app = App(store: store, services: FakeServices(), panes: [PremisesPane()], language: .fi, clock: clock)
        app.press(.char("4"), .char("s"))
        let screen = app.screen(120, 40)
        let rows = (0..<screen.size.height).map { screen.line($0) }
        XCTAssertTrue(rows.contains { $0.contains("Hyvinvointistrategian tavoit… ") }, screen.text)
        XCTAssertTrue(rows.contains { $0.contains("▸ H1 Osallisuus ja yhteisöl…") }, screen.text)
        XCTAssertTrue(screen.text.contains("H1 Osallisuus ja yhteisöllisyys vahvistuvat"), "the detail names the goal whole")
    }
}
