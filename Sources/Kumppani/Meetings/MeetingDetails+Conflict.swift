import Foundation

/// A meeting's details as `updateMeeting` writes them: the status and the number are not
/// among them (the number follows the date), so starting the meeting elsewhere is no conflict.
extension Meeting: ConflictComparable {
    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        func person(_ id: Int64?) -> String { id.map { "#\($0)" } ?? "" }
        return [("meetings.dialog.edit_date", MeetingFormat.date(heldOn)),
                ("meetings.dialog.edit_time", [startsAt, endsAt].compactMap { $0 }.map(MeetingFormat.time).joined(separator: "–")),
                ("meetings.dialog.edit_place", place), ("sync.field.link", link), ("sync.field.meeting_kind", kind.rawValue),
                ("meetings.dialog.officer_chair", person(chairPersonID)),
                ("meetings.dialog.officer_secretary", person(secretaryPersonID)),
                ("meetings.dialog.officer_checker1", person(checker1PersonID)),
                ("meetings.dialog.officer_checker2", person(checker2PersonID))]
    }
}

/// A body as `updateBody` writes it.
extension Body: ConflictComparable {
    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        let l = L(language)
        let quorum: String
        switch quorumRule {
        case .majority: quorum = l["bodies.quorum.majority"]
        case .atLeast(let n): quorum = l["bodies.quorum.at_least", n]
        }
        let code = documentLanguageCode
        // The document language and appeal instructions too: `updateBody` writes them, so another
        // window's change to them must be asked about, not overwritten.
        return [("meetings.prompt.body_name", name), ("meetings.dialog.body_kind", l["meetings.body_kind.\(kind.rawValue)"]),
                ("sync.field.quorum", quorum), ("sync.field.agenda_template", agendaTemplate),
                ("sync.field.document_language", l["bodies.form.language.\(code == Body.bilingualCode ? "bilingual" : code)"]),
                ("sync.field.appeal_instructions", appealInstructions)]
    }
}

/// A membership as `updateMember` writes it.
extension Member: ConflictComparable {
    public func conflictValues(_ language: Language) -> [(labelKey: String, value: String)] {
        func day(_ iso: String?) -> String { iso.map(MeetingFormat.date) ?? "" }
        return [("meetings.dialog.member_role", L(language)["meetings.role.\(role.rawValue)"]), ("sync.field.represents", represents),
                ("meetings.dialog.deputy_for", deputyForMemberID.map { "#\($0)" } ?? ""),
                ("sync.field.term_start", day(termStart)), ("sync.field.term_end", day(termEnd))]
    }
}

public typealias MeetingConflict = EditConflict<Meeting>
public typealias BodyConflict = EditConflict<Body>
public typealias MemberConflict = EditConflict<Member>
