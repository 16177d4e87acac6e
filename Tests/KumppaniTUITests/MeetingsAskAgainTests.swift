import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// Every refused prompt answer of pane 3 is asked again the same way: the same question stays
/// open with what was typed, the cursor at its end and the reason under the question, and the
/// database file holds exactly what it held before the answer.
final class MeetingsAskAgainTests: XCTestCase {
    var dir: URL!
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-askagain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    /// Pane 3 on a database file: a body of a chair and two members, one meeting today with an item.
    func seeded(language: Language = .fi) throws -> (App, MeetingStore, meetingID: Int64) {
        let store = try Store.open(path: dir.appendingPathComponent("kumppani.sqlite").path, clock: clock)
        let app = App(store: store, services: FakeServices(), panes: [MeetingsPane()], language: language, clock: clock)
        let s = MeetingStore(store: store)
        let body = try s.createBody(name: "Lahden kumppanuuspöytä", kind: .partnershipTable)
        for (name, role) in [("Aino Aalto", MemberRole.chair), ("Eero Esko", .member), ("Liisa Laine", .member)] {
            try s.addMember(bodyID: body, personID: try s.createPerson(name: name), role: role)
        }
        let m = try s.createMeeting(bodyID: body, heldOn: "2026-11-23", startsAt: "14:00", endsAt: "16:00", place: "Kaupungintalo")
        let item = try s.addItem(meetingID: m, title: "Järjestöavustukset 2027")
        try s.setText(itemID: item, field: .proposal, text: "Myönnetään avustukset liitteen mukaisesti.")
        app.press(.char("3"))
        return (app, s, m)
    }

    /// The live minutes with the first two people present.
    func live() throws -> (App, MeetingStore, meetingID: Int64) {
        let (app, s, m) = try seeded()
        app.press(.char("s"), .char("a"), .char("a"), .char("b"), .enter)
        XCTAssertEqual(try s.meeting(m)?.status, .inSession)
        return (app, s, m)
    }

    /// Every row of every table of the file, so "nothing written" is checked on what it holds.
    func fileRows(_ app: App) throws -> [String] {
        let db = app.store.database
        let tables = try db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").compactMap { $0.string("name") }
        return try tables.flatMap { t in
            try db.query("SELECT * FROM \"\(t)\"").map { t + ": " + $0.values.map(\.description).joined(separator: "|") }
        }.sorted()
    }

    /// Types `typed` over the open prompt, answers with Enter, and checks the refusal: the same
    /// question again with the text, the cursor at its end, the reason shown; the file unchanged.
    func refuse(_ app: App, typed: String, question: String, reason: String, file: StaticString = #filePath, line: UInt = #line) throws {
        guard case .dialog(let before)? = app.state.overlays.last, case .prompt = before.request.kind else {
            return XCTFail("no prompt open: \(app.screen(100, 30).text)", file: file, line: line)
        }
        app.press(.ctrl("u"))
        app.type(typed)
        let rows = try fileRows(app)
        app.press(.enter)
        XCTAssertEqual(try fileRows(app), rows, "a refused answer writes nothing", file: file, line: line)
        guard case .dialog(let again)? = app.state.overlays.last, case .prompt(let label, _) = again.request.kind else {
            return XCTFail("the question closed: \(app.screen(100, 30).text)", file: file, line: line)
        }
        XCTAssertEqual(again.request.action, before.request.action, "the same question", file: file, line: line)
        XCTAssertEqual(again.request.title, before.request.title, file: file, line: line)
        XCTAssertEqual(again.input.text, typed, file: file, line: line)
        XCTAssertEqual(again.input.cursor, typed.count, "the cursor at the end of the text", file: file, line: line)
        XCTAssertEqual(label, question + "\nEi tallennettu: " + reason, file: file, line: line)
        let screen = app.screen(100, 30).text
        XCTAssertTrue(screen.contains("Ei tallennettu: "), screen, file: file, line: line)
        XCTAssertTrue(screen.contains(typed), screen, file: file, line: line)
    }

    let dateHint = "Päivämäärä (esim. 23.11.2026, 1.12., +14 tai tänään)"
    func badDate(_ text: String) -> String { "Päivämäärä ”\(text)” ei kelpaa. Kirjoita esim. 23.11.2026, 1.12., +14 tai tänään." }

    // MARK: The list and the agenda

