import Foundation
import Kumppani

/// The annual negotiation's goals of one body for one year (`g` in the list).
struct GoalsScreen: MeetingsDrawing {
    var body: Body
    var year: Int
    var list: [NegotiationGoal] = []
    var index = 0

    var selected: NegotiationGoal? { list.indices.contains(index) ? list[index] : nil }

    mutating func reload(_ s: MeetingStore) throws {
        list = try s.goals(bodyID: body.id, year: year)
        index = min(index, max(0, list.count - 1))
    }

    mutating func move(_ delta: Int) { index = clamped(index, by: delta, count: list.count) }

    /// Another year's goals, from the first one.
    mutating func show(year: Int) {
        self.year = year
        index = 0
    }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l
        line(&frame, l["meetings.pane.goals_title", year, body.name], area, area.y, role: .title)
        let columns = ["meetings.goal.goal", "meetings.goal.measures", "meetings.goal.responsible", "meetings.goal.indicator", "meetings.goal.status"]
        let statusW = 12
        let w = max(6, (area.width - statusW) / 4)
        let header = columns.prefix(4).map { TextLayout.pad(TextLayout.truncate(l[$0], to: w - 1), to: w) }.joined() + l[columns[4]]
        line(&frame, header, area, area.y + 2, role: .header)
        let rows = Rect(x: area.x, y: area.y + 3, width: area.width, height: area.height - 3)
        if list.isEmpty { paragraph(&frame, l["meetings.pane.no_goals"], rows, rows.y, maxLines: 3, role: .dim); return }
        for (row, i) in visibleRange(count: list.count, selected: index, height: rows.height).enumerated() {
            let g = list[i]
            let role: StyleRole = i == index ? .selection : (g.status == .done ? .success : .normal)
            if i == index { frame.fill(rows.row(row), role: role) }
            let shown = MeetingsPane.goalTexts(g, context.language)
            let cells = [shown.goal, shown.measures, g.responsible, g.indicator].map { TextLayout.pad(TextLayout.truncate($0, to: w - 1), to: w) }
            let carried = g.carriedFromID == nil ? "" : " ↻"
            line(&frame, cells.joined() + l["meetings.goal.status.\(g.status.rawValue)"] + carried, rows, rows.y + row, role: role)
        }
    }
}
