import Foundation
import Kumppani

/// A body's members: who sits in it, in what role, for whom, whom each represents, for which term.
struct MembersScreen: MeetingsDrawing {
    var body: Body
    var list: [Member] = []
    var index = 0

    var selected: Member? { list.indices.contains(index) ? list[index] : nil }

    mutating func reload(_ s: MeetingStore) throws {
        list = try s.members(bodyID: body.id)
        index = min(index, max(0, list.count - 1))
    }

    mutating func move(_ delta: Int) { index = clamped(index, by: delta, count: list.count) }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l
        line(&frame, l["meetings.pane.members_title", body.name], area, area.y, role: .title)
        let w = area.width
        // The role column fits "varapuheenjohtaja"; the term keeps its 18 columns at 80 wide.
        let widths = [max(12, w * 24 / 100), 18, max(10, w * 18 / 100), max(8, w * 12 / 100)]
        func row(_ cells: [String]) -> String {
            zip(cells, widths).map { TextLayout.pad(TextLayout.truncate($0, to: $1 - 1), to: $1) }.joined() + (cells.last ?? "")
        }
        line(&frame, row([l["meetings.members.col_name"], l["meetings.members.col_role"], l["meetings.members.col_deputy_for"],
                          l["meetings.members.col_represents"], l["meetings.members.col_term"]]), area, area.y + 2, role: .header)
        let rows = Rect(x: area.x, y: area.y + 3, width: area.width, height: area.height - 3)
        if list.isEmpty { paragraph(&frame, l["meetings.pane.no_members"], rows, rows.y, maxLines: 3, role: .dim); return }
        let names = Dictionary(list.map { ($0.id, $0.personName) }, uniquingKeysWith: { a, _ in a })
        let today = context.todayISO
        for (r, i) in visibleRange(count: list.count, selected: index, height: rows.height).enumerated() {
            let m = list[i]
            let ended = m.termEnd.map { $0 < today } ?? false
            var role: StyleRole = ended ? .dim : .normal
            if i == index { role = .selection; frame.fill(rows.row(r), role: role) }
            let term = MeetingsPane.termText(m.termStart, m.termEnd) + (ended ? " " + l["meetings.members.ended"] : "")
            line(&frame, row([m.personName, l["meetings.role.\(m.role.rawValue)"], m.deputyForMemberID.flatMap { names[$0] } ?? "",
                              m.represents, term]), rows, rows.y + r, role: role)
        }
    }
}
