import Foundation
import Kumppani

/// Drawing the actions across meetings and the goals table.
extension MeetingsPane {
    func renderActions(into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l
        var title = l["meetings.pane.actions_title", l["meetings.scope.\(scopeKey)"]]
        if !actionOwner.isEmpty { title += " · " + l["meetings.pane.owner_filter", actionOwner] }
        line(&frame, title, area, area.y, role: .title)
        let ownerW = min(22, area.width / 4)
        let header = TextLayout.pad(l["meetings.pane.col_due"], to: 12) + TextLayout.pad(l["meetings.pane.col_owner"], to: ownerW) + l["meetings.pane.col_action"]
        line(&frame, header, area, area.y + 2, role: .header)
        let rows = Rect(x: area.x, y: area.y + 3, width: area.width, height: area.height - 3)
        if actionList.isEmpty { line(&frame, l["meetings.pane.no_actions"], rows, rows.y, role: .dim); return }
        let bodyNames = Dictionary(bodies.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for (row, i) in visibleRange(count: actionList.count, selected: actionIndex, height: rows.height).enumerated() {
            let a = actionList[i]
            var role: StyleRole = a.isDone ? .strike : (a.isOverdue(today: context.todayISO) ? .warning : .normal)
            if i == actionIndex { role = .selection; frame.fill(rows.row(row), role: role) }
            let due = a.dueOn.map(MeetingFormat.date) ?? "–"
            let text = TextLayout.pad(due, to: 12) + TextLayout.pad(TextLayout.truncate(a.owner.isEmpty ? "–" : a.owner, to: ownerW - 1), to: ownerW)
                + a.text + " · " + (bodyNames[a.bodyID] ?? "")
            line(&frame, text, rows, rows.y + row, role: role)
        }
    }

    var scopeKey: String {
        switch actionScope {
        case .open: return "open"
        case .overdue: return "overdue"
        case .all: return "all"
        case .done: return "done"
        }
    }

    func renderGoals(into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l
        line(&frame, l["meetings.pane.goals_title", goalYear, currentBody?.name ?? ""], area, area.y, role: .title)
        let columns = ["meetings.goal.goal", "meetings.goal.measures", "meetings.goal.responsible", "meetings.goal.indicator", "meetings.goal.status"]
        let statusW = 12
        let w = max(6, (area.width - statusW) / 4)
        let header = columns.prefix(4).map { TextLayout.pad(TextLayout.truncate(l[$0], to: w - 1), to: w) }.joined() + l[columns[4]]
        line(&frame, header, area, area.y + 2, role: .header)
        let rows = Rect(x: area.x, y: area.y + 3, width: area.width, height: area.height - 3)
        if goals.isEmpty { paragraph(&frame, l["meetings.pane.no_goals"], rows, rows.y, maxLines: 3, role: .dim); return }
        for (row, i) in visibleRange(count: goals.count, selected: goalIndex, height: rows.height).enumerated() {
            let g = goals[i]
            let role: StyleRole = i == goalIndex ? .selection : (g.status == .done ? .success : .normal)
            if i == goalIndex { frame.fill(rows.row(row), role: role) }
            let shown = Self.goalTexts(g, context.language)
            let cells = [shown.goal, shown.measures, g.responsible, g.indicator].map { TextLayout.pad(TextLayout.truncate($0, to: w - 1), to: w) }
            let carried = g.carriedFromID == nil ? "" : " ↻"
            line(&frame, cells.joined() + l["meetings.goal.status.\(g.status.rawValue)"] + carried, rows, rows.y + row, role: role)
        }
    }
}
