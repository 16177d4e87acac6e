import Foundation
import Kumppani

/// The answers of the pane's dialogs; several-step inputs gather their parts in `draft`.
extension MeetingsPane {
    /// A question's answer; a refused one is asked again with what was typed and why.
    func answer(_ step: MeetingsStep, _ answer: DialogAnswer, context: inout PaneContext) -> PaneResult {
        let refused = asked.flatMap { $0.step == step && $0.refused ? $0 : nil }
        let messages = context.messages.count
        switch take(step, answer, context: &context) {
        case .refused(let reason): askAgain(step, typed: answer.text ?? "", reason: reason, context: &context)
        case .done: sayTakenAfterRefusal(refused, messagesBefore: messages, context: &context)
        }
        return .handled
    }

    /// Every question's answer, exhaustively. A prompt gives text; a choice its row's index,
    /// mapped to what the row stood for (`offered`, or the enum's cases); a confirm gives yes.
    /// A handler that refuses returns why (`PromptOutcome`) and never opens its prompt itself.
    private func take(_ step: MeetingsStep, _ answer: DialogAnswer, context: inout PaneContext) -> PromptOutcome {
        let text = (answer.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        switch step {
        case .bodyName: createBody(text, context: &context)
        case .bodyKind:
            guard let kind = chosen(answer, of: BodyKind.allCases, &context) else { break }
            setBodyKind(kind, context: &context)
        case .meetingDate:
            guard let iso = MeetingFormat.parseDate(text, today: context.today) else { return .refused(context.l["meetings.error.date_forms", text]) }
            draft = Array(draft.prefix(1)) + [iso]
            ask(&context, .meetingTime, "meetings.prompt.time", initial: "14.00–16.00")
        case .meetingTime:
            guard let times = Self.parseTimes(text) else { return .refused(Self.timesRefusal(text, context.l)) }
            draft = Array(draft.prefix(2)) + [times.0 ?? "", times.1 ?? ""]
            ask(&context, .meetingPlace, "meetings.prompt.place")
        case .meetingPlace: createMeeting(place: text, context: &context)
        case .deleteMeeting:
            guard let m = selectedMeeting else { break }
            if attempt(&context, { try $0.deleteMeeting(m.id) }) { reloadList(context: &context) }
        case .startOtherDay: startOnAnotherDay(context: &context)
        case .approve:
            if let m = screenName == .list ? selectedMeeting : meeting { setStatus(m, .approved, context: &context) }
        case .exportPath: exportTo(path: text, context: &context)
        // The agenda (with a meeting open).
        case .itemAdd: if let m = meeting { return addItem(text, meeting: m, context: &context) }
        case .itemTitle, .itemPreparer: if meeting != nil { answerItemHeading(step, text, context: &context) }
        case .itemKind: break   // the kind key asks nothing
        case .itemAttach: if meeting != nil { return attach(text, context: &context) }
        case .itemRound:
            guard meeting != nil, let row = chosenRow(answer, &context) else { break }
            answerRound(row, context: &context)
        case .itemDelete: if meeting != nil { deleteCurrentItem(context: &context) }
        case .editDate, .editTime, .editPlace: if let m = meeting { return editMeetingDetail(step, text, meeting: m, context: &context) }
        // The live minutes.
        case .vote: if meeting != nil { return answerVote(text, context: &context) }
        case .voteNames: if meeting != nil { return answerVoteNames(text, context: &context) }
        case .counterText:
            guard meeting != nil, !text.isEmpty else { break }
            draft = [text]
            ask(&context, .counterProposer, "meetings.prompt.proposer")
        case .counterProposer:
            guard meeting != nil else { break }
            draft = Array(draft.prefix(1)) + [text]
            ask(&context, .counterSeconder, "meetings.prompt.seconder")
        case .counterSeconder: if meeting != nil { return answerCounterSeconder(text, context: &context) }
        case .disqualifyPerson:
            guard meeting != nil, let row = chosenRow(answer, &context) else { break }
            answerDisqualifyPerson(row, context: &context)
        case .disqualifyReason: if meeting != nil { return answerDisqualifyReason(text, context: &context) }
        case .actionText:
            guard meeting != nil, !text.isEmpty else { break }
            draft = [text]
            ask(&context, .actionOwner, "meetings.prompt.action_owner")
        case .actionOwner:
            guard meeting != nil else { break }
            draft = Array(draft.prefix(1)) + [text]
            ask(&context, .actionDue, "meetings.prompt.action_due_forms")
        case .actionDue: if let m = meeting { return answerActionDue(text, meeting: m, context: &context) }
        case .amendReason:
            guard meeting != nil, !text.isEmpty else { break }
            draft = [text]
            ask(&context, .amendText, "meetings.prompt.amend_text", args: [currentItem.flatMap { $0.section.map { "§ \($0)" } } ?? ""])
        case .amendText: if let m = meeting { return answerAmendText(text, meeting: m, context: &context) }
        case .guestName: if let m = meeting { return addGuest(text, meeting: m, context: &context) }
        case .end: if let m = meeting { endMeeting(m, context: &context) }
        // The actions and goals views.
        case .actionFilterOwner: answerOwnerFilter(text, context: &context)
        case .goalText, .goalMeasures, .goalResponsible, .goalIndicator: answerGoal(step, text, context: &context)
        case .goalTextSV, .goalMeasuresSV: answerGoalSwedish(step, text, context: &context)
        // A body's members.
        case .memberName: answerMemberName(text, context: &context)
        case .memberRole:
            guard let role = chosen(answer, of: MemberRole.allCases, &context) else { break }
            answerMemberRole(role, context: &context)
        case .memberDeputyFor:
            guard let row = chosenRow(answer, &context) else { break }
            answerMemberDeputyFor(row, context: &context)
        case .memberEditRole:
            guard let role = chosen(answer, of: MemberRole.allCases, &context) else { break }
            answerMemberEditRole(role, context: &context)
        case .memberEditDeputyFor:
            guard let row = chosenRow(answer, &context) else { break }
            answerMemberEditDeputyFor(row, context: &context)
        case .memberEditRepresents: answerMemberRepresents(text, context: &context)
        case .memberEditTerm: return answerMemberTerm(text, context: &context)
        case .memberEnd: endSelectedMembership(context: &context)
        case .memberRemove: removeSelectedMember(context: &context)
        // The § as the grant decision.
        case .itemCase: if meeting != nil { return answerCaseNumber(text, context: &context) }
        case .sectionApplication:
            guard meeting != nil, let row = chosenRow(answer, &context) else { break }
            answerSectionApplication(row, context: &context)
        case .sectionAmount: if meeting != nil { return answerSectionAmount(text, context: &context) }
        case .sectionJump:
            guard meeting != nil, let row = chosenRow(answer, &context) else { break }
            answerSectionJump(row, context: &context)
        case .officerCandidate:
            guard meeting != nil, let row = chosenRow(answer, &context) else { break }
            answerOfficerCandidate(row, context: &context)
        case .attendanceTimePerson:
            guard meeting != nil, let row = chosenRow(answer, &context) else { break }
            askAttendanceTimes(row, context: &context)
        case .attendanceTimes: if let m = meeting { return answerAttendanceTimes(text, meeting: m, context: &context) }
        case .checkDate: if let m = meeting ?? selectedMeeting { return answerCheckDate(text, meeting: m, context: &context) }
        case .checkBy: if let m = meeting ?? selectedMeeting { answerCheckBy(text, meeting: m, context: &context) }
        }
        return .done
    }

    /// The value a choice's index stands for in `values` (the options were built from them in order).
    func chosen<T>(_ answer: DialogAnswer, of values: [T], _ context: inout PaneContext) -> T? {
        guard let i = answer.index, values.indices.contains(i) else {
            context.post(context.l["actions.choose_from_list"], kind: .error)
            return nil
        }
        return values[i]
    }

    /// The row a choice's index stands for, as `choose` offered it.
    func chosenRow(_ answer: DialogAnswer, _ context: inout PaneContext) -> MeetingsOfferedRow? {
        chosen(answer, of: offered, &context)
    }

    func createBody(_ name: String, context: inout PaneContext) {
        let l = context.l
        var id: Int64 = 0
        guard attempt(&context, { id = try $0.createBody(name: name, kind: .partnershipTable) }) else { return }
        context.post(l["meetings.pane.body_added", name])   // stands also when the kind choice is left with Esc
        draft = [String(id)]
        reloadList(context: &context)
        home.bodyIndex = home.bodies.firstIndex { $0.id == id } ?? 0
        reloadList(context: &context)
        choose(&context, .bodyKind, title: l["meetings.dialog.body_kind"],
               options: BodyKind.allCases.map { l["meetings.body_kind.\($0.rawValue)"] })
    }

    func setBodyKind(_ kind: BodyKind, context: inout PaneContext) {
        guard let id = draft.first.flatMap(Int64.init), let shown = home.bodies.first(where: { $0.id == id }) else { return }
        var body = shown
        body.kind = kind
        recordEdit = .body(PromptSession(base: shown, mine: body, merge: MeetingsRecordEdit.bodyMerge))
        if saveRecordEdit(context: &context) == .saved {
            context.post(context.l["meetings.pane.body_added_kind", body.name, context.l["meetings.body_kind.\(kind.rawValue)"]])
        }
    }

    func createMeeting(place text: String, context: inout PaneContext) {
        guard draft.count == 4, let body = currentBody else { return }
        let kind = MeetingKind(rawValue: draft[0]) ?? .regular
        var id: Int64 = 0
        let isLink = text.hasPrefix("http://") || text.hasPrefix("https://")
        let language = context.language
        let draft = self.draft
        guard attempt(&context, { s in
            id = try s.createMeeting(bodyID: body.id, kind: kind, heldOn: draft[1], startsAt: draft[2].isEmpty ? nil : draft[2],
                                     endsAt: draft[3].isEmpty ? nil : draft[3], place: isLink ? "" : text, link: isLink ? text : "",
                                     language: language)
        }) else { return }
        reloadList(context: &context)
        home.meetingIndex = home.meetings.firstIndex { $0.id == id } ?? 0
        if let m = selectedMeeting { context.post(context.l["meetings.pane.created", m.numberText]); open(m, context: &context) }
    }

    func startOnAnotherDay(context: inout PaneContext) {
        guard let shown = screenName == .list ? selectedMeeting : meeting else { return }
        var m = shown
        if m.heldOn.prefix(4) == context.todayISO.prefix(4) {
            m.heldOn = context.todayISO
            // Checked against the meeting as shown: another window's move is asked about, not overwritten.
            guard saveMeeting(m, shown: shown, context: &context) else { return }
            reloadList(context: &context)
        }
        startMeeting(context: &context, confirmedDate: true)
    }

    /// Why `parseTimes` refused: an end not after the start is said as such (each time is fine).
    static func timesRefusal(_ text: String, _ l: L) -> String {
        let parts = text.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "klo", with: "")
            .split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2, let start = MeetingFormat.parseTime(parts[0]), let end = MeetingFormat.parseTime(parts[1]), end <= start {
            return l["meetings.error.time_order", MeetingFormat.time(start), MeetingFormat.time(end)]
        }
        return MeetingError.invalidTime(text).message(l.language)
    }

