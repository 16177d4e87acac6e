import Kumppani

/// The likely-duplicates view, the merge side by side and undoing a merge: keys and drawing.
extension DirectoryPane {
    func openDuplicates(context: inout PaneContext) -> PaneResult {
        home.detail.focused = false
        overlay = .duplicates(DuplicatesState(language: context.language))
        DuplicatesState.request(&context)
        return .handled
    }

    /// Opens the two records side by side (from the duplicates list or the `m` picker).
    func openCompare(keep: Int64, other: Int64, back: DuplicatesState?, context: inout PaneContext) {
        do {
            guard let comparison = try directory(context).mergeComparison(keep, other) else {
                context.post(context.l["directory.error.no_such_association"], kind: .error)
                return
            }
            overlay = .mergeCompare(MergeCompareState(comparison, back: back))
        } catch { fail(error, &context) }
    }

    func handleDuplicates(_ event: Event, _ state: inout DuplicatesState, context: inout PaneContext) {
        defer { if case .duplicates? = overlay { overlay = .duplicates(state) } }
        guard case .key(let key) = event else { return }
        switch key {
        case .escape, .char("k"): overlay = nil
        case .enter:
            guard let pair = state.selected else { return }
            openCompare(keep: pair.left.id, other: pair.right.id, back: state, context: &context)
        default: _ = state.list.handle(event)
        }
    }

    func handleCompare(_ event: Event, _ state: inout MergeCompareState, context: inout PaneContext) {
        defer { if case .mergeCompare? = overlay { overlay = .mergeCompare(state) } }
        guard case .key(let key) = event else { return }
        switch key {
        case .escape: overlay = state.back.map { .duplicates($0) }
        case .up, .backTab: state.move(-1)
        case .down, .tab: state.move(1)
        case .left: state.choose(right: false)
        case .right: state.choose(right: true)
        case .char("x"):   // the other record is kept instead
            openCompare(keep: state.comparison.right.id, other: state.comparison.left.id, back: state.back, context: &context)
        case .enter, .ctrl("s"):
            let l = context.l
            let (keep, remove) = (state.comparison.left, state.comparison.right)
            context.open(DialogRequest(title: l["directory.merge.title"],
                                       kind: .confirm(message: l["directory.merge.ask_fields", remove.name, keep.name]),
                                       action: DirectoryAction.mergeConfirmed.id, argument: state.argument))
        default: break
        }
    }

    /// `u`: undo the newest merge into the selected association, after asking.
    func askUndoMerge(context: inout PaneContext) -> PaneResult {
        guard let id = selectedID, let name = home.detail.record?.association.name else { return nothingSelected(&context) }
        let l = context.l
        guard let last = (try? directory(context).merges(into: id))?.first(where: { !$0.isUndone }) else {
            context.post(l["directory.merge.undo.nothing", name])
            return .handled
        }
        context.open(DialogRequest(title: l["directory.merge.undo.title"],
                                   kind: .confirm(message: l["directory.merge.undo.ask", last.removedName, name]),
                                   action: DirectoryAction.mergeUndoConfirmed.id, argument: String(last.id)))
        return .handled
    }

    func undoMerge(_ argument: String?, context: inout PaneContext) -> PaneResult {
        guard let mergeID = argument.flatMap(Int64.init) else { return .ignored }
        do {
            let restored = try directory(context).undoMerge(mergeID)
            let name = (try? directory(context).association(restored))?.name ?? ""
            context.post(context.l["directory.merge.undo.done", name])
            reload(context: context, keeping: selectedID)
        } catch let error as MergeUndoError {
            context.post(error.message(context.language), kind: .error)
        } catch { fail(error, &context) }
        return .handled
    }

