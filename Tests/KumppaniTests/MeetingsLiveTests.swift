import XCTest
@testable import Kumppani

final class MeetingsLiveTests: XCTestCase {
    func testQuorumRulePure() {
        let seats = (1...5).map { QuorumSeat(principal: Int64($0)) }
        XCTAssertFalse(Quorum.evaluate(seats: seats, present: [1, 2], rule: .majority).hasQuorum)
        XCTAssertTrue(Quorum.evaluate(seats: seats, present: [1, 2, 3], rule: .majority).hasQuorum)
        // Exactly half is not more than half.
        let four = (1...4).map { QuorumSeat(principal: Int64($0)) }
        XCTAssertEqual(Quorum.evaluate(seats: four, present: [1, 2], rule: .majority).required, 3)
        XCTAssertFalse(Quorum.evaluate(seats: four, present: [1, 2], rule: .majority).hasQuorum)
        XCTAssertTrue(Quorum.evaluate(seats: four, present: [1, 2], rule: .atLeast(2)).hasQuorum)
        XCTAssertEqual(QuorumRule(stored: "at_least:3"), .atLeast(3))
        XCTAssertEqual(QuorumRule(stored: "nonsense"), .majority)
    }

    func testDeputyFillsAnAbsentSeatButNotTwice() {
        let seats = [QuorumSeat(principal: 1, deputies: [9]), QuorumSeat(principal: 2, deputies: [9]), QuorumSeat(principal: 3)]
        let r = Quorum.evaluate(seats: seats, present: [9, 3], rule: .majority)
        XCTAssertEqual(r.filled, 2)
        // A deputy whose principal is present adds nothing.
        XCTAssertEqual(Quorum.evaluate(seats: seats, present: [1, 9], rule: .majority).filled, 2)
        XCTAssertEqual(Quorum.evaluate(seats: [QuorumSeat(principal: 1, deputies: [9])], present: [1, 9], rule: .majority).filled, 1)
    }

    func testDisqualifiedMemberDoesNotCountAndDeputyMayStepIn() {
        let seats = [QuorumSeat(principal: 1, deputies: [9]), QuorumSeat(principal: 2), QuorumSeat(principal: 3)]
        XCTAssertTrue(Quorum.evaluate(seats: seats, present: [1, 2], rule: .majority).hasQuorum)
        XCTAssertFalse(Quorum.evaluate(seats: seats, present: [1, 2], disqualified: [2], rule: .majority).hasQuorum)
        XCTAssertEqual(Quorum.evaluate(seats: seats, present: [1, 2, 9], disqualified: [1, 2], rule: .majority).filled, 1)
    }

    func testStartStampsAndListsMembersThenArrivalsMakeQuorum() throws {
        let f = try MeetingFixture()
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-11-23", startsAt: "14:00")
        let started = try f.meetings.startMeeting(m)
        XCTAssertEqual(started.status, .inSession)
        XCTAssertEqual(started.startedAt, "2026-11-23T12:00:00.000Z")
        let names = try f.meetings.attendance(meetingID: m).map(\.personName)
        XCTAssertEqual(Set(names), ["Aino Aalto", "Eero Esko", "Liisa Laine", "Matti Mäki", "Ville Vara"])
        XCTAssertFalse(try f.meetings.quorum(meetingID: m).hasQuorum)
        try f.meetings.toggleAttendance(meetingID: m, personID: f.person("Aino Aalto"))
        try f.meetings.toggleAttendance(meetingID: m, personID: f.person("Liisa Laine"))
        XCTAssertFalse(try f.meetings.quorum(meetingID: m).hasQuorum, "2 of 4 is not more than half")
        f.clock.advance(minutes: 5)
        let ville = try f.meetings.toggleAttendance(meetingID: m, personID: f.person("Ville Vara"))
        XCTAssertEqual(MeetingFormat.localTime(ofInstant: ville.arrivedAt), "14.05")
        let q = try f.meetings.quorum(meetingID: m)
        XCTAssertEqual(q.filled, 3)
        XCTAssertTrue(q.hasQuorum)
        // Starting again changes nothing (the `s` key twice).
        f.clock.advance(minutes: 1)
        XCTAssertEqual(try f.meetings.startMeeting(m).startedAt, "2026-11-23T12:00:00.000Z")
    }

