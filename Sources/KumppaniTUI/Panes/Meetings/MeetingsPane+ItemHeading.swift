import Kumppani

/// One edit of an item's heading: which item, which prompt (`item_title`, `item_preparer`, or
/// `item_kind`, the key that cycles the kind and has no form) and the heading as it opened.
/// The item is remembered by id: another window's changes may reorder the cached list.
struct ItemHeadingEdit: Equatable {
    var itemID: Int64
    var step: MeetingsStep
    var base: ItemHeading

    /// The heading with what the user typed in this edit's prompt.
    func applying(_ text: String) -> ItemHeading {
        var out = base
        if step == .itemTitle { out.title = text } else if step == .itemPreparer { out.preparer = text }
        return out
    }

    /// What the prompt shows of `heading`.
    func promptText(of heading: ItemHeading) -> String { step == .itemPreparer ? heading.preparer : heading.title }
}

/// Two windows on one file: an item's title, preparer and kind are saved only when the file
/// still holds what the prompt opened with; otherwise the pane asks (MeetingsPane+EditConflict).
extension MeetingsPane {
    static func promptLabel(_ step: MeetingsStep) -> String { step == .itemPreparer ? "meetings.prompt.preparer" : "meetings.prompt.item_title" }

    /// Opens the title or preparer prompt of the current item, remembering its heading.
    func beginItemHeadingEdit(_ step: MeetingsStep, context: inout PaneContext) {
        guard let item = currentItem else { return }
        let edit = ItemHeadingEdit(itemID: item.id, step: step, base: item.heading)
        itemEdit = edit
        ask(&context, step, Self.promptLabel(step), initial: edit.promptText(of: item.heading))
    }

    /// Reopens the prompt with what the user typed (back to the form after a refused save).
    func reopenItemHeadingPrompt(_ edit: ItemHeadingEdit, typed: ItemHeading, context: inout PaneContext) {
        itemEdit = edit
        ask(&context, edit.step, Self.promptLabel(edit.step), initial: edit.promptText(of: typed))
    }

    /// The answer of the title or preparer prompt.
    func answerItemHeading(_ step: MeetingsStep, _ text: String, context: inout PaneContext) {
        let remembered = itemEdit.flatMap { $0.step == step ? $0 : nil }
        guard let edit = remembered ?? currentItem.map({ ItemHeadingEdit(itemID: $0.id, step: step, base: $0.heading) }) else { return }
        let mine = edit.applying(text)
        // Unchanged: nothing to write, so nothing to ask about either.
        if mine == edit.base { itemEdit = nil; return }
        saveItemHeading(mine, edit: edit, context: &context)
    }

    /// The kind key: the next kind after the one shown.
    func cycleItemKind(context: inout PaneContext) {
        guard let item = currentItem else { return }
        let all = ItemKind.allCases
        var mine = item.heading
        mine.kind = all[((all.firstIndex(of: item.kind) ?? 0) + 1) % all.count]
        saveItemHeading(mine, edit: ItemHeadingEdit(itemID: item.id, step: .itemKind, base: item.heading), context: &context)
    }

    /// Saves `mine` over `edit.base`; a change by another window opens the conflict dialog.
    @discardableResult
    func saveItemHeading(_ mine: ItemHeading, edit: ItemHeadingEdit, context: inout PaneContext) -> Bool {
        itemEdit = edit
        do {
            try store(context).updateItemHeading(itemID: edit.itemID, to: mine, expecting: edit.base)
            itemEdit = nil
            reloadMeeting(context: &context)
            return true
        } catch let conflict as ItemHeadingConflict {
            let merged = conflict.stored.map { Self.merged(base: conflict.base, stored: $0, mine: conflict.mine) } ?? conflict.mine
            ask(.item(EditConflict(recordID: conflict.recordID, base: conflict.base, stored: conflict.stored, mine: merged), edit),
                context: &context)
        } catch {
            itemEdit = nil
            report(error, context: &context)
        }
        return false
    }

    /// `stored` with the fields where `mine` differs from `base`.
    static func merged(base: ItemHeading, stored: ItemHeading, mine: ItemHeading) -> ItemHeading {
        var out = stored
        if mine.title != base.title { out.title = mine.title }
        if mine.preparer != base.preparer { out.preparer = mine.preparer }
        if mine.kind != base.kind { out.kind = mine.kind }
        return out
    }
}
