import Foundation
import Kumppani

/// The live minutes: moving through the items, attendance, decisions, votes, actions.
extension MeetingsPane {
    /// Attendance keys: one letter per person (`q` quits, so it is left out).
    static let attendanceKeys = Array("abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ")

    func decideAsProposed(context: inout PaneContext) {
        guard let item = currentItem else { return }
        // A § with a grant matter decides its applications: the decision is the record.
        if decideSectionAsProposed(context: &context) { return }
        var written = ""
        if attempt(&context, { written = try $0.decideAsProposed(itemID: item.id) }) {
            meetingScreen?.setCached(.decision, written, itemID: item.id)
        }
    }

    func insertTimeStamp(context: inout PaneContext) {
        beginEditing(.discussion, context: &context)
        guard input == .editor, let open = meetingScreen else { return }
        let sep = open.editor.isEmpty ? "" : "\n"
        _ = meetingScreen?.editor.handle(.paste(sep + MeetingFormat.clockStamp(context.now, language: context.language) + " "))
    }

    /// The grant pipeline's suggestions first, with their reason; then everyone recorded. The
    /// answer is the row's index, so two people of one name stay two people.
    func chooseDisqualified(context: inout PaneContext) {
        let l = context.l
        guard let open = meetingScreen else { return }
        let present = open.attendance.filter(\.isRecorded)
        let suggested = open.details.suggested
        let rows = suggested.map { MeetingsOfferedRow(id: $0.personID, name: $0.personName, reason: $0.reason) }
            + present.map { MeetingsOfferedRow(id: $0.personID, name: $0.personName) }
        if rows.isEmpty { context.post(l["meetings.pane.no_attendance"]); return }
        let labels = suggested.map { "\($0.personName) – \($0.reason)" } + present.map(\.personName)
        choose(&context, .disqualifyPerson, title: l["meetings.dialog.disqualify_person"], options: labels, rows: rows)
    }

    func beginAmendment(_ m: Meeting, context: inout PaneContext) {
        guard m.status.isLocked else { context.post(MeetingError.notApproved.message(context.language), kind: .error); return }
        draft = []
        ask(&context, .amendReason, "meetings.prompt.amend_reason")
    }

    func handleAttendance(_ event: Event, context: inout PaneContext) -> PaneResult {
        guard case .key(let key) = event, let open = meetingScreen else { return .ignored }
        let (m, attendance) = (open.meeting, open.attendance)
        switch key {
        case .escape, .enter:
            meetingScreen?.input = .none
        case .char("+"):
            meetingScreen?.input = .none
            ask(&context, .guestName, "meetings.prompt.guest_name")
        case .char(let c):
            guard let i = Self.attendanceKeys.firstIndex(of: c), attendance.indices.contains(i) else { return .handled }
            var updated: Attendance?
            // During a § other than the opening one, the minutes say at which § it happened.
            let during = open.itemIndex > 0 ? open.currentItem?.section : nil
            if attempt(&context, { updated = try $0.toggleAttendance(meetingID: m.id, personID: attendance[i].personID, duringSection: during) }),
               let a = updated {
                let l = context.l
                var text = a.isPresent ? l["meetings.pane.arrived", a.personName, MeetingFormat.localTime(ofInstant: a.arrivedAt)]
                    : l["meetings.pane.left", a.personName, MeetingFormat.localTime(ofInstant: a.leftAt)]
                if let during { text += " (§ \(during))" }
                // A deputy brings a vote only while the member they stand in for is away: say so.
                if a.isPresent, a.role == .deputy, let p = a.deputyForPersonID,
                   let principal = attendance.first(where: { $0.personID == p }), principal.isPresent {
                    text += " " + l["meetings.pane.deputy_principal_present", principal.personName]
                }
                context.post(text)
                reloadMeeting(context: &context)
            }
        default:
            return .ignored
        }
        return .handled
    }

    func answerVote(_ text: String, context: inout PaneContext) -> PromptOutcome {
        let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard let item = currentItem else { return .done }
        guard numbers.count == 3 else { return .refused(context.l["meetings.vote.not_three", text]) }
        let saved = refusal(&context) {
            try $0.setVote(itemID: item.id, for: numbers[0], against: numbers[1], abstain: numbers[2], names: item.voteNames)
        }
        guard saved == .done else { return saved }
        reloadMeeting(context: &context)
        // Saved as typed (nothing is lost), but more votes than people in the room is a typo.
        let present = (meetingScreen?.attendance ?? []).filter(\.isPresent).count
        if numbers.reduce(0, +) > present {
            context.post(context.l["meetings.pane.vote_exceeds", numbers.reduce(0, +), present], kind: .error)
        }
        ask(&context, .voteNames, "meetings.prompt.vote_names", initial: item.voteNames)
        return .done
    }

    func answerVoteNames(_ text: String, context: inout PaneContext) -> PromptOutcome {
        guard let item = currentItem else { return .done }
        let saved = refusal(&context) { try $0.setText(itemID: item.id, field: .voteNames, text: text) }
        if saved == .done { reloadMeeting(context: &context) }
        return saved
    }

    func answerCounterSeconder(_ text: String, context: inout PaneContext) -> PromptOutcome {
        guard let item = currentItem, draft.count == 2 else { return .done }
        let saved = refusal(&context) { try $0.addCounterProposal(itemID: item.id, text: draft[0], proposer: draft[1], seconder: text) }
        if saved == .done { reloadDetails(context: &context) }
        return saved
    }

