import Kumppani

extension DirectoryPane {
    /// Pane 1's home screen, under every overlay: the query and its `/` field, the list and the
    /// page source behind it, the marks, and the selected association's detail beside the list.
    struct ListScreen {
        var query = DirectoryQuery()
        var search = TextField()
        var isSearching = false
        var list = ListView(columns: [], source: ArrayListSource([]), emptyText: "")
        var source: DirectoryListSource?
        /// The last search matched only with accents folded (the query line says so).
        var usedFoldedSearch = false
        /// The list's height from the layout (set on the update path, `syncList`).
        var listHeight = 20
        /// The labels the filter line shows, read when the pane opens and when filters are applied.
        var filterLabels = FilterLabels()
        /// Marked rows and the open choice dialog's options (`Marks.swift`).
        var bulk = BulkState()
        var detail = DetailState()

        var selectedID: Int64? { list.selection.flatMap { source?.id(at: $0) } }

        /// The query line, the list and the detail beside or below it. `listFocused` is false
        /// while an overlay has the keys.
        func render(into frame: inout Frame, in area: Rect, listFocused: Bool, context: DrawContext) {
            frame.fill(area, role: .normal)
            let layout = DirectoryLayout(area: area, listCount: list.count)
            renderQueryLine(into: &frame, in: layout.queryLine, context: context)
            frame.fill(layout.divider, role: .border, with: layout.sideBySide ? context.boxStyle.vertical : context.boxStyle.horizontal)
            var shown = list   // a copy sized to this frame; the screen's own list keeps the update path's page
            shown.setViewport(height: layout.list.height)
            if let source {
                let page = shown.top..<min(shown.count, shown.top + shown.rowsVisible(inHeight: layout.list.height))
                shown.columns = DirectoryColumns.fitted(list.columns, shape: .init(marks: source.showsMarks, tags: source.showsTags),
                                                        rows: source.rows(in: page), width: layout.list.width)
            }
            shown.render(into: &frame, in: layout.list, focused: !detail.focused && listFocused)
            detail.render(into: &frame, in: layout.detail, context: context)
        }

        /// "/ tampere_  · Lahti · toiminnassa   123 yhdistystä · järjestys: nimi"
        func renderQueryLine(into frame: inout Frame, in rect: Rect, context: DrawContext) {
            let l = context.l
            frame.fill(rect, role: .header)
            let countText = source?.countText(context.language)
                ?? l[list.count == 1 ? "directory.count_one" : "directory.count", list.count]
            let marked = bulk.marks.isEmpty ? "" : l["directory.marked_count", bulk.marks.count] + " · "
            let right = marked + countText + " · " + l["directory.sort_label", query.sort.label(context.language)]
            let rightWidth = TextLayout.width(right)
            var x = rect.x
            if isSearching || !query.search.isEmpty {
                x += frame.put("/ ", x: x, y: rect.y, role: .header, clip: rect)
                // While typing a third of the line; afterwards only as wide as the words, so the
                // filters beside them are not cut at 80 columns.
                let typingWidth = max(8, min(30, rect.width / 3))
                let fieldWidth = isSearching ? typingWidth : min(typingWidth, max(8, TextLayout.width(query.search) + 1))
                search.render(into: &frame, in: Rect(x: x, y: rect.y, width: fieldWidth, height: 1), focused: isSearching)
                x += fieldWidth + 1
            } else {
                x += frame.put(l["directory.search_hint"], x: x, y: rect.y, role: .dim, clip: rect)
                x += 1
            }
            // Each note in full, or in short words when the full ones do not fit.
            var info: [String] = [], short: [String] = []
            let filters = FilterFormState.summary(query.filter, labels: filterLabels, language: context.language)
            if !filters.isEmpty { info.append(l["directory.filters_label", filters]); short.append(filters) }
            if usedFoldedSearch { info.append(l["directory.folded"]); short.append(l["directory.folded_short"]) }
            if !info.isEmpty {
                let room = rect.maxX - x - rightWidth - 1
                let full = info.joined(separator: " · ")
                let text = TextLayout.width(full) <= room ? full : TextLayout.truncate(short.joined(separator: " · "), to: room)
                if room > 3 { frame.put(text, x: x, y: rect.y, role: .warning, clip: rect) }
            }
            if rect.maxX - rightWidth > x { frame.put(right, x: rect.maxX - rightWidth, y: rect.y, role: .header, clip: rect) }
        }
    }
}
