import Kumppani

extension ActionID {
    /// The answer of the conflict dialog over a meeting's details, a membership or an item's heading.
    static let meetingsEditConflict: ActionID = "meetings.edit_conflict"
}

/// A refused save of the meeting pane's one-field edits. `mine` is the stored version with
/// the user's own change on top (a prompt edits one field; the rest were only shown).
enum MeetingsEditConflict {
    case meeting(MeetingConflict)
    case member(MemberConflict)
    /// An item's title, preparer or kind; the edit says which prompt to go back to.
    case item(ItemHeadingConflict, ItemHeadingEdit)

    var isDeleted: Bool {
        switch self {
        case .meeting(let c): return c.stored == nil
        case .member(let c): return c.stored == nil
        case .item(let c, _): return c.stored == nil
        }
    }

    /// The choices the dialog offers. A one-field prompt can be gone back to (with what was
    /// typed); the kind key has no form, and a deleted record offers no overwrite.
    var choices: [ConflictChoice] {
        guard case .item(let c, let edit) = self, edit.step != .itemKind else { return MeetingsPane.editChoices }
        return ConflictDialog.choices(for: c)
    }
}

/// Two windows on one file: the meeting's date, time, place and officers, a body's
/// memberships and an item's title, preparer and kind are never overwritten without asking.
extension MeetingsPane {
    static let editChoices: [ConflictChoice] = [.keepMine, .takeTheirs]

    func saveMeetingChecked(_ m: Meeting, base: Meeting?, context: inout PaneContext) -> Bool {
        do {
            try store(context).updateMeeting(m, expecting: base)
            reloadMeeting(context: &context)
            return true
        } catch let conflict as MeetingConflict {
            let mine = conflict.stored.map { Self.merged(base: conflict.base, stored: $0, mine: conflict.mine) } ?? conflict.mine
            ask(.meeting(EditConflict(recordID: conflict.recordID, base: conflict.base, stored: conflict.stored, mine: mine)), context: &context)
        } catch { report(error, context: &context) }
        return false
    }

    func saveMember(_ m: Member, context: inout PaneContext) -> Bool {
        do {
            try store(context).updateMember(m, expecting: memberBase)
            return true
        } catch let conflict as MemberConflict {
            let mine = conflict.stored.map { Self.merged(base: conflict.base, stored: $0, mine: conflict.mine) } ?? conflict.mine
            ask(.member(EditConflict(recordID: conflict.recordID, base: conflict.base, stored: conflict.stored, mine: mine)), context: &context)
        } catch { report(error, context: &context) }
        return false
    }

    func ask(_ pending: MeetingsEditConflict, context: inout PaneContext) {
        let l = context.l
        let names = (try? store(context).personNames(Self.personIDs(pending))) ?? [:]
        // Officers and deputies are stored as ids: show names.
        func display(_ label: String, _ value: String) -> String {
            guard value.hasPrefix("#"), let id = Int64(value.dropFirst()) else { return value }
            return names[id] ?? memberList.first { $0.id == id }?.personName ?? value
        }
        if pending.isDeleted && !pending.choices.contains(.backToForm) {
            // Nothing left to save into and no form to keep the input in: say so plainly. (A
            // deleted item's title or preparer gets the dialog, which keeps the typed text.)
            pendingConflict = nil
            memberDraft = nil
            itemEdit = nil
            context.post(l["meetings.pane.error", l["sync.conflict.deleted"]], kind: .error)
            reloadList(context: &context)
            return
        }
        switch pending {
        case .meeting(let c):
            context.open(ConflictDialog.request(c, l: l, action: .meetingsEditConflict, choices: Self.editChoices, display: display))
        case .member(let c):
            context.open(ConflictDialog.request(c, l: l, action: .meetingsEditConflict, choices: Self.editChoices, display: display))
        case .item(let c, _):
            context.open(ConflictDialog.request(c, l: l, action: .meetingsEditConflict, choices: pending.choices))
        }
        pendingConflict = pending
    }

    func resolveEditConflict(_ answer: String?, context: inout PaneContext) {
        guard let pending = pendingConflict else { return }
        pendingConflict = nil
        let choice = ConflictDialog.choice(answer: answer, choices: pending.choices)
        switch (pending, choice) {
        case (.meeting(let c), .keepMine?):
            // Overwrite exactly the version the user was shown; a third change asks again.
            if saveMeetingChecked(c.mine, base: c.stored, context: &context) { context.post(context.l["sync.kept_mine"]) }
        case (.member(let c), .keepMine?):
            memberBase = c.stored
            if saveMember(c.mine, context: &context) {
                memberDraft = nil
                reloadMembers(context: &context)
                context.post(context.l["sync.kept_mine"])
            }
        case (.item(let c, let edit), .keepMine?):
            guard let stored = c.stored else { pendingConflict = pending; return }
            if saveItemHeading(c.mine, edit: ItemHeadingEdit(itemID: edit.itemID, step: edit.step, base: stored), context: &context) {
                context.post(context.l["sync.kept_mine"])
            }
        case (.item(let c, _), .takeTheirs?):
            itemEdit = nil
            reloadMeeting(context: &context)
            context.post(ConflictDialog.closedMessage(c, l: context.l))
        case (.item(let c, let edit), .backToForm?):
            // Back to the prompt with the typed text; its next save starts from what is stored now.
            reopenItemHeadingPrompt(ItemHeadingEdit(itemID: edit.itemID, step: edit.step, base: c.stored ?? edit.base),
                                    typed: c.mine, context: &context)
            context.post(ConflictDialog.backMessage(c, l: context.l))
        case (_, .takeTheirs?):
            memberDraft = nil
            if meeting != nil { reloadMeeting(context: &context) }
            reloadMembers(context: &context)
            context.post(context.l["sync.took_theirs"])
        default:
            pendingConflict = pending
        }
    }

    static func personIDs(_ pending: MeetingsEditConflict) -> [Int64] {
        guard case .meeting(let c) = pending else { return [] }
        return [c.base, c.mine, c.stored].compactMap { $0 }.flatMap {
            [$0.chairPersonID, $0.secretaryPersonID, $0.checker1PersonID, $0.checker2PersonID].compactMap { $0 }
        }
    }

    /// `stored` with the fields where `mine` differs from `base`.
    static func merged(base: Meeting, stored: Meeting, mine: Meeting) -> Meeting {
        var out = stored
        func take<T: Equatable>(_ path: WritableKeyPath<Meeting, T>) {
            if mine[keyPath: path] != base[keyPath: path] { out[keyPath: path] = mine[keyPath: path] }
        }
        take(\.heldOn); take(\.startsAt); take(\.endsAt); take(\.place); take(\.link); take(\.kind)
        take(\.chairPersonID); take(\.secretaryPersonID); take(\.checker1PersonID); take(\.checker2PersonID)
        return out
    }

    static func merged(base: Member, stored: Member, mine: Member) -> Member {
        var out = stored
        func take<T: Equatable>(_ path: WritableKeyPath<Member, T>) {
            if mine[keyPath: path] != base[keyPath: path] { out[keyPath: path] = mine[keyPath: path] }
        }
        take(\.role); take(\.represents); take(\.deputyForMemberID); take(\.termStart); take(\.termEnd)
        return out
    }
}
