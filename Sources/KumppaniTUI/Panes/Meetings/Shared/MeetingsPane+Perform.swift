import Foundation
import Kumppani

extension MeetingsPane {
    /// A key, menu item or palette command. Palette text for a question (`:meetings.vote 5 2 0`)
    /// answers it directly; anything else is one of `MeetingsAction`.
    public func perform(_ id: ActionID, argument: String?, context: inout PaneContext) -> PaneResult {
        if id == .meetingsConflict { resolveMinutesConflict(argument, context: &context); return .handled }
        if id == .meetingsEditConflict { resolveEditConflict(argument, context: &context); return .handled }
        if id == Self.bodySettingsConflict { resolveBodySettingsConflict(argument, context: &context); return .handled }
        if MeetingsAction(id) == .openSection { openSection(argument, context: &context); return .handled }
        if let argument, let step = MeetingsStep(id) { return answer(step, .text(argument), context: &context) }
        // Not one of ours (the shell's search where this pane has none): the shell answers it.
        guard let action = MeetingsAction(id) else { return .ignored }
        return perform(action, context: &context)
    }

    /// A dialog's typed answer: a conflict's choice, or one of the pane's questions.
    public func answer(_ id: ActionID, _ answer: DialogAnswer, argument: String?, context: inout PaneContext) -> PaneResult {
        if id == .meetingsConflict || id == .meetingsEditConflict || id == Self.bodySettingsConflict {
            // The conflict dialogs read the chosen row's number (ConflictDialog.choice).
            return perform(id, argument: answer.asArgument(confirming: argument), context: &context)
        }
        guard let step = MeetingsStep(id) else { return perform(id, argument: answer.asArgument(confirming: argument), context: &context) }
        return self.answer(step, answer, context: &context)
    }