    func testANewMeetingsDateThatIsNoDateIsAskedAgain() throws {
        let (app, s, _) = try seeded()
        app.press(.char("n"))
        try refuse(app, typed: "joskus", question: dateHint, reason: badDate("joskus"))
        XCTAssertEqual(try s.bodies().count, 1)
    }

    func testANewMeetingsTimeThatIsNoTimeIsAskedAgain() throws {
        let (app, _, _) = try seeded()
        app.press(.char("n"), .enter)   // today
        try refuse(app, typed: "kahdelta", question: "Aika (esim. 14.00–16.00, voi jättää tyhjäksi)",
                   reason: MeetingError.invalidTime("kahdelta").message(.fi))
    }

    func testTheMeetingsDateAndTimeInTheAgendaAreAskedAgain() throws {
        let (app, s, m) = try seeded()
        app.press(.enter, .char("d"))
        try refuse(app, typed: "32.13.", question: dateHint, reason: badDate("32.13."))
        app.press(.escape, .char("o"))
        try refuse(app, typed: "16-14", question: "Aika (esim. 14.00–16.00, voi jättää tyhjäksi)",
                   reason: "Päättymisaika 14.00 ei ole alkamisajan 16.00 jälkeen. Kirjoita esim. 14.00–16.00.")
        XCTAssertEqual(try s.meeting(m)?.startsAt, "14:00")
    }

    func testACaseNumberThatIsNoCaseNumberIsAskedAgain() throws {
        let (app, _, _) = try seeded()
        app.press(.enter, .char("#"))
        try refuse(app, typed: "ei numero", question: "Diaarinumero (esim. 5146/01.04.00/2026):",
                   reason: GrantProblem.caseNumberInvalid("ei numero").message(.fi))
    }

    func testAMembersTermThatIsNoDateIsAskedAgainAndTheEditIsKept() throws {
        let (app, s, _) = try seeded()
        app.press(.char("m"), .enter, .enter)   // the first member: the role as it is, then whom they represent
        app.press(.ctrl("u")); app.type("Lahden kaupunki"); app.press(.enter)
        try refuse(app, typed: "joskus–", question: "Toimikausi (esim. 1.6.2025–31.5.2029 tai tänään–; kumpikin pää voi puuttua)",
                   reason: badDate("joskus–"))
        app.press(.ctrl("u")); app.type("1.6.2025–31.5.2029"); app.press(.enter)
        let member = try XCTUnwrap(s.members(bodyID: try XCTUnwrap(s.bodies().first).id).first { $0.represents == "Lahden kaupunki" })
        XCTAssertEqual(member.termEnd, "2029-05-31", "the answers before the refusal were kept")
    }

    // MARK: The live minutes

    func testVotesThatAreNotThreeNumbersOrMoreThanThoseHereAreAskedAgainOnce() throws {
        let (app, _, _) = try live()
        app.press(.char("v"))
        try refuse(app, typed: "2 ja 0", question: "Jaa, ei, tyhjää (esim. 5 2 1)", reason: "”2 ja 0” ei ole kolme lukua (jaa, ei, tyhjää).")
        // A second refusal replaces the reason instead of adding one under the other.
        try refuse(app, typed: "3 1 0", question: "Jaa, ei, tyhjää (esim. 5 2 1)",
                   reason: "Ääniä on 4, mutta äänioikeutettuja paikalla on vain 2.")
        // Corrected: the refusal leaves the status line, which says the answer was taken.
        app.press(.ctrl("u")); app.type("1 1 0"); app.press(.enter)
        let frame = app.screen(100, 30)
        XCTAssertEqual(frame.line(28).trimmingCharacters(in: .whitespaces).hasPrefix("Äänestys: korjattu vastaus kelpasi."), true, frame.text)
        XCTAssertFalse(frame.text.contains("Ääniä on 4"), frame.text)
    }

    /// The minutes checked in another window while the secretary types: the store's refusal.
    func lockInAnotherWindow(_ s: MeetingStore, _ m: Int64) throws {
        _ = try s.endMeeting(m)
        try s.setStatus(meetingID: m, to: .checked)
    }

    func testVoteNamesRefusedAreAskedAgain() throws {
        let (app, s, m) = try live()
        app.press(.char("v")); app.type("1 1 0"); app.press(.enter)
        try lockInAnotherWindow(s, m)
        try refuse(app, typed: "Aalto, Esko", question: "Nimet (vapaaehtoinen)", reason: MeetingError.checkedLocked.message(.fi))
    }

