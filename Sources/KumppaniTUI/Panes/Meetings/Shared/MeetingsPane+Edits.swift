import Kumppani

extension ActionID {
    /// The answer of the conflict dialog over a meeting's details, a membership or an item's heading.
    static let meetingsEditConflict: ActionID = "meetings.edit_conflict"
}

/// Two windows on one file: the meeting's date, time, place and officers, a body's memberships
/// and an item's title, preparer and kind are saved through a `PromptSession` each, so they are
/// never overwritten without asking, in the same dialog as every form.
extension MeetingsPane {
    /// The fields each prompt edit writes (a refused save's "yours" is the stored version with these).
    static var meetingMerge: RecordMerge<Meeting> { RecordMerge(\.heldOn, \.startsAt, \.endsAt, \.place, \.link, \.kind,
                                                   \.chairPersonID, \.secretaryPersonID, \.checker1PersonID, \.checker2PersonID) }
    static var memberMerge: RecordMerge<Member> { RecordMerge(\.role, \.represents, \.deputyForMemberID, \.termStart, \.termEnd) }

    /// Saves the meeting's details; the meeting as shown is the base, so a change another
    /// window saved meanwhile is asked about instead of overwritten. False when not saved.
    @discardableResult
    func saveMeeting(_ m: Meeting, shown: Meeting? = nil, context: inout PaneContext) -> Bool {
        guard let shown = shown ?? meeting else { return attempt(&context) { try $0.updateMeeting(m) } }
        meetingEdit = PromptSession(base: shown, mine: m, merge: Self.meetingMerge)
        return saveMeetingEdit(context: &context)
    }

    func saveMeetingEdit(context: inout PaneContext) -> Bool {
        guard var e = meetingEdit else { return false }
        let s = store(context)
        let outcome = runPromptSave(&e, context: &context) { try s.updateMeeting($0, expecting: $1) }
        meetingEdit = outcome == .conflict ? e : nil
        return finishPromptSave(outcome, .meeting, context: &context) { reloadMeeting(context: &$0) }
    }

    /// Saves the membership the prompts gathered over the one they opened with.
    @discardableResult
    func saveMember(context: inout PaneContext) -> SaveOutcome {
        guard var e = memberEdit else { return .failed("") }
        let s = store(context)
        let outcome = runPromptSave(&e, context: &context) { try s.updateMember($0, expecting: $1) }
        // A refusal that is no conflict keeps the edit: the term prompt opens again with it.
        memberEdit = outcome == .saved ? nil : e
        finishPromptSave(outcome, .member, context: &context) { _ in }
        return outcome
    }

    /// Saves an item's heading over the one its prompt opened with.
    @discardableResult
    func saveItemHeading(_ edit: ItemHeadingEdit, context: inout PaneContext) -> Bool {
        var e = edit
        let s = store(context)
        let outcome = runPromptSave(&e.session, context: &context) { try s.updateItemHeading(itemID: edit.itemID, to: $0, expecting: $1) }
        itemEdit = outcome == .conflict ? e : nil
        return finishPromptSave(outcome, .item, context: &context) { reloadMeeting(context: &$0) }
    }

    /// A refusal that is no conflict carries its reason (a prompt asks again with it).
    enum SaveOutcome: Equatable { case saved, conflict, failed(String) }
    enum PromptEdit { case meeting, member, item, record }

    /// One save of a prompt edit; a refusal that is no conflict comes back with its reason.
    func runPromptSave<R>(_ e: inout PromptSession<R>, context: inout PaneContext, _ write: (R, R?) throws -> Void) -> SaveOutcome {
        do {
            return try e.save(write) ? .saved : .conflict
        } catch {
            return .failed(reason(for: error, context))
        }
    }

    /// After the edit is stored back: a conflict opens the dialog, a save runs `saved`, a
    /// refusal is said on the status line.
    @discardableResult
    func finishPromptSave(_ outcome: SaveOutcome, _ edit: PromptEdit, context: inout PaneContext, saved: (inout PaneContext) -> Void) -> Bool {
        switch outcome {
        case .saved: saved(&context); return true
        case .conflict: askAboutEditConflict(edit, context: &context); return false
        case .failed(let reason): context.post(reason, kind: .error); return false
        }
    }

