import Foundation
import Kumppani

/// The agenda editor: items, their texts and order, the meeting's date, place and officers.
extension MeetingsPane {
    func moveItem(by delta: Int, context: inout PaneContext) {
        guard let item = currentItem else { return }
        if attempt(&context, { try $0.moveItem(item.id, by: delta) }) {
            reloadMeeting(context: &context)
            meetingScreen?.select(itemID: item.id)
            reloadDetails(context: &context)
        }
    }

    /// The grant round the item decides on: "none", then the rounds, remembered by id.
    func chooseRound(context: inout PaneContext) {
        let l = context.l
        guard let item = currentItem else { return }
        let rounds = (try? store(context).roundChoices()) ?? []
        if rounds.isEmpty { context.post(l["meetings.pane.no_rounds"]); return }
        let selected = rounds.firstIndex { $0.id == item.roundID }.map { $0 + 1 } ?? 0
        choose(&context, .itemRound, title: l["meetings.dialog.item_round"], options: [l["common.none"]] + rounds.map(\.name),
               rows: [MeetingsOfferedRow(id: nil)] + rounds.map { MeetingsOfferedRow(id: $0.id, name: $0.name) }, selected: selected)
    }

    static let officerSteps = ["officer_chair", "officer_secretary", "officer_checker1", "officer_checker2"]

    /// A refused title (the agenda locked meanwhile) is asked again with what was typed.
    func addItem(_ title: String, meeting m: Meeting, context: inout PaneContext) -> PromptOutcome {
        var id: Int64 = 0
        let at = meetingScreen.flatMap { $0.items.isEmpty ? nil : $0.itemIndex + 1 }
        let saved = refusal(&context) { id = try $0.addItem(meetingID: m.id, title: title, at: m.status.hasStarted ? nil : at) }
        guard saved == .done else { return saved }
        reloadMeeting(context: &context)
        meetingScreen?.select(itemID: id)
        reloadDetails(context: &context)
        return .done
    }

    func attach(_ target: String, context: inout PaneContext) -> PromptOutcome {
        guard let item = currentItem, !target.isEmpty else { return .done }
        let saved = refusal(&context) { try $0.addAttachment(itemID: item.id, label: "", target: target) }
        if saved == .done { reloadDetails(context: &context) }
        return saved
    }

    func deleteCurrentItem(context: inout PaneContext) {
        guard let item = currentItem else { return }
        if attempt(&context, { try $0.deleteItem(item.id) }) { reloadMeeting(context: &context) }
    }

    /// The meeting's date, time or place as typed; a value that does not parse is refused with why.
    func editMeetingDetail(_ step: MeetingsStep, _ text: String, meeting m: Meeting, context: inout PaneContext) -> PromptOutcome {
        var m = m
        if step == .editDate {
            guard let iso = MeetingFormat.parseDate(text, today: context.today) else { return .refused(context.l["meetings.error.date_forms", text]) }
            m.heldOn = iso
        } else if step == .editTime {
            guard let times = Self.parseTimes(text) else { return .refused(Self.timesRefusal(text, context.l)) }
            m.startsAt = times.0; m.endsAt = times.1
        } else if text.hasPrefix("http://") || text.hasPrefix("https://") {
            m.link = text
        } else {
            m.place = text; m.link = ""
        }
        saveMeeting(m, context: &context)   // a refusal here is the meeting's (locked, gone), said on the status line
        return .done
    }

    /// The round chosen for the current item: the row's id (nil for "none").
    func answerRound(_ row: MeetingsOfferedRow, context: inout PaneContext) {
        guard let item = currentItem else { return }
        if attempt(&context, { try $0.setRound(itemID: item.id, roundID: row.id) }) {
            reloadMeeting(context: &context)
            // A § that decides grants needs its case number before it can decide.
            if row.id != nil, item.caseNumber.isEmpty { askCaseNumber(context: &context) }
        }
    }
}
