import Foundation
import Kumppani

/// Drawing the agenda, and what the agenda and the live minutes share: the header, the item
/// list, a field or its editor, the follow-up actions.
extension MeetingScreen {
    /// The status as the header shows it: with the date once checked or approved.
    func headerStatus(_ m: Meeting, _ l: L) -> String {
        switch m.status {
        case .checked: return l["meetings.status_short.checked", m.checkedOn.map(MeetingFormat.date) ?? ""].trimmingCharacters(in: .whitespaces)
        case .approved: return l["meetings.status_short.approved", m.approvedOn.map(MeetingFormat.date) ?? ""].trimmingCharacters(in: .whitespaces)
        default: return statusText(m.status, l)
        }
    }

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
}
