import Foundation
import Kumppani

/// Drawing: the list of bodies and meetings, and the shared helpers of the other screens.
extension MeetingsPane {
    public func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        guard area.width >= 20, area.height >= 5 else { return }
        switch screen {
        case .list: renderList(into: &frame, in: area, context: context)
        case .agenda: renderAgenda(into: &frame, in: area, context: context)
        case .live: renderLive(into: &frame, in: area, context: context)
        case .actions: renderActions(into: &frame, in: area, context: context)
        case .goals: renderGoals(into: &frame, in: area, context: context)
        case .members: renderMembers(into: &frame, in: area, context: context)
        }
        picker?.dialog.render(into: &frame, in: area, focused: true)
        bodyForm?.render(into: &frame, in: area, context: context)
    }

    /// Where the editor of the field being edited is drawn in `area`: the same drawing on a
    /// scratch frame, so the keys wrap and scroll at the width the frame shows without the
    /// drawing writing a layout into state. Nil when no editor is drawn.
    func editorLayout(in area: Rect, context: DrawContext) -> Rect? {
        guard area.width >= 20, area.height >= 5, area.x >= 0, area.y >= 0 else { return nil }
        var scratch = Frame(size: Size(width: area.maxX, height: area.maxY))
        switch screen {
        case .agenda: return renderAgenda(into: &scratch, in: area, context: context)
        case .live: return renderLive(into: &scratch, in: area, context: context)
        case .list, .actions, .goals, .members: return nil
        }
    }

    /// One line, truncated to the width.
    func line(_ frame: inout Frame, _ text: String, _ rect: Rect, _ y: Int, role: StyleRole = .normal, x: Int? = nil) {
        guard y >= rect.y, y < rect.maxY else { return }
        let x0 = x ?? rect.x
        frame.put(TextLayout.truncate(text, to: max(0, rect.maxX - x0)), x: x0, y: y, role: role, clip: rect)
    }

    /// Wrapped text from row `y`, at most `maxLines`; returns the next free row.
    @discardableResult
    func paragraph(_ frame: inout Frame, _ text: String, _ rect: Rect, _ y: Int, maxLines: Int, role: StyleRole = .normal, indent: Int = 0) -> Int {
        guard maxLines > 0 else { return y }
        let width = max(1, rect.width - indent)
        var lines = TextLayout.wrap(text, width: width)
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = TextLayout.truncate(lines[maxLines - 1] + " …", to: width)
        }
        var row = y
        for l in lines where row < rect.maxY {
            frame.put(l, x: rect.x + indent, y: row, role: role, clip: rect)
            row += 1
        }
        return row
    }

    func statusText(_ status: MeetingStatus, _ l: L) -> String { l["meetings.status.\(status.rawValue)"] }

    func timeText(_ m: Meeting) -> String {
        [m.startsAt, m.endsAt].compactMap { $0 }.filter { !$0.isEmpty }.map(MeetingFormat.time).joined(separator: "–")
    }

    /// Rows that fit, scrolled so the selection is visible.
    func visibleRange(count: Int, selected: Int, height: Int) -> Range<Int> {
        guard count > height, height > 0 else { return 0..<count }
        let top = min(max(0, selected - height / 2), count - height)
        return top..<(top + height)
    }

    func renderList(into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l
        // Wide enough for the longest body name when the screen allows (a third at most).
        let longest = bodies.map { DisplayWidth.of($0.name) }.max() ?? 0
        let (left, right) = area.splitLeft(max(18, min(max(34, longest + 3), area.width / 3)))
        line(&frame, l["meetings.pane.bodies"], left, left.y, role: .header)
        if bodies.isEmpty {
            paragraph(&frame, l["meetings.pane.no_bodies_hint"], left, left.y + 2, maxLines: 6, role: .dim)
        }
        let bodyRows = Rect(x: left.x, y: left.y + 1, width: left.width - 1, height: left.height - 1)
        for (row, i) in visibleRange(count: bodies.count, selected: bodyIndex, height: bodyRows.height).enumerated() {
            let role: StyleRole = i == bodyIndex ? (focusOnBodies ? .selection : .selectionInactive) : .normal
            frame.fill(bodyRows.row(row), role: role)
            line(&frame, " " + bodies[i].name, bodyRows, bodyRows.y + row, role: role)
        }
        let r = Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height)
        line(&frame, currentBody.map { l["meetings.pane.meetings_of", $0.name] } ?? l["meetings.pane.meetings"], r, r.y, role: .header)
        guard let body = currentBody else { return }
        // The body's own rules (E changes them): kind, quorum and the language of its documents.
        // Two lines at most where it does not fit in one (80 columns), so the language is not cut off.
        let top = paragraph(&frame, BodySettingsForm.summary(body, l), r, r.y + 1, maxLines: r.height >= 14 ? 2 : 1, role: .dim)
        if meetings.isEmpty {
            paragraph(&frame, l["meetings.pane.no_meetings_hint"], r, top + 1, maxLines: 4, role: .dim)
            return
        }
        let detailHeight = r.height >= 14 ? 4 : 0
        let rows = Rect(x: r.x, y: top, width: r.width, height: max(0, r.maxY - top - detailHeight))
        for (row, i) in visibleRange(count: meetings.count, selected: meetingIndex, height: rows.height).enumerated() {
            let m = meetings[i]
            let role: StyleRole = i == meetingIndex ? (focusOnBodies ? .selectionInactive : .selection) : .normal
            var text = TextLayout.pad(m.numberText, to: 9) + TextLayout.pad(MeetingFormat.date(m.heldOn), to: 11)
                + TextLayout.pad(timeText(m), to: 12) + statusText(m.status, l)
            if m.kind == .annualNegotiation { text += " · " + l["meetings.meeting_kind.annual_negotiation"] }
            frame.fill(rows.row(row), role: role)
            line(&frame, " " + text, rows, rows.y + row, role: role)
        }
        if detailHeight > 0, let m = selectedMeeting {
            let d = Rect(x: r.x, y: r.maxY - detailHeight, width: r.width, height: detailHeight)
            line(&frame, String(repeating: context.boxStyle.horizontal, count: d.width), d, d.y, role: .border)
            let place = [m.place, m.link].filter { !$0.isEmpty }.joined(separator: " · ")
            line(&frame, l["meetings.pane.place_line", place.isEmpty ? l["common.none"] : place], d, d.y + 1, role: .dim)
            line(&frame, l["meetings.pane.hint_\(m.status.hasStarted ? "minutes" : "agenda")"], d, d.y + 2, role: .dim)
            line(&frame, l["meetings.pane.meeting_id", m.id], d, d.y + 3, role: .dim)
        }
    }
}
