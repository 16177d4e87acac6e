import XCTest
import Kumppani
@testable import KumppaniTUI

final class MeetingsPaneTests: XCTestCase {
    /// An app on pane 3 with a body of four members and one planned meeting with an extra item.
    func seeded(language: Language = .fi) throws -> (App, MeetingStore, meetingID: Int64, itemID: Int64) {
        let (app, _) = try makeApp(language: language, panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: "Lahden kumppanuuspöytä", kind: .partnershipTable)
        for (name, role) in [("Aino Aalto", MemberRole.chair), ("Eero Esko", .member), ("Liisa Laine", .member), ("Matti Mäki", .member)] {
            try s.addMember(bodyID: body, personID: try s.createPerson(name: name), role: role)
        }
        let m = try s.createMeeting(bodyID: body, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00", place: "Kaupungintalo")
        let item = try s.addItem(meetingID: m, title: "Järjestöavustukset 2027")
        try s.setText(itemID: item, field: .proposal, text: "Hyväksytään avustukset liitteen mukaisesti.")
        app.press(.char("3"))
        return (app, s, m, item)
    }

    func testEmptyPaneExplainsHowToStart() throws {
        let (app, _) = try makeApp(language: .fi, panes: [MeetingsPane()])
        app.press(.char("3"))
        XCTAssertTrue(app.screen().text.contains("Ei vielä toimielimiä."), app.screen().text)
        XCTAssertTrue(app.screen().text.contains("b Uusi toimielin"), "the key bar shows how to begin")
        app.press(.char("b"))
        app.type("Järjestöneuvottelukunta")
        app.press(.enter)
        app.press(.down, .enter)   // kind: NGO advisory board
        let s = MeetingStore(store: app.store)
        XCTAssertEqual(try s.bodies().map(\.name), ["Järjestöneuvottelukunta"])
        XCTAssertEqual(try s.bodies().first?.kind, .ngoAdvisoryBoard)
        XCTAssertTrue(app.screen().text.contains("Kokoukset – Järjestöneuvottelukunta"))
    }

    /// Two members of one name: the disqualification chooser shows two identical rows, and the one
    /// chosen is the one recorded (the answer is the row, not its label), in either language.
    func testDisqualifyingOneOfTwoNamesakesRecordsTheChosenOne() throws {
        for language in [Language.fi, .en] {
            let (app, s, m, item) = try seeded(language: language)
            let body = try XCTUnwrap(s.bodies().first).id
            for _ in 0..<2 { try s.addMember(bodyID: body, personID: try s.createPerson(name: "Matti Virtanen"), role: .member) }
            app.press(.char("s"))                                   // start: the minutes
            app.press(.char("a"))
            for c in "abcdef" { app.press(.char(c)) }               // everyone present
            app.press(.enter)
            let index = try XCTUnwrap(s.items(meetingID: m).firstIndex { $0.id == item })
            for _ in 0..<index { app.press(.char("n")) }
            app.press(.char("j"))
            let rows = app.screen(100, 30).text.split(separator: "\n").filter { $0.contains("│ Matti Virtanen ") }   // the dialog's rows
            XCTAssertEqual(rows.count, 2, app.screen(100, 30).text)
            let recorded = try s.attendance(meetingID: m).filter(\.isRecorded)
            let row = try XCTUnwrap(recorded.lastIndex { $0.personName == "Matti Virtanen" })
            for _ in 0..<row { app.press(.down) }
            app.press(.enter)
            app.type("Hakijan hallituksen jäsen")
            app.press(.enter)
            XCTAssertEqual(try s.disqualifications(itemID: item).map(\.personID), [recorded[row].personID], "\(language)")
            XCTAssertNotEqual(recorded.firstIndex { $0.personName == "Matti Virtanen" }, row, "the fixture has two namesakes")
        }
    }

    func testNewMeetingThroughDialogsGetsNumberAndStandardItems() throws {
        let (app, s, _, _) = try seeded()
        app.press(.char("n"))
        app.press(.ctrl("u")); app.type("10.12.2026"); app.press(.enter)
        app.press(.ctrl("u")); app.type("13.00–15.00"); app.press(.enter)
        app.type("Heinolan kaupungintalo"); app.press(.enter)
        let text = app.screen(100, 30).text
        XCTAssertTrue(text.contains("Esityslista 2/2026 · suunniteltu · 10.12.2026 klo 13.00–15.00 · Lahden kumppanuuspöytä"), text)
        let first = try XCTUnwrap(s.meetings().first { $0.number == 2 })
        XCTAssertEqual(first.place, "Heinolan kaupungintalo")
        // § numbering continues from meeting 1/2026.
        let lastOfFirst = try s.items(meetingID: try XCTUnwrap(s.meetings().first { $0.number == 1 }).id).compactMap(\.section).max() ?? 0
        XCTAssertTrue(text.contains("§ \(lastOfFirst + 1)"), text)
        XCTAssertTrue(text.contains("Kokouksen avaus"))
    }

    func testAgendaEditorAddsMovesAndRenumbers() throws {
        let (app, s, m, _) = try seeded()
        app.press(.enter)                         // open the agenda
        XCTAssertTrue(app.screen().text.contains("§ 1   Kokouksen avaus"), app.screen().text)
        app.press(.down, .down)                   // on § 3, a new item goes after it
        app.press(.char("a")); app.type("Palvelupolut"); app.press(.enter)
        let items = try s.items(meetingID: m)
        XCTAssertEqual(items[3].title, "Palvelupolut")
        XCTAssertEqual(items[3].section, 4)
        XCTAssertEqual(items[4].section, 5, "the items after it moved on by one")
        app.press(.char("-"))
        let moved = try s.items(meetingID: m)
        XCTAssertEqual(moved[2].title, "Palvelupolut")
        XCTAssertEqual(moved[2].section, 3)
        XCTAssertEqual(moved[3].title, "Pöytäkirjantarkastajien valinta")
        XCTAssertEqual(moved[3].section, 4)
        XCTAssertTrue(app.screen(120, 40).text.contains("§ 3   Palvelupolut"), app.screen(120, 40).text)
    }

    func testLiveMinutesAutosaveWithoutLeavingTheField() throws {
        let (app, s, m, item) = try seeded()
        app.press(.char("s"))                    // start: minutes view opens
        var text = app.screen(120, 40).text
        XCTAssertTrue(text.contains("Pöytäkirja 1/2026 · kokous käynnissä · 23.11.2026 alkoi klo 14.00 · Lahden kumppanuuspöytä"), text)
        XCTAssertTrue(text.contains("Ei päätösvaltainen 0/4"), text)
        app.press(.char("a"))                    // attendance: one key per person
        XCTAssertTrue(app.screen().text.contains("[a] ○Aino Aalto"), app.screen().text)
        app.press(.char("a"), .char("b"), .char("c"), .enter)
        XCTAssertTrue(app.screen().text.contains("Päätösvaltainen 3/4"), app.screen().text)
        // Go to the grants item and write the discussion; a tick saves it while still typing.
        let index = try XCTUnwrap(s.items(meetingID: m).firstIndex { $0.id == item })
        for _ in 0..<index { app.press(.char("n")) }
        let passed = try s.items(meetingID: m).prefix(index).filter { !$0.proposal.isEmpty && !$0.decision.isEmpty }
        XCTAssertEqual(passed.map(\.title), [], "paging past items writes no decisions")
        XCTAssertEqual(try s.item(item)?.decision, "")
        app.press(.char("d"))                    // writing the decision: the proposal is suggested,
        app.press(.ctrl("o"))                    // and Ctrl-O takes it (opening the field alone writes nothing)
        XCTAssertEqual(try s.item(item)?.decision, "Hyväksytään avustukset liitteen mukaisesti.", "decision prefilled from the proposal")
        XCTAssertTrue(app.screen(120, 40).text.contains("Hyväksytään avustukset liitteen mukaisesti."))
        app.press(.escape, .enter)
        app.type("Keskusteltiin jakoperusteista ja ")
        app.handle(.tick)
        XCTAssertEqual(try s.item(item)?.discussion, "Keskusteltiin jakoperusteista ja ")
        app.type("q")                            // typing q types, it does not quit
        XCTAssertFalse(app.shouldQuit)
        app.press(.ctrl("t"))
        app.press(.escape)                       // leaving the field saves at once
        XCTAssertEqual(try s.item(item)?.discussion, "Keskusteltiin jakoperusteista ja qklo 14.00 ")
        app.press(.char("h"))
        XCTAssertEqual(try s.item(item)?.decision, "Hyväksyttiin esityksen mukaisesti.")
        text = app.screen(120, 40).text
        XCTAssertTrue(text.contains("Hyväksyttiin esityksen mukaisesti."), text)
        XCTAssertTrue(text.contains("●Aino Aalto"))
    }

    func testReopeningAMeetingInSessionGoesBackToTheMinutes() throws {
        let (app, s, m, _) = try seeded()
        app.press(.char("s"))
        app.press(.escape)
        XCTAssertTrue(app.screen().text.contains("kokous käynnissä"))
        app.press(.enter)
        XCTAssertTrue(app.screen().text.contains("Pöytäkirja 1/2026 · "), app.screen().text)
        XCTAssertEqual(try s.meeting(m)?.status, .inSession)
    }

    func testActionRecordedLiveShowsInActionsView() throws {
        let (app, s, _, _) = try seeded(language: .en)
        app.press(.char("s"))
        app.press(.char("o")); app.type("Send the decisions"); app.press(.enter)
        app.type("Liisa Laine"); app.press(.enter)
        app.type("1.11.2026"); app.press(.enter)
        XCTAssertEqual(try s.actions().first?.owner, "Liisa Laine")
        app.press(.escape, .char("t"))
        var text = app.screen(120, 40).text
        XCTAssertTrue(text.contains("Actions – open"), text)
        XCTAssertTrue(text.contains("1.11.2026   Liisa Laine"), text)
        app.press(.char("d"))
        XCTAssertNotNil(try s.actions(ActionFilter(scope: .done)).first?.doneOn)
        text = app.screen(80, 24).text
        XCTAssertTrue(text.contains("No actions with this filter."), text)
    }

    func testExportWritesMinutesFile() throws {
        let (app, _, _, _) = try seeded()
        app.press(.char("s"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-test-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        app.press(.char("x"), .ctrl("u"))
        app.type(path)
        app.press(.enter)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(written.hasPrefix("Lahden kumppanuuspöytä – pöytäkirja 1/2026"), written)
        XCTAssertTrue(written.contains("§ 1  Kokouksen avaus"))
    }

    func testHelpListsTheLiveKeys() throws {
        let (app, _, _, _) = try seeded(language: .en)
        app.press(.char("s"), .char("?"))
        let text = app.screen(120, 60).text
        XCTAssertTrue(text.contains("As proposed"), text)
        XCTAssertTrue(text.contains("Next item"))
        XCTAssertTrue(text.contains("Attendance"))
    }
}

extension MeetingsPaneTests {
    func testApprovedMinutesAreReadOnlyAndTakeAmendments() throws {
        let (app, s, m, item) = try seeded()
        app.press(.char("s"))
        app.press(.char("E"), .enter)              // end: confirm with Enter on "Yes"
        XCTAssertEqual(try s.meeting(m)?.status, .minutesDraft)
        try s.setStatus(meetingID: m, to: .checked)
        try s.setStatus(meetingID: m, to: .approved)
        app.press(.escape, .enter)
        let index = try XCTUnwrap(s.items(meetingID: m).firstIndex { $0.id == item })
        for _ in 0..<index { app.press(.char("n")) }
        app.press(.enter)                          // try to write
        XCTAssertTrue(app.screen().text.contains("Hyväksyttyä pöytäkirjaa ei voi muuttaa – m kirjaa oikaisun."), app.screen().text)
        app.press(.char("m"))
        app.type("Kirjoitusvirhe"); app.press(.enter)
        app.type("Avustukset hyväksyttiin liitteen 2 mukaisesti."); app.press(.enter)
        let amendments = try s.amendments(meetingID: m)
        XCTAssertEqual(amendments.first?.reason, "Kirjoitusvirhe")
        XCTAssertEqual(amendments.first?.itemID, item)
    }
}

extension MeetingsPaneTests {
    func testNextAgendaFollowsUpActionsAndStrikesDoneOnes() throws {
        let (app, s, m, item) = try seeded()
        let body = try XCTUnwrap(s.meeting(m)).bodyID
        try s.startMeeting(m)
        try s.addAction(bodyID: body, meetingID: m, itemID: item, text: "Kokoa hakijoiden palaute", ownerText: "Liisa Laine", dueOn: "2026-12-15")
        let done = try s.addAction(bodyID: body, meetingID: m, itemID: item, text: "Varaa sali tammikuulle")
        try s.endMeeting(m)
        try s.setActionDone(id: done, on: "2026-11-30")
        let next = try s.createMeeting(bodyID: body, heldOn: "2027-01-19")
        app.press(.char("1"), .char("3"))        // back to the pane: the list reloads
        let index = try XCTUnwrap(s.meetings(bodyID: body).firstIndex { $0.id == next })
        for _ in 0..<index { app.press(.down) }
        app.press(.enter)
        let followUp = try XCTUnwrap(s.items(meetingID: next).firstIndex { $0.templateKey == "follow_up" })
        for _ in 0..<followUp { app.press(.down) }
        let frame = app.screen(120, 40)
        XCTAssertTrue(frame.text.contains("Kokoa hakijoiden palaute – Liisa Laine (15.12.2026)"), frame.text)
        let row = try XCTUnwrap((0..<40).first { frame.line($0).contains("Varaa sali tammikuulle") })
        let column = frame.line(row).distance(of: "Varaa sali")
        XCTAssertEqual(frame[column, row].role, .strike, "a done action is struck through")
    }
}
