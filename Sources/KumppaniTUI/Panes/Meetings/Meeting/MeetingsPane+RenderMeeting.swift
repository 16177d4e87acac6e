import Foundation
import Kumppani

/// Drawing the agenda editor and the live minutes.
extension MeetingScreen {
    /// `Pöytäkirja 11/2026 · luonnos · 23.11.2026 klo 14.02–15.40 · Body`: what the secretary needs
    /// first comes first, so the status still shows at 80 columns when the body's name is long.
    func headerLine(_ m: Meeting, _ l: L, minutes: Bool) -> String {
        let title = l[minutes ? "meetings.pane.minutes_title" : "meetings.pane.agenda_title"]
        let body = self.body?.name ?? ""
        var when = MeetingFormat.date(m.heldOn)
        if m.status == .inSession, m.startedAt != nil {
            when += " " + l["meetings.pane.started_at", MeetingFormat.localTime(ofInstant: m.startedAt)]
        } else if m.startedAt != nil, m.endedAt != nil {
            // Once held, the stamped times are the meeting's times (as in the minutes).
            when += " " + l["meetings.clock_stamp", MeetingFormat.localTime(ofInstant: m.startedAt) + "–" + MeetingFormat.localTime(ofInstant: m.endedAt)]
        } else if !timeText(m).isEmpty {
            when += " " + l["meetings.clock_stamp", timeText(m)]
        }
        return [title + " " + m.numberText, headerStatus(m, l), when, body].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// The item list on the left: `§ 5 Title`.
    func renderItems(into frame: inout Frame, in rect: Rect, context: DrawContext) {
        for (row, i) in visibleRange(count: items.count, selected: itemIndex, height: rect.height).enumerated() {
            let item = items[i]
            let role: StyleRole = i == itemIndex ? (input == .none ? .selection : .selectionInactive) : .normal
            let section = item.section.map { "§ \($0)" } ?? "§"
            frame.fill(rect.row(row), role: role)
            let done = !item.decision.isEmpty ? "✓" : " "
            line(&frame, TextLayout.pad(section, to: 5) + done + item.title, rect, rect.y + row, role: role)
        }
    }

    /// Returns where the editor is drawn, if a field is being edited (`editorLayout`).
    @discardableResult
    func renderAgenda(into frame: inout Frame, in area: Rect, context: DrawContext) -> Rect? {
        let l = context.l
        let m = meeting
        line(&frame, headerLine(m, l, minutes: false), area, area.y, role: .title)
        let names = [m.chairPersonID, m.secretaryPersonID].map { id in officerName(id) }
        line(&frame, l["meetings.pane.officers_line", names[0], names[1], m.place.isEmpty ? (m.link.isEmpty ? l["common.none"] : m.link) : m.place],
             area, area.y + 1, role: .dim)
        let body = Rect(x: area.x, y: area.y + 3, width: area.width, height: area.height - 3)
        let (left, right) = body.splitLeft(min(40, max(24, area.width * 2 / 5)))
        renderItems(into: &frame, in: Rect(x: left.x, y: left.y, width: left.width - 1, height: left.height), context: context)
        let r = Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height)
        guard let item = currentItem else {
            paragraph(&frame, l["meetings.pane.no_items"], r, r.y, maxLines: 3, role: .dim); return nil
        }
        var y = r.y
        line(&frame, (item.section.map { "§ \($0) " } ?? "") + item.title, r, y, role: .title); y += 1
        line(&frame, l["meetings.kind.\(item.kind.rawValue)"] + (item.preparer.isEmpty ? "" : " · " + l["meetings.pane.preparer", item.preparer])
             + (details.roundName.isEmpty ? "" : " · " + details.roundName),
             r, y, role: .dim); y += 1
        if !details.associations.isEmpty {
            line(&frame, l["meetings.pane.associations_line", details.associations.map(\.name).joined(separator: ", ")], r, y, role: .dim); y += 1
        }
        for (text, role) in matterLines(context) where y < r.maxY { line(&frame, text, r, y, role: role); y += 1 }
        let fields = agendaFields
        let editing = editingField
        let fixed = 2 * fields.count + (details.attachments.isEmpty ? 0 : 1) + (details.followUp.isEmpty ? 0 : min(4, details.followUp.count) + 1)
        let flexible = max(2, r.maxY - y - fixed)
        var editorAt: Rect?
        for field in fields {
            guard y < r.maxY else { break }
            line(&frame, l["meetings.field.\(field.rawValue)"], r, y, role: editing == field ? .highlight : .label); y += 1
            let height = editing == nil ? max(1, flexible / fields.count) : (editing == field ? flexible : 1)
            y = renderField(field, item: item, into: &frame, rect: Rect(x: r.x + 2, y: y, width: r.width - 2, height: min(height, r.maxY - y)),
                            editorAt: &editorAt, context: context)
        }
        y = renderFollowUp(into: &frame, rect: r, y: y, context: context)
        if !details.attachments.isEmpty {
            line(&frame, l["meetings.pane.attachments", details.attachments.map(\.target).joined(separator: ", ")], r, y, role: .dim)
        }
        return editorAt
    }