    func testLeavingAndComingBackIsRecorded() throws {
        let f = try MeetingFixture()
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-11-23")
        try f.meetings.startMeeting(m)
        let id = f.person("Matti Mäki")
        try f.meetings.toggleAttendance(meetingID: m, personID: id)
        f.clock.advance(minutes: 20)
        let left = try f.meetings.toggleAttendance(meetingID: m, personID: id)
        XCTAssertFalse(left.isPresent)
        XCTAssertEqual(MeetingFormat.localTime(ofInstant: left.leftAt), "14.20")
        f.clock.advance(minutes: 10)
        let back = try f.meetings.toggleAttendance(meetingID: m, personID: id)
        XCTAssertTrue(back.isPresent)
        XCTAssertEqual(back.note, "poissa klo 14.20–14.30")
    }

    func testDisqualificationLowersTheItemsQuorum() throws {
        let f = try MeetingFixture()
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-11-23")
        let item = try f.meetings.addItem(meetingID: m, title: "Kohdeavustus Lahden Sydänyhdistykselle")
        try f.meetings.startMeeting(m)
        for name in ["Aino Aalto", "Eero Esko", "Liisa Laine"] { try f.meetings.toggleAttendance(meetingID: m, personID: f.person(name)) }
        XCTAssertTrue(try f.meetings.quorum(meetingID: m, itemID: item).hasQuorum)
        try f.meetings.disqualify(itemID: item, personID: f.person("Eero Esko"), reason: "yhdistyksen hallituksen jäsen")
        XCTAssertFalse(try f.meetings.quorum(meetingID: m, itemID: item).hasQuorum)
        XCTAssertTrue(try f.meetings.quorum(meetingID: m).hasQuorum, "only that item is affected")
        // Eero's deputy arrives and steps in for the item.
        try f.meetings.toggleAttendance(meetingID: m, personID: f.person("Ville Vara"))
        XCTAssertTrue(try f.meetings.quorum(meetingID: m, itemID: item).hasQuorum)
    }

    func testLifecycleAndReadOnlyAfterApproval() throws {
        let f = try MeetingFixture()
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-11-23")
        let item = try XCTUnwrap(f.meetings.items(meetingID: m).first).id
        XCTAssertThrowsError(try f.meetings.setStatus(meetingID: m, to: .approved)) {
            XCTAssertEqual($0 as? MeetingError, .transitionNotAllowed(from: .planned, to: .approved))
        }
        try f.meetings.setStatus(meetingID: m, to: .agendaSent)
        try f.meetings.startMeeting(m)
        try f.meetings.setText(itemID: item, field: .discussion, text: "Puheenjohtaja avasi kokouksen klo 14.00.")
        f.clock.advance(minutes: 90)
        let ended = try f.meetings.endMeeting(m)
        XCTAssertEqual(ended.status, .minutesDraft)
        XCTAssertEqual(MeetingFormat.localTime(ofInstant: ended.endedAt), "15.30")
        XCTAssertThrowsError(try f.meetings.setStatus(meetingID: m, to: .agendaSent), "a held meeting cannot be un-held")
        try f.meetings.setStatus(meetingID: m, to: .checked)
        try f.meetings.setStatus(meetingID: m, to: .approved)
        XCTAssertThrowsError(try f.meetings.setText(itemID: item, field: .decision, text: "muutos")) {
            XCTAssertEqual($0 as? MeetingError, .readOnly)
        }
        XCTAssertThrowsError(try f.meetings.setStatus(meetingID: m, to: .checked))
        XCTAssertThrowsError(try f.meetings.addItem(meetingID: m, title: "Uusi"))
        // The file itself refuses an update behind the store's back.
        XCTAssertThrowsError(try f.store.database.run("UPDATE agenda_items SET decision = 'x' WHERE id = ?", item))
        XCTAssertEqual(try f.meetings.item(item)?.discussion, "Puheenjohtaja avasi kokouksen klo 14.00.")
    }

    func testAmendmentsOnlyForApprovedMinutes() throws {
        let f = try MeetingFixture()
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-11-23")
        XCTAssertThrowsError(try f.meetings.amend(meetingID: m, reason: "r", text: "t")) { XCTAssertEqual($0 as? MeetingError, .notApproved) }
        try f.meetings.startMeeting(m)
        try f.meetings.endMeeting(m)
        try f.meetings.setStatus(meetingID: m, to: .checked)
        try f.meetings.setStatus(meetingID: m, to: .approved)
        let item = try XCTUnwrap(f.meetings.items(meetingID: m).dropFirst(2).first)
        XCTAssertThrowsError(try f.meetings.amend(meetingID: m, itemID: item.id, reason: "  ", text: "x"))
        try f.meetings.amend(meetingID: m, itemID: item.id, reason: "Kirjoitusvirhe nimessä", text: "Pöytäkirjantarkastajiksi valittiin Liisa Laine ja Matti Mäki.", osUser: "sihteeri")
        let list = try f.meetings.amendments(meetingID: m)
        XCTAssertEqual(list.count, 1)
        XCTAssertEqual(list.first?.reason, "Kirjoitusvirhe nimessä")
        XCTAssertEqual(list.first?.at, "2026-11-23T12:00:00.000Z")
    }