    /// Every action, exhaustively (no `default`: a new action does not compile until it is handled
    /// here). One that does not fit the screen shown says so instead of doing nothing.
    func perform(_ action: MeetingsAction, context: inout PaneContext) -> PaneResult {
        let l = context.l
        switch action {
        // Every screen.
        case .up: move(-1, context: &context)
        case .down: move(1, context: &context)
        case .pageUp: move(-10, context: &context)
        case .pageDown: move(10, context: &context)
        case .back:
            guard closeEditorBeforeLeaving(context: &context) else { return .handled }
            goBack(context: &context)
        case .export: exportPrompt(context: &context)
        case .advance: advanceStatus(context: &context)
        case .start: startMeeting(context: &context)
        // The list.
        case .focus: return on(.list, action, &context) { _ in home.focusOnBodies.toggle() }
        case .open: return on(.list, action, &context) { openSelected(context: &$0) }
        case .new, .newNegotiation:
            return on(.list, action, &context) { newMeeting(action == .new ? .regular : .annualNegotiation, context: &$0) }
        case .newBody: return on(.list, action, &context) { ask(&$0, .bodyName, "meetings.prompt.body_name") }
        case .bodySettings: return on(.list, action, &context) { openBodySettings(context: &$0) }
        case .membersView: return on(.list, action, &context) { showMembers(context: &$0) }
        case .delete: return on(.list, action, &context) { askDeleteMeeting(context: &$0) }
        case .actionsView: return on(.list, action, &context) { showActions(context: &$0) }
        case .goalsView: return on(.list, action, &context) { showGoals(context: &$0) }
        // The agenda editor.
        case .itemAdd: return onMeeting(.agenda, action, &context) { _, c in ask(&c, .itemAdd, "meetings.prompt.item_title") }
        case .itemTitle:
            return onMeeting(.agenda, action, &context) { _, c in
                if meetingScreen?.swedishShown == true { beginEditing(.titleSV, context: &c) } else { beginItemHeadingEdit(.itemTitle, context: &c) }
            }
        case .itemPreparer: return onMeeting(.agenda, action, &context) { _, c in beginItemHeadingEdit(.itemPreparer, context: &c) }
        case .itemBackground: return onMeeting(.agenda, action, &context) { _, c in beginEditing(.background, context: &c) }
        case .itemProposal: return onMeeting(.agenda, action, &context) { _, c in beginEditing(.proposal, context: &c) }
        case .itemKind: return onMeeting(.agenda, action, &context) { _, c in cycleItemKind(context: &c) }
        case .itemAttach:
            return onMeeting(.agenda, action, &context) { _, c in
                if currentItem != nil { ask(&c, .itemAttach, "meetings.prompt.attachment") }
            }
        case .itemRound: return onMeeting(.agenda, action, &context) { _, c in chooseRound(context: &c) }
        case .itemAssociations: return onMeeting(.agenda, action, &context) { _, c in chooseAssociation(context: &c) }
        case .itemMoveUp: return onMeeting(.agenda, action, &context) { _, c in moveItem(by: -1, context: &c) }
        case .itemMoveDown: return onMeeting(.agenda, action, &context) { _, c in moveItem(by: 1, context: &c) }
        case .itemDelete:
            return onMeeting(.agenda, action, &context) { _, c in
                if let item = currentItem { confirm(&c, .itemDelete, message: l["meetings.confirm.delete_item", item.title]) }
            }
        case .meetingDate:
            return onMeeting(.agenda, action, &context) { m, c in
                ask(&c, .editDate, "meetings.prompt.date_forms", initial: MeetingFormat.date(m.heldOn))
            }
        case .meetingTime:
            return onMeeting(.agenda, action, &context) { m, c in
                let initial = [m.startsAt, m.endsAt].compactMap { $0 }.map(MeetingFormat.time).joined(separator: "–")
                ask(&c, .editTime, "meetings.prompt.time", initial: initial)
            }
        case .meetingPlace:
            return onMeeting(.agenda, action, &context) { m, c in
                ask(&c, .editPlace, "meetings.prompt.place", initial: m.link.isEmpty ? m.place : m.link)
            }
        case .officers: return onMeeting(screenName == .live ? .live : .agenda, action, &context) { _, c in chooseOfficer(0, context: &c) }
        case .itemCase: return onMeeting(screenName == .live ? .live : .agenda, action, &context) { _, c in askCaseNumber(context: &c) }
        case .sectionApplications:
            return onMeeting(screenName == .live ? .live : .agenda, action, &context) { _, c in chooseSectionJump(context: &c) }
        case .sectionDecide: return onMeeting(.live, action, &context) { _, c in chooseSectionApplication(context: &c) }
        case .openSection: openSection(nil, context: &context)
        case .attendanceTime: return onMeeting(.live, action, &context) { _, c in chooseAttendanceToCorrect(context: &c) }
        // The live minutes.
        case .next: return onMeeting(.live, action, &context) { _, c in move(1, context: &c) }
        case .previous: return onMeeting(.live, action, &context) { _, c in move(-1, context: &c) }
        case .editDiscussion: return onMeeting(.live, action, &context) { _, c in beginEditing(.discussion, context: &c) }
        case .editDecision: return onMeeting(.live, action, &context) { _, c in beginEditing(.decision, context: &c) }
        case .editDissent: return onMeeting(.live, action, &context) { _, c in beginEditing(.dissent, context: &c) }
        case .asProposed: return onMeeting(.live, action, &context) { _, c in decideAsProposed(context: &c) }
        case .timeStamp: return onMeeting(.live, action, &context) { _, c in insertTimeStamp(context: &c) }
        case .attendance:
            return onMeeting(.live, action, &context) { m, c in
                if m.status.isReadOnly { c.post(l["meetings.pane.read_only"], kind: .error) } else { meetingScreen?.input = .attendance }
            }
        case .vote: return onMeeting(.live, action, &context) { _, c in ask(&c, .vote, "meetings.prompt.vote") }
        case .counter: return onMeeting(.live, action, &context) { _, c in draft = []; ask(&c, .counterText, "meetings.prompt.counter_text") }
        case .disqualify: return onMeeting(.live, action, &context) { _, c in chooseDisqualified(context: &c) }
        case .actionAdd: return onMeeting(.live, action, &context) { _, c in draft = []; ask(&c, .actionText, "meetings.prompt.action_text") }
        case .end: return onMeeting(.live, action, &context) { m, c in confirm(&c, .end, message: l["meetings.confirm.end", m.numberText]) }
        case .amend: return onMeeting(.live, action, &context) { m, c in beginAmendment(m, context: &c) }
        // The editor, the searchable list and attendance taking: from the menu or palette, as their key.
        case .editorDone: return input == .editor ? handleEditor(.key(.escape), context: &context) : notHere(action, &context)
        case .editorField: return input == .editor ? handleEditor(.key(.tab), context: &context) : notHere(action, &context)
        case .editorPrevious: return input == .editor ? handleEditor(.key(.backTab), context: &context) : notHere(action, &context)
        case .acceptSuggestion: return input == .editor ? handleEditor(.key(.ctrl("o")), context: &context) : notHere(action, &context)
        case .pickerChoose: return picker != nil ? handlePicker(.key(.enter), context: &context) : notHere(action, &context)
        case .pickerCancel: return picker != nil ? handlePicker(.key(.escape), context: &context) : notHere(action, &context)
        case .attendanceDone:
            guard input == .attendance else { return notHere(action, &context) }
            meetingScreen?.input = .none
        case .swedish:
            guard meetingScreen != nil else { return notHere(action, &context) }
            toggleSwedish(context: &context)
        // The actions view.
        case .actionDone: return on(.actions, action, &context) { toggleActionDone(context: &$0) }
        case .actionScope: return on(.actions, action, &context) { nextActionScope(context: &$0) }
        case .actionMeeting: return on(.actions, action, &context) { openActionsMeeting(context: &$0) }
        case .actionOwner:
            return on(.actions, action, &context) { ask(&$0, .actionFilterOwner, "meetings.prompt.owner_filter", initial: actionsScreen?.filter.owner ?? "") }
        // A body's members.
        case .memberAdd:
            return onBody(.members, action, &context) { body, c in ask(&c, .memberName, "meetings.prompt.member_name", args: [body.name]) }
        case .memberEdit: return onBody(.members, action, &context) { _, c in beginMemberEdit(context: &c) }
        case .memberEnd: return onBody(.members, action, &context) { _, c in askMemberEnd(context: &c) }
        case .memberRemove: return onBody(.members, action, &context) { _, c in askMemberRemove(context: &c) }
        // The annual negotiation's goals.
        case .goalAdd: return onBody(.goals, action, &context) { _, c in draft = ["new"]; ask(&c, .goalText, "meetings.prompt.goal") }
        case .goalEdit: return onBody(.goals, action, &context) { _, c in beginGoalEdit(context: &c) }
        case .goalStatus: return onBody(.goals, action, &context) { _, c in cycleGoalStatus(context: &c) }
        case .goalCarry: return onBody(.goals, action, &context) { body, c in carryGoals(body, year: goalsScreen?.year ?? c.today.year, context: &c) }
        case .goalYearPrev: return onBody(.goals, action, &context) { _, c in showGoalYear(by: -1, context: &c) }
        case .goalYearNext: return onBody(.goals, action, &context) { _, c in showGoalYear(by: 1, context: &c) }
        case .goalSwedish: return onBody(.goals, action, &context) { _, c in beginGoalSwedish(context: &c) }
        }
        return .handled
    }

