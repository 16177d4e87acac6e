import XCTest
@testable import Kumppani

/// Bookings of a room: overlaps refused with the clash named (weekly × one-off, across
/// exceptions), the week view, and hours and value per association and year.
final class PremisesBookingTests: XCTestCase {
    private var fixture: GrantsFixture!
    private var premises: PremisesStore!
    private var room: Int64 = 0
    private var carers: Int64 = 0
    private var youth: Int64 = 0

    override func setUpWithError() throws {
        fixture = try GrantsFixture()
        premises = PremisesStore(store: fixture.store)
        room = try premises.save(Premises(name: "Kerhohuone 2", owner: "Päijät-Hämeen hyvinvointialue", hourlyValueCents: 25_00))
        carers = try fixture.association("Lahden Omaishoitajat ry")
        youth = try fixture.association("Nuorisoseura ry")
    }

    private func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    private func t(_ h: Int, _ m: Int = 0) -> ClockTime { ClockTime(hour: h, minute: m)! }

    /// Tuesdays 13–15 through spring 2027, except 2027-02-23 (winter holiday).
    @discardableResult
    private func weeklyCarers() throws -> Int64 {
        try premises.save(Booking(premisesID: room, associationID: carers, title: "Vertaisryhmä", startsOn: d("2027-01-05"),
                                  endsOn: d("2027-05-25"), weekday: .tuesday, start: t(13), end: t(15), exceptions: [d("2027-02-23")]))
    }

    func testAOneOffBookingOnAWeeklyBookingsDayIsRefusedWithTheClashNamed() throws {
        try weeklyCarers()
        let oneOff = Booking(premisesID: room, associationID: youth, title: "Kokous", startsOn: d("2027-03-16"), start: t(14), end: t(16))
        XCTAssertThrowsError(try premises.save(oneOff)) { error in
            guard case PremisesProblem.clash(let clashes) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(clashes.map(\.date), [d("2027-03-16")])
            XCTAssertEqual((error as? PremisesProblem)?.message(.fi),
                           "Päällekkäinen varaus 16.3.2027 klo 13.00–15.00: Lahden Omaishoitajat ry – Vertaisryhmä.")
        }
        XCTAssertEqual(try premises.bookings(premisesID: room).count, 1, "nothing saved")
    }

    func testTheExceptionDateIsFreeAndAdjacentTimesDoNotClash() throws {
        try weeklyCarers()
        try premises.save(Booking(premisesID: room, associationID: youth, startsOn: d("2027-02-23"), start: t(13), end: t(15)))
        try premises.save(Booking(premisesID: room, associationID: youth, startsOn: d("2027-03-02"), start: t(15), end: t(17)))
        try premises.save(Booking(premisesID: room, associationID: youth, startsOn: d("2027-03-03"), start: t(13), end: t(15)))
        XCTAssertEqual(try premises.bookings(premisesID: room).count, 4)
    }

    func testAWeeklyBookingOverAOneOffIsRefusedAndEveryClashListed() throws {
        try premises.save(Booking(premisesID: room, associationID: youth, startsOn: d("2027-01-12"), start: t(12), end: t(14)))
        try premises.save(Booking(premisesID: room, associationID: youth, startsOn: d("2027-02-23"), start: t(12), end: t(14)))
        try premises.save(Booking(premisesID: room, associationID: youth, startsOn: d("2027-03-09"), start: t(12), end: t(14)))
        XCTAssertThrowsError(try weeklyCarers()) { error in
            guard case PremisesProblem.clash(let clashes) = error else { return XCTFail("\(error)") }
            // 2027-02-23 is the weekly booking's exception, so only two dates meet.
            XCTAssertEqual(clashes.map(\.date), [d("2027-01-12"), d("2027-03-09")])
            XCTAssertTrue((error as? PremisesProblem)?.message(.en).hasSuffix("1 more overlaps.") ?? false)
        }
    }

    func testTwoWeeklySeriesClashOnlyWhereBothTakePlace() throws {
        try weeklyCarers()
        // Another Tuesday series that only meets the first on its exception day: no clash.
        try premises.save(Booking(premisesID: room, associationID: youth, startsOn: d("2027-02-20"), endsOn: d("2027-02-26"),
                                  weekday: .tuesday, start: t(14), end: t(15)))
        let clashing = Booking(premisesID: room, associationID: youth, startsOn: d("2027-05-01"), endsOn: d("2027-08-31"),
                               weekday: .tuesday, start: t(14), end: t(15))
        XCTAssertThrowsError(try premises.save(clashing)) { error in
            guard case PremisesProblem.clash(let clashes) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(clashes.map(\.date.iso), ["2027-05-04", "2027-05-11", "2027-05-18", "2027-05-25"])
        }
        // Another room is free at the same time.
        let hall = try premises.save(Premises(name: "Sali"))
        var elsewhere = clashing
        elsewhere.premisesID = hall
        XCTAssertNoThrow(try premises.save(elsewhere))
    }

    func testEditingABookingDoesNotClashWithItself() throws {
        let id = try weeklyCarers()
        var b = try XCTUnwrap(try premises.booking(id: id))
        b.end = t(15, 30)
        b.exceptions.insert(d("2027-04-06"))
        try premises.save(b)
        let saved = try XCTUnwrap(try premises.booking(id: id))
        XCTAssertEqual(saved.end, t(15, 30))
        XCTAssertEqual(saved.exceptions, [d("2027-02-23"), d("2027-04-06")])
    }

    func testBadTimesAreRefused() {
        XCTAssertThrowsError(try premises.save(Booking(premisesID: room, associationID: youth, startsOn: d("2027-01-01"), start: t(15), end: t(15)))) {
            XCTAssertEqual($0 as? PremisesProblem, .endBeforeStart)
        }
        XCTAssertThrowsError(try premises.save(Booking(premisesID: room, associationID: youth, startsOn: d("2027-01-01"), endsOn: d("2031-01-01"),
                                                       weekday: .monday, start: t(9), end: t(10)))) {
            XCTAssertEqual($0 as? PremisesProblem, .tooLong)
        }
    }

    func testTheWeekViewAndTheYearsHoursAndValueFollowTheRows() throws {
        try weeklyCarers()
        try premises.save(Booking(premisesID: room, associationID: youth, startsOn: d("2027-02-24"), start: t(18), end: t(19, 30)))
        let week = try premises.week(premisesID: room, from: d("2027-02-22"))
        XCTAssertEqual(week.map { "\($0.date.iso) \($0.association)" }, ["2027-02-24 Nuorisoseura ry"], "the exception leaves Tuesday free")
        let usage = try premises.usage(year: 2027)
        // Tuesdays 5.1.–25.5.2027 are 21, less one exception: 20 × 2 h = 40 h, 40 × 25 € = 1000 €.
        XCTAssertEqual(usage.map(\.association), ["Lahden Omaishoitajat ry", "Nuorisoseura ry"])
        XCTAssertEqual(usage.map(\.minutes), [40 * 60, 90])
        XCTAssertEqual(usage.map(\.valueCents), [1000_00, 37_50])
        XCTAssertEqual(try premises.usage(year: 2026), [])
    }
}