    /// Opens the dialog of the prompt edit whose save was refused; one deleted meanwhile with no
    /// prompt to go back to is said plainly (nothing to save into, nowhere to keep the input).
    /// The dialog answers this edit only: an older question left with Esc is dropped, so its
    /// edit can never take this dialog's answer.
    func askAboutEditConflict(_ edit: PromptEdit, context: inout PaneContext) {
        if edit != .meeting { meetingEdit = nil }
        if edit != .member { memberEdit = nil }
        if edit != .item { itemEdit = nil }
        if edit != .record { recordEdit = nil }
        let l = context.l
        if meetingEdit?.isGoneWithNothingToAsk == true || memberEdit?.isGoneWithNothingToAsk == true
            || itemEdit?.session.isGoneWithNothingToAsk == true || recordEdit?.isGoneWithNothingToAsk == true {
            if let gone = recordEdit { reloadAfterRecordEdit(gone, context: &context) }
            meetingEdit = nil; memberEdit = nil; itemEdit = nil; recordEdit = nil
            context.post(l["meetings.pane.error", l["sync.conflict.deleted"]], kind: .error)
            reloadList(context: &context)
            return
        }
        let request = meetingEdit?.dialog(l: l, action: .meetingsEditConflict, display: personDisplay(context))
            ?? memberEdit?.dialog(l: l, action: .meetingsEditConflict, display: personDisplay(context))
            ?? itemEdit?.session.dialog(l: l, action: .meetingsEditConflict)
            ?? recordEdit?.dialog(l: l, action: .meetingsEditConflict)
        if let request { context.open(request) }
    }

    /// Officers and deputies are stored as ids (`#12`): the dialog shows names.
    private func personDisplay(_ context: PaneContext) -> (String, String) -> String {
        let conflict = meetingEdit?.conflict
        let ids = [conflict?.base, conflict?.mine, conflict?.stored ?? nil].compactMap { $0 }.flatMap { [$0.chairPersonID, $0.secretaryPersonID, $0.checker1PersonID, $0.checker2PersonID].compactMap { $0 } }
        let names = (try? store(context).personNames(ids)) ?? [:]
        let members = membersScreen?.list ?? []
        return { _, value in
            guard value.hasPrefix("#"), let id = Int64(value.dropFirst()) else { return value }
            return names[id] ?? members.first { $0.id == id }?.personName ?? value
        }
    }

    /// The dialog's answer, carried out the same way for every prompt edit.
    func resolveEditConflict(_ answer: String?, context: inout PaneContext) {
        if var e = meetingEdit, e.conflict != nil {
            let step = e.answer(answer)
            meetingEdit = e
            carryOut(step, context: &context, again: { saveMeetingEdit(context: &$0) }, closed: { c in
                meetingEdit = nil
                reloadMeeting(context: &c)
            })
        } else if var e = memberEdit, e.conflict != nil {
            let step = e.answer(answer)
            memberEdit = e
            carryOut(step, context: &context, again: { c in
                guard saveMember(context: &c) == .saved else { return false }
                reloadMembers(context: &c)
                return true
            }, closed: { c in
                memberEdit = nil
                reloadMembers(context: &c)
            })
        } else if var edit = itemEdit, edit.session.conflict != nil {
            let step = edit.session.answer(answer)
            itemEdit = edit
            carryOut(step, context: &context, again: { saveItemHeading(edit, context: &$0) }, closed: { c in
                itemEdit = nil
                reloadMeeting(context: &c)
            }, back: { c in
                // Back to the prompt with the typed text; its next save starts from what is stored now.
                ask(&c, edit.step, Self.promptLabel(edit.step), initial: edit.promptText(of: edit.session.mine))
            })
        } else if var edit = recordEdit, edit.hasConflict {
            let step = edit.answer(answer)
            recordEdit = edit
            carryOut(step, context: &context, again: { c in
                let outcome = saveRecordEdit(context: &c)
                // Mine kept but refused (times that do not parse): their question again, as typed.
                if case .failed(let reason) = outcome, case .attendance(let e, _, _, let typed) = edit {
                    draft = [String(e.mine.personID), e.mine.personName]
                    askAgain(.attendanceTimes, typed: typed, reason: reason,
                             label: Catalog.text("meetings.prompt.attendance_times", c.language, [e.mine.personName]), context: &c)
                }
                return outcome == .saved
            }, closed: { c in
                recordEdit = nil
                reloadAfterRecordEdit(edit, context: &c)
            })
        }
    }

    /// Keep mine saves again (and says so when it went through), take theirs closes the edit,
    /// back to the prompt reopens it; each says what happened as every form does.
    private func carryOut(_ step: ConflictStep, context: inout PaneContext, again: (inout PaneContext) -> Bool,
                          closed: (inout PaneContext) -> Void, back: (inout PaneContext) -> Void = { _ in }) {
        switch step {
        case .saveAgain:
            if again(&context) { context.post(context.l["sync.kept_mine"]) }
        case .close:
            closed(&context)
        case .stay(let key):
            if key != nil { back(&context) }
        }
        if let message = step.message(context.l) { context.post(message) }
    }
}