    /// Runs `body` when `wanted` is the screen shown; else says the action is not for this screen.
    func on(_ wanted: MeetingsScreen.Name, _ action: MeetingsAction, _ context: inout PaneContext,
            _ body: (inout PaneContext) -> Void) -> PaneResult {
        guard screenName == wanted else { return notHere(action, &context) }
        body(&context)
        return .handled
    }

    /// As `on`, with the open meeting.
    func onMeeting(_ wanted: MeetingsScreen.Name, _ action: MeetingsAction, _ context: inout PaneContext,
                   _ body: (Meeting, inout PaneContext) -> Void) -> PaneResult {
        on(wanted, action, &context) { c in
            guard let m = meeting else { c.post(c.l["meetings.pane.no_meeting"]); return }
            body(m, &c)
        }
    }

    /// As `on`, with the body whose members or goals are shown.
    func onBody(_ wanted: MeetingsScreen.Name, _ action: MeetingsAction, _ context: inout PaneContext,
                _ body: (Body, inout PaneContext) -> Void) -> PaneResult {
        on(wanted, action, &context) { c in
            guard let b = membersScreen?.body ?? goalsScreen?.body else { c.post(c.l["meetings.pane.no_body"]); return }
            body(b, &c)
        }
    }

    func notHere(_ action: MeetingsAction, _ context: inout PaneContext) -> PaneResult {
        context.post(context.l["actions.not_here", context.l["meetings.action.\(action.rawValue)"]])
        return .handled
    }

    func ask(_ context: inout PaneContext, _ step: MeetingsStep, _ labelKey: String, initial: String = "", args: [String] = []) {
        openPrompt(&context, step, title: context.l["meetings.dialog.\(step.rawValue)"],
                   label: Catalog.text(labelKey, context.language, args), initial: initial)
    }

    /// A choice dialog; `rows` remembers what each row stands for, as the answer is its index.
    func choose(_ context: inout PaneContext, _ step: MeetingsStep, title: String, options: [String],
                rows: [MeetingsOfferedRow] = [], selected: Int = 0) {
        offered = rows
        context.open(DialogRequest(title: title, kind: .choice(options: options, selected: selected),
                                   action: step.id, target: .pane(.meetings)))
    }

    func confirm(_ context: inout PaneContext, _ step: MeetingsStep, message: String) {
        context.open(DialogRequest(title: context.l["meetings.dialog.confirm"], kind: .confirm(message: message),
                                   action: step.id, argument: "yes", target: .pane(.meetings)))
    }

