import Foundation
import Kumppani

/// A body's members: who sits in it, in what role, for whom a deputy stands in, whom each
/// represents and for which term. Adding asks the same questions as editing.
extension MeetingsPane {
    func showMembers(context: inout PaneContext) {
        guard let body = currentBody else { context.post(context.l["meetings.pane.no_body"]); return }
        membersScreen = MembersScreen(body: body)
        reloadMembers(context: &context)
    }

    func reloadMembers(context: inout PaneContext) {
        let s = store(context)
        do { try membersScreen?.reload(s) } catch { report(error, context: &context) }
    }

    var selectedMember: Member? { membersScreen?.selected }

    /// The roles as offered in the role dialogs, in `MemberRole.allCases` order.
    func roleOptions(_ l: L) -> [String] { MemberRole.allCases.map { l["meetings.role.\($0.rawValue)"] } }

    func beginMemberEdit(context: inout PaneContext) {
        guard let m = selectedMember else { return }
        memberEdit = PromptSession(base: m, merge: Self.memberMerge)
        choose(&context, .memberEditRole, title: context.l["meetings.dialog.member_role"], options: roleOptions(context.l),
               selected: MemberRole.allCases.firstIndex(of: m.role) ?? 2)
    }

    func askMemberEnd(context: inout PaneContext) {
        guard let m = selectedMember else { return }
        confirm(&context, .memberEnd, message: context.l["meetings.confirm.member_end", m.personName, MeetingFormat.date(context.todayISO)])
    }

    func askMemberRemove(context: inout PaneContext) {
        guard let m = selectedMember else { return }
        confirm(&context, .memberRemove, message: context.l["meetings.confirm.member_remove", m.personName])
    }

    /// The seats a deputy can stand in for, as choice rows (member ids).
    func offerSeats(_ seats: [Member], step: MeetingsStep, selected: Int = 0, context: inout PaneContext) {
        choose(&context, step, title: context.l["meetings.dialog.deputy_for"], options: seats.map(\.personName),
               rows: seats.map { MeetingsOfferedRow(id: $0.id, name: $0.personName) }, selected: selected)
    }

    func answerMemberName(_ text: String, context: inout PaneContext) {
        guard let body = membersScreen?.body, !text.isEmpty else { return }
        var personID: Int64 = 0
        guard attempt(&context, { s in
            personID = try s.people().first { $0.name.lowercased() == text.lowercased() }?.id ?? s.createPerson(name: text)
        }) else { return }
        draft = [String(body.id), String(personID)]
        choose(&context, .memberRole, title: context.l["meetings.dialog.member_role"], options: roleOptions(context.l), selected: 2)
    }

    func answerMemberRole(_ role: MemberRole, context: inout PaneContext) {
        guard draft.count == 2, let bodyID = Int64(draft[0]), let personID = Int64(draft[1]) else { return }
        if role == .deputy {
            let seats = ((try? store(context).members(bodyID: bodyID)) ?? []).filter { $0.role.holdsSeat }
            if !seats.isEmpty { offerSeats(seats, step: .memberDeputyFor, context: &context); return }
        }
        addMember(bodyID: bodyID, personID: personID, role: role, deputyFor: nil, context: &context)
    }

    func answerMemberDeputyFor(_ row: MeetingsOfferedRow, context: inout PaneContext) {
        guard draft.count == 2, let bodyID = Int64(draft[0]), let personID = Int64(draft[1]) else { return }
        addMember(bodyID: bodyID, personID: personID, role: .deputy, deputyFor: row.id, context: &context)
    }

    func addMember(bodyID: Int64, personID: Int64, role: MemberRole, deputyFor: Int64?, context: inout PaneContext) {
        var id: Int64 = 0
        if attempt(&context, { id = try $0.addMember(bodyID: bodyID, personID: personID, role: role, deputyFor: deputyFor) }) {
            context.post(context.l["meetings.pane.member_added"])
            continueWithNewMember(id, context: &context)
        }
    }