    /// The person chosen to be disqualified: a suggestion brings its reason as the prompt's text.
    func answerDisqualifyPerson(_ row: MeetingsOfferedRow, context: inout PaneContext) {
        guard let personID = row.id else { return }
        draft = [String(personID)]
        ask(&context, .disqualifyReason, "meetings.prompt.disqualify_reason", initial: row.reason, args: [row.name])
    }

    func answerDisqualifyReason(_ text: String, context: inout PaneContext) -> PromptOutcome {
        guard let item = currentItem, let pid = draft.first.flatMap(Int64.init) else { return .done }
        let saved = refusal(&context) { try $0.disqualify(itemID: item.id, personID: pid, reason: text) }
        if saved == .done { reloadDetails(context: &context) }
        return saved
    }

    func answerActionDue(_ text: String, meeting m: Meeting, context: inout PaneContext) -> PromptOutcome {
        guard draft.count == 2 else { return .done }
        var due: String?
        if !text.isEmpty {
            guard let iso = MeetingFormat.parseDate(text, today: context.today) else { return .refused(context.l["meetings.error.date_forms", text]) }
            due = iso
        }
        let owner = meetingScreen?.attendance.first { $0.personName.lowercased() == draft[1].lowercased() }?.personID
        let itemID = currentItem?.id
        let saved = refusal(&context) { try $0.addAction(bodyID: m.bodyID, meetingID: m.id, itemID: itemID, text: draft[0],
                                                         ownerPersonID: owner, ownerText: owner == nil ? draft[1] : "", dueOn: due) }
        guard saved == .done else { return saved }
        context.post(context.l["meetings.pane.action_added"])
        reloadDetails(context: &context)
        return .done
    }

    /// An amendment's text may be long: a refusal asks again with all of it.
    func answerAmendText(_ text: String, meeting m: Meeting, context: inout PaneContext) -> PromptOutcome {
        guard let reason = draft.first, !text.isEmpty else { return .done }
        let itemID = currentItem?.id
        let saved = refusal(&context) { try $0.amend(meetingID: m.id, itemID: itemID, reason: reason, text: text) }
        if saved == .done { context.post(context.l["meetings.pane.amended"]) }
        return saved
    }

    func addGuest(_ name: String, meeting m: Meeting, context: inout PaneContext) -> PromptOutcome {
        guard !name.isEmpty else { return .done }
        // One write: a person made for a guest the meeting then refuses would stay behind.
        let saved = refusal(&context) { s in
            try s.store.database.write {
                let pid = try s.people().first { $0.name.lowercased() == name.lowercased() }?.id ?? s.createPerson(name: name)
                try s.addAttendee(meetingID: m.id, personID: pid, role: .other, arrivedNow: true)
            }
        }
        if saved == .done { reloadMeeting(context: &context) }
        return saved
    }

    func endMeeting(_ m: Meeting, context: inout PaneContext) {
        flushEditor(context: &context)
        if attempt(&context, { try $0.endMeeting(m.id) }) {
            context.post(context.l["meetings.pane.ended", m.numberText])
            reloadMeeting(context: &context)
        }
    }
}

/// Correcting an arrival or departure time (`k` in the live minutes).
extension MeetingsPane {
    func chooseAttendanceToCorrect(context: inout PaneContext) {
        let recorded = (meetingScreen?.attendance ?? []).filter(\.isRecorded)
        if recorded.isEmpty { context.post(context.l["meetings.pane.no_attendance"]); return }
        choose(&context, .attendanceTimePerson, title: context.l["meetings.dialog.attendance_time_person"],
               options: recorded.map { $0.personName + " " + Self.timesText($0) },
               rows: recorded.map { MeetingsOfferedRow(id: $0.personID, name: $0.personName) })
    }

    static func timesText(_ a: Attendance) -> String {
        MeetingFormat.localTime(ofInstant: a.arrivedAt) + "–" + MeetingFormat.localTime(ofInstant: a.leftAt)
    }

    func askAttendanceTimes(_ row: MeetingsOfferedRow, context: inout PaneContext) {
        guard let id = row.id, let a = meetingScreen?.attendance.first(where: { $0.personID == id }) else { return }
        draft = [String(id), row.name]
        ask(&context, .attendanceTimes, "meetings.prompt.attendance_times", initial: Self.timesText(a), args: [row.name])
    }

    func answerAttendanceTimes(_ text: String, meeting m: Meeting, context: inout PaneContext) -> PromptOutcome {
        guard draft.count == 2, let id = Int64(draft[0]) else { return .done }
        let parts = text.replacingOccurrences(of: "–", with: "-").split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let arrived = parts.first ?? "", left = parts.count > 1 ? parts[1] : nil
        guard let shown = meetingScreen?.attendance.first(where: { $0.personID == id && $0.isRecorded }) else { return .done }
        // The row as the live view shows it is the base: another window's correction is asked about.
        recordEdit = .attendance(PromptSession(base: shown, merge: MeetingsRecordEdit.attendanceMerge), arrived: arrived, left: left, typed: text)
        // A time that does not parse is refused: the same question again, with what was typed.
        if case .failed(let reason) = saveRecordEdit(context: &context) { return .refused(reason) }
        return .done
    }
}