    func officerName(_ id: Int64?) -> String {
        guard let id else { return "–" }
        return attendance.first { $0.personID == id }?.personName ?? peopleNames[id] ?? "–"
    }

    /// A field as text, or the editor when it is being edited (its rect goes to `editorAt`).
    /// Returns the next free row.
    func renderField(_ field: ItemField, item: AgendaItem, into frame: inout Frame, rect: Rect, editorAt: inout Rect?,
                     context: DrawContext) -> Int {
        guard rect.height > 0 else { return rect.y }
        if editingField == field {
            editorAt = rect
            editor.render(into: &frame, in: rect, focused: true)
            return rect.maxY
        }
        let text = item.text(field)
        if text.isEmpty, let suggestion = decisionSuggestion(for: field, item: item) {
            return paragraph(&frame, context.l["text.suggestion.view", suggestion], rect, rect.y, maxLines: rect.height, role: .dim)
        }
        if text.isEmpty {
            line(&frame, context.l["meetings.placeholder.\(field.rawValue)"], rect, rect.y, role: .dim)
            return rect.y + 1
        }
        // Long discussion notes show their end: that is where the secretary is writing. Other
        // fields, and any field squeezed to a line or two, show their beginning, cut with "…".
        if field == .discussion && rect.height > 2 {
            let lines = TextLayout.wrap(text, width: max(1, rect.width))
            var y = rect.y
            for l in lines.suffix(rect.height) { frame.put(l, x: rect.x, y: y, clip: rect); y += 1 }
            return y
        }
        return paragraph(&frame, text, rect, rect.y, maxLines: rect.height)
    }

    /// The follow-up item's actions: open ones by due date, then those done since the last
    /// meeting struck through. When they do not all fit, the done ones keep a row (they are
    /// what the meeting notes) and a last line says how many more there are.
    func renderFollowUp(into frame: inout Frame, rect r: Rect, y start: Int, context: DrawContext) -> Int {
        guard !details.followUp.isEmpty, start < r.maxY else { return start }
        let l = context.l
        var y = start
        let all = details.followUp
        let done = all.filter(\.isDone), open = all.filter { !$0.isDone }
        line(&frame, l["meetings.pane.follow_up_counts", open.count, done.count], r, y, role: .label); y += 1
        let rows = max(0, r.maxY - y)
        var shown = all
        if all.count > rows {
            let keepDone = Array(done.prefix(max(0, rows - 1) / 2))
            shown = Array(open.prefix(max(0, rows - 1 - keepDone.count))) + keepDone
        }
        for a in shown where y < r.maxY {
            var text = a.text + (a.owner.isEmpty ? "" : " – " + a.owner)
            if let due = a.dueOn { text += " (" + MeetingFormat.date(due) + ")" }
            line(&frame, "  " + text, r, y, role: a.isDone ? .strike : (a.isOverdue(today: context.todayISO) ? .warning : .normal)); y += 1
        }
        if shown.count < all.count, y < r.maxY {
            line(&frame, "  " + l["meetings.pane.follow_up_more", all.count - shown.count], r, y, role: .dim); y += 1
        }
        return y
    }

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
