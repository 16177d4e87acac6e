import XCTest
import Kumppani
@testable import KumppaniTUI

/// The rough edges found walking the meetings pane as a newcomer, each pinned by what the screen
/// or the file shows afterwards.
final class MeetingsReviewPaneTests: XCTestCase {
    let longBody = "Hyvinvoinnin ja terveyden edistämisen lautakunta"

    /// Pane 3 with a long-named body of a chair, two members and a deputy for the first member;
    /// one meeting on `date` with a grants item.
    func seeded(date: String = "2026-11-23", language: Language = .fi) throws
        -> (App, MeetingStore, meetingID: Int64, itemID: Int64, people: [String: Int64]) {
        let (app, _) = try makeApp(language: language, panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: longBody, kind: .partnershipTable)
        var people: [String: Int64] = [:]
        var members: [String: Int64] = [:]
        for (name, role) in [("Aino Aalto", MemberRole.chair), ("Eero Esko", .member), ("Liisa Laine", .member)] {
            people[name] = try s.createPerson(name: name)
            members[name] = try s.addMember(bodyID: body, personID: people[name] ?? 0, role: role)
        }
        people["Ville Varanen"] = try s.createPerson(name: "Ville Varanen")
        try s.addMember(bodyID: body, personID: people["Ville Varanen"] ?? 0, role: .deputy, deputyFor: members["Eero Esko"])
        let m = try s.createMeeting(bodyID: body, heldOn: date, startsAt: "14:00", endsAt: "16:00", place: "Kaupungintalo")
        let item = try s.addItem(meetingID: m, title: "Järjestöavustukset 2027")
        try s.setText(itemID: item, field: .proposal,
                      text: "Esitetään aluehallitukselle, että yleisavustukset myönnetään liitteen mukaisesti. Määräraha on 1 250 000 €.")
        app.press(.char("3"))
        return (app, s, m, item, people)
    }

    func goToItem(_ app: App, _ s: MeetingStore, meeting m: Int64, item: Int64, key: Key) throws {
        let index = try XCTUnwrap(s.items(meetingID: m).firstIndex { $0.id == item })
        for _ in 0..<index { app.press(key) }
    }

    func testHeaderKeepsNumberAndStatusVisibleAt80ColumnsWithALongBodyName() throws {
        let (app, _, _, _, _) = try seeded()
        app.press(.enter)
        XCTAssertTrue(app.screen(80, 24).line(1).hasPrefix("Esityslista 1/2026 · suunniteltu · 23.11.2026 klo 14.00–16.00"),
                      app.screen(80, 24).text)
        app.press(.char("s"))
        XCTAssertTrue(app.screen(80, 24).line(1).hasPrefix("Pöytäkirja 1/2026 · kokous käynnissä"), app.screen(80, 24).text)
        app.press(.char("E"), .enter)
        XCTAssertTrue(app.screen(80, 24).line(1).contains("Pöytäkirja 1/2026 · pöytäkirjaluonnos"), app.screen(80, 24).text)
    }

    func testStartingAMeetingPlannedForAnotherDayAsksFirstAndThenDatesItToday() throws {
        let (app, s, m, _, _) = try seeded(date: "2026-12-10")
        app.press(.char("s"))
        let text = app.screen(200, 50).text
        XCTAssertTrue(text.contains("Kokous 1/2026 on merkitty päivälle 10.12.2026, mutta tänään on 23.11.2026."), text)
        XCTAssertEqual(try s.meeting(m)?.status, .planned, "nothing happens before the answer")
        app.press(.char("e"))                      // no
        XCTAssertEqual(try s.meeting(m)?.status, .planned)
        XCTAssertEqual(try s.meeting(m)?.heldOn, "2026-12-10")
        app.press(.char("s"), .char("k"))          // yes
        XCTAssertEqual(try s.meeting(m)?.status, .inSession)
        XCTAssertEqual(try s.meeting(m)?.heldOn, "2026-11-23", "the minutes say the day it was held")
        XCTAssertTrue(app.screen(100, 30).line(1).contains("23.11.2026 alkoi klo"), app.screen(100, 30).text)
    }

