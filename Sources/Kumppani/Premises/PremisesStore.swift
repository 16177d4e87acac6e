import Foundation

/// The premises register and its bookings. A booking that would meet another booking of the
/// same room on any date (weekly ones expanded, exceptions left out) is refused with the clash.
public struct PremisesStore: @unchecked Sendable {
    public let store: Store
    var db: Database { store.database }
    var now: String { Timestamp.iso(store.clock.now()) }

    public init(store: Store) { self.store = store }

    /// A weekly booking may run for at most this many days (keeps clash checks and exports small).
    public static let longestSeries = 3 * 366

    // MARK: Premises

    public func premises() throws -> [Premises] {
        try db.query("SELECT * FROM premises").map(Self.premises)
            .sorted { FinnishCollation.compare($0.name, $1.name) == .orderedAscending }
    }

    public func premises(id: Int64) throws -> Premises? {
        try db.queryOne("SELECT * FROM premises WHERE id = ?", id).map(Self.premises)
    }

    /// Saves a new or changed room. With `expecting`, the room as the form opened it: a change
    /// another window made since is refused as an `EditConflict` (nothing is written).
    @discardableResult
    public func save(_ p: Premises, expecting base: Premises? = nil) throws -> Int64 {
        let name = p.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw PremisesProblem.emptyName }
        let id = p.id == 0 ? Store.newID() : p.id
        try db.write {
            if p.id != 0 { try EditConflict.check(id: id, base: base, stored: premises(id: id), mine: p) }
            let values: [DatabaseValueConvertible?] = [name, p.owner, p.address, p.municipalityCode, p.capacity.map { Int64($0) },
                                                       p.accessibility, p.equipment, p.contact, p.priceCentsPerHour, p.hourlyValueCents, now, id]
            if p.id == 0 {
                try db.run("""
                    INSERT INTO premises (name, owner, address, municipality_code, capacity, accessibility, equipment, contact,
                        price_cents_per_hour, hourly_value_cents, updated_at, id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, values + [now])
            } else {
                try db.run("""
                    UPDATE premises SET name = ?, owner = ?, address = ?, municipality_code = ?, capacity = ?, accessibility = ?,
                        equipment = ?, contact = ?, price_cents_per_hour = ?, hourly_value_cents = ?, updated_at = ? WHERE id = ?
                    """, values)
            }
        }
        return id
    }

    // MARK: Bookings

    public func bookings(premisesID: Int64? = nil) throws -> [Booking] {
        let rows = try db.query("SELECT * FROM bookings WHERE ?1 IS NULL OR premises_id = ?1 ORDER BY starts_on, start_time, id", premisesID)
        var exceptions: [Int64: Set<CivilDate>] = [:]
        for r in try db.query("SELECT booking_id, on_date FROM booking_exceptions") {
            if let id = r.int64("booking_id"), let d = r.string("on_date").flatMap(CivilDate.init(iso:)) { exceptions[id, default: []].insert(d) }
        }
        return rows.compactMap { Self.booking($0, exceptions: exceptions) }
    }

    public func booking(id: Int64) throws -> Booking? {
        guard let row = try db.queryOne("SELECT * FROM bookings WHERE id = ?", id) else { return nil }
        let dates = try db.query("SELECT on_date FROM booking_exceptions WHERE booking_id = ?", id).compactMap { $0.string("on_date").flatMap(CivilDate.init(iso:)) }
        return Self.booking(row, exceptions: [id: Set(dates)])
    }

    /// Every date on which `candidate` would meet another booking of its room.
    public func clashes(for candidate: Booking) throws -> [BookingClash] {
        let names = try associationNames()
        var out: [BookingClash] = []
        for other in try bookings(premisesID: candidate.premisesID) where other.id != candidate.id && other.timesOverlap(candidate) {
            guard other.startsOn <= candidate.endsOn, candidate.startsOn <= other.endsOn else { continue }
            let mine = Set(candidate.dates(in: other.startsOn...other.endsOn))
            for date in other.dates(in: candidate.startsOn...candidate.endsOn) where mine.contains(date) {
                out.append(BookingClash(date: date, other: other, otherAssociation: names[other.associationID] ?? ""))
            }
        }
        return out.sorted { ($0.date, $0.other.start) < ($1.date, $1.other.start) }
    }

    /// Saves a new or changed booking with its exceptions, or throws `.clash` and saves nothing.
    /// With `expecting`, the booking as the form opened it: another window's change since is
    /// refused as an `EditConflict`. A changed booking is checked for clashes again.
    @discardableResult
    public func save(_ b: Booking, expecting base: Booking? = nil) throws -> Int64 {
        guard b.start < b.end else { throw PremisesProblem.endBeforeStart }
        guard b.startsOn <= b.endsOn else { throw PremisesProblem.endDateBeforeStart }
        guard b.startsOn.days(until: b.endsOn) <= Self.longestSeries else { throw PremisesProblem.tooLong }
        var b = b
        if b.weekday == nil { b.endsOn = b.startsOn }
        let id = b.id == 0 ? Store.newID() : b.id
        try db.write {
            if b.id != 0 { try EditConflict.check(id: id, base: base, stored: booking(id: id), mine: b) }
            guard try premises(id: b.premisesID) != nil else { throw PremisesProblem.noSuchPremises }
            let clashes = try clashes(for: b)
            guard clashes.isEmpty else { throw PremisesProblem.clash(clashes) }
            let values: [DatabaseValueConvertible?] = [b.premisesID, b.associationID, b.activityID, b.title, b.startsOn.iso, b.endsOn.iso,
                                                       b.weekday.map { Int64($0.rawValue) }, b.start.iso, b.end.iso, b.note, now, id]
            if b.id == 0 {
                try db.run("""
                    INSERT INTO bookings (premises_id, association_id, activity_id, title, starts_on, ends_on, weekday, start_time, end_time,
                        note, updated_at, id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, values + [now])
            } else {
                try db.run("""
                    UPDATE bookings SET premises_id = ?, association_id = ?, activity_id = ?, title = ?, starts_on = ?, ends_on = ?,
                        weekday = ?, start_time = ?, end_time = ?, note = ?, updated_at = ? WHERE id = ?
                    """, values)
                try db.run("DELETE FROM booking_exceptions WHERE booking_id = ?", id)
            }
            for d in b.exceptions.sorted() { try db.run("INSERT INTO booking_exceptions (booking_id, on_date) VALUES (?, ?)", id, d.iso) }
        }
        return id
    }

