import Foundation
import Kumppani

/// Checking the minutes (`>` on a minutes draft): the date and who checked — each checker, or
/// the secretary recording their confirmation. From then on the minutes are locked: the editor
/// does not open, and a change is an amendment with a reason.
extension MeetingsPane {
    func beginChecking(_ m: Meeting, context: inout PaneContext) {
        flushEditor(context: &context)
        draft = [String(m.id)]
        ask(&context, .checkDate, "meetings.prompt.check_date_forms", initial: MeetingFormat.date(context.todayISO))
    }

    func answerCheckDate(_ text: String, meeting m: Meeting, context: inout PaneContext) -> PromptOutcome {
        guard let iso = MeetingFormat.parseDate(text, today: context.today) else { return .refused(context.l["meetings.error.date_forms", text]) }
        draft = [draft.first ?? String(m.id), iso]
        // The meeting's checkers as the suggestion: the secretary confirms or corrects the names.
        let names = ((try? store(context).personNames([m.checker1PersonID, m.checker2PersonID].compactMap { $0 })) ?? [:])
        let suggested = [m.checker1PersonID, m.checker2PersonID].compactMap { $0.flatMap { names[$0] } }.joined(separator: ", ")
        ask(&context, .checkBy, "meetings.prompt.check_by", initial: suggested)
        return .done
    }

    func answerCheckBy(_ text: String, meeting current: Meeting, context: inout PaneContext) {
        guard draft.count == 2, let id = Int64(draft[0]) else { return }
        let on = draft[1]
        guard attempt(&context, { try $0.checkMinutes(meetingID: id, checkedOn: on, checkers: text) }) else { return }
        context.post(context.l["meetings.pane.checked_now", current.id == id ? current.numberText : "", MeetingFormat.date(on),
                               text.trimmingCharacters(in: .whitespacesAndNewlines)])
        reloadList(context: &context)
        if meeting?.id == id { reloadMeeting(context: &context) }
    }
}