    func testMeetingOfAnotherYearKeepsItsDateAndNumberWhenStartedAnyway() throws {
        let (app, s, m, _, _) = try seeded(date: "2027-01-19")
        app.press(.char("s"))
        XCTAssertTrue(app.screen(200, 50).text.contains("Aloitetaanko se silti nyt? Päivämäärä ja numero pysyvät"), app.screen(200, 50).text)
        app.press(.char("k"))
        XCTAssertEqual(try s.meeting(m)?.status, .inSession)
        XCTAssertEqual(try s.meeting(m)?.heldOn, "2027-01-19")
        XCTAssertEqual(try s.meeting(m)?.numberText, "1/2027")
    }

    func testOfficerPickerFiltersAsYouTypeAndTellsNamesakesApart() throws {
        let (app, s, m, _, _) = try seeded()
        let db = app.store.database
        let first = try s.createPerson(name: "Kaarina Salonen")
        let second = try s.createPerson(name: "Kaarina Salonen")
        try db.run("UPDATE people SET title = ? WHERE id = ?", "hyvinvointialue", first)
        try db.run("UPDATE people SET title = ? WHERE id = ?", "Heinolan Eläkeläiset ry", second)
        app.press(.enter, .char("u"))
        XCTAssertTrue(app.screen(100, 30).text.contains("Puheenjohtaja (1/4)"), app.screen(100, 30).text)
        XCTAssertTrue(app.screen(100, 30).text.contains("Aino Aalto · puheenjohtaja"), "members first, with their role")
        app.press(.enter)                          // chair: keep the first choice (nobody)
        app.type("eläkel")                         // secretary: search for the namesake's association
        let text = app.screen(100, 30).text
        XCTAssertTrue(text.contains("Kaarina Salonen · Heinolan Eläkeläiset ry"), text)
        XCTAssertFalse(text.contains("Kaarina Salonen · hyvinvointialue"), text)
        app.press(.enter)
        XCTAssertEqual(try s.meeting(m)?.secretaryPersonID, second)
        app.press(.escape)                         // the checkers stay as they are
        XCTAssertNil(try s.meeting(m)?.checker1PersonID)
        XCTAssertTrue(app.screen(100, 30).line(2).contains("Siht. Kaarina Salonen"), app.screen(100, 30).text)
    }

    func testAssociationPickerLinksAndUnlinksAnItemsAssociations() throws {
        let (app, s, m, item, _) = try seeded()
        let directory = DirectoryStore(store: app.store)
        var draft = AssociationDraft()
        draft.name = "Heinolan Omaishoitajat ry"
        draft.city = "Heinola"
        guard case .saved(let association, _) = try directory.save(draft) else { return XCTFail("association not saved") }
        app.press(.enter)
        try goToItem(app, s, meeting: m, item: item, key: .down)
        app.press(.char("y"))
        app.type("omais")
        XCTAssertTrue(app.screen(100, 30).text.contains("Heinolan Omaishoitajat ry · Heinola"), app.screen(100, 30).text)
        app.press(.enter)
        XCTAssertEqual(try s.linkedAssociations(itemID: item).map(\.id), [association])
        XCTAssertTrue(app.screen(100, 30).text.contains("Yhdistykset: Heinolan Omaishoitajat ry"), app.screen(100, 30).text)
        app.press(.char("y"))
        XCTAssertTrue(app.screen(100, 30).text.contains("✓ Heinolan Omaishoitajat ry"), "linked ones come first, ticked")
        app.press(.enter)
        XCTAssertEqual(try s.linkedAssociations(itemID: item).count, 0, "choosing a linked one unlinks it")
    }

    func testAFieldSqueezedToOneLineShowsItsBeginning() throws {
        let (app, s, m, item, _) = try seeded()
        app.press(.char("s"))
        try goToItem(app, s, meeting: m, item: item, key: .char("n"))
        app.press(.enter)                          // writing the discussion: the decision shrinks to a line
        let text = app.screen(80, 24).text
        XCTAssertTrue(text.contains("Esitetään aluehallitukselle"), "the decision's first words, not its last line: \(text)")
    }

    func testApprovedMinutesRefusalFitsAt80AndNamesTheAmendmentKey() throws {
        let (app, s, m, _, _) = try seeded()
        app.press(.char("s"), .char("E"), .enter)
        try s.setStatus(meetingID: m, to: .checked)
        try s.setStatus(meetingID: m, to: .approved)
        app.press(.escape, .enter, .char("d"))
        let frame = app.screen(80, 24)
        XCTAssertTrue(frame.line(22).contains("Hyväksyttyä pöytäkirjaa ei voi muuttaa – m kirjaa oikaisun."), frame.text)
    }

