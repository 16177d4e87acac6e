import Foundation
import Kumppani

/// The live minutes: moving through the items, attendance, decisions, votes, actions.
extension MeetingsPane {
    /// Attendance keys: one letter per person (`q` quits, so it is left out).
    static let attendanceKeys = Array("abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ")

    func performLive(_ name: String, context: inout PaneContext) -> Bool {
        guard let m = meeting else { return false }
        let l = context.l
        switch name {
        case "next", "previous":
            move(name == "next" ? 1 : -1, context: &context)
        case "edit_discussion": beginEditing(.discussion, context: &context)
        case "edit_decision": beginEditing(.decision, context: &context)
        case "edit_dissent": beginEditing(.dissent, context: &context)
        case "as_proposed":
            guard let item = currentItem else { return true }
            let language = context.language
            if attempt(&context, { try $0.decideAsProposed(itemID: item.id, language: language) }) {
                items[itemIndex].decision = l["meetings.decision.as_proposed"]
            }
        case "time_stamp":
            beginEditing(.discussion, context: &context)
            if input == .editor {
                let sep = editor.isEmpty ? "" : "\n"
                _ = editor.handle(.paste(sep + MeetingFormat.clockStamp(context.now, language: context.language) + " "))
            }
        case "attendance":
            if m.status.isReadOnly { context.post(context.l["meetings.pane.read_only"], kind: .error) } else { input = .attendance }
        case "vote": ask(&context, "vote", "meetings.prompt.vote")
        case "counter": draft = []; ask(&context, "counter_text", "meetings.prompt.counter_text")
        case "disqualify":
            // The grant pipeline's suggestions first, with their reason; then everyone present.
            let names = details.suggested.map { "\($0.personName) – \($0.reason)" }
                + attendance.filter(\.isRecorded).map(\.personName)
            if names.isEmpty { context.post(l["meetings.pane.no_attendance"]); return true }
            choose(&context, "disqualify_person", title: l["meetings.dialog.disqualify_person"], options: names)
        case "action_add": draft = []; ask(&context, "action_text", "meetings.prompt.action_text")
        case "end": confirm(&context, "end", message: l["meetings.confirm.end", m.numberText])
        case "amend":
            guard m.status == .approved else { context.post(MeetingError.notApproved.message(context.language), kind: .error); return true }
            draft = []
            ask(&context, "amend_reason", "meetings.prompt.amend_reason")
        default: return false
        }
        return true
    }

