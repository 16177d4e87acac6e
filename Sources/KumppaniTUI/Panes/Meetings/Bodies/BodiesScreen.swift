import Foundation
import Kumppani

/// The root list: bodies on the left, the selected body's meetings on the right. The pane keeps
/// it (`MeetingsPane.home`) while deeper screens are open, so Esc returns to the same selection.
struct BodiesScreen: MeetingsDrawing {
    var bodies: [Body] = []
    var bodyIndex = 0
    var meetings: [Meeting] = []
    var meetingIndex = 0
    var focusOnBodies = false

    var currentBody: Body? { bodies.indices.contains(bodyIndex) ? bodies[bodyIndex] : nil }
    var selectedMeeting: Meeting? { meetings.indices.contains(meetingIndex) ? meetings[meetingIndex] : nil }

    /// Bodies and the selected body's meetings, the selection kept inside the lists.
    mutating func reload(_ s: MeetingStore) throws {
        bodies = try s.bodies()
        bodyIndex = min(bodyIndex, max(0, bodies.count - 1))
        meetings = try currentBody.map { try s.meetings(bodyID: $0.id) } ?? []
        meetingIndex = min(meetingIndex, max(0, meetings.count - 1))
    }

    /// Moves the selection in the focused column. True when another body was selected (its
    /// meetings then need loading).
    mutating func move(_ delta: Int) -> Bool {
        if focusOnBodies {
            let old = bodyIndex
            bodyIndex = clamped(bodyIndex, by: delta, count: bodies.count)
            if old != bodyIndex { meetingIndex = 0; return true }
        } else {
            meetingIndex = clamped(meetingIndex, by: delta, count: meetings.count)
        }
        return false
    }

    func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
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
