import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// A signal ended the program with a meetings prompt open: what was typed is in the text draft,
/// and `:draft` asks the same question again with it, where it was asked, so nothing is retyped.
final class MeetingsPromptDraftTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    var textDraft: String { path + ".luonnos.txt" }
    var sidecar: String { path + ".luonnos.json" }
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23
    var bodyID: Int64 = 0

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-promptdraft-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        bodyID = try meetings().createBody(name: "Kumppanuuspöytä", kind: .partnershipTable)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func window() throws -> App {
        AppFactory.make(store: try Store.open(path: path, clock: clock), settings: AppFactory.Settings(language: .fi, clock: clock))
    }

    func meetings() throws -> MeetingStore { MeetingStore(store: try Store.open(path: path, clock: clock)) }

    func testANewMeetingsPlaceComesBackWithTheDateAndTimeAnsweredBeforeIt() throws {
        let a = try window()
        a.press(.char("3"), .char("n"), .ctrl("u")); a.type("10.12.2026"); a.press(.enter)
        a.press(.ctrl("u")); a.type("13.00–15.00"); a.press(.enter)
        a.type("Sote-talo, sali 2")
        try assertDraftWritten(a.saveForSignalExit(signal: "SIGTERM"), textDraft: textDraft, sidecar: sidecar,
                               holding: "Paikka tai etäyhteyden linkki Sote-talo, sali 2")
        XCTAssertTrue(try meetings().meetings(bodyID: bodyID).isEmpty, "a prompt's text is never saved on a signal")

        let b = try window()
        b.openDraft()
        XCTAssertTrue(b.screen(160, 40).text.contains("Avaa kysymys"), b.screen(160, 40).text)
        b.press(.char("3"))
        XCTAssertEqual(b.state.currentPane, .meetings)
        XCTAssertTrue(b.screen(160, 40).text.contains("Sote-talo, sali 2"), b.screen(160, 40).text)
        b.press(.enter)
        let made = try XCTUnwrap(meetings().meetings(bodyID: bodyID).first)
        XCTAssertEqual(made.place, "Sote-talo, sali 2")
        XCTAssertEqual(made.heldOn, "2026-12-10")
        XCTAssertEqual(made.startsAt, "13:00")
        XCTAssertFalse(FileManager.default.fileExists(atPath: sidecar))
    }

    func testAMembershipAnswerComesBackOverTheOtherWindowsTerm() throws {
        let person = try meetings().createPerson(name: "Eero Esko")
        let member = try meetings().addMember(bodyID: bodyID, personID: person, role: .member)
        let a = try window()
        a.press(.char("3"), .char("m"), .enter, .enter)            // edit: the role as it is, then whom they represent
        a.type("Eläkeläiset ry")
        try assertDraftWritten(a.saveForSignalExit(signal: "SIGHUP"), textDraft: textDraft, sidecar: sidecar, holding: "Eläkeläiset ry")
        var theirs = try XCTUnwrap(meetings().member(member))
        theirs.termEnd = "2027-05-31"
        try meetings().updateMember(theirs)                      // another window, after the signal

        let b = try window()
        b.openDraft()
        b.press(.char("3"))
        XCTAssertTrue(b.screen(160, 40).text.contains("Eläkeläiset ry"), b.screen(160, 40).text)
        b.press(.enter)                                          // represents; then the term prompt shows their term
        XCTAssertTrue(b.screen(160, 40).text.contains("31.5.2027"), b.screen(160, 40).text)
        b.press(.enter)
        let saved = try XCTUnwrap(meetings().member(member))
        XCTAssertEqual(saved.represents, "Eläkeläiset ry")
        XCTAssertEqual(saved.termEnd, "2027-05-31", "the other window's term stays")
    }

    func testAnItemTitleComesBackOnItsItem() throws {
        let s = try meetings()
        let m = try s.createMeeting(bodyID: bodyID, heldOn: "2026-12-03", startsAt: "14:00", place: "Kaupungintalo")
        let item = try s.addItem(meetingID: m, title: "Järjestöavustukset 2027")
        let index = try XCTUnwrap(s.items(meetingID: m).firstIndex { $0.id == item })
        let count = try s.items(meetingID: m).count
        let a = try window()
        a.press(.char("3"), .enter)
        for _ in 0..<index { a.press(.down) }
        a.press(.char("t"), .ctrl("u")); a.type("Avustusten jakoperusteet")
        try assertDraftWritten(a.saveForSignalExit(signal: "SIGTERM"), textDraft: textDraft, sidecar: sidecar,
                               holding: "Avustusten jakoperusteet")

        let b = try window()
        b.openDraft()
        b.press(.char("3"))
        b.press(.enter)
        XCTAssertEqual(try meetings().item(item)?.title, "Avustusten jakoperusteet")
        XCTAssertEqual(try meetings().items(meetingID: m).count, count, "the title went to its item, no item was added")
        XCTAssertNil(b.state.topOverlayName)
    }
}