    public func deleteBooking(id: Int64) throws {
        try db.write { try db.run("DELETE FROM bookings WHERE id = ?", id) }
    }

    /// One occurrence of a booking, as the week view shows it.
    public struct Occurrence: Sendable, Equatable {
        public var date: CivilDate
        public var booking: Booking
        public var association: String
        /// A date left out of a weekly series: no booking then, shown so it can be put back.
        public var skipped = false
    }

    /// The bookings of one room in the seven days from `monday`; with `includingSkipped` also
    /// the dates left out of weekly series (marked `skipped`), for the week view.
    public func week(premisesID: Int64, from monday: CivilDate, includingSkipped: Bool = false) throws -> [Occurrence] {
        let names = try associationNames()
        let range = monday...monday.adding(days: 6)
        return try bookings(premisesID: premisesID).flatMap { b in
            let held = b.dates(in: range).map { Occurrence(date: $0, booking: b, association: names[b.associationID] ?? "") }
            guard includingSkipped, b.isRecurring else { return held }
            var series = b
            series.exceptions = []
            let skipped = series.dates(in: range).filter { b.exceptions.contains($0) }
                .map { Occurrence(date: $0, booking: b, association: names[b.associationID] ?? "", skipped: true) }
            return held + skipped
        }.sorted { ($0.date, $0.booking.start) < ($1.date, $1.booking.start) }
    }

    /// Hours booked and their value, per association, in one calendar year.
    public struct Usage: Sendable, Equatable {
        public var associationID: Int64
        public var association: String
        public var minutes: Int
        public var valueCents: Int64
        public var hours: Double { Double(minutes) / 60 }
    }

    public func usage(year: Int) throws -> [Usage] {
        guard let first = CivilDate(year: year, month: 1, day: 1), let last = CivilDate(year: year, month: 12, day: 31) else { return [] }
        let names = try associationNames()
        let values = Dictionary(try premises().map { ($0.id, $0.hourlyValueCents) }, uniquingKeysWith: { a, _ in a })
        var byAssociation: [Int64: (Int, Int64)] = [:]
        for b in try bookings() {
            let count = b.dates(in: first...last).count
            guard count > 0 else { continue }
            let minutes = count * b.minutes
            byAssociation[b.associationID, default: (0, 0)].0 += minutes
            byAssociation[b.associationID, default: (0, 0)].1 += Self.value(minutes: minutes, hourlyCents: values[b.premisesID] ?? 0)
        }
        return byAssociation.map { Usage(associationID: $0.key, association: names[$0.key] ?? "", minutes: $0.value.0, valueCents: $0.value.1) }
            .sorted { FinnishCollation.compare($0.association, $1.association) == .orderedAscending }
    }

    /// Value of booked minutes at an hourly rate, rounded to the nearest cent.
    static func value(minutes: Int, hourlyCents: Int64) -> Int64 { (Int64(minutes) * hourlyCents + 30) / 60 }

    func associationNames() throws -> [Int64: String] {
        var names: [Int64: String] = [:]
        for r in try db.query("SELECT id, name FROM associations WHERE id IN (SELECT association_id FROM bookings)") {
            if let id = r.int64("id") { names[id] = r.string("name") ?? "" }
        }
        return names
    }

    static func premises(_ r: Row) -> Premises {
        Premises(id: r.int64("id") ?? 0, name: r.string("name") ?? "", owner: r.string("owner") ?? "", address: r.string("address") ?? "",
                 municipalityCode: r.string("municipality_code"), capacity: r.int("capacity"), accessibility: r.string("accessibility") ?? "",
                 equipment: r.string("equipment") ?? "", contact: r.string("contact") ?? "",
                 priceCentsPerHour: r.int64("price_cents_per_hour") ?? 0, hourlyValueCents: r.int64("hourly_value_cents") ?? 0)
    }

    static func booking(_ r: Row, exceptions: [Int64: Set<CivilDate>]) -> Booking? {
        guard let id = r.int64("id"), let from = r.string("starts_on").flatMap(CivilDate.init(iso:)),
              let to = r.string("ends_on").flatMap(CivilDate.init(iso:)),
              let start = r.string("start_time").flatMap(Self.time), let end = r.string("end_time").flatMap(Self.time) else { return nil }
        return Booking(id: id, premisesID: r.int64("premises_id") ?? 0, associationID: r.int64("association_id") ?? 0,
                       activityID: r.int64("activity_id"), title: r.string("title") ?? "", startsOn: from, endsOn: to,
                       weekday: r.int("weekday").flatMap(Weekday.init(rawValue:)), start: start, end: end,
                       note: r.string("note") ?? "", exceptions: exceptions[id] ?? [])
    }

    static func time(_ text: String) -> ClockTime? {
        if case .success(let t) = ClockTime.parse(text) { return t }
        return nil
    }
}
