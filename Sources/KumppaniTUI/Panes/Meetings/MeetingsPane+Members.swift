import Foundation
import Kumppani

/// A body's members: who sits in it, in what role, for whom a deputy stands in, whom each
/// represents and for which term. Adding asks the same questions as editing.
extension MeetingsPane {
    func reloadMembers(context: inout PaneContext) {
        guard let body = currentBody else { memberList = []; return }
        do {
            memberList = try store(context).members(bodyID: body.id)
            memberIndex = min(memberIndex, max(0, memberList.count - 1))
        } catch { report(error, context: &context) }
    }

    var selectedMember: Member? { memberList.indices.contains(memberIndex) ? memberList[memberIndex] : nil }

    func performMembers(_ name: String, context: inout PaneContext) -> Bool {
        let l = context.l
        guard let body = currentBody else { return false }
        switch name {
        case "member_add": ask(&context, "member_name", "meetings.prompt.member_name", args: [body.name])
        case "member_edit":
            guard let m = selectedMember else { return true }
            memberDraft = m
            memberBase = m
            choose(&context, "member_edit_role", title: l["meetings.dialog.member_role"],
                   options: MemberRole.allCases.map { l["meetings.role.\($0.rawValue)"] },
                   selected: MemberRole.allCases.firstIndex(of: m.role) ?? 2)
        case "member_end":
            guard let m = selectedMember else { return true }
            confirm(&context, "member_end", message: l["meetings.confirm.member_end", m.personName, MeetingFormat.date(context.todayISO)])
        case "member_remove":
            guard let m = selectedMember else { return true }
            confirm(&context, "member_remove", message: l["meetings.confirm.member_remove", m.personName])
        default: return false
        }
        return true
    }

    /// Answers of the member dialogs; false when the step is not one of them.
    func performMemberAnswer(_ step: String, _ answer: String, context: inout PaneContext) -> Bool {
        let l = context.l
        let text = answer.trimmingCharacters(in: .whitespacesAndNewlines)
        switch step {
        case "member_edit_role":
            guard var m = memberDraft, let role = MemberRole.allCases.first(where: { l["meetings.role.\($0.rawValue)"] == answer }) else { return true }
            m.role = role
            memberDraft = m
            let seats = memberList.filter { $0.role.holdsSeat && $0.id != m.id }
            if role == .deputy, !seats.isEmpty {
                choose(&context, "member_edit_deputy_for", title: l["meetings.dialog.deputy_for"], options: seats.map(\.personName),
                       selected: seats.firstIndex { $0.id == m.deputyForMemberID } ?? 0)
            } else {
                ask(&context, "member_edit_represents", "meetings.prompt.member_represents", initial: m.represents, args: [m.personName])
            }
        case "member_edit_deputy_for":
            guard var m = memberDraft else { return true }
            m.deputyForMemberID = memberList.first { $0.role.holdsSeat && $0.personName == answer }?.id
            memberDraft = m
            ask(&context, "member_edit_represents", "meetings.prompt.member_represents", initial: m.represents, args: [m.personName])
        case "member_edit_represents":
            guard var m = memberDraft else { return true }
            m.represents = text
            memberDraft = m
            ask(&context, "member_edit_term", "meetings.prompt.member_term", initial: Self.termText(m.termStart, m.termEnd))
        case "member_edit_term":
            guard var m = memberDraft else { return true }
            guard let term = Self.parseTerm(text) else {
                context.post(MeetingError.invalidDate(text).message(context.language), kind: .error)
                ask(&context, "member_edit_term", "meetings.prompt.member_term", initial: text)
                return true
            }
            m.termStart = term.0; m.termEnd = term.1
            if saveMember(m, context: &context) {
                memberDraft = nil
                context.post(l["meetings.pane.member_saved", m.personName])
                reloadMembers(context: &context)
            } else if pendingConflict == nil {
                ask(&context, "member_edit_term", "meetings.prompt.member_term", initial: text)
            }
        case "member_end":
            guard let m = selectedMember else { return true }
            let today = context.todayISO
            if attempt(&context, { try $0.endMembership(id: m.id, on: today) }) {
                context.post(l["meetings.pane.member_ended", m.personName, MeetingFormat.date(today)])
                reloadMembers(context: &context)
            }
        case "member_remove":
            guard let m = selectedMember else { return true }
            if attempt(&context, { try $0.removeMember(id: m.id) }) { reloadMembers(context: &context) }
        default:
            return false
        }
        return true
    }