    func answerMemberEditRole(_ role: MemberRole, context: inout PaneContext) {
        guard var m = memberEdit?.mine else { return }
        m.role = role
        memberEdit?.mine = m
        let seats = (membersScreen?.list ?? []).filter { $0.role.holdsSeat && $0.id != m.id }
        if role == .deputy, !seats.isEmpty {
            offerSeats(seats, step: .memberEditDeputyFor, selected: seats.firstIndex { $0.id == m.deputyForMemberID } ?? 0,
                       context: &context)
        } else {
            ask(&context, .memberEditRepresents, "meetings.prompt.member_represents", initial: m.represents, args: [m.personName])
        }
    }

    func answerMemberEditDeputyFor(_ row: MeetingsOfferedRow, context: inout PaneContext) {
        guard var m = memberEdit?.mine else { return }
        m.deputyForMemberID = row.id
        memberEdit?.mine = m
        ask(&context, .memberEditRepresents, "meetings.prompt.member_represents", initial: m.represents, args: [m.personName])
    }

    func answerMemberRepresents(_ text: String, context: inout PaneContext) {
        guard var m = memberEdit?.mine else { return }
        m.represents = text
        memberEdit?.mine = m
        ask(&context, .memberEditTerm, "meetings.prompt.member_term_forms", initial: Self.termText(m.termStart, m.termEnd))
    }

    func answerMemberTerm(_ text: String, context: inout PaneContext) -> PromptOutcome {
        guard var m = memberEdit?.mine else { return .done }
        guard let term = Self.parseTerm(text, today: context.today) else { return .refused(context.l["meetings.error.date_forms", text]) }
        m.termStart = term.0; m.termEnd = term.1
        memberEdit?.mine = m
        switch saveMember(context: &context) {
        case .saved:
            context.post(context.l["meetings.pane.member_saved", m.personName])
            reloadMembers(context: &context)
        case .failed(let reason): return .refused(reason)   // the edit is kept: the term is asked again
        case .conflict: break
        }
        return .done
    }

    func endSelectedMembership(context: inout PaneContext) {
        guard let m = selectedMember else { return }
        let today = context.todayISO
        if attempt(&context, { try $0.endMembership(id: m.id, on: today) }) {
            context.post(context.l["meetings.pane.member_ended", m.personName, MeetingFormat.date(today)])
            reloadMembers(context: &context)
        }
    }

    func removeSelectedMember(context: inout PaneContext) {
        guard let m = selectedMember else { return }
        if attempt(&context, { try $0.removeMember(id: m.id) }) { reloadMembers(context: &context) }
    }

    /// After adding a member, the same questions as editing: whom they represent, their term.
    func continueWithNewMember(_ id: Int64, context: inout PaneContext) {
        reloadMembers(context: &context)
        guard let m = try? store(context).member(id) else { return }
        if let i = membersScreen?.list.firstIndex(where: { $0.id == id }) { membersScreen?.index = i }
        memberEdit = PromptSession(base: m, merge: Self.memberMerge)
        ask(&context, .memberEditRepresents, "meetings.prompt.member_represents", initial: m.represents, args: [m.personName])
    }

    /// `1.6.2023–31.5.2027`; either end may be left out.
    static func termText(_ start: String?, _ end: String?) -> String {
        if start == nil && end == nil { return "" }
        return (start.map(MeetingFormat.date) ?? "") + "–" + (end.map(MeetingFormat.date) ?? "")
    }

    /// The ends split at "–" (or at "-" between two Finnish dates); each end read as the forms
    /// read dates, so `2025-06-01–2029-05-31` and `tänään–` work too.
    static func parseTerm(_ text: String, today: CivilDate) -> (String?, String?)? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return (nil, nil) }
        let dash: Character = t.contains("–") ? "–" : "-"
        var parts = t.split(separator: dash, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if dash == "-" && parts.count > 2 { parts = [t] }   // one ISO date: only its start
        guard parts.count <= 2 else { return nil }
        var out: [String?] = []
        for p in parts + (parts.count == 1 ? [""] : []) {
            if p.isEmpty { out.append(nil); continue }
            guard let iso = MeetingFormat.parseDate(p, today: today) else { return nil }
            out.append(iso)
        }
        return (out[0], out[1])
    }
}
