import Kumppani

/// The worklist view (`w`): keys and drawing, kept apart from the list's code.
extension DirectoryPane {
    func openWorklist(context: inout PaneContext) -> PaneResult {
        home.detail.focused = false
        overlay = .worklist(WorklistState(directory: directory(context), today: context.today, language: context.language))
        return .handled
    }

    func handleWorklist(_ event: Event, _ state: inout WorklistState, context: inout PaneContext) {
        defer { if overlay != nil { overlay = .worklist(state) } }
        guard case .key(let key) = event else { return }
        switch key {
        case .escape, .char("w"):
            overlay = nil
        case .enter, .char("o"):
            // One key from the item to its association: the list is cleared so the row is surely in it.
            guard let item = state.selected else { return }
            overlay = nil
            home.query = DirectoryQuery(sort: home.query.sort)
            home.search = TextField()
            reload(context: context, keeping: item.entry.associationID)
        case .char("x"):
            guard let item = state.selected else { return }
            do {
                try directory(context).markFollowUpDone(entryID: item.entry.id)
                context.post(context.l["worklist.marked_done", item.associationName])
                state.reload(directory: directory(context), today: context.today, language: context.language)
                reload(context: context, keeping: selectedID)   // the list's `!` follows
            } catch { fail(error, &context) }
        default:
            _ = state.list.handle(event)
        }
    }

    func renderWorklist(_ state: WorklistState, into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l
        frame.fill(area, role: .normal)
        let inner = context.boxStyle.draw(in: &frame, rect: area,
                                          title: l["worklist.title", context.language.count(state.items.count), state.until.formatted(context.language)])
        guard inner.height > 2 else { return }
        let hint = HintLines.pack(l["worklist.hint"], width: inner.width - 2)
        let listRect = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(1, inner.height - hint.count))
        var shown = state.list
        shown.setViewport(height: listRect.height)
        ColumnFit.fitted(shown, width: listRect.width).render(into: &frame, in: listRect, focused: true)
        HintLines.draw(hint, into: &frame, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height))
    }
}
