import Kumppani

extension DirectoryPane {
    /// Drawing is a pure function of the pane's state: it reads no store (the list's rows come
    /// from the page `syncList` prefetched) and writes nothing back.
    public func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        guard area.width > 0, area.height > 2 else { return }
        frame.fill(area, role: .normal)
        let layout = DirectoryLayout(area: area, listCount: home.list.count)
        renderQueryLine(into: &frame, in: layout.queryLine, context: context)
        frame.fill(layout.divider, role: .border, with: layout.sideBySide ? context.boxStyle.vertical : context.boxStyle.horizontal)
        var shown = home.list   // a copy sized to this frame; the pane's own list keeps the update path's page
        shown.setViewport(height: layout.list.height)
        shown.render(into: &frame, in: layout.list, focused: !home.detail.focused && overlay == nil)
        renderDetail(into: &frame, in: layout.detail, context: context)
        if overlay != nil { renderOverlay(into: &frame, in: area, context: context) }
    }

    /// "/ tampere_  · Lahti · toiminnassa   123 yhdistystä · järjestys: nimi"
    func renderQueryLine(into frame: inout Frame, in rect: Rect, context: DrawContext) {
        let l = context.l
        frame.fill(rect, role: .header)
        let countText = home.source?.countText(context.language)
            ?? l[home.list.count == 1 ? "directory.count_one" : "directory.count", home.list.count]
        let marked = home.bulk.marks.isEmpty ? "" : l["directory.marked_count", home.bulk.marks.count] + " · "
        let right = marked + countText + " · " + l["directory.sort_label", home.query.sort.label(context.language)]
        let rightWidth = TextLayout.width(right)
        var x = rect.x
        if home.isSearching || !home.query.search.isEmpty {
            x += frame.put("/ ", x: x, y: rect.y, role: .header, clip: rect)
            let fieldWidth = max(8, min(30, rect.width / 3))
            home.search.render(into: &frame, in: Rect(x: x, y: rect.y, width: fieldWidth, height: 1), focused: home.isSearching)
            x += fieldWidth + 1
        } else {
            x += frame.put(l["directory.search_hint"], x: x, y: rect.y, role: .dim, clip: rect)
            x += 1
        }
        var info: [String] = []
        let filters = FilterFormState.summary(home.query.filter, labels: home.filterLabels, language: context.language)
        if !filters.isEmpty { info.append(l["directory.filters_label", filters]) }
        if home.usedFoldedSearch { info.append(l["directory.folded"]) }
        if !info.isEmpty {
            let room = rect.maxX - x - rightWidth - 1
            if room > 3 { frame.put(TextLayout.truncate(info.joined(separator: " · "), to: room), x: x, y: rect.y, role: .warning, clip: rect) }
        }
        if rect.maxX - rightWidth > x { frame.put(right, x: rect.maxX - rightWidth, y: rect.y, role: .header, clip: rect) }
    }

    func renderDetail(into frame: inout Frame, in rect: Rect, context: DrawContext) {
        guard rect.width > 4, rect.height > 0 else { return }
        guard let detail = home.detail.record else {
            frame.put(context.l["directory.detail.empty"], x: rect.x + 1, y: rect.y, role: .dim, maxWidth: rect.width - 2)
            return
        }
        let inner = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: rect.height)
        let key = DetailLinesKey(detail: detail, width: inner.width, language: context.language, today: context.todayISO)
        // Made on the update path; a frame of another width (a resize before the next key) wraps its own.
        let lines = key == home.detail.linesKey ? home.detail.lines
            : DirectoryDetailLines.make(detail, width: inner.width, language: context.language, today: context.todayISO)
        let scroll = min(home.detail.scroll, max(0, lines.count - inner.height))
        for (i, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            frame.put(line.text, x: inner.x, y: inner.y + i, role: line.role, maxWidth: inner.width, clip: inner)
            if home.detail.focused, let item = line.item, item == home.detail.selectedItem {
                frame.paint(Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1), role: .selection)
            }
        }
        if home.detail.focused { frame.paint(Rect(x: rect.x, y: rect.y, width: 1, height: rect.height), role: .selection) }
        if lines.count > inner.height + scroll {
            let more = "↓"
            frame.put(more, x: rect.maxX - 1, y: rect.maxY - 1, role: .dim)
        }
    }

    func renderOverlay(into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l
        let box = context.boxStyle
        let width = min(area.width, max(60, min(110, area.width - 4)))
        switch overlay {
        case .form(let state):
            let title = l[state.editingID == nil ? "directory.form.add_title" : "directory.form.edit_title"]
            let checklist = state.form.checklistCursor == nil ? 0 : state.form.fields[state.form.focus].options.count
            let notice = state.notice.map { TextLayout.wrap($0.text, width: max(10, width - 4)) } ?? []
            let rect = area.centered(width: width, height: min(area.height, state.form.rowCount + 6 + checklist + notice.count))
            let inner = box.draw(in: &frame, rect: rect, title: title)
            let hintRect = Rect(x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, height: 1)
            // The notice sits above the hint; the fields scroll in what is left.
            let noticeHeight = min(notice.count, max(0, inner.height - 4))
            state.form.render(into: &frame, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2,
                                                     height: inner.height - 1 - noticeHeight), focused: true)
            for (i, line) in notice.prefix(noticeHeight).enumerated() {
                let y = hintRect.y - noticeHeight + i
                frame.put(line, x: hintRect.x, y: y, role: state.notice?.isError == true ? .error : .warning, maxWidth: hintRect.width)
            }
            frame.put(l["text.form.hint"], x: hintRect.x, y: hintRect.y, role: .dim, maxWidth: hintRect.width)
        case .log(let state):
            let rect = area.centered(width: width, height: min(area.height, state.form.rowCount + 8))
            let title = l[state.editingID == nil ? "directory.log.title" : "directory.log.edit_title", home.detail.record?.association.name ?? ""]
            let inner = box.draw(in: &frame, rect: rect, title: title)
            state.form.render(into: &frame, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height - 1), focused: true)
            frame.put(l["text.form.hint"], x: inner.x + 1, y: inner.maxY - 1, role: .dim, maxWidth: inner.width - 2)
        case .filters(let state):
            let rect = area.centered(width: width, height: min(area.height, state.form.rowCount + 8))
            let inner = box.draw(in: &frame, rect: rect, title: l["directory.filter.title"])
            state.form.render(into: &frame, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height - 1), focused: true)
            frame.put(l["directory.filter.hint"], x: inner.x + 1, y: inner.maxY - 1, role: .dim, maxWidth: inner.width - 2)
        case .referral(let state):
            renderReferral(state, into: &frame, in: area, context: context)
        case .merge(let picker):
            let rect = area.centered(width: width, height: min(area.height, 16))
            let inner = box.draw(in: &frame, rect: rect, title: l["directory.merge.pick", home.detail.record?.association.name ?? ""])
            frame.put("> ", x: inner.x + 1, y: inner.y, role: .dialog)
            picker.field.render(into: &frame, in: Rect(x: inner.x + 3, y: inner.y, width: inner.width - 4, height: 1), focused: true)
            for (i, row) in picker.results.prefix(max(0, inner.height - 3)).enumerated() {
                let y = inner.y + 2 + i
                let text = TextLayout.pad(row.name, to: max(0, inner.width - 18)) + " " + row.municipalityName(context.language)
                frame.put(text, x: inner.x + 1, y: y, role: i == picker.selection ? .menuSelected : .dialog, maxWidth: inner.width - 2)
            }
            frame.put(l["directory.merge.hint"], x: inner.x + 1, y: inner.maxY - 1, role: .dim, maxWidth: inner.width - 2)
        case .activity(let state):
            let title = l[state.editingID == nil ? "directory.activity.add_title" : "directory.activity.edit_title", home.detail.record?.association.name ?? ""]
            renderEditForm(state.form, title: title, into: &frame, in: area, width: width, context: context)
        case .person(let state):
            let title = l[state.editingID == nil ? "directory.person.add_title" : "directory.person.edit_title", home.detail.record?.association.name ?? ""]
            renderEditForm(state.form, title: title, into: &frame, in: area, width: width, context: context)
        case .worklist(let state):
            renderWorklist(state, into: &frame, in: area, context: context)
        case .review(let state):
            renderRegisterReview(state, into: &frame, in: area, width: width, context: context)
        case .duplicates(let state):
            renderDuplicates(state, into: &frame, in: area, context: context)
        case .mergeCompare(let state):
            renderCompare(state, into: &frame, in: area, context: context)
        case nil:
            break
        }
    }

    /// A form in a centred box with the save/cancel hint on its last line.
    func renderEditForm(_ form: Form, title: String, into frame: inout Frame, in area: Rect, width: Int, context: DrawContext) {
        let checklist = form.checklistCursor == nil ? 0 : form.fields[form.focus].options.count
        let rect = area.centered(width: width, height: min(area.height, form.rowCount + 6 + checklist))
        let inner = context.boxStyle.draw(in: &frame, rect: rect, title: title)
        form.render(into: &frame, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height - 1), focused: true)
        frame.put(context.l["text.form.hint"], x: inner.x + 1, y: inner.maxY - 1, role: .dim, maxWidth: inner.width - 2)
    }

    func renderReferral(_ state: ReferralState, into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l
        frame.fill(area, role: .normal)
        let inner = context.boxStyle.draw(in: &frame, rect: area, title: l["directory.referral.title"])
        guard inner.height > 6 else { return }
        let formHeight = min(state.form.fields.count, inner.height / 3)
        let (formRect, rest) = inner.splitTop(formHeight)
        state.form.render(into: &frame, in: Rect(x: formRect.x + 1, y: formRect.y, width: formRect.width - 2, height: formRect.height),
                          focused: !state.inResults)
        let hint = state.hint(inResults: state.inResults, language: context.language)
        frame.put(hint.text, x: rest.x + 1, y: rest.y, role: hint.isProblem ? .warning : .dim, maxWidth: rest.width - 2)
        let below = Rect(x: rest.x, y: rest.y + 1, width: rest.width, height: rest.height - 1)
        let cardHeight = state.selected == nil ? 0 : min(9, below.height / 2)
        let (listRect, cardRect) = below.splitTop(below.height - cardHeight)
        var shown = state.list
        shown.setViewport(height: listRect.height)
        shown.render(into: &frame, in: listRect, focused: state.inResults)
        if let chosen = state.selected, cardRect.height > 1 {
            frame.fill(Rect(x: cardRect.x, y: cardRect.y, width: cardRect.width, height: 1), role: .border, with: context.boxStyle.horizontal)
            for (i, line) in Self.cardPreview(chosen, language: context.language).prefix(cardRect.height - 1).enumerated() {
                frame.put(line, x: cardRect.x + 1, y: cardRect.y + 1 + i, maxWidth: cardRect.width - 2)
            }
        }
    }

    /// The chosen activity under the results: what a referral needs first (when, where, cost, whom to
    /// call), since a small window shows only a few lines and the title is in the list already.
    static func cardPreview(_ r: ReferralResult, language: Language) -> [String] {
        let order = ["directory.card.time", "directory.card.place", "directory.card.cost", "directory.card.contact",
                     "directory.card.association", "directory.card.for", "directory.card.kind", "directory.card.accessibility",
                     "directory.card.website", "directory.card.activity"]
        let fields = ReferralCard.fields(r, language: language)
        return order.compactMap { key in fields.first { $0.key == key }.map { "\($0.label): \($0.value)" } }
    }
}

/// The inputs of the detail's wrapped lines (the detail compares cheaply: its strings share storage).
struct DetailLinesKey: Equatable {
    let detail: AssociationDetail
    let width: Int
    let language: Language
    let today: String
}
