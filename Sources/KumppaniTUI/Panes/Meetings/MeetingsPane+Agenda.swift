import Foundation
import Kumppani

/// The agenda editor: items, their texts and order, the meeting's date, place and officers.
extension MeetingsPane {
    func performAgenda(_ name: String, context: inout PaneContext) -> Bool {
        let l = context.l
        guard let m = meeting else { return false }
        let item = currentItem
        switch name {
        case "item_add": ask(&context, "item_add", "meetings.prompt.item_title")
        case "item_title", "item_preparer": beginItemHeadingEdit(name, context: &context)
        case "item_background": beginEditing(.background, context: &context)
        case "item_proposal": beginEditing(.proposal, context: &context)
        case "item_kind": cycleItemKind(context: &context)
        case "item_attach": if item != nil { ask(&context, "item_attach", "meetings.prompt.attachment") }
        case "item_move_up", "item_move_down":
            guard let item else { return true }
            let delta = name == "item_move_up" ? -1 : 1
            if attempt(&context, { try $0.moveItem(item.id, by: delta) }) {
                reloadMeeting(context: &context)
                itemIndex = items.firstIndex { $0.id == item.id } ?? itemIndex
                reloadDetails(context: &context)
            }
        case "item_delete":
            if let item { confirm(&context, "item_delete", message: l["meetings.confirm.delete_item", item.title]) }
        case "meeting_date": ask(&context, "edit_date", "meetings.prompt.date", initial: MeetingFormat.date(m.heldOn))
        case "meeting_time":
            let initial = [m.startsAt, m.endsAt].compactMap { $0 }.map(MeetingFormat.time).joined(separator: "–")
            ask(&context, "edit_time", "meetings.prompt.time", initial: initial)
        case "meeting_place": ask(&context, "edit_place", "meetings.prompt.place", initial: m.link.isEmpty ? m.place : m.link)
        case "officers": chooseOfficer(0, context: &context)
        case "item_associations": chooseAssociation(context: &context)
        case "item_round":
            guard let item else { return true }
            let rounds = (try? store(context).roundChoices()) ?? []
            if rounds.isEmpty { context.post(l["meetings.pane.no_rounds"]); return true }
            let selected = rounds.firstIndex { $0.id == item.roundID }.map { $0 + 1 } ?? 0
            choose(&context, "item_round", title: l["meetings.dialog.item_round"], options: [l["common.none"]] + rounds.map(\.name), selected: selected)
        default: return false
        }
        return true
    }

    static let officerSteps = ["officer_chair", "officer_secretary", "officer_checker1", "officer_checker2"]

    func performAgendaAnswer(_ step: String, _ text: String, _ raw: String, context: inout PaneContext) -> Bool {
        guard var m = meeting else { return performLiveAnswer(step, text, context: &context) }
        let item = currentItem
        switch step {
        case "item_add":
            var id: Int64 = 0
            let at = items.isEmpty ? nil : itemIndex + 1
            guard attempt(&context, { id = try $0.addItem(meetingID: m.id, title: text, at: m.status.hasStarted ? nil : at) }) else { return true }
            reloadMeeting(context: &context)
            itemIndex = items.firstIndex { $0.id == id } ?? itemIndex
            reloadDetails(context: &context)
        case "item_title", "item_preparer":
            // Checked against the heading the prompt opened with (two windows on one file).
            answerItemHeading(step, text, context: &context)
        case "item_attach":
            guard let item, !text.isEmpty else { return true }
            if attempt(&context, { try $0.addAttachment(itemID: item.id, label: "", target: text) }) { reloadDetails(context: &context) }
        case "item_round":
            guard let item else { return true }
            let round = ((try? store(context).roundChoices()) ?? []).first { $0.name == raw }?.id
            if attempt(&context, { try $0.setRound(itemID: item.id, roundID: round) }) { reloadMeeting(context: &context) }
        case "item_delete":
            guard let item else { return true }
            if attempt(&context, { try $0.deleteItem(item.id) }) { reloadMeeting(context: &context) }
        case "edit_date":
            guard let iso = MeetingFormat.parseDate(text) else {
                context.post(MeetingError.invalidDate(text).message(context.language), kind: .error); return true
            }
            m.heldOn = iso
            saveMeeting(m, context: &context)
        case "edit_time":
            guard let times = Self.parseTimes(text) else {
                context.post(MeetingError.invalidTime(text).message(context.language), kind: .error); return true
            }
            m.startsAt = times.0; m.endsAt = times.1
            saveMeeting(m, context: &context)
        case "edit_place":
            if text.hasPrefix("http://") || text.hasPrefix("https://") { m.link = text } else { m.place = text; m.link = "" }
            saveMeeting(m, context: &context)
        default:
            return performLiveAnswer(step, text, context: &context)
        }
        return true
    }

    /// Saves the meeting's details; the meeting as shown is the base, so a change another
    /// window saved meanwhile is asked about instead of overwritten. False when not saved.
    @discardableResult
    func saveMeeting(_ m: Meeting, context: inout PaneContext) -> Bool {
        saveMeetingChecked(m, base: meeting, context: &context)
    }
}