    /// After adding a member, the same questions as editing: whom they represent, their term.
    func continueWithNewMember(_ id: Int64, context: inout PaneContext) {
        reloadMembers(context: &context)
        guard let m = try? store(context).member(id) else { return }
        memberIndex = memberList.firstIndex { $0.id == id } ?? memberIndex
        memberDraft = m
        memberBase = m
        ask(&context, "member_edit_represents", "meetings.prompt.member_represents", initial: m.represents, args: [m.personName])
    }

    /// `1.6.2023–31.5.2027`; either end may be left out.
    static func termText(_ start: String?, _ end: String?) -> String {
        if start == nil && end == nil { return "" }
        return (start.map(MeetingFormat.date) ?? "") + "–" + (end.map(MeetingFormat.date) ?? "")
    }

    static func parseTerm(_ text: String) -> (String?, String?)? {
        let t = text.replacingOccurrences(of: "–", with: "-").trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return (nil, nil) }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count <= 2 else { return nil }
        var out: [String?] = []
        for p in parts + (parts.count == 1 ? [""] : []) {
            if p.isEmpty { out.append(nil); continue }
            guard let iso = MeetingFormat.parseDate(p) else { return nil }
            out.append(iso)
        }
        return (out[0], out[1])
    }

    func renderMembers(into frame: inout Frame, in area: Rect, context: PaneContext) {
        let l = context.l
        line(&frame, l["meetings.pane.members_title", currentBody?.name ?? ""], area, area.y, role: .title)
        let w = area.width
        // The role column fits "varapuheenjohtaja"; the term keeps its 18 columns at 80 wide.
        let widths = [max(12, w * 24 / 100), 18, max(10, w * 18 / 100), max(8, w * 12 / 100)]
        func row(_ cells: [String]) -> String {
            zip(cells, widths).map { TextLayout.pad(TextLayout.truncate($0, to: $1 - 1), to: $1) }.joined() + (cells.last ?? "")
        }
        line(&frame, row([l["meetings.members.col_name"], l["meetings.members.col_role"], l["meetings.members.col_deputy_for"],
                          l["meetings.members.col_represents"], l["meetings.members.col_term"]]), area, area.y + 2, role: .header)
        let rows = Rect(x: area.x, y: area.y + 3, width: area.width, height: area.height - 3)
        if memberList.isEmpty { paragraph(&frame, l["meetings.pane.no_members"], rows, rows.y, maxLines: 3, role: .dim); return }
        let names = Dictionary(memberList.map { ($0.id, $0.personName) }, uniquingKeysWith: { a, _ in a })
        let today = context.todayISO
        for (r, i) in visibleRange(count: memberList.count, selected: memberIndex, height: rows.height).enumerated() {
            let m = memberList[i]
            let ended = m.termEnd.map { $0 < today } ?? false
            var role: StyleRole = ended ? .dim : .normal
            if i == memberIndex { role = .selection; frame.fill(rows.row(r), role: role) }
            let term = Self.termText(m.termStart, m.termEnd) + (ended ? " " + l["meetings.members.ended"] : "")
            line(&frame, row([m.personName, l["meetings.role.\(m.role.rawValue)"], m.deputyForMemberID.flatMap { names[$0] } ?? "",
                              m.represents, term]), rows, rows.y + r, role: role)
        }
    }
}
