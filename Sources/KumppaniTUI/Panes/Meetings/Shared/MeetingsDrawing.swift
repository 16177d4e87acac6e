import Foundation
import Kumppani

/// The drawing helpers every screen of the meetings pane shares. Each screen's state struct
/// adopts this, so its `render` reads only its own state and the `DrawContext`.
protocol MeetingsDrawing {}

extension MeetingsDrawing {
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

    /// An index moved by `delta` and kept inside `0..<count`.
    func clamped(_ index: Int, by delta: Int, count: Int) -> Int { max(0, min(count - 1, index + delta)) }
}
