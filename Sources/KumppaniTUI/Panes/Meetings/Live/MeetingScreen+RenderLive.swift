import Foundation
import Kumppani

/// Drawing the live minutes: attendance and quorum, the item's texts, votes, counter-proposals,
/// disqualifications and actions.
extension MeetingScreen {
    /// Returns where the editor is drawn, if a field is being edited (`editorLayout`).
    @discardableResult
    func renderLive(into frame: inout Frame, in area: Rect, context: DrawContext) -> Rect? {
        let l = context.l
        let m = meeting
        var top = area.y
        let q = itemQuorum ?? quorum
        let quorumText = q.map { l[$0.hasQuorum ? "meetings.pane.quorum_ok" : "meetings.pane.quorum_no", $0.filled, $0.seats] } ?? ""
        let qWidth = TextLayout.width(quorumText)
        line(&frame, headerLine(m, l, minutes: true),
             Rect(x: area.x, y: top, width: max(0, area.width - qWidth - 1), height: 1), top, role: .title)
        frame.put(quorumText, x: area.maxX - qWidth, y: top, role: (q?.hasQuorum ?? false) ? .success : .error, clip: area)
        top += 1
        top = renderAttendance(into: &frame, in: Rect(x: area.x, y: top, width: area.width, height: input == .attendance ? max(3, area.height / 3) : 2), context: context)
        let body = Rect(x: area.x, y: top + 1, width: area.width, height: area.maxY - top - 1)
        let (left, right) = body.splitLeft(min(36, max(22, area.width * 3 / 10)))
        renderItems(into: &frame, in: Rect(x: left.x, y: left.y, width: left.width - 1, height: left.height), context: context)
        let r = Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height)
        guard let item = currentItem else { return nil }
        var y = r.y
        line(&frame, (item.section.map { "§ \($0) " } ?? "") + item.title, r, y, role: .title); y += 1
        if !item.proposal.isEmpty {
            y = paragraph(&frame, l["meetings.pane.proposal_short", item.proposal], r, y, maxLines: 2, role: .dim)
        }
        var summary: [(String, StyleRole)] = matterLines(context)
        if item.hasVote {
            summary.append((l["meetings.doc.vote"] + ": " + l["meetings.doc.vote_line", item.voteFor ?? 0, item.voteAgainst ?? 0, item.voteAbstain ?? 0], .normal))
        }
        for c in details.counterProposals {
            summary.append((l["meetings.pane.counter_line", c.text, c.proposer, c.seconder.isEmpty ? "–" : c.seconder], .normal))
        }
        if !details.suggested.isEmpty {
            summary.append((l["meetings.pane.suggested", details.suggested.map(\.personName).joined(separator: ", ")], .warning))
        }
        if !details.disqualified.isEmpty {
            summary.append((l["meetings.doc.disqualified"] + ": " + details.disqualified.map(\.personName).joined(separator: ", "), .warning))
        }
        for a in details.actions {
            summary.append((l["meetings.pane.action_line", a.text, a.owner.isEmpty ? "–" : a.owner, a.dueOn.map(MeetingFormat.date) ?? "–"], .normal))
        }
        let editing = editingField
        let showDissent = !item.dissent.isEmpty || editing == .dissent
        let followUp = details.followUp.isEmpty ? 0 : min(4, details.followUp.count) + 1
        let fixedRows = 2 + 2 + (showDissent ? 2 : 0) + summary.count + followUp
        let flexible = max(2, r.maxY - y - fixedRows)
        var editorAt: Rect?
        for field in liveFields where field != .dissent || showDissent {
            guard y < r.maxY else { break }
            line(&frame, l["meetings.field.\(field.rawValue)"], r, y, role: editing == field ? .highlight : .label); y += 1
            let big = editing == field || (editing == nil && field == .discussion)
            let height = big ? flexible : 1
            y = renderField(field, item: item, into: &frame, rect: Rect(x: r.x + 2, y: y, width: r.width - 2, height: min(height, r.maxY - y)),
                            editorAt: &editorAt, context: context)
        }
        for (text, role) in summary where y < r.maxY { line(&frame, text, r, y, role: role); y += 1 }
        _ = renderFollowUp(into: &frame, rect: r, y: y, context: context)
        return editorAt
    }

    /// Who is here: ● present, ○ not arrived, ◌ left. In attendance mode each has its key.
    func renderAttendance(into frame: inout Frame, in rect: Rect, context: DrawContext) -> Int {
        let l = context.l
        var x = rect.x, y = rect.y
        let keyed = input == .attendance
        if keyed { line(&frame, l["meetings.pane.attendance_help"], rect, y, role: .highlight); y += 1 }
        for (i, a) in attendance.enumerated() {
            if !keyed && y == rect.maxY - 1 && i < attendance.count - 1 {
                // Last row: leave room to say how many more there are (a shows them all).
                let more = "… +\(attendance.count - i)"
                let text = (a.isPresent ? "●" : "○") + a.personName
                if x + TextLayout.width(text) + 2 + TextLayout.width(more) > rect.maxX {
                    frame.put(more, x: x, y: y, role: .dim, clip: rect)
                    break
                }
            }
            let mark = a.isPresent ? "●" : (a.leftAt != nil ? "◌" : "○")
            let key = keyed && i < MeetingsPane.attendanceKeys.count ? "[\(MeetingsPane.attendanceKeys[i])] " : ""
            var deputy = a.role == .deputy ? "*" : (a.role == .other ? "+" : "")
            if keyed, a.role == .deputy, let principal = a.deputyForPersonID,
               let name = attendance.first(where: { $0.personID == principal })?.personName {
                deputy += "→" + (name.split(separator: " ").last.map(String.init) ?? name)
            }
            let text = key + mark + a.personName + deputy
            let w = TextLayout.width(text) + 2
            if x + w > rect.maxX && x > rect.x { x = rect.x; y += 1 }
            if y >= rect.maxY { break }
            frame.put(text, x: x, y: y, role: a.isPresent ? .success : .dim, clip: rect)
            x += w
        }
        return min(rect.maxY, y + 1)
    }
}
