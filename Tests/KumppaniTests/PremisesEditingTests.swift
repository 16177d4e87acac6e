import XCTest
@testable import Kumppani

/// Changing rooms and bookings after they were made: a changed booking is checked for clashes
/// again, a save over another window's change is refused, a room with bookings is not deleted,
/// and a weekly booking's dates are left out and put back (the put-back checked for clashes).
final class PremisesEditingTests: XCTestCase {
    private var fixture: GrantsFixture!
    private var premises: PremisesStore!
    private var room: Int64 = 0
    private var carers: Int64 = 0
    private var youth: Int64 = 0

    override func setUpWithError() throws {
        fixture = try GrantsFixture()
        premises = PremisesStore(store: fixture.store)
        room = try premises.save(Premises(name: "Kerhohuone 2", hourlyValueCents: 25_00))
        carers = try fixture.association("Lahden Omaishoitajat ry")
        youth = try fixture.association("Nuorisoseura ry")
    }

    private func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    private func t(_ h: Int, _ m: Int = 0) -> ClockTime { ClockTime(hour: h, minute: m)! }

    private func tuesdays() throws -> Booking {
        let id = try premises.save(Booking(premisesID: room, associationID: carers, title: "Vertaisryhmä", startsOn: d("2027-01-05"),
                                           endsOn: d("2027-05-25"), weekday: .tuesday, start: t(13), end: t(15)))
        return try XCTUnwrap(premises.booking(id: id))
    }

    func testAChangedBookingIsCheckedForClashesAgainAndNothingIsWritten() throws {
        let series = try tuesdays()
        let oneOffID = try premises.save(Booking(premisesID: room, associationID: youth, title: "Kokous", startsOn: d("2027-03-16"), start: t(16), end: t(18)))
        var moved = try XCTUnwrap(premises.booking(id: oneOffID))
        let base = moved
        moved.start = t(14)
        XCTAssertThrowsError(try premises.save(moved, expecting: base)) { error in
            XCTAssertEqual((error as? PremisesProblem)?.message(.fi),
                           "Päällekkäinen varaus 16.3.2027 klo 13.00–15.00: Lahden Omaishoitajat ry – Vertaisryhmä.")
        }
        XCTAssertEqual(try premises.booking(id: oneOffID)?.start, t(16), "the stored booking is as it was")
        // The series itself, moved to Wednesdays, no longer meets the one-off: saved.
        var wednesdays = series
        wednesdays.startsOn = d("2027-01-06"); wednesdays.weekday = .wednesday
        try premises.save(wednesdays, expecting: series)
        XCTAssertEqual(try premises.booking(id: series.id)?.weekday, .wednesday)
        moved.start = t(14)
        try premises.save(moved, expecting: base)
        XCTAssertEqual(try premises.booking(id: oneOffID)?.start, t(14))
    }

    func testASaveOverAnotherWindowsChangeIsRefusedWithBothVersions() throws {
        let opened = try tuesdays()
        var theirs = opened
        theirs.exceptions = [d("2027-02-23")]
        try premises.save(theirs, expecting: opened)
        var mine = opened
        mine.end = t(16)
        XCTAssertThrowsError(try premises.save(mine, expecting: opened)) { error in
            let conflict = try? XCTUnwrap(error as? BookingConflict)
            XCTAssertEqual(conflict?.stored?.exceptions, [d("2027-02-23")])
            XCTAssertEqual(conflict?.fields(.fi).map(\.labelKey), ["premises.form.end", "premises.form.exceptions"])
        }
        XCTAssertEqual(try premises.booking(id: opened.id)?.end, t(15), "nothing written")
        // The room form the same way.
        let room = try XCTUnwrap(premises.premises(id: self.room))
        var renamed = room
        renamed.name = "Kerhohuone 3"
        try premises.save(renamed, expecting: room)
        var priced = room
        priced.priceCentsPerHour = 10_00
        XCTAssertThrowsError(try premises.save(priced, expecting: room)) { XCTAssertTrue($0 is PremisesConflict, "\($0)") }
        XCTAssertEqual(try premises.premises(id: self.room)?.name, "Kerhohuone 3")
        XCTAssertEqual(try premises.premises(id: self.room)?.priceCentsPerHour, 0)
    }

