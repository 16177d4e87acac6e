import Kumppani

extension DirectoryPane {
    /// Drawing is a pure function of the pane's state: it reads no store (the list's rows come
    /// from the page `syncList` prefetched) and writes nothing back.
    public func render(into frame: inout Frame, in area: Rect, context: DrawContext) {
        guard area.width > 0, area.height > 2 else { return }
        home.render(into: &frame, in: area, listFocused: overlay == nil, context: context)
        if overlay != nil { renderOverlay(into: &frame, in: area, context: context) }
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
}
