import Foundation

/// A room or hall the county or a municipality lends to associations.
public struct Premises: Sendable, Equatable {
    public var id: Int64 = 0
    public var name: String
    public var owner: String = ""
    public var address: String = ""
    public var municipalityCode: String? = nil
    public var capacity: Int? = nil
    public var accessibility: String = ""
    public var equipment: String = ""
    public var contact: String = ""
    /// 0 = free of charge.
    public var priceCentsPerHour: Int64 = 0
    /// What an hour is worth, for the benefit report (also when lent free).
    public var hourlyValueCents: Int64 = 0

    public init(id: Int64 = 0, name: String, owner: String = "", address: String = "", municipalityCode: String? = nil,
                capacity: Int? = nil, accessibility: String = "", equipment: String = "", contact: String = "",
                priceCentsPerHour: Int64 = 0, hourlyValueCents: Int64 = 0) {
        self.id = id; self.name = name; self.owner = owner; self.address = address; self.municipalityCode = municipalityCode
        self.capacity = capacity; self.accessibility = accessibility; self.equipment = equipment; self.contact = contact
        self.priceCentsPerHour = priceCentsPerHour; self.hourlyValueCents = hourlyValueCents
    }
}

/// A booking of one room: one-off (`weekday == nil`, one date) or weekly from `startsOn` to
/// `endsOn` on `weekday`, except on `exceptions`.
public struct Booking: Sendable, Equatable {
    public var id: Int64 = 0
    public var premisesID: Int64
    public var associationID: Int64
    public var activityID: Int64? = nil
    public var title: String = ""
    public var startsOn: CivilDate
    public var endsOn: CivilDate
    public var weekday: Weekday? = nil
    public var start: ClockTime
    public var end: ClockTime
    public var note: String = ""
    public var exceptions: Set<CivilDate> = []

    public init(id: Int64 = 0, premisesID: Int64, associationID: Int64, activityID: Int64? = nil, title: String = "",
                startsOn: CivilDate, endsOn: CivilDate? = nil, weekday: Weekday? = nil, start: ClockTime, end: ClockTime,
                note: String = "", exceptions: Set<CivilDate> = []) {
        self.id = id; self.premisesID = premisesID; self.associationID = associationID; self.activityID = activityID
        self.title = title; self.startsOn = startsOn; self.endsOn = endsOn ?? startsOn; self.weekday = weekday
        self.start = start; self.end = end; self.note = note; self.exceptions = exceptions
    }

    public var isRecurring: Bool { weekday != nil }
    public var minutes: Int { end.minutesSinceMidnight - start.minutesSinceMidnight }

    /// Every date the booking takes place on within `range` (exceptions left out).
    public func dates(in range: ClosedRange<CivilDate>? = nil) -> [CivilDate] {
        let from = max(startsOn, range?.lowerBound ?? startsOn), to = min(endsOn, range?.upperBound ?? endsOn)
        guard from <= to else { return [] }
        guard let weekday else { return exceptions.contains(startsOn) ? [] : [startsOn] }
        var day = from.adding(days: (weekday.rawValue - from.weekday.rawValue + 7) % 7)
        var out: [CivilDate] = []
        while day <= to {
            if !exceptions.contains(day) { out.append(day) }
            day = day.adding(days: 7)
        }
        return out
    }

    func timesOverlap(_ other: Booking) -> Bool { start < other.end && other.start < end }
}

/// One date on which two bookings of a room would meet.
public struct BookingClash: Sendable, Equatable {
    public var date: CivilDate
    public var other: Booking
    public var otherAssociation: String
}

public enum PremisesProblem: Error, Equatable, Sendable {
    case emptyName
    case noSuchPremises
    case endBeforeStart
    case endDateBeforeStart
    case tooLong
    case clash([BookingClash])
    /// A room is deleted only when no booking refers to it (the bookings would go with it).
    case hasBookings(Int)
    case noSuchBooking
    /// Dates are left out of a weekly booking only.
    case notRecurring
    /// The date is not one on which the booking takes place.
    case notInSeries(CivilDate)

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .emptyName: return l["premises.problem.empty_name"]
        case .noSuchPremises: return l["premises.problem.no_premises"]
        case .endBeforeStart: return l["premises.problem.end_before_start"]
        case .endDateBeforeStart: return l["premises.problem.end_date_before_start"]
        case .tooLong: return l["premises.problem.too_long"]
        case .hasBookings(let n): return l["premises.problem.has_bookings", n]
        case .noSuchBooking: return l["premises.problem.no_booking"]
        case .notRecurring: return l["premises.problem.not_recurring"]
        case .notInSeries(let d): return l["premises.problem.not_in_series", d.formatted(language)]
        case .clash(let clashes):
            guard let first = clashes.first else { return "" }
            let who = first.otherAssociation + (first.other.title.isEmpty ? "" : " – " + first.other.title)
            var text = l["premises.problem.clash", first.date.formatted(language), "\(first.other.start.formatted(language))–\(first.other.end.formatted(language))", who]
            if clashes.count > 1 { text += " " + l["premises.problem.clash_more", clashes.count - 1] }
            return text
        }
    }
}