    /// Issue 14: votes count only voting members present, and more is refused, not noted.
    func testVoteWithMoreVotesThanVotingMembersPresentIsRefusedWithTheReason() throws {
        let (app, s, m, item, _) = try seeded()
        app.press(.char("s"), .char("a"), .char("a"), .char("b"), .enter)   // two present
        try goToItem(app, s, meeting: m, item: item, key: .char("n"))
        app.press(.char("v")); app.type("3 1 0"); app.press(.enter)
        XCTAssertNil(try s.item(item)?.voteFor, "an impossible result is not recorded")
        XCTAssertTrue(app.screen(100, 30).text.contains("Ääniä on 4, mutta äänioikeutettuja paikalla on vain 2."), app.screen(100, 30).text)
        // The question stays open with what was typed (it closed and the keys went on as commands).
        XCTAssertNotNil(app.state.topOverlayName, app.screen(100, 30).text)
        XCTAssertTrue(app.screen(100, 30).text.contains("3 1 0"), app.screen(100, 30).text)
        app.press(.ctrl("u")); app.type("1 1 0"); app.press(.enter)
        XCTAssertEqual(try s.item(item)?.voteFor, 1)
        XCTAssertEqual(try s.item(item)?.voteAgainst, 1)
    }

    func testAVoteThatIsNotThreeNumbersIsAskedAgainWithWhatWasTyped() throws {
        let (app, s, m, item, _) = try seeded()
        app.press(.char("s"), .char("a"), .char("a"), .char("b"), .enter)
        try goToItem(app, s, meeting: m, item: item, key: .char("n"))
        app.press(.char("v")); app.type("2 ja 0"); app.press(.enter)
        XCTAssertNotNil(app.state.topOverlayName, app.screen(100, 30).text)
        XCTAssertTrue(app.screen(100, 30).text.contains("2 ja 0"), app.screen(100, 30).text)
        XCTAssertNil(try s.item(item)?.voteFor)
    }

    func testDeputyShowsWhomTheyStandInForAndWhenThatMemberIsHere() throws {
        let (app, _, _, _, _) = try seeded(language: .fi)
        app.press(.char("s"), .char("a"))
        XCTAssertTrue(app.screen(100, 30).text.contains("[d] ○Ville Varanen*→Esko"), app.screen(100, 30).text)
        app.press(.char("b"), .char("d"))          // Eero Esko, then his deputy
        XCTAssertTrue(app.screen(100, 30).text.contains("Ville Varanen saapui klo 14.00. Varajäsen: Eero Esko on itse paikalla."),
                      app.screen(100, 30).text)
    }

    func testFollowUpThatDoesNotFitSaysHowManyMoreAndKeepsTheDoneOnes() throws {
        let (app, s, m, item, _) = try seeded()
        let body = try XCTUnwrap(s.meeting(m)).bodyID
        try s.startMeeting(m)
        for i in 1...12 {
            try s.addAction(bodyID: body, meetingID: m, itemID: item, text: "Avoin tehtävä \(i)", dueOn: "2026-12-\(String(format: "%02d", i))")
        }
        let done = try s.addAction(bodyID: body, meetingID: m, itemID: item, text: "Varaa sali tammikuulle")
        try s.endMeeting(m)
        try s.setActionDone(id: done, on: "2026-11-23")
        let next = try s.createMeeting(bodyID: body, heldOn: "2026-12-15")
        app.press(.char("1"), .char("3"))
        let index = try XCTUnwrap(s.meetings(bodyID: body).firstIndex { $0.id == next })
        for _ in 0..<index { app.press(.down) }
        app.press(.enter)
        let followUp = try XCTUnwrap(s.items(meetingID: next).firstIndex { $0.templateKey == "follow_up" })
        for _ in 0..<followUp { app.press(.down) }
        let frame = app.screen(80, 24)
        XCTAssertTrue(frame.text.contains("Toimenpiteet: 12 avoinna, 1 tehty"), frame.text)
        XCTAssertTrue(frame.text.contains("… ja 3 muuta (x vie kaikki tiedostoon)"), frame.text)
        let row = try XCTUnwrap((0..<24).first { frame.line($0).contains("Varaa sali") }, "the done one keeps a row")
        XCTAssertEqual(frame[frame.line(row).distance(of: "Varaa sali"), row].role, .strike)
    }
}
