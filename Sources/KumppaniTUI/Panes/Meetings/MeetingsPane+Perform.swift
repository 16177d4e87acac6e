import Foundation
import Kumppani

extension MeetingsPane {
    public func perform(_ action: ActionID, argument: String?, context: inout PaneContext) -> PaneResult {
        let name = action.rawValue.hasPrefix("meetings.") ? String(action.rawValue.dropFirst("meetings.".count)) : action.rawValue
        if action == .meetingsConflict { resolveMinutesConflict(argument, context: &context); return .handled }
        if action == .meetingsEditConflict { resolveEditConflict(argument, context: &context); return .handled }
        if let argument, performAnswer(name, argument, context: &context) { return .handled }
        if performCommon(name, context: &context) { return .handled }
        switch screen {
        case .list: return performList(name, context: &context) ? .handled : .ignored
        case .agenda: return performAgenda(name, context: &context) ? .handled : .ignored
        case .live: return performLive(name, context: &context) ? .handled : .ignored
        case .actions: return performActions(name, context: &context) ? .handled : .ignored
        case .goals: return performGoals(name, context: &context) ? .handled : .ignored
        case .members: return performMembers(name, context: &context) ? .handled : .ignored
        }
    }

    func ask(_ context: inout PaneContext, _ step: String, _ labelKey: String, initial: String = "", args: [String] = []) {
        let l = context.l
        context.open(DialogRequest(title: l["meetings.dialog.\(step.split(separator: ".").first ?? "")"],
                                   kind: .prompt(label: Catalog.text(labelKey, context.language, args), initial: initial),
                                   action: ActionID("meetings.\(step)"), argument: nil, target: .pane(.meetings)))
    }

    func choose(_ context: inout PaneContext, _ step: String, title: String, options: [String], selected: Int = 0) {
        context.open(DialogRequest(title: title, kind: .choice(options: options, selected: selected),
                                   action: ActionID("meetings.\(step)"), target: .pane(.meetings)))
    }

    func confirm(_ context: inout PaneContext, _ step: String, message: String) {
        context.open(DialogRequest(title: context.l["meetings.dialog.confirm"], kind: .confirm(message: message),
                                   action: ActionID("meetings.\(step)"), argument: "yes", target: .pane(.meetings)))
    }

    /// Keys that mean the same on every screen.
    func performCommon(_ name: String, context: inout PaneContext) -> Bool {
        switch name {
        case "up": move(-1, context: &context)
        case "down": move(1, context: &context)
        case "page_up": move(-10, context: &context)
        case "page_down": move(10, context: &context)
        case "back":
            flushEditor(context: &context)
            screen = .list
            reloadList(context: &context)
        case "export": exportPrompt(context: &context)
        case "advance": advanceStatus(context: &context)
        case "start": startMeeting(context: &context)
        default: return false
        }
        return true
    }

    func move(_ delta: Int, context: inout PaneContext) {
        func clamp(_ i: Int, _ count: Int) -> Int { max(0, min(count - 1, i + delta)) }
        switch screen {
        case .list:
            if focusOnBodies {
                let old = bodyIndex
                bodyIndex = clamp(bodyIndex, bodies.count)
                if old != bodyIndex { meetingIndex = 0; reloadList(context: &context) }
            } else {
                meetingIndex = clamp(meetingIndex, meetings.count)
            }
        case .agenda, .live:
            flushEditor(context: &context)
            itemIndex = clamp(itemIndex, items.count)
            reloadDetails(context: &context)
        case .actions: actionIndex = clamp(actionIndex, actionList.count)
        case .goals: goalIndex = clamp(goalIndex, goals.count)
        case .members: memberIndex = clamp(memberIndex, memberList.count)
        }
    }

    // MARK: List

    func performList(_ name: String, context: inout PaneContext) -> Bool {
        let l = context.l
        switch name {
        case "focus": focusOnBodies.toggle()
        case "open":
            if focusOnBodies { focusOnBodies = false; return true }
            guard let m = selectedMeeting else { context.post(l["meetings.pane.no_meeting"]); return true }
            open(m, context: &context)
        case "new", "new_negotiation":
            guard currentBody != nil else { ask(&context, "body_name", "meetings.prompt.body_name"); return true }
            draft = [name == "new" ? "regular" : "annual_negotiation"]
            ask(&context, "meeting_date", "meetings.prompt.date", initial: suggestedDate(context))
        case "new_body": ask(&context, "body_name", "meetings.prompt.body_name")
        case "members_view":
            guard currentBody != nil else { context.post(l["meetings.pane.no_body"]); return true }
            screen = .members
            memberIndex = 0
            reloadMembers(context: &context)
        case "delete":
            guard let m = selectedMeeting else { return true }
            confirm(&context, "delete_meeting", message: l["meetings.confirm.delete_meeting", m.numberText])
        case "actions_view":
            screen = .actions
            reloadActions(context: &context)
        case "goals_view":
            guard currentBody != nil else { context.post(l["meetings.pane.no_body"]); return true }
            screen = .goals
            goalYear = selectedMeeting?.year ?? context.today.year
            reloadGoals(context: &context)
        default: return false
        }
        return true
    }

    func suggestedDate(_ context: PaneContext) -> String {
        MeetingFormat.date(MeetingFormat.helsinkiDate(context.now.addingTimeInterval(14 * 86_400)))
    }

    /// Opens a meeting: its minutes once it has started, else its agenda.
    func open(_ m: Meeting, context: inout PaneContext) {
        meeting = m
        itemIndex = 0
        screen = m.status.hasStarted ? .live : .agenda
        reloadMeeting(context: &context)
    }

    func startMeeting(context: inout PaneContext, confirmedDate: Bool = false) {
        let target = screen == .list ? selectedMeeting : meeting
        guard let m = target else { context.post(context.l["meetings.pane.no_meeting"]); return }
        // A meeting planned for another day is most often the wrong row: ask first, and on yes
        // date it today (same year, so its number stays), as its minutes must say when it was held.
        if !confirmedDate, !m.status.hasStarted, m.heldOn != context.todayISO {
            let sameYear = m.heldOn.prefix(4) == context.todayISO.prefix(4)
            let key = sameYear ? "meetings.confirm.start_other_day" : "meetings.confirm.start_other_year"
            confirm(&context, "start_other_day", message: context.l[key, m.numberText, MeetingFormat.date(m.heldOn),
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
        let target = screen == .list ? selectedMeeting : meeting
        guard let m = target, let next = Lifecycle.next(after: m.status) else { return }
        if next == .inSession { startMeeting(context: &context); return }
        if next == .approved {
            confirm(&context, "approve", message: context.l["meetings.confirm.approve", m.numberText])
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
        guard let m = screen == .list ? selectedMeeting : meeting else { context.post(context.l["meetings.pane.no_meeting"]); return }
        let minutes = m.status.hasStarted
        let base = minutes ? context.l["meetings.file.minutes"] : context.l["meetings.file.agenda"]
        draft = [String(m.id), minutes ? "minutes" : "agenda"]
        ask(&context, "export_path", "meetings.prompt.export_path", initial: "\(base)-\(m.number)-\(m.year).md")
    }
}