    func renderDuplicates(_ state: DuplicatesState, into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l
        frame.fill(area, role: .normal)
        let count = state.pairs.count >= DuplicateFinder.defaultLimit ? "\(DuplicateFinder.defaultLimit)+" : String(state.pairs.count)
        let title = state.isSearching ? l["directory.duplicates.title_searching"] : l["directory.duplicates.title", count]
        let inner = context.boxStyle.draw(in: &frame, rect: area, title: title)
        guard inner.height > 2 else { return }
        // Under the list: what the short reasons mean (when they are used), then the keys.
        let text = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let compact = state.isCompact(width: inner.width)
        let legend = compact ? TextLayout.wrap(l["directory.duplicates.legend"], width: text.width) : []
        let hint = HintLines.pack(l["directory.duplicates.hint"], width: text.width)
        let below = min(legend.count + hint.count, inner.height - 2)
        let listRect = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - below)
        state.shown(in: listRect, language: context.language).render(into: &frame, in: listRect, focused: true)
        for (i, line) in legend.enumerated() where inner.height - below + i < inner.height - hint.count {
            frame.put(line, x: text.x, y: inner.y + inner.height - below + i, role: .dim, maxWidth: text.width)
        }
        HintLines.draw(hint, into: &frame, in: text)
    }

    /// Label | kept (left) | merged in (right); the chosen value of each differing field is
    /// marked `●` and highlighted, the line with the cursor is selected.
    func renderCompare(_ state: MergeCompareState, into frame: inout Frame, in area: Rect, context: DrawContext) {
        let l = context.l, language = context.language
        frame.fill(area, role: .normal)
        let inner = context.boxStyle.draw(in: &frame, rect: area, title: l["directory.merge.compare_title"])
        guard inner.height > 4, inner.width > 20 else { return }
        // As wide as the longest label ("Postitoimipaikka"), but never more than a quarter.
        let longest = state.comparison.lines.map { DisplayWidth.of(l[$0.field.labelKey]) }.max() ?? 10
        let labelWidth = min(longest, inner.width / 4)
        let valueWidth = max(4, (inner.width - labelWidth - 4) / 2)
        let leftX = inner.x + 1 + labelWidth + 1, rightX = leftX + valueWidth + 1
        frame.put(l["directory.merge.kept"], x: leftX, y: inner.y, role: .header, maxWidth: valueWidth)
        frame.put(l["directory.merge.removed"], x: rightX, y: inner.y, role: .header, maxWidth: valueWidth)
        let cursorColumn = state.cursorColumn
        let hint = HintLines.pack(l[state.choosable.isEmpty ? "directory.merge.compare_same" : "directory.merge.compare_hint"], width: inner.width - 2)
        let rows = inner.height - 2 - hint.count
        // Keep the cursor's line on screen in a short window.
        let cursorLine = state.comparison.lines.firstIndex { $0.field.column == cursorColumn } ?? 0
        let first = max(0, min(cursorLine - rows + 1, state.comparison.lines.count - rows))
        for (i, line) in state.comparison.lines.dropFirst(max(0, first)).prefix(max(0, rows)).enumerated() {
            let y = inner.y + 1 + i
            let column = line.field.column
            let right = state.takeRight.contains(column)
            let left = MergeComparison.display(column, line.left, language), rightText = MergeComparison.display(column, line.right, language)
            frame.put(l[line.field.labelKey], x: inner.x + 1, y: y, role: line.differs ? .normal : .dim, maxWidth: labelWidth)
            let mark = { (chosen: Bool) in line.differs ? (chosen ? "● " : "○ ") : "  " }
            // Cut with "…" so a value that goes on is seen to go on (two web addresses differ at the end).
            let cell = { (text: String, chosen: Bool) in TextLayout.truncate(mark(chosen) + self.oneLine(text), to: valueWidth) }
            frame.put(cell(left, !right), x: leftX, y: y, role: line.differs && !right ? .highlight : .dim, maxWidth: valueWidth)
            frame.put(cell(rightText, right), x: rightX, y: y, role: line.differs && right ? .highlight : .dim, maxWidth: valueWidth)
            if column == cursorColumn {
                frame.paint(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection)
            }
        }
        HintLines.draw(hint, into: &frame, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height))
    }

    private func oneLine(_ s: String) -> String { s.split(whereSeparator: \.isNewline).joined(separator: " ") }
}
