import Kumppani

extension DirectoryPane {
    /// The selected association's detail: the record, its wrapped lines, the scroll and, while
    /// it has the keys, the activity or role chosen with Up/Down.
    struct DetailState {
        var record: AssociationDetail?
        var focused = false
        var scroll = 0
        /// The activity or role chosen with Up/Down while the detail has focus.
        var selectedItem: DetailItem?
        /// The detail's height and lines for the current layout, to keep the selected item on screen.
        var height = 10
        var lines: [DirectoryDetailLines.Line] = []
        /// What `lines` were made from: wrapping a 1 MB description on every key would freeze the UI.
        var linesKey: DetailLinesKey?

        /// The last scroll position that still fills the detail.
        var scrollLimit: Int { max(0, lines.count - height) }

        /// Up/Down while the detail has the keys move between activities, roles and contact-log
        /// entries; past either end they scroll.
        mutating func moveSelection(by step: Int) {
            // From the detail itself, in the order the view lists them (the last frame may be older).
            let items = (record?.activities.map { DetailItem.activity($0.id) } ?? []) + (record?.people.map { DetailItem.role($0.affiliationID) } ?? [])
                + (record?.contactLog.map { DetailItem.logEntry($0.id) } ?? [])
            let current = selectedItem.flatMap { items.firstIndex(of: $0) }
            let next = current.map { $0 + step } ?? (step > 0 ? 0 : -1)
            guard items.indices.contains(next) else {
                if step < 0, current == 0 { selectedItem = nil }
                scroll = max(0, scroll + step)
                return
            }
            selectedItem = items[next]
            // Scroll so every line of the chosen item shows.
            guard let first = lines.firstIndex(where: { $0.item == items[next] }),
                  let last = lines.lastIndex(where: { $0.item == items[next] }) else { return }
            scroll = min(max(0, lines.count - height), scroll)
            if last >= scroll + height { scroll = last - height + 1 }
            if first < scroll { scroll = first }
        }

        /// Page Up/Down, Home and End while the detail has the keys.
        mutating func page(_ key: Key) {
            switch key {
            case .pageUp: scroll = max(0, min(scroll, scrollLimit) - max(1, height - 1))
            case .pageDown: scroll = min(scroll + max(1, height - 1), scrollLimit)
            case .home: scroll = 0
            case .end: scroll = scrollLimit
            default: break
            }
        }

        /// The wrapped lines for a text area of `text`, made on the update path and kept while
        /// their inputs stay the same (wrapping a 1 MB description on every key would freeze the UI).
        mutating func refreshLines(text: Rect, language: Language, today: String) {
            height = max(1, text.height)
            guard let record, text.width > 2 else { lines = []; linesKey = nil; return }
            let key = DetailLinesKey(detail: record, width: text.width, language: language, today: today)
            guard key != linesKey else { return }
            lines = DirectoryDetailLines.make(record, width: text.width, language: language, today: today)
            linesKey = key
        }

        func render(into frame: inout Frame, in rect: Rect, context: DrawContext) {
            guard rect.width > 4, rect.height > 0 else { return }
            guard let record else {
                frame.put(context.l["directory.detail.empty"], x: rect.x + 1, y: rect.y, role: .dim, maxWidth: rect.width - 2)
                return
            }
            let inner = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: rect.height)
            let key = DetailLinesKey(detail: record, width: inner.width, language: context.language, today: context.todayISO)
            // Made on the update path; a frame of another width (a resize before the next key) wraps its own.
            let lines = key == linesKey ? self.lines
                : DirectoryDetailLines.make(record, width: inner.width, language: context.language, today: context.todayISO)
            let scroll = min(self.scroll, max(0, lines.count - inner.height))
            for (i, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
                frame.put(line.text, x: inner.x, y: inner.y + i, role: line.role, maxWidth: inner.width, clip: inner)
                if focused, let item = line.item, item == selectedItem {
                    frame.paint(Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1), role: .selection)
                }
            }
            if focused { frame.paint(Rect(x: rect.x, y: rect.y, width: 1, height: rect.height), role: .selection) }
            if lines.count > inner.height + scroll {
                let more = "↓"
                frame.put(more, x: rect.maxX - 1, y: rect.maxY - 1, role: .dim)
            }
        }
    }
}

/// The inputs of the detail's wrapped lines (the detail compares cheaply: its strings share storage).
struct DetailLinesKey: Equatable {
    let detail: AssociationDetail
    let width: Int
    let language: Language
    let today: String
}
