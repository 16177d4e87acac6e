import Foundation
import Kumppani

/// The register review list (`y` in pane 1): what a YTJ import found changed for known
/// associations, one field a row. Enter or `a` accepts the register's value, `h` or Delete keeps
/// the coordinator's own (rejects), Esc closes. Nothing changes an association without one of these.
struct RegisterReviewState {
    var entries: [RegisterReviewEntry] = []
    var selection = 0

    mutating func refresh(_ directory: DirectoryStore) {
        entries = (try? directory.openRegisterReview()) ?? []
        selection = min(selection, max(0, entries.count - 1))
    }

    var selected: RegisterReviewEntry? { entries.indices.contains(selection) ? entries[selection] : nil }
}

extension DirectoryPane {
    func openRegisterReview(context: inout PaneContext) {
        var state = RegisterReviewState()
        state.refresh(directory(context))
        guard !state.entries.isEmpty else { context.post(context.l["ytj.review.empty"]); return }
        overlay = .review(state)
    }

    func handleRegisterReview(_ event: Event, _ state: inout RegisterReviewState, context: inout PaneContext) {
        defer { if overlay != nil { overlay = .review(state) } }
        guard case .key(let key) = event else { return }
        let dir = directory(context)
        switch key {
        case .escape: overlay = nil
        case .up: state.selection = max(0, state.selection - 1)
        case .down: state.selection = min(max(0, state.entries.count - 1), state.selection + 1)
        case .enter, .char("a"), .char("h"), .delete:
            guard let entry = state.selected else { return }
            let accept = key == .enter || key == .char("a")
            do {
                if accept { try dir.acceptRegisterValue(entry.id) } else { try dir.rejectRegisterValue(entry.id) }
                context.post(context.l[accept ? "ytj.review.accepted" : "ytj.review.rejected",
                                       entry.fieldName(context.language), entry.associationName])
            } catch { fail(error, &context) }
            state.refresh(dir)
            reload(context: context, keeping: selectedID)
            if state.entries.isEmpty { overlay = nil; context.post(context.l["ytj.review.done"]) }
        default: break
        }
    }

    func renderRegisterReview(_ state: RegisterReviewState, into frame: inout Frame, in area: Rect, width: Int, context: DrawContext) {
        let l = context.l
        let rect = area.centered(width: width, height: min(area.height, max(8, state.entries.count * 2 + 5)))
        let inner = context.boxStyle.draw(in: &frame, rect: rect, title: l["ytj.review.title", state.entries.count])
        let rowsShown = max(1, (inner.height - 2) / 2)
        let first = max(0, min(state.selection - rowsShown + 1, state.entries.count - rowsShown))
        for (offset, entry) in state.entries.dropFirst(first).prefix(rowsShown).enumerated() {
            let y = inner.y + offset * 2
            let chosen = first + offset == state.selection
            let role: StyleRole = chosen ? .menuSelected : .dialog
            frame.put(TextLayout.pad(entry.associationName + " · " + entry.fieldName(context.language), to: inner.width - 2),
                      x: inner.x + 1, y: y, role: role, maxWidth: inner.width - 2)
            let change = "  " + shown(entry.currentValue, l) + " → " + shown(entry.registerValue, l)
            frame.put(change, x: inner.x + 1, y: y + 1, role: chosen ? .menuSelected : .dim, maxWidth: inner.width - 2)
        }
        frame.put(l["ytj.review.hint"], x: inner.x + 1, y: inner.maxY - 1, role: .dim, maxWidth: inner.width - 2)
    }

    private func shown(_ value: String, _ l: L) -> String { value.isEmpty ? l["ytj.review.empty_value"] : PrintableText.escaped(value) }
}