    func move(_ delta: Int, context: inout PaneContext) {
        switch screen {
        case .list:
            if home.move(delta) { reloadList(context: &context) }
        case .meeting:
            flushEditor(context: &context)
            meetingScreen?.moveItem(delta)
            reloadDetails(context: &context)
        case .actions: actionsScreen?.move(delta)
        case .goals: goalsScreen?.move(delta)
        case .members: membersScreen?.move(delta)
        }
    }

    // MARK: List

    func openSelected(context: inout PaneContext) {
        if home.focusOnBodies { home.focusOnBodies = false; return }
        guard let m = selectedMeeting else { context.post(context.l["meetings.pane.no_meeting"]); return }
        open(m, context: &context)
    }

    func newMeeting(_ kind: MeetingKind, context: inout PaneContext) {
        guard currentBody != nil else { ask(&context, .bodyName, "meetings.prompt.body_name"); return }
        draft = [kind.rawValue]
        ask(&context, .meetingDate, "meetings.prompt.date_forms", initial: suggestedDate(context))
    }

    func askDeleteMeeting(context: inout PaneContext) {
        guard let m = selectedMeeting else { context.post(context.l["meetings.pane.no_meeting"]); return }
        confirm(&context, .deleteMeeting, message: context.l["meetings.confirm.delete_meeting", m.numberText])
    }

    func suggestedDate(_ context: PaneContext) -> String {
        MeetingFormat.date(MeetingFormat.helsinkiDate(context.now.addingTimeInterval(14 * 86_400)))
    }

    /// Opens a meeting: its minutes once it has started, else its agenda.
    func open(_ m: Meeting, context: inout PaneContext) {
        var opened = MeetingScreen(meeting: m, body: home.bodies.first { $0.id == m.bodyID })
        if m.id != meetingFromActions { meetingFromActions = nil }   // another way in: Esc goes to the list
        // The same meeting again (its agenda turning into minutes): the texts stay in the language shown.
        if let shown = meetingScreen, shown.meeting.id == m.id {
            opened.swedishShown = shown.swedishShown
        } else {
            opened.swedishShown = swedishOnOpening(opened.body)
        }
        meetingScreen = opened
        reloadMeeting(context: &context)
    }

    func startMeeting(context: inout PaneContext, confirmedDate: Bool = false) {
        let target = screenName == .list ? selectedMeeting : meeting
        guard let m = target else { context.post(context.l["meetings.pane.no_meeting"]); return }
        // A meeting planned for another day is most often the wrong row: ask first, and on yes
        // date it today (same year, so its number stays), as its minutes must say when it was held.
        if !confirmedDate, !m.status.hasStarted, m.heldOn != context.todayISO {
            let sameYear = m.heldOn.prefix(4) == context.todayISO.prefix(4)
            let key = sameYear ? "meetings.confirm.start_other_day" : "meetings.confirm.start_other_year"
            confirm(&context, .startOtherDay, message: context.l[key, m.numberText, MeetingFormat.date(m.heldOn),
                                                                 MeetingFormat.date(context.todayISO)])
            return
        }
        flushEditor(context: &context)
        var started: Meeting?
        guard attempt(&context, { started = try $0.startMeeting(m.id) }), let s = started else { return }
        context.post(context.l["meetings.pane.started", s.numberText, MeetingFormat.localTime(ofInstant: s.startedAt)])
        open(s, context: &context)
    }

    func advanceStatus(context: inout PaneContext) {
        let target = screenName == .list ? selectedMeeting : meeting
        guard let m = target, let next = Lifecycle.next(after: m.status) else { return }
        if next == .inSession { startMeeting(context: &context); return }
        if next == .checked { beginChecking(m, context: &context); return }
        if next == .approved {
            confirm(&context, .approve, message: context.l["meetings.confirm.approve", m.numberText])
            return
        }
        setStatus(m, next, context: &context)
    }

    func setStatus(_ m: Meeting, _ status: MeetingStatus, context: inout PaneContext) {
        flushEditor(context: &context)
        guard attempt(&context, { try $0.setStatus(meetingID: m.id, to: status) }) else { return }
        context.post(context.l["meetings.pane.status_now", m.numberText, context.l["meetings.status.\(status.rawValue)"]])
        reloadList(context: &context)
        if meeting?.id == m.id { reloadMeeting(context: &context) }
    }

    func exportPrompt(context: inout PaneContext) {
        guard let m = screenName == .list ? selectedMeeting : meeting else { context.post(context.l["meetings.pane.no_meeting"]); return }
        let minutes = m.status.hasStarted
        let base = minutes ? context.l["meetings.file.minutes"] : context.l["meetings.file.agenda"]
        draft = [String(m.id), minutes ? "minutes" : "agenda"]
        ask(&context, .exportPath, "meetings.prompt.export_path", initial: "\(base)-\(m.number)-\(m.year).md")
    }
}
