import Kumppani

/// One edit of an item's heading: which item, which prompt (`item_title`, `item_preparer`, or
/// `item_kind`, the key that cycles the kind and has no form) and the heading as it opened.
/// The item is remembered by id: another window's changes may reorder the cached list.
struct ItemHeadingEdit {
    var itemID: Int64
    var step: MeetingsStep
    /// The heading as opened and as typed. The kind key has no prompt to go back to.
    var session: PromptSession<ItemHeading>

    static var merge: RecordMerge<ItemHeading> { RecordMerge(\.title, \.preparer, \.kind) }

    init(itemID: Int64, step: MeetingsStep, base: ItemHeading) {
        self.itemID = itemID; self.step = step
        session = PromptSession(base: base, offersBack: step != .itemKind, merge: Self.merge)
    }

    var base: ItemHeading { session.base ?? session.mine }

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
/// still holds what the prompt opened with; otherwise the pane asks (MeetingsPane+Edits).
extension MeetingsPane {
    static func promptLabel(_ step: MeetingsStep) -> String { step == .itemPreparer ? "meetings.prompt.preparer" : "meetings.prompt.item_title" }

    /// Opens the title or preparer prompt of the current item, remembering its heading.
    func beginItemHeadingEdit(_ step: MeetingsStep, context: inout PaneContext) {
        guard let item = currentItem else { return }
        let edit = ItemHeadingEdit(itemID: item.id, step: step, base: item.heading)
        itemEdit = edit
        ask(&context, step, Self.promptLabel(step), initial: edit.promptText(of: item.heading))
    }

    /// The answer of the title or preparer prompt.
    func answerItemHeading(_ step: MeetingsStep, _ text: String, context: inout PaneContext) {
        let remembered = itemEdit.flatMap { $0.step == step ? $0 : nil }
        guard var edit = remembered ?? currentItem.map({ ItemHeadingEdit(itemID: $0.id, step: step, base: $0.heading) }) else { return }
        edit.session.mine = edit.applying(text)
        // Unchanged: nothing to write, so nothing to ask about either.
        if !edit.session.isChanged { itemEdit = nil; return }
        saveItemHeading(edit, context: &context)
    }

    /// The kind key: the next kind after the one shown.
    func cycleItemKind(context: inout PaneContext) {
        guard let item = currentItem else { return }
        let all = ItemKind.allCases
        var edit = ItemHeadingEdit(itemID: item.id, step: .itemKind, base: item.heading)
        edit.session.mine.kind = all[((all.firstIndex(of: item.kind) ?? 0) + 1) % all.count]
        saveItemHeading(edit, context: &context)
    }
}