    func testASeconderRefusedIsAskedAgain() throws {
        let (app, s, m) = try live()
        app.press(.char("c")); app.type("Avustus puolitetaan"); app.press(.enter)
        app.type("Eero Esko"); app.press(.enter)
        try lockInAnotherWindow(s, m)
        try refuse(app, typed: "Aino Aalto", question: "Kannattaja (tyhjä = ei kannatettu)", reason: MeetingError.checkedLocked.message(.fi))
    }

    func testADisqualificationReasonRefusedIsAskedAgain() throws {
        let (app, s, m) = try live()
        app.press(.char("j"), .enter)   // the first person present
        guard case .dialog(let d)? = app.state.overlays.last, case .prompt(let question, _) = d.request.kind else {
            return XCTFail(app.screen(100, 30).text)
        }
        XCTAssertTrue(question.contains("Aino Aalto"), question)
        try lockInAnotherWindow(s, m)
        try refuse(app, typed: "Yhdistyksen hallituksen jäsen", question: question, reason: MeetingError.checkedLocked.message(.fi))
    }

    func testAnActionsDueDateThatIsNoDateIsAskedAgain() throws {
        let (app, s, m) = try live()
        app.press(.char("o")); app.type("Kutsu järjestöt"); app.press(.enter)
        app.type("Aino Aalto"); app.press(.enter)
        try refuse(app, typed: "ensi viikolla", question: "Määräaika (esim. 1.12.2026, 1.12. tai +14; voi jättää tyhjäksi)",
                   reason: badDate("ensi viikolla"))
        app.press(.ctrl("u")); app.type("+14"); app.press(.enter)
        XCTAssertEqual(try s.actions(meetingID: m).map(\.dueOn), ["2026-12-07"], "the text and owner typed before were kept")
    }

    func testAttendanceTimesThatAreNoTimesAreAskedAgain() throws {
        let (app, _, _) = try live()
        app.press(.char("k"), .enter)
        guard case .dialog(let d)? = app.state.overlays.last, case .prompt(let question, _) = d.request.kind else {
            return XCTFail(app.screen(100, 30).text)
        }
        try refuse(app, typed: "25.99–", question: question, reason: MeetingError.invalidTime("25.99").message(.fi))
    }

    func testACheckingDateThatIsNoDateIsAskedAgain() throws {
        let (app, s, m) = try live()
        app.press(.char("E"), .enter)   // ended: a minutes draft
        app.press(.char(">"))
        try refuse(app, typed: "eilen illalla", question: "Tarkastettu (esim. 23.11.2026, 1.12. tai tänään):", reason: badDate("eilen illalla"))
        XCTAssertEqual(try s.meeting(m)?.status, .minutesDraft)
    }

    /// The guest and the person made for them are one write: refused, neither is in the file.
    func testAGuestRefusedIsAskedAgainAndNoPersonIsLeftBehind() throws {
        let (app, s, m) = try live()
        try lockInAnotherWindow(s, m)
        let people = try s.people().count
        app.press(.char("a"), .char("+"))
        try refuse(app, typed: "Ville Vieras", question: "Nimi", reason: MeetingError.checkedLocked.message(.fi))
        XCTAssertEqual(try s.people().count, people)
    }

    func testAnItemTitleRefusedIsAskedAgain() throws {
        let (app, s, m) = try seeded()
        app.press(.enter)                    // the agenda, as it was before another window held and checked the meeting
        _ = try s.startMeeting(m)
        try lockInAnotherWindow(s, m)
        app.press(.char("a"))
        try refuse(app, typed: "Tilojen käyttövuorot 2027", question: "Otsikko", reason: MeetingError.checkedLocked.message(.fi))
    }

