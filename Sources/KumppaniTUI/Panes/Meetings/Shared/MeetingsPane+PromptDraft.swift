import Kumppani

/// A prompt of this pane interrupted by a signal comes back with `:draft`: the pane goes back to
/// where it was asked (the body, the meeting and item, the membership, the goals' year), takes the
/// answers gathered before it and opens the same question with what was typed. The edit it
/// belongs to starts from the record as the file holds it now (its save keeps its conflict check).
extension MeetingsPane: PromptDraftRestoring {
    func restorableDraft(today: CivilDate) -> DraftSidecar.Payload? { bodySettingsDraft() }   // the one form; the rest are prompts

    func restorablePrompt(_ action: ActionID, title: String, label: String, typed: String) -> DraftSidecar.Payload? {
        guard let step = MeetingsStep(action) else { return nil }
        let open = meetingScreen
        let memberSteps: Set<MeetingsStep> = [.memberEditRepresents, .memberEditTerm]
        let member = memberSteps.contains(step) ? memberEdit : nil
        // The question as asked, without the reason of a refused answer shown under it.
        let label = asked?.step == step ? asked?.label ?? label : label
        let prompt = DraftSidecar.MeetingsPromptFields(step: step.rawValue, title: title, label: label, typed: typed, bodyID: shownBody?.id,
                                     meetingID: open?.meeting.id, itemID: open?.currentItem?.id,
                                     screen: screenName.rawValue, goalYear: goalsScreen?.year, gathered: draft,
                                     member: member.map { Self.fields($0.mine) }, memberOpened: member?.base.map(Self.fields))
        return .form(.init(form: DraftSidecar.FormFields.meetingsPrompt, base: [:], typed: ["text": .init(text: typed)], prompt: prompt))
    }

    func restoreDraft(_ payload: DraftSidecar.Payload, context: inout PaneContext) -> DraftRestoreOutcome {
        if case .form(let form) = payload, form.form == DraftSidecar.FormFields.body { return restoreBodySettings(form, context: &context) }
        guard case .form(let form) = payload, let p = form.prompt, let step = MeetingsStep(rawValue: p.step) else { return .failed("") }
        let gone = DraftRestoreOutcome.gone(message: context.l["drafts.prompt_gone"])
        let s = store(context)
        do {
            home.bodies = try s.bodies()
            if let id = p.bodyID {
                guard let i = home.bodies.firstIndex(where: { $0.id == id }) else { return gone }
                home.bodyIndex = i
            }
            reloadList(context: &context)
            screen = .list
            if let id = p.meetingID {
                guard let m = try s.meeting(id) else { return gone }
                home.meetingIndex = home.meetings.firstIndex { $0.id == id } ?? home.meetingIndex
                open(m, context: &context)
                if let item = p.itemID {
                    guard let i = meetingScreen?.items.firstIndex(where: { $0.id == item }) else { return gone }
                    meetingScreen?.itemIndex = i
                }
            }
            switch MeetingsScreen.Name(rawValue: p.screen) {
            case .members: showMembers(context: &context)
            case .goals:
                showGoals(context: &context)
                if let year = p.goalYear { goalsScreen?.show(year: year); reloadGoals(context: &context) }
            case .actions: showActions(context: &context)
            case .list, .agenda, .live, nil: break   // the meeting and item were opened above
            }
            if let mine = p.member {
                guard let stored = try s.member(mine.id) else { return gone }
                if let i = membersScreen?.list.firstIndex(where: { $0.id == mine.id }) { membersScreen?.index = i }
                memberEdit = PromptSession(base: stored, mine: Self.applying(mine, opened: p.memberOpened, to: stored), merge: Self.memberMerge)
            }
        } catch {
            return .failed(error.localizedDescription)
        }
        if step == .itemTitle || step == .itemPreparer, let item = currentItem {
            itemEdit = ItemHeadingEdit(itemID: item.id, step: step, base: item.heading)
        }
        if step == .goalText || step == .goalMeasures || step == .goalResponsible || step == .goalIndicator,
           let id = p.gathered.first.flatMap(Int64.init), let goal = goalsScreen?.list.first(where: { $0.id == id }) {
            recordEdit = .goal(PromptSession(base: goal, merge: MeetingsRecordEdit.goalMerge))
        }
        draft = p.gathered
        openPrompt(&context, step, title: p.title, label: p.label, initial: p.typed)
        return .restored
    }

    /// The body the prompt belongs to: the one whose members or goals are shown, else the list's.
    var shownBody: Body? { membersScreen?.body ?? goalsScreen?.body ?? currentBody }

    static func fields(_ m: Member) -> DraftSidecar.MemberFields {
        .init(id: m.id, role: m.role.rawValue, represents: m.represents, deputyFor: m.deputyForMemberID, termStart: m.termStart, termEnd: m.termEnd)
    }

    /// The membership as stored now with the answers the user had given (each field changed from
    /// what the edit opened with), so another window's later edits stay.
    static func applying(_ mine: DraftSidecar.MemberFields, opened: DraftSidecar.MemberFields?, to stored: Member) -> Member {
        var out = stored
        let base = opened ?? fields(stored)
        if mine.role != base.role, let role = MemberRole(rawValue: mine.role) { out.role = role }
        if mine.represents != base.represents { out.represents = mine.represents }
        if mine.deputyFor != base.deputyFor { out.deputyForMemberID = mine.deputyFor }
        if mine.termStart != base.termStart { out.termStart = mine.termStart }
        if mine.termEnd != base.termEnd { out.termEnd = mine.termEnd }
        return out
    }
}
