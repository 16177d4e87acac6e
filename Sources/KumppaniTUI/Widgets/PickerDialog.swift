import Kumppani

/// A centred list to pick one item from, filtered as you type (case-insensitive; substring
/// matches first, then letters in order). Up/Down/PgUp/PgDn move, Enter returns
/// `.activated(index into items)`, Esc `.cancelled`; other keys edit the filter.
public struct PickerDialog: Sendable {
    public var title: String
    public private(set) var items: [String]
    public private(set) var filter = TextField()
    /// Indices into `items` that match the filter, best first.
    public private(set) var matches: [Int]
    /// Position in `matches` of the highlighted item.
    public private(set) var selection = 0
    public var language: Language
    public var box: BoxStyle
    /// Rows PgUp/PgDn move (render cannot report the real list height back).
    let pageStep = 10

    public init(title: String, items: [String], language: Language, box: BoxStyle = .unicode) {
        self.title = title; self.items = items; self.language = language; self.box = box
        matches = Array(items.indices)
    }

    /// The highlighted item's index in `items`.
    public var selectedIndex: Int? { matches.indices.contains(selection) ? matches[selection] : nil }

    /// Highlights `item` (an index into `items`) while nothing is typed, so a picker over a value
    /// already chosen opens on it and Enter keeps it instead of taking the first row.
    public mutating func highlight(item: Int) {
        if let at = matches.firstIndex(of: item) { selection = at }
    }

    public mutating func handle(_ event: Event) -> WidgetResult {
        if case .key(let key) = event {
            switch key {
            case .up: selection = max(0, selection - 1); return .handled
            case .down: selection = max(0, min(matches.count - 1, selection + 1)); return .handled
            case .pageUp: selection = max(0, selection - pageStep); return .handled
            case .pageDown: selection = max(0, min(matches.count - 1, selection + pageStep)); return .handled
            case .enter: return selectedIndex.map { .activated($0) } ?? .handled
            case .escape: return .cancelled
            case .tab, .backTab: return .handled
            default: break
            }
        }
        let result = filter.handle(event)
        if result == .changed {
            matches = FuzzyMatch.rank(items, query: filter.text)
            selection = 0
        }
        return result == .ignored ? .handled : result   // modal
    }

    public func render(into frame: inout Frame, in rect: Rect, focused: Bool) {
        // Wide enough for the title too ("Sihteeri (2/4), nyt: Eero Esko"), not only the rows.
        let widest = max(items.map { TextLayout.width($0) }.max() ?? 0, TextLayout.width(title))
        let width = min(rect.width, max(40, min(60, widest + 6)))
        let height = min(rect.height, max(6, min(matches.count, 15) + 4))
        let outer = rect.centered(width: width, height: height)
        let inner = box.draw(in: &frame, rect: outer, title: title)
        guard inner.height > 0, inner.width > 2 else { return }
        let hint = " " + L(language)["widgets.picker_hint"] + " "
        if TextLayout.width(hint) + 4 <= outer.width {
            frame.put(hint, x: outer.maxX - 2 - TextLayout.width(hint), y: outer.maxY - 1, role: .dim, clip: outer)
        }
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        frame.put("> ", x: content.x, y: content.y, role: .dialog, clip: content)
        filter.render(into: &frame, in: Rect(x: content.x + 2, y: content.y, width: content.width - 2, height: 1), focused: focused)
        let list = Rect(x: content.x, y: content.y + 2, width: content.width, height: max(0, content.height - 2))
        guard list.height > 0 else { return }
        if matches.isEmpty {
            frame.put(L(language)["widgets.no_matches"], x: list.x, y: list.y, role: .dim, clip: list)
            return
        }
        let top = max(0, selection - list.height + 1)
        let query = filter.text.lowercased()
        for (row, m) in matches.dropFirst(top).prefix(list.height).enumerated() {
            let y = list.y + row
            let text = TextLayout.truncate(items[m], to: list.width)
            frame.put(text, x: list.x, y: y, role: .dialog, clip: list)
            if let hit = FuzzyMatch.substringColumns(of: query, in: text) {
                frame.paint(Rect(x: list.x + hit.lowerBound, y: y, width: hit.count, height: 1), role: .match)
            }
            if top + row == selection { frame.paint(Rect(x: list.x, y: y, width: list.width, height: 1), role: .selection) }
        }
    }
}

/// Case-insensitive matching for pickers and quick filters.
public enum FuzzyMatch {
    /// Indices of matching items, best first: prefix, word start, anywhere, then letters in
    /// order. Ties keep the items' own order. An empty query matches everything.
    public static func rank(_ items: [String], query: String) -> [Int] {
        let q = query.lowercased()
        guard !q.isEmpty else { return Array(items.indices) }
        var scored: [(score: Int, index: Int)] = []
        for (i, item) in items.enumerated() {
            if let score = score(item.lowercased(), query: q) { scored.append((score, i)) }
        }
        scored.sort { $0.score != $1.score ? $0.score < $1.score : $0.index < $1.index }
        return scored.map(\.index)
    }

    /// 0 prefix, 1 word start, 2 substring, 3 subsequence, nil no match.
    static func score(_ item: String, query: String) -> Int? {
        if item.hasPrefix(query) { return 0 }
        if let range = item.range(of: query) {
            let before = item[..<range.lowerBound].last
            return before.map { !$0.isLetter && !$0.isNumber } ?? true ? 1 : 2
        }
        var it = item.makeIterator()
        for q in query {
            var found = false
            while let c = it.next() { if c == q { found = true; break } }
            if !found { return nil }
        }
        return 3
    }

    /// The display columns of the first case-insensitive occurrence of `query` in `text`.
    static func substringColumns(of query: String, in text: String) -> Range<Int>? {
        guard !query.isEmpty else { return nil }
        let chars = Array(text), q = Array(query)
        guard q.count <= chars.count else { return nil }
        for start in 0...(chars.count - q.count) {
            var ok = true
            for k in 0..<q.count where String(chars[start + k]).lowercased() != String(q[k]) { ok = false; break }
            if ok {
                let x = TextLayout.width(chars[0..<start])
                return x..<(x + TextLayout.width(chars[start..<(start + q.count)]))
            }
        }
        return nil
    }
}