    func testAutosaveBatchWritesAllFieldsAndDecisionKeys() throws {
        let f = try MeetingFixture()
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-11-23")
        let id = try f.meetings.addItem(meetingID: m, title: "Järjestöavustukset 2027")
        try f.meetings.save([ItemEdit(itemID: id, field: .proposal, text: "Hyväksytään avustukset liitteen mukaisesti."),
                             ItemEdit(itemID: id, field: .discussion, text: "Keskusteltiin.\nToinen rivi."),
                             ItemEdit(itemID: id, field: .dissent, text: "Matti Mäki jätti eriävän mielipiteen.")])
        XCTAssertTrue(try f.meetings.prefillDecision(itemID: id))
        XCTAssertEqual(try f.meetings.item(id)?.decision, "Hyväksytään avustukset liitteen mukaisesti.")
        XCTAssertFalse(try f.meetings.prefillDecision(itemID: id), "never overwrites a decision")
        // "As proposed" needs a quorate meeting: nobody is present yet, so it is refused and nothing changes.
        XCTAssertThrowsError(try f.meetings.decideAsProposed(itemID: id)) { error in
            XCTAssertEqual(error as? MeetingError, .notQuorate(filled: 0, required: 3, seats: 4))
        }
        XCTAssertEqual(try f.meetings.item(id)?.decision, "Hyväksytään avustukset liitteen mukaisesti.")
        for name in ["Aino Aalto", "Eero Esko", "Liisa Laine"] {
            _ = try f.meetings.addAttendee(meetingID: m, personID: f.person(name), role: .member, arrivedNow: true)
        }
        try f.meetings.decideAsProposed(itemID: id)
        let item = try XCTUnwrap(f.meetings.item(id))
        XCTAssertEqual(item.decision, "Hyväksyttiin esityksen mukaisesti.")
        XCTAssertEqual(item.discussion, "Keskusteltiin.\nToinen rivi.")
        XCTAssertThrowsError(try f.meetings.save([ItemEdit(itemID: id, field: .title, text: "  ")]))
        XCTAssertThrowsError(try f.meetings.setVote(itemID: id, for: -1, against: 0, abstain: 0))
    }
}

final class MeetingsDisqualificationTests: XCTestCase {
    func testGrantPipelineSuggestsLinkedMembersForARoundItem() throws {
        let f = try MeetingFixture()
        let db = f.store.database
        let assoc = Store.newID()
        try db.write {
            try db.run("INSERT INTO associations(id, name, name_key, created_at, updated_at) VALUES (?, 'Lahden Omaishoitajat ry', ?, 'x', 'x')",
                       assoc, FinnishCollation.sortKey("Lahden Omaishoitajat ry"))
            try db.run("INSERT INTO affiliations(id, person_id, association_id, kind, created_at) VALUES (?, ?, ?, 'board_member', 'x')",
                       Store.newID(), f.person("Eero Esko"), assoc)
        }
        let grants = GrantStore(store: f.store, osUser: "test")
        let round = try grants.createRound(GrantRound(name: "Kohdeavustukset 2027", year: 2027, grantTypeCode: "project",
                                                      appropriationCents: 10_000_00, decidingBodyID: f.bodyID))
        try grants.createApplication(GrantApplication(roundID: round, associationID: assoc, requestedCents: 2_000_00))
        let m = try f.meetings.createMeeting(bodyID: f.bodyID, heldOn: "2026-12-10")
        let item = try f.meetings.addItem(meetingID: m, title: "Kohdeavustukset 2027")
        XCTAssertEqual(try f.meetings.suggestedDisqualifications(itemID: item), [], "no round linked yet")
        try f.meetings.setRound(itemID: item, roundID: round)
        let suggested = try f.meetings.suggestedDisqualifications(itemID: item)
        XCTAssertEqual(suggested.map(\.personName), ["Eero Esko"])
        XCTAssertTrue(suggested.first?.reason.contains("Lahden Omaishoitajat ry") ?? false, suggested.first?.reason ?? "")
        try f.meetings.disqualify(itemID: item, personID: f.person("Eero Esko"), reason: suggested.first?.reason ?? "")
        XCTAssertEqual(try f.meetings.suggestedDisqualifications(itemID: item), [], "recorded ones are not suggested again")
        XCTAssertEqual(try f.meetings.roundChoices().map(\.name), ["Kohdeavustukset 2027 (2027)"])
    }
}