    /// `14.00–16.00`, `14-16`, `14.00` or empty.
    static func parseTimes(_ text: String) -> (String?, String?)? {
        let t = text.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "klo", with: "")
            .trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return (nil, nil) }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false).map { String($0) }
        guard parts.count <= 2, let start = MeetingFormat.parseTime(parts[0]) else { return nil }
        if parts.count == 2 {
            guard let end = MeetingFormat.parseTime(parts[1]), end > start else { return nil }
            return (start, end)
        }
        return (start, nil)
    }

    func exportTo(path: String, context: inout PaneContext) {
        guard draft.count == 2, let id = Int64(draft[0]), !path.isEmpty else { return }
        let format: DocumentFormat = path.hasSuffix(".html") || path.hasSuffix(".htm") ? .html : path.hasSuffix(".txt") ? .txt : .md
        do {
            let s = store(context)
            let minutes = draft[1] == "minutes"
            // A Swedish or bilingual body's documents come out in its language; a body left at the
            // default Finnish prints in the UI's language, as before.
            let body = try s.meeting(id).flatMap { try s.body($0.bodyID) }
            let text = body.map { $0.bilingual || $0.documentLanguage != .fi } == true
                ? try s.exportInBodyLanguage(meetingID: id, minutes: minutes, format: format)
                : minutes
                ? try s.exportMinutes(meetingID: id, format: format, language: context.language)
                : try s.exportAgenda(meetingID: id, format: format, language: context.language)
            let expanded = PathText.expandingTilde(path)
            try context.writeDocument(text, expanded)
            context.post(context.l["meetings.pane.exported", expanded])
        } catch let error as MeetingError {
            context.post(error.message(context.language), kind: .error)
        } catch {
            context.post(context.l["meetings.pane.export_failed", path, error.localizedDescription], kind: .error)
        }
    }
}
