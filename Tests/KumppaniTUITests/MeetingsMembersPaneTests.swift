import XCTest
import Kumppani
@testable import KumppaniTUI

/// The members screen: list a body's members, add one with role, deputy, representation and
/// term, edit, end a membership.
final class MeetingsMembersPaneTests: XCTestCase {
    func seeded(language: Language = .fi) throws -> (App, MeetingStore, bodyID: Int64) {
        let (app, _) = try makeApp(language: language, panes: [MeetingsPane()])
        let s = MeetingStore(store: app.store)
        let body = try s.createBody(name: "Järjestöneuvottelukunta", kind: .ngoAdvisoryBoard)
        try s.addMember(bodyID: body, personID: try s.createPerson(name: "Aino Aalto"), role: .chair, represents: "SOSTE",
                        termStart: "2025-06-01", termEnd: "2029-05-31")
        try s.addMember(bodyID: body, personID: try s.createPerson(name: "Eero Esko"), role: .member, represents: "Kok.")
        app.press(.char("3"))
        return (app, s, body)
    }

    func testMembersScreenListsRoleRepresentationAndTerm() throws {
        let (app, _, _) = try seeded()
        app.press(.char("m"))
        let frame = app.screen(80, 24)
        XCTAssertTrue(frame.text.contains("Jäsenet – Järjestöneuvottelukunta"), frame.text)
        let row = try XCTUnwrap((0..<24).first { frame.line($0).contains("Aino Aalto") })
        XCTAssertTrue(frame.line(row).contains("puheenjohtaja"), frame.line(row))
        XCTAssertTrue(frame.line(row).contains("SOSTE"), frame.line(row))
        XCTAssertTrue(frame.line(row).contains("1.6.2025–31.5.2029"), frame.line(row))
    }

    func testAddingADeputyAsksForWhomWhomTheyRepresentAndTheTerm() throws {
        let (app, s, body) = try seeded()
        app.press(.char("m"), .char("a"))
        app.type("Ville Varanen"); app.press(.enter)
        app.press(.down, .enter)                   // role: deputy (chair, vice-chair, member, deputy; member preselected)
        app.press(.down, .enter)                   // for whom: Eero Esko (after Aino Aalto)
        app.type("Kok."); app.press(.enter)
        app.type("1.6.2025–31.5.2029"); app.press(.enter)
        let ville = try XCTUnwrap(s.members(bodyID: body).first { $0.personName == "Ville Varanen" })
        let eero = try XCTUnwrap(s.members(bodyID: body).first { $0.personName == "Eero Esko" })
        XCTAssertEqual(ville.role, .deputy)
        XCTAssertEqual(ville.deputyForMemberID, eero.id)
        XCTAssertEqual(ville.represents, "Kok.")
        XCTAssertEqual(ville.termStart, "2025-06-01")
        XCTAssertEqual(ville.termEnd, "2029-05-31")
        let frame = app.screen(100, 30)
        let row = try XCTUnwrap((0..<30).first { frame.line($0).contains("Ville Varanen") })
        XCTAssertTrue(frame.line(row).contains("Eero Esko"), "the deputy-for column names the principal: \(frame.text)")
    }

    func testEditingKeepsAnswersAndATermEndingBeforeItStartsIsRefused() throws {
        let (app, s, body) = try seeded()
        app.press(.char("m"), .down, .enter)       // Eero Esko
        app.press(.up, .enter)                     // vice-chair
        app.press(.ctrl("u")); app.type("Keskusta"); app.press(.enter)
        app.type("1.6.2029–31.5.2025"); app.press(.enter)
        XCTAssertTrue(app.screen(100, 30).text.contains("Toimikausi ei voi päättyä (31.5.2025) ennen kuin se alkaa (1.6.2029)."),
                      app.screen(100, 30).text)
        app.press(.ctrl("u")); app.type("1.6.2025–"); app.press(.enter)
        let eero = try XCTUnwrap(s.members(bodyID: body).first { $0.personName == "Eero Esko" })
        XCTAssertEqual(eero.role, .viceChair)
        XCTAssertEqual(eero.represents, "Keskusta")
        XCTAssertEqual(eero.termStart, "2025-06-01")
        XCTAssertNil(eero.termEnd)
    }

    func testEndingAMembershipKeepsTheRowWithTodayAsTheEnd() throws {
        let (app, s, body) = try seeded(language: .en)
        app.press(.char("m"), .down, .char("k"))
        XCTAssertTrue(app.screen(120, 30).text.contains("End Eero Esko's membership today, 23.11.2026?"), app.screen(120, 30).text)
        app.press(.enter)
        let eero = try XCTUnwrap(s.members(bodyID: body).first { $0.personName == "Eero Esko" })
        XCTAssertEqual(eero.termEnd, "2026-11-23")
        let m = try s.createMeeting(bodyID: body, heldOn: "2026-12-10")
        XCTAssertFalse(try s.attendance(meetingID: m).contains { $0.personName == "Eero Esko" }, "no longer called to later meetings")
    }

    /// Another window changes whom Eero Esko represents while this one edits his term: the save
    /// asks in the one conflict dialog; keep mine writes the term and keeps their field (the
    /// representation was only shown here), take theirs writes nothing.
    func testAMembershipChangedMeanwhileAsksAndKeepMineKeepsTheirOtherField() throws {
        for choice in ["1", "2"] {
            let (app, s, body) = try seeded()
            app.press(.char("m"), .down, .enter)       // Eero Esko
            app.press(.enter)                          // role: member, as it was
            var theirs = try XCTUnwrap(s.members(bodyID: body).first { $0.personName == "Eero Esko" })
            theirs.represents = "Keskusta"
            try s.updateMember(theirs)                 // the other window
            app.press(.enter)                          // represents: "Kok." as shown
            app.type("1.6.2025–31.5.2029"); app.press(.enter)
            let screen = app.screen(120, 40).text
            XCTAssertTrue(screen.contains("Tietoa muutettiin toisessa ikkunassa"), screen)
            XCTAssertTrue(screen.contains("nyt:      Keskusta"), screen)
            XCTAssertNil(try s.member(theirs.id)?.termStart, "nothing written before the choice")
            app.press(.char(Character(choice)))
            let stored = try XCTUnwrap(s.member(theirs.id))
            XCTAssertEqual(stored.represents, "Keskusta", "their field stays either way")
            XCTAssertEqual(stored.termStart, choice == "1" ? "2025-06-01" : nil)
            XCTAssertNil(app.state.topOverlayName, app.screen(120, 40).text)
            XCTAssertTrue(app.screen(120, 40).text.contains(choice == "1" ? "Omat muutoksesi tallennettiin." : "Keskusta"))
        }
    }
}
