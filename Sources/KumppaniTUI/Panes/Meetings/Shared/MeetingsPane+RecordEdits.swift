import Kumppani

/// The pane's smaller prompt edits, each on a `PromptSession` like the meeting's details: a
/// negotiation goal (its four prompts or its status), an action's done mark, a correction of
/// someone's attendance times (which also retimes the note) and a new body's kind. Each save
/// passes what the screen showed as `expecting:`, so another window's change is asked about
/// in the same dialog as every form instead of being overwritten.
enum MeetingsRecordEdit {
    case goal(PromptSession<NegotiationGoal>)
    case action(PromptSession<MeetingAction>)
    /// The typed times go to the store as text: it parses them and retimes the note.
    case attendance(PromptSession<Attendance>, arrived: String, left: String?, typed: String)
    case body(PromptSession<Body>)

    static var goalMerge: RecordMerge<NegotiationGoal> { RecordMerge(\.goal, \.measures, \.responsible, \.indicator, \.status) }
    static var actionMerge: RecordMerge<MeetingAction> { RecordMerge(\.doneOn) }
    static var attendanceMerge: RecordMerge<Attendance> { RecordMerge(\.arrivedAt, \.leftAt, \.note) }
    static var bodyMerge: RecordMerge<Body> { RecordMerge(\.kind) }

    var hasConflict: Bool {
        switch self {
        case .goal(let e): return e.conflict != nil
        case .action(let e): return e.conflict != nil
        case .attendance(let e, _, _, _): return e.conflict != nil
        case .body(let e): return e.conflict != nil
        }
    }

    var isGoneWithNothingToAsk: Bool {
        switch self {
        case .goal(let e): return e.isGoneWithNothingToAsk
        case .action(let e): return e.isGoneWithNothingToAsk
        case .attendance(let e, _, _, _): return e.isGoneWithNothingToAsk
        case .body(let e): return e.isGoneWithNothingToAsk
        }
    }

    func dialog(l: L, action: ActionID) -> DialogRequest? {
        switch self {
        case .goal(let e): return e.dialog(l: l, action: action)
        case .action(let e): return e.dialog(l: l, action: action)
        case .attendance(let e, _, _, _): return e.dialog(l: l, action: action)
        case .body(let e): return e.dialog(l: l, action: action)
        }
    }

    mutating func answer(_ answer: String?) -> ConflictStep {
        switch self {
        case .goal(var e): let step = e.answer(answer); self = .goal(e); return step
        case .action(var e): let step = e.answer(answer); self = .action(e); return step
        case .attendance(var e, let arrived, let left, let typed):
            let step = e.answer(answer); self = .attendance(e, arrived: arrived, left: left, typed: typed); return step
        case .body(var e): let step = e.answer(answer); self = .body(e); return step
        }
    }
}

extension MeetingsPane {
    /// Saves the pending record edit with what it opened with as the base.
    @discardableResult
    func saveRecordEdit(context: inout PaneContext) -> SaveOutcome {
        guard let edit = recordEdit else { return .failed("") }
        let s = store(context)
        let l = context.l
        switch edit {
        case .goal(var e):
            let outcome = runPromptSave(&e, context: &context) { try s.updateGoal($0, expecting: $1) }
            recordEdit = outcome == .conflict ? .goal(e) : nil
            finishPromptSave(outcome, .record, context: &context) { reloadGoals(context: &$0) }
            return outcome
        case .action(var e):
            let outcome = runPromptSave(&e, context: &context) { try s.setActionDone(id: $0.id, on: $0.doneOn, expecting: $1) }
            recordEdit = outcome == .conflict ? .action(e) : nil
            finishPromptSave(outcome, .record, context: &context) { c in
                c.post(l[e.mine.isDone ? "meetings.pane.action_done" : "meetings.pane.action_reopened", e.mine.text])
                reloadActions(context: &c)
            }
            return outcome
        case .attendance(var e, let arrived, let left, let typed):
            var updated: Attendance?
            let outcome = runPromptSave(&e, context: &context) { mine, base in
                updated = try s.correctAttendanceTimes(meetingID: mine.meetingID, personID: mine.personID, arrived: arrived, left: left,
                                                       expecting: base)
            }
            recordEdit = outcome == .conflict ? .attendance(e, arrived: arrived, left: left, typed: typed) : nil
            // A time that does not parse is the caller's to ask again (`.failed` with the reason).
            finishPromptSave(outcome, .record, context: &context) { c in
                if let a = updated { c.post(l["meetings.pane.times_corrected", a.personName, Self.timesText(a)]) }
                reloadMeeting(context: &c)
            }
            return outcome
        case .body(var e):
            let outcome = runPromptSave(&e, context: &context) { try s.updateBody($0, expecting: $1) }
            recordEdit = outcome == .conflict ? .body(e) : nil
            finishPromptSave(outcome, .record, context: &context) { reloadList(context: &$0) }
            return outcome
        }
    }

    /// What the edit's screen shows again after take theirs.
    func reloadAfterRecordEdit(_ edit: MeetingsRecordEdit, context: inout PaneContext) {
        switch edit {
        case .goal: reloadGoals(context: &context)
        case .action: reloadActions(context: &context)
        case .attendance: reloadMeeting(context: &context)
        case .body: reloadList(context: &context)
        }
    }
}