    func testARoomWithBookingsIsNotDeletedAndNothingIsLost() throws {
        let series = try tuesdays()
        XCTAssertThrowsError(try premises.deletePremises(id: room)) { error in
            XCTAssertEqual(error as? PremisesProblem, .hasBookings(1))
            XCTAssertEqual((error as? PremisesProblem)?.message(.en), "The room has 1 bookings: delete them first, then the room can be deleted.")
        }
        XCTAssertNotNil(try premises.booking(id: series.id))
        try premises.deleteBooking(id: series.id)
        try premises.deletePremises(id: room)
        XCTAssertEqual(try premises.premises().count, 0)
    }

    func testALeftOutDateIsFreeAndPuttingItBackIsCheckedForClashes() throws {
        let series = try tuesdays()
        XCTAssertThrowsError(try premises.skip(bookingID: series.id, on: d("2027-02-24"))) {
            XCTAssertEqual($0 as? PremisesProblem, .notInSeries(d("2027-02-24")), "a Wednesday is not in the series")
        }
        try premises.skip(bookingID: series.id, on: d("2027-02-23"))
        XCTAssertEqual(try premises.booking(id: series.id)?.exceptions, [d("2027-02-23")])
        XCTAssertFalse(try premises.week(premisesID: room, from: d("2027-02-22")).contains { $0.booking.id == series.id })
        // Another association takes the free date; putting it back into the series now clashes.
        let oneOff = try premises.save(Booking(premisesID: room, associationID: youth, startsOn: d("2027-02-23"), start: t(14), end: t(15)))
        XCTAssertThrowsError(try premises.restore(bookingID: series.id, on: d("2027-02-23"))) {
            XCTAssertEqual(($0 as? PremisesProblem)?.message(.fi), "Päällekkäinen varaus 23.2.2027 klo 14.00–15.00: Nuorisoseura ry.")
        }
        XCTAssertEqual(try premises.booking(id: series.id)?.exceptions, [d("2027-02-23")], "still left out")
        try premises.deleteBooking(id: oneOff)
        try premises.restore(bookingID: series.id, on: d("2027-02-23"))
        XCTAssertEqual(try premises.booking(id: series.id)?.exceptions, [])
        // A one-off has no dates to leave out.
        let single = try premises.save(Booking(premisesID: room, associationID: youth, startsOn: d("2027-06-01"), start: t(9), end: t(10)))
        XCTAssertThrowsError(try premises.skip(bookingID: single, on: d("2027-06-01"))) { XCTAssertEqual($0 as? PremisesProblem, .notRecurring) }
    }

    func testDeletingAGoalTakesItsLinksButNotWhatTheyPointedAt() throws {
        let strategy = StrategyStore(store: fixture.store)
        let goal = try strategy.save(StrategyGoal(code: "H3", title: "Ikääntyneet asuvat kotona"))
        var activity = ActivityDraft()
        activity.title = "Omaishoitajien vertaisryhmä"
        guard case .saved(let activityID) = try DirectoryStore(store: fixture.store).saveActivity(activity, association: carers) else { return XCTFail() }
        try strategy.link(goalID: goal, .activity, activityID)
        XCTAssertEqual(try strategy.links(goalID: goal, language: .fi).map(\.label), ["Omaishoitajien vertaisryhmä – Lahden Omaishoitajat ry"])
        XCTAssertEqual(try strategy.candidates(.activity, language: .fi).map(\.id), [activityID])
        // A change in another window is not overwritten.
        let opened = try XCTUnwrap(strategy.goal(id: goal))
        var theirs = opened; theirs.indicators = "Kotona asuvat 75+"
        try strategy.save(theirs, expecting: opened)
        var mine = opened; mine.title = "Ikääntyneet asuvat kotona turvallisesti"
        XCTAssertThrowsError(try strategy.save(mine, expecting: opened)) { XCTAssertTrue($0 is StrategyGoalConflict, "\($0)") }
        XCTAssertEqual(try strategy.goal(id: goal)?.title, "Ikääntyneet asuvat kotona")
        try strategy.deleteGoal(id: goal)
        XCTAssertNil(try strategy.goal(id: goal))
        XCTAssertEqual(try fixture.store.database.scalarInt("SELECT count(*) FROM strategy_links"), 0)
        XCTAssertEqual(try fixture.store.database.scalarInt("SELECT count(*) FROM activities WHERE id = ?", activityID), 1)
    }
}