    /// A § deciding one application of a round: the amount typed for it that is no sum.
    func testAnAmountThatIsNoSumIsAskedAgain() throws {
        let (app, s, m) = try seeded()
        let store = app.store
        let grants = GrantStore(store: store, osUser: "koordinaattori")
        let body = try XCTUnwrap(s.bodies().first).id
        let round = try grants.createRound(GrantRound(name: "Yleisavustukset 2027", year: 2026, grantTypeCode: "general",
                                                      appropriationCents: 10_000_00, closesOn: CivilDate(iso: "2026-10-31"),
                                                      decidingBodyID: body, reportDueOn: CivilDate(iso: "2027-03-31")))
        let association = Store.newID()
        try store.database.write {
            try store.database.run("""
                INSERT INTO associations(id, name, name_key, municipality_code, lahella_listed, created_at, updated_at)
                VALUES (?, 'Asikkalan VPK', 'asikkalan vpk', '398', 1, 'x', 'x')
                """, association)
        }
        let application = try grants.createApplication(GrantApplication(roundID: round, associationID: association, purpose: "Toiminta",
                                                                        requestedCents: 1_000_00, reasoning: "Perustelu",
                                                                        proposedCents: 1_000_00))
        try grants.moveForward(applicationID: application)
        try grants.moveForward(applicationID: application)
        let item = try XCTUnwrap(s.items(meetingID: m).firstIndex { $0.title == "Järjestöavustukset 2027" })
        app.press(.enter)
        for _ in 0..<item { app.press(.down) }
        app.press(.char("g"), .down, .enter)            // the round, then its case number
        app.press(.ctrl("u")); app.type("5146/01.04.00/2026"); app.press(.enter)
        app.press(.char("s"), .char("a"), .char("a"), .char("b"), .char("c"), .enter)
        for _ in 0..<item { app.press(.char("n")) }
        app.press(.char("g"), .enter)                   // the application
        try refuse(app, typed: "paljon", question: "Asikkalan VPK: myönnetään € (0 = hylätään):", reason: "”paljon” ei ole summa.")
    }

    /// The palette answers a question without its prompt: a refusal opens it with the reason.
    func testAPaletteAnswerRefusedOpensTheQuestionWithTheReason() throws {
        let (app, _, _) = try live()
        let rows = try fileRows(app)
        app.perform(MeetingsStep.vote.id, in: .meetings, argument: "9 9 9")
        XCTAssertEqual(try fileRows(app), rows)
        guard case .dialog(let d)? = app.state.overlays.last, case .prompt(let label, _) = d.request.kind else {
            return XCTFail(app.screen(100, 30).text)
        }
        XCTAssertEqual(d.request.title, "Äänestys")
        XCTAssertEqual(d.input.text, "9 9 9")
        XCTAssertEqual(label, "Ei tallennettu: Ääniä on 27, mutta äänioikeutettuja paikalla on vain 2.")
    }
}

/// A signal while a refused question is open: the draft keeps what was typed, and `:draft` asks
/// the question again as it was first asked, without the old reason.
final class MeetingsAskAgainDraftTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-askagain-draft-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        _ = try MeetingStore(store: try Store.open(path: path, clock: clock)).createBody(name: "Kumppanuuspöytä", kind: .partnershipTable)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func window() throws -> App {
        AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: .fi, clock: clock))
    }

    func testTheDraftOfARefusedQuestionComesBackAsThePlainQuestionWithTheText() throws {
        let a = try window()
        a.press(.char("3"), .char("n"), .ctrl("u")); a.type("joskus"); a.press(.enter)
        XCTAssertTrue(a.screen(100, 30).text.contains("Ei tallennettu: "), a.screen(100, 30).text)
        a.type(" ensi viikolla")
        try assertDraftWritten(a.saveForSignalExit(signal: "SIGTERM"), textDraft: path + ".luonnos.txt", sidecar: path + ".luonnos.json",
                               holding: "joskus ensi viikolla")

        let b = try window()
        b.openDraft()
        b.press(.char("3"))
        guard case .dialog(let d)? = b.state.overlays.last, case .prompt(let label, _) = d.request.kind else {
            return XCTFail(b.screen(100, 30).text)
        }
        XCTAssertEqual(label, "Päivämäärä (esim. 23.11.2026, 1.12., +14 tai tänään)")
        XCTAssertEqual(d.input.text, "joskus ensi viikolla")
    }

    /// A refused answer left as it was is still the user's typing: a signal keeps it too.
    func testARefusedAnswerLeftUnchangedIsInTheDraftToo() throws {
        let a = try window()
        a.press(.char("3"), .char("n"), .ctrl("u")); a.type("joskus"); a.press(.enter)
        XCTAssertTrue(a.screen(100, 30).text.contains("Ei tallennettu: "), a.screen(100, 30).text)
        try assertDraftWritten(a.saveForSignalExit(signal: "SIGTERM"), textDraft: path + ".luonnos.txt", sidecar: path + ".luonnos.json",
                               holding: "joskus")
    }
}
