import Kumppani

/// The home screen: the rooms on the left and the chosen room's week. It stays loaded (with its
/// room, week and chosen booking) while the benefit report or the goals are shown, so `v` comes
/// back to the same week.
struct WeekScreen {
    var rooms: [Premises] = []
    var selected = 0
    /// The week shown; set on the pane's first activation (nil until then).
    var monday: CivilDate?
    var week: [PremisesStore.Occurrence] = []
    /// The chosen booking of the week (Tab moves it), an index into `week`.
    var occurrence: Int?

    var selectedRoom: Premises? { rooms.indices.contains(selected) ? rooms[selected] : nil }
    var selectedOccurrence: PremisesStore.Occurrence? { occurrence.flatMap { week.indices.contains($0) ? week[$0] : nil } }

    /// Reads the rooms and the chosen room's week again, keeping the room and booking by id.
    mutating func load(store: Store, today: CivilDate) throws {
        let premises = PremisesStore(store: store)
        let keep = selectedRoom?.id, keepBooking = selectedOccurrence.map { ($0.booking.id, $0.date) }
        rooms = try premises.premises()
        selected = keep.flatMap { id in rooms.firstIndex { $0.id == id } } ?? min(selected, max(0, rooms.count - 1))
        week = try selectedRoom.map { try premises.week(premisesID: $0.id, from: monday ?? today, includingSkipped: true) } ?? []
        occurrence = keepBooking.flatMap { kept in week.firstIndex { $0.booking.id == kept.0 && $0.date == kept.1 } ?? week.firstIndex { $0.booking.id == kept.0 } }
    }

    mutating func moveRoom(by step: Int) {
        selected = min(max(0, rooms.count - 1), max(0, selected + step))
        occurrence = nil
    }

    mutating func select(roomID: Int64) {
        selected = rooms.firstIndex { $0.id == roomID } ?? selected
    }

    /// Another week (by days from the one shown, or the week of a date); no booking is chosen in it.
    mutating func shiftWeek(days: Int) { monday = monday?.adding(days: days); occurrence = nil }
    mutating func show(weekOf date: CivilDate) { monday = Self.monday(of: date); occurrence = nil }

    /// Tab and Shift-Tab: the next or previous booking of the week, round the ends; false when the week has none.
    mutating func moveOccurrence(by step: Int) -> Bool {
        guard !week.isEmpty else { return false }
        guard let current = occurrence else { occurrence = step > 0 ? 0 : week.count - 1; return true }
        occurrence = (current + step + week.count) % week.count
        return true
    }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l, lang = context.language
        guard !rooms.isEmpty else {
            frame.put(l["premises.ui.empty"] + " " + l["premises.ui.add_hint"], x: area.x + 2, y: area.y + 1, role: .dim, maxWidth: area.width - 4)
            return
        }
        let listWidth = min(26, max(16, area.width / 5))
        frame.put(l["premises.ui.rooms"], x: area.x + 1, y: area.y, role: .header, maxWidth: listWidth - 1)
        for (i, room) in rooms.enumerated() where area.y + 1 + i < area.maxY {
            frame.put((i == selected ? "▸ " : "  ") + room.name, x: area.x + 1, y: area.y + 1 + i,
                      role: i == selected ? .selection : .normal, maxWidth: listWidth - 2)
        }
        guard let room = selectedRoom, let monday else { return }
        let x = area.x + listWidth + 1, width = area.maxX - x - 1
        let sunday = monday.adding(days: 6)
        frame.put(l["premises.ui.week_title", room.name, monday.isoWeek, monday.formatted(lang), sunday.formatted(lang)],
                  x: x, y: area.y, role: .title, maxWidth: width)
        var facts: [String] = []
        if !room.address.isEmpty { facts.append(room.address) }
        if let c = room.capacity { facts.append(l["premises.ui.capacity", c]) }
        facts.append(room.priceCentsPerHour == 0 ? l["premises.ui.free"] : l["premises.ui.price", Money(cents: room.priceCentsPerHour).formattedShort(lang)])
        frame.put(facts.joined(separator: " · "), x: x, y: area.y + 1, role: .dim, maxWidth: width)
        var y = area.y + 3
        func label(_ day: CivilDate) -> String { "\(day.weekday.shortName(lang)) \(day.day).\(day.month)." }
        // The day labels' column is as wide as the widest ("Wed 25.11." is ten; at least nine, so
        // the Finnish columns stay put), then a space and the `▸` column: the marker never
        // touches a label.
        let labelWidth = max(9, (0..<7).map { label(monday.adding(days: $0)).count }.max() ?? 10)
        let marker = x + labelWidth + 1, text = marker + 1
        for offset in 0..<7 where y < area.maxY {
            let day = monday.adding(days: offset)
            let today = day == context.today
            frame.put(label(day), x: x, y: y, role: today ? .highlight : .label, maxWidth: labelWidth)
            let items = week.filter { $0.date == day }
            if items.isEmpty { frame.put("–", x: text, y: y, role: .dim); y += 1 }
            for o in items where y < area.maxY {
                let what = o.booking.title.isEmpty ? o.association : "\(o.association) – \(o.booking.title)"
                let repeats = o.booking.isRecurring ? " ↻" : ""
                // The booking chosen with Tab (for e, x, o) is marked and highlighted; a date left
                // out of a series is dimmed and says so.
                let chosen = selectedOccurrence.map { $0.booking.id == o.booking.id && $0.date == o.date } ?? false
                let times = Self.padded(o.booking.start.formatted(context.language)) + "–\(o.booking.end.formatted(context.language)) "
                let line = times + (o.skipped ? l["premises.ui.skipped_date", what] : what + repeats)
                frame.put(line, x: text, y: y, role: chosen ? .selection : (o.skipped ? .dim : .normal), maxWidth: width - (text - x))
                if chosen { frame.put("▸", x: marker, y: y, role: .selection) }
                y += 1
            }
        }
    }

    /// 9.30 lines up under 10.00: the start time right-aligned in five columns.
    static func padded(_ time: String) -> String { String(repeating: " ", count: max(0, 5 - time.count)) + time }

    static func monday(of date: CivilDate) -> CivilDate { date.adding(days: 1 - date.weekday.rawValue) }
}
