import Foundation
import Kumppani

/// The answers of the pane's dialogs; several-step inputs gather their parts in `draft`.
extension MeetingsPane {
    func performAnswer(_ step: String, _ answer: String, context: inout PaneContext) -> Bool {
        let l = context.l
        let text = answer.trimmingCharacters(in: .whitespacesAndNewlines)
        if performMemberAnswer(step, answer, context: &context) { return true }
        switch step {
        case "body_name":
            var id: Int64 = 0
            guard attempt(&context, { id = try $0.createBody(name: text, kind: .partnershipTable) }) else { return true }
            draft = [String(id)]
            reloadList(context: &context)
            bodyIndex = bodies.firstIndex { $0.id == id } ?? 0
            reloadList(context: &context)
            choose(&context, "body_kind", title: l["meetings.dialog.body_kind"],
                   options: BodyKind.allCases.map { l["meetings.body_kind.\($0.rawValue)"] })
        case "body_kind":
            guard let kind = BodyKind.allCases.first(where: { l["meetings.body_kind.\($0.rawValue)"] == answer }),
                  let id = draft.first.flatMap(Int64.init), var body = bodies.first(where: { $0.id == id }) else { return true }
            body.kind = kind
            attempt(&context) { try $0.updateBody(body) }
            reloadList(context: &context)
        case "member_name":
            guard let body = currentBody, !text.isEmpty else { return true }
            var personID: Int64 = 0
            guard attempt(&context, { s in
                personID = try s.people().first { $0.name.lowercased() == text.lowercased() }?.id ?? s.createPerson(name: text)
            }) else { return true }
            draft = [String(body.id), String(personID)]
            choose(&context, "member_role", title: l["meetings.dialog.member_role"],
                   options: MemberRole.allCases.map { l["meetings.role.\($0.rawValue)"] }, selected: 2)
        case "member_role":
            guard draft.count == 2, let bodyID = Int64(draft[0]), let personID = Int64(draft[1]),
                  let role = MemberRole.allCases.first(where: { l["meetings.role.\($0.rawValue)"] == answer }) else { return true }
            if role == .deputy {
                let seats = ((try? store(context).members(bodyID: bodyID)) ?? []).filter { $0.role.holdsSeat }
                if !seats.isEmpty {
                    choose(&context, "member_deputy_for", title: l["meetings.dialog.deputy_for"], options: seats.map(\.personName))
                    return true
                }
            }
            var id: Int64 = 0
            if attempt(&context, { id = try $0.addMember(bodyID: bodyID, personID: personID, role: role) }) {
                context.post(l["meetings.pane.member_added"])
                continueWithNewMember(id, context: &context)
            }
        case "member_deputy_for":
            guard draft.count == 2, let bodyID = Int64(draft[0]), let personID = Int64(draft[1]) else { return true }
            let principal = ((try? store(context).members(bodyID: bodyID)) ?? []).first { $0.role.holdsSeat && $0.personName == answer }
            var id: Int64 = 0
            if attempt(&context, { id = try $0.addMember(bodyID: bodyID, personID: personID, role: .deputy, deputyFor: principal?.id) }) {
                context.post(l["meetings.pane.member_added"])
                continueWithNewMember(id, context: &context)
            }
        case "meeting_date":
            guard let iso = MeetingFormat.parseDate(text) else {
                context.post(MeetingError.invalidDate(text).message(context.language), kind: .error)
                ask(&context, "meeting_date", "meetings.prompt.date", initial: text)
                return true
            }
            draft = Array(draft.prefix(1)) + [iso]
            ask(&context, "meeting_time", "meetings.prompt.time", initial: "14.00–16.00")
        case "meeting_time":
            guard let times = Self.parseTimes(text) else {
                context.post(MeetingError.invalidTime(text).message(context.language), kind: .error)
                ask(&context, "meeting_time", "meetings.prompt.time", initial: text)
                return true
            }
            draft = Array(draft.prefix(2)) + [times.0 ?? "", times.1 ?? ""]
            ask(&context, "meeting_place", "meetings.prompt.place")
        case "meeting_place":
            guard draft.count == 4, let body = currentBody else { return true }
            let kind = MeetingKind(rawValue: draft[0]) ?? .regular
            var id: Int64 = 0
            let isLink = text.hasPrefix("http://") || text.hasPrefix("https://")
            let language = context.language
            guard attempt(&context, { s in
                id = try s.createMeeting(bodyID: body.id, kind: kind, heldOn: draft[1], startsAt: draft[2].isEmpty ? nil : draft[2],
                                         endsAt: draft[3].isEmpty ? nil : draft[3], place: isLink ? "" : text, link: isLink ? text : "",
                                         language: language)
            }) else { return true }
            reloadList(context: &context)
            meetingIndex = meetings.firstIndex { $0.id == id } ?? 0
            if let m = selectedMeeting { context.post(l["meetings.pane.created", m.numberText]); open(m, context: &context) }
        case "delete_meeting":
            guard let m = selectedMeeting else { return true }
            if attempt(&context, { try $0.deleteMeeting(m.id) }) { reloadList(context: &context) }
        case "start_other_day":
            guard var m = screen == .list ? selectedMeeting : meeting else { return true }
            if m.heldOn.prefix(4) == context.todayISO.prefix(4) {
                m.heldOn = context.todayISO
                guard attempt(&context, { try $0.updateMeeting(m) }) else { return true }
                reloadList(context: &context)
            }
            startMeeting(context: &context, confirmedDate: true)
        case "approve":
            if let m = screen == .list ? selectedMeeting : meeting { setStatus(m, .approved, context: &context) }
        case "export_path":
            exportTo(path: text, context: &context)
        default:
            return performAgendaAnswer(step, text, answer, context: &context)
        }
        return true
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
            let text = draft[1] == "minutes"
                ? try s.exportMinutes(meetingID: id, format: format, language: context.language)
                : try s.exportAgenda(meetingID: id, format: format, language: context.language)
            let expanded = PathText.expandingTilde(path)
            try PrivateFile.write(text, toPath: expanded)   // 0600: minutes name people
            context.post(context.l["meetings.pane.exported", expanded])
        } catch let error as MeetingError {
            context.post(error.message(context.language), kind: .error)
        } catch {
            context.post(context.l["meetings.pane.export_failed", path, error.localizedDescription], kind: .error)
        }
    }
}
