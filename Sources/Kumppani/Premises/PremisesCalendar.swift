import Foundation

/// Bookings in the iCalendar export: a weekly booking is one event with a weekly rule and its
/// exceptions as EXDATEs, so a calendar shows the series as the coordinator agreed it.
extension PremisesStore {
    public func calendarEvents(language: Language) throws -> [ICalendar.Event] {
        let l = L(language)
        let rooms = Dictionary(try premises().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let names = try associationNames()
        var events: [ICalendar.Event] = []
        for b in try bookings() {
            let all = Booking(premisesID: b.premisesID, associationID: b.associationID, startsOn: b.startsOn, endsOn: b.endsOn,
                              weekday: b.weekday, start: b.start, end: b.end).dates()
            guard let first = all.first, let last = all.last else { continue }
            let stamp = try db.scalarString("SELECT updated_at FROM bookings WHERE id = ?", b.id) ?? ""
            let room = rooms[b.premisesID]
            let what = b.title.isEmpty ? (names[b.associationID] ?? "") : "\(names[b.associationID] ?? "") – \(b.title)"
            var event = ICalendar.Event(uid: "booking-\(b.id)@kumppani", stamp: stamp, when: .local(date: first.iso, start: b.start.iso, end: b.end.iso),
                                        summary: l["premises.calendar.summary", room?.name ?? "", what],
                                        location: room?.address ?? "", description: b.note)
            if b.isRecurring {
                event.recurrence.append("RRULE:FREQ=WEEKLY;COUNT=\(first.days(until: last) / 7 + 1)")
                let skipped = b.exceptions.filter { all.contains($0) }.sorted()
                if !skipped.isEmpty {
                    event.recurrence.append("EXDATE;TZID=Europe/Helsinki:" + skipped.map { ICalendar.basicLocal($0.iso, b.start.iso) }.joined(separator: ","))
                }
            }
            events.append(event)
        }
        return events
    }
}