    func handleAttendance(_ event: Event, context: inout PaneContext) -> PaneResult {
        guard case .key(let key) = event, let m = meeting else { return .ignored }
        switch key {
        case .escape, .enter:
            input = .none
        case .char("+"):
            input = .none
            ask(&context, "guest_name", "meetings.prompt.guest_name")
        case .char(let c):
            guard let i = Self.attendanceKeys.firstIndex(of: c), attendance.indices.contains(i) else { return .handled }
            var updated: Attendance?
            if attempt(&context, { updated = try $0.toggleAttendance(meetingID: m.id, personID: attendance[i].personID) }), let a = updated {
                let l = context.l
                var text = a.isPresent ? l["meetings.pane.arrived", a.personName, MeetingFormat.localTime(ofInstant: a.arrivedAt)]
                    : l["meetings.pane.left", a.personName, MeetingFormat.localTime(ofInstant: a.leftAt)]
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

    func performLiveAnswer(_ step: String, _ text: String, context: inout PaneContext) -> Bool {
        let l = context.l
        guard let m = meeting else { return performViewsAnswer(step, text, context: &context) }
        let item = currentItem
        switch step {
        case "vote":
            let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard let item, numbers.count == 3 else {
                context.post(MeetingError.invalidNumber(text).message(context.language), kind: .error); return true
            }
            if attempt(&context, { try $0.setVote(itemID: item.id, for: numbers[0], against: numbers[1], abstain: numbers[2], names: item.voteNames) }) {
                reloadMeeting(context: &context)
                // Saved as typed (nothing is lost), but more votes than people in the room is a typo.
                let present = attendance.filter(\.isPresent).count
                if numbers.reduce(0, +) > present {
                    context.post(l["meetings.pane.vote_exceeds", numbers.reduce(0, +), present], kind: .error)
                }
                ask(&context, "vote_names", "meetings.prompt.vote_names", initial: item.voteNames)
            }
        case "vote_names":
            guard let item else { return true }
            if attempt(&context, { try $0.setText(itemID: item.id, field: .voteNames, text: text) }) { reloadMeeting(context: &context) }
        case "counter_text":
            guard !text.isEmpty else { return true }
            draft = [text]
            ask(&context, "counter_proposer", "meetings.prompt.proposer")
        case "counter_proposer":
            draft = Array(draft.prefix(1)) + [text]
            ask(&context, "counter_seconder", "meetings.prompt.seconder")
        case "counter_seconder":
            guard let item, draft.count == 2 else { return true }
            if attempt(&context, { try $0.addCounterProposal(itemID: item.id, text: draft[0], proposer: draft[1], seconder: text) }) {
                reloadDetails(context: &context)
            }
        case "disqualify_person":
            if let s = details.suggested.first(where: { "\($0.personName) – \($0.reason)" == text }) {
                draft = [String(s.personID)]
                ask(&context, "disqualify_reason", "meetings.prompt.disqualify_reason", initial: s.reason, args: [s.personName])
                return true
            }
            guard let a = attendance.first(where: { $0.personName == text }) else { return true }
            draft = [String(a.personID)]
            ask(&context, "disqualify_reason", "meetings.prompt.disqualify_reason", args: [a.personName])
        case "disqualify_reason":
            guard let item, let pid = draft.first.flatMap(Int64.init) else { return true }
            if attempt(&context, { try $0.disqualify(itemID: item.id, personID: pid, reason: text) }) { reloadDetails(context: &context) }
        case "action_text":
            guard !text.isEmpty else { return true }
            draft = [text]
            ask(&context, "action_owner", "meetings.prompt.action_owner")
        case "action_owner":
            draft = Array(draft.prefix(1)) + [text]
            ask(&context, "action_due", "meetings.prompt.action_due")
        case "action_due":
            guard draft.count == 2 else { return true }
            var due: String?
            if !text.isEmpty {
                guard let iso = MeetingFormat.parseDate(text) else {
                    context.post(MeetingError.invalidDate(text).message(context.language), kind: .error)
                    ask(&context, "action_due", "meetings.prompt.action_due", initial: text)
                    return true
                }
                due = iso
            }
            let owner = attendance.first { $0.personName.lowercased() == draft[1].lowercased() }?.personID
            if attempt(&context, { try $0.addAction(bodyID: m.bodyID, meetingID: m.id, itemID: item?.id, text: draft[0],
                                                    ownerPersonID: owner, ownerText: owner == nil ? draft[1] : "", dueOn: due) }) {
                context.post(l["meetings.pane.action_added"])
                reloadDetails(context: &context)
            }
        case "amend_reason":
            guard !text.isEmpty else { return true }
            draft = [text]
            ask(&context, "amend_text", "meetings.prompt.amend_text", args: [item.flatMap { $0.section.map { "§ \($0)" } } ?? ""])
        case "amend_text":
            guard let reason = draft.first, !text.isEmpty else { return true }
            if attempt(&context, { try $0.amend(meetingID: m.id, itemID: item?.id, reason: reason, text: text) }) {
                context.post(l["meetings.pane.amended"])
            }
        case "guest_name":
            guard !text.isEmpty else { return true }
            if attempt(&context, { s in
                let pid = try s.people().first { $0.name.lowercased() == text.lowercased() }?.id ?? s.createPerson(name: text)
                try s.addAttendee(meetingID: m.id, personID: pid, role: .other, arrivedNow: true)
            }) { reloadMeeting(context: &context) }
        case "end":
            flushEditor(context: &context)
            if attempt(&context, { try $0.endMeeting(m.id) }) {
                context.post(l["meetings.pane.ended", m.numberText])
                reloadMeeting(context: &context)
            }
        default:
            return performViewsAnswer(step, text, context: &context)
        }
        return true
    }
}
