import Foundation

/// Changing and removing rooms and bookings after they were made: deleting a room is refused
/// while bookings refer to it (deleting them with it would lose what associations agreed), and
/// a weekly booking's dates are left out or put back one by one.
extension PremisesStore {
    /// Deletes a room without bookings; a room with bookings is refused with their count.
    public func deletePremises(id: Int64) throws {
        try db.write {
            guard try premises(id: id) != nil else { throw PremisesProblem.noSuchPremises }
            let count = try db.scalarInt("SELECT count(*) FROM bookings WHERE premises_id = ?", id) ?? 0
            guard count == 0 else { throw PremisesProblem.hasBookings(Int(count)) }
            try db.run("DELETE FROM premises WHERE id = ?", id)
        }
    }

    /// Leaves one date out of a weekly booking (a holiday, a room needed for something else).
    public func skip(bookingID: Int64, on date: CivilDate) throws {
        try db.write {
            guard let b = try booking(id: bookingID) else { throw PremisesProblem.noSuchBooking }
            guard b.isRecurring else { throw PremisesProblem.notRecurring }
            guard b.dates().contains(date) else { throw PremisesProblem.notInSeries(date) }
            try db.run("INSERT OR IGNORE INTO booking_exceptions (booking_id, on_date) VALUES (?, ?)", bookingID, date.iso)
            try db.run("UPDATE bookings SET updated_at = ? WHERE id = ?", now, bookingID)
        }
    }

    /// Puts a left-out date back into a weekly booking: checked for clashes like a new booking,
    /// since another booking may have taken the free date meanwhile.
    public func restore(bookingID: Int64, on date: CivilDate) throws {
        try db.write {
            guard var b = try booking(id: bookingID) else { throw PremisesProblem.noSuchBooking }
            guard b.exceptions.contains(date) else { throw PremisesProblem.notInSeries(date) }
            let base = b
            b.exceptions.remove(date)
            try save(b, expecting: base)
        }
    }

    /// The activities of an association, for linking a booking to one (by title).
    public func activities(associationID: Int64) throws -> [(id: Int64, title: String)] {
        try db.query("SELECT id, title FROM activities WHERE association_id = ?", associationID)
            .compactMap { r in r.int64("id").map { (id: $0, title: r.string("title") ?? "") } }
            .sorted { FinnishCollation.compare($0.title, $1.title) == .orderedAscending }
    }
}

/// The room form's fields, for noticing a change made in another window.
extension Premises: ConflictComparable {
    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        func money(_ c: Int64) -> String { Money(cents: c).formatted(language) }
        return [("premises.form.name", name), ("premises.form.owner", owner), ("premises.form.address", address),
                ("premises.export.col.municipality", municipalityCode ?? ""),
                ("premises.form.capacity", capacity.map(String.init) ?? ""), ("premises.form.accessibility", accessibility),
                ("premises.form.equipment", equipment), ("premises.form.contact", contact),
                ("premises.form.price", money(priceCentsPerHour)), ("premises.form.value", money(hourlyValueCents))]
    }
}

/// The booking form's fields. The association and the activity are ids (`#123`): the form's
/// declaration shows them by name in the conflict dialog.
extension Booking: ConflictComparable {
    public static let associationField = "premises.form.association"
    public static let activityField = "premises.form.activity"

    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        [(Self.associationField, "#\(associationID)"), (Self.activityField, activityID.map { "#\($0)" } ?? ""),
         ("premises.form.title_field", title), ("premises.form.first", startsOn.formatted(language)),
         ("premises.form.last", isRecurring ? endsOn.formatted(language) : ""),
         ("premises.form.start", start.formatted(language)), ("premises.form.end", end.formatted(language)),
         ("premises.form.exceptions", exceptions.sorted().map { $0.formatted(language) }.joined(separator: ", "))]
    }
}

public typealias PremisesConflict = EditConflict<Premises>
public typealias BookingConflict = EditConflict<Booking>
