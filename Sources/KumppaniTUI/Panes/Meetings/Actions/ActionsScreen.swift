import Foundation
import Kumppani

/// The actions across meetings, filtered by state and owner (`t` in the list).
struct ActionsScreen: MeetingsDrawing {
    /// What the view shows: which actions and whose. The pane keeps it between visits.
    struct Filter: Equatable {
        var scope: ActionFilter.Scope = .open
        var owner = ""
    }

    var filter: Filter
    var list: [MeetingAction] = []
    var index = 0
    /// The bodies' names, for the column saying where each action was decided.
    var bodyNames: [Int64: String] = [:]

    init(filter: Filter, bodies: [Body]) {
        self.filter = filter
        bodyNames = Dictionary(bodies.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    var selected: MeetingAction? { list.indices.contains(index) ? list[index] : nil }

    /// Where the selection was: the action, and its row for when the action is gone (done in
    /// another window, or filtered out).
    struct Place: Equatable {
        var actionID: Int64
        var index: Int
    }

    var place: Place? { selected.map { Place(actionID: $0.id, index: index) } }

    /// Selects the action again, else the row it was on (the last row when the list is shorter).
    mutating func select(_ place: Place) {
        index = list.firstIndex { $0.id == place.actionID } ?? min(place.index, max(0, list.count - 1))
    }

    mutating func reload(_ s: MeetingStore) throws {
        list = try s.actions(ActionFilter(scope: filter.scope, bodyID: nil, owner: filter.owner.isEmpty ? nil : filter.owner))
        index = min(index, max(0, list.count - 1))
    }

    mutating func move(_ delta: Int) { index = clamped(index, by: delta, count: list.count) }

    /// The next scope: open, overdue, all, done.
    mutating func nextScope() {
        let all: [ActionFilter.Scope] = [.open, .overdue, .all, .done]
        filter.scope = all[((all.firstIndex(of: filter.scope) ?? 0) + 1) % all.count]
        index = 0
    }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l
        var title = l["meetings.pane.actions_title", l["meetings.scope.\(scopeKey)"]]
        if !filter.owner.isEmpty { title += " · " + l["meetings.pane.owner_filter", filter.owner] }
        line(&frame, title, area, area.y, role: .title)
        let ownerW = min(22, area.width / 4)
        let header = TextLayout.pad(l["meetings.pane.col_due"], to: 12) + TextLayout.pad(l["meetings.pane.col_owner"], to: ownerW) + l["meetings.pane.col_action"]
        line(&frame, header, area, area.y + 2, role: .header)
        let rows = Rect(x: area.x, y: area.y + 3, width: area.width, height: area.height - 3)
        if list.isEmpty { line(&frame, l["meetings.pane.no_actions"], rows, rows.y, role: .dim); return }
        for (row, i) in visibleRange(count: list.count, selected: index, height: rows.height).enumerated() {
            let a = list[i]
            var role: StyleRole = a.isDone ? .strike : (a.isOverdue(today: context.todayISO) ? .warning : .normal)
            if i == index { role = .selection; frame.fill(rows.row(row), role: role) }
            let due = a.dueOn.map(MeetingFormat.date) ?? "–"
            let text = TextLayout.pad(due, to: 12) + TextLayout.pad(TextLayout.truncate(a.owner.isEmpty ? "–" : a.owner, to: ownerW - 1), to: ownerW)
                + a.text + " · " + (bodyNames[a.bodyID] ?? "")
            line(&frame, text, rows, rows.y + row, role: role)
        }
    }

    var scopeKey: String {
        switch filter.scope {
        case .open: return "open"
        case .overdue: return "overdue"
        case .all: return "all"
        case .done: return "done"
        }
    }
}
