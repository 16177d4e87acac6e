import Foundation

/// The kinds of body the county's NGO cooperation uses.
public enum BodyKind: String, CaseIterable, Sendable {
    case partnershipTable = "partnership_table"
    case ngoAdvisoryBoard = "ngo_advisory_board"
    case hyteCommittee = "hyte_committee"
    case regionalBoard = "regional_board"
    case expertGroup = "expert_group"
}

/// A partnership table, advisory board, committee...: the body whose meetings are minuted.
public struct Body: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var name: String
    public var kind: BodyKind
    public var quorumRule: QuorumRule
    /// Item titles, one per line; empty means the standard template.
    public var agendaTemplate: String
    /// The language its minutes, agendas, decision lists and letters are written in, whatever the UI's.
    public var documentLanguage: Language
    /// A bilingual body (stored as `fi+sv`) prints every document in Finnish with the Swedish after
    /// each heading and text; `documentLanguage` is then Finnish.
    public var bilingual: Bool
    /// Its instructions for a request for rectification; empty means the standard Finnish text.
    public var appealInstructions: String
    public init(id: Int64, name: String, kind: BodyKind, quorumRule: QuorumRule = .majority, agendaTemplate: String = "",
                documentLanguage: Language = .fi, appealInstructions: String = "", bilingual: Bool = false) {
        self.id = id; self.name = name; self.kind = kind; self.quorumRule = quorumRule; self.agendaTemplate = agendaTemplate
        self.documentLanguage = documentLanguage; self.appealInstructions = appealInstructions
        self.bilingual = bilingual
    }

    /// The stored `document_language`: `fi`, `sv`, `en` or `fi+sv`.
    public var documentLanguageCode: String { bilingual ? Self.bilingualCode : documentLanguage.rawValue }
    public static let bilingualCode = "fi+sv"

    /// The appeal instructions a decision of this body carries, in the document's language.
    public func appealText(_ language: Language) -> String {
        let own = appealInstructions.trimmingCharacters(in: .whitespacesAndNewlines)
        return own.isEmpty ? L(language)["decisions.appeal.default", name] : own
    }
}

public enum MemberRole: String, CaseIterable, Sendable {
    case chair, viceChair = "vice_chair", member, deputy
    /// Deputies do not hold a seat of their own; they fill their principal's.
    public var holdsSeat: Bool { self != .deputy }
}

/// A seat (or a deputy's place) in a body.
public struct Member: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var bodyID: Int64
    public var personID: Int64
    public var personName: String
    public var represents: String
    public var role: MemberRole
    /// For a deputy: the member row they stand in for.
    public var deputyForMemberID: Int64?
    public var termStart: String?
    public var termEnd: String?

    public init(id: Int64, bodyID: Int64, personID: Int64, personName: String, represents: String = "",
                role: MemberRole, deputyForMemberID: Int64? = nil, termStart: String? = nil, termEnd: String? = nil) {
        self.id = id; self.bodyID = bodyID; self.personID = personID; self.personName = personName
        self.represents = represents; self.role = role; self.deputyForMemberID = deputyForMemberID
        self.termStart = termStart; self.termEnd = termEnd
    }

    /// Whether the term covers an ISO date (open ends count as covering).
    public func serves(on date: String) -> Bool {
        if let s = termStart, date < s { return false }
        if let e = termEnd, date > e { return false }
        return true
    }
}

public enum MeetingKind: String, CaseIterable, Sendable {
    case regular
    case annualNegotiation = "annual_negotiation"
}

public struct Meeting: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var bodyID: Int64
    public var kind: MeetingKind
    public var number: Int
    public var year: Int
    /// ISO date `2026-11-23`.
    public var heldOn: String
    /// Helsinki wall-clock `HH:MM`.
    public var startsAt: String?
    public var endsAt: String?
    public var place: String
    public var link: String
    public var status: MeetingStatus
    public var chairPersonID: Int64?
    public var secretaryPersonID: Int64?
    public var checker1PersonID: Int64?
    public var checker2PersonID: Int64?
    /// UTC instants stamped live.
    public var startedAt: String?
    public var endedAt: String?
    /// Checking: the ISO date the checkers confirmed the minutes, and who they were.
    public var checkedOn: String? = nil
    public var checkedBy: String = ""
    /// Approval, and the date the minutes were put up for public viewing.
    public var approvedOn: String? = nil
    public var publishedOn: String? = nil

    /// `3/2026`.
    public var numberText: String { "\(number)/\(year)" }
}

public enum ItemKind: String, CaseIterable, Sendable {
    case decision, information, discussion
}

/// One § of an agenda, with what the minutes record of it.
public struct AgendaItem: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var meetingID: Int64
    public var position: Int
    public var section: Int?
    public var kind: ItemKind
    /// Which standard item this is (`opening`, `follow_up`...), empty for the body's own items.
    public var templateKey: String
    public var title: String
    public var preparer: String
    public var background: String
    public var proposal: String
    public var discussion: String
    public var decision: String
    public var counterProposalsText: String
    public var voteFor: Int?
    public var voteAgainst: Int?
    public var voteAbstain: Int?
    public var voteNames: String
    public var dissent: String
    public var roundID: Int64?
    /// The case number (*diaarinumero*) of the matter, e.g. `5146/01.04.00/2026`.
    public var caseNumber: String = ""
    /// The Swedish beside the Finnish (bilingual bodies); empty means not written yet.
    public var titleSV: String = ""
    public var backgroundSV: String = ""
    public var proposalSV: String = ""
    public var decisionSV: String = ""

    public var hasVote: Bool { voteFor != nil || voteAgainst != nil || voteAbstain != nil }
}

/// The text fields of an item that the agenda editor and the live minutes write.
public enum ItemField: String, CaseIterable, Sendable {
    case title, preparer, background, proposal, discussion, decision, dissent
    case voteNames = "vote_names"
    case counterProposals = "counter_proposals"
    /// The Swedish texts beside the Finnish ones (migration 12).
    case titleSV = "title_sv"
    case backgroundSV = "background_sv"
    case proposalSV = "proposal_sv"
    case decisionSV = "decision_sv"

    /// The column in `agenda_items`: the raw value, a closed set, so it may be spliced into SQL.
    var column: String { rawValue }
}

public struct Attachment: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var itemID: Int64
    public var label: String
    public var target: String
}

/// A counter-proposal made in the meeting, with who made and who seconded it.
public struct CounterProposal: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var itemID: Int64
    public var text: String
    public var proposer: String
    public var seconder: String
    /// Empty while undecided; "adopted", "rejected" or "fell" (not seconded).
    public var outcome: String
}

public struct Disqualification: Sendable, Equatable {
    public var itemID: Int64
    public var personID: Int64
    public var personName: String
    public var reason: String
}

public enum AttendanceRole: String, CaseIterable, Sendable {
    case member, deputy, other
}

/// Who came, when, and when they left. A row in the file means the person attended (the
/// times are stamped when the minutes were taken live); a member who has not come is listed
/// with `id == 0` so the secretary has a key for them.
public struct Attendance: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var meetingID: Int64
    public var personID: Int64
    public var personName: String
    public var role: AttendanceRole
    public var deputyForPersonID: Int64?
    public var arrivedAt: String?
    public var leftAt: String?
    public var note: String

    /// Recorded as attending (has a row), as opposed to a member not (yet) come.
    public var isRecorded: Bool { id != 0 }
    /// In the room now: came and has not left.
    public var isPresent: Bool { isRecorded && leftAt == nil }
}

public struct MeetingAction: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var bodyID: Int64
    public var meetingID: Int64?
    public var itemID: Int64?
    public var text: String
    public var ownerPersonID: Int64?
    /// The owner's name as shown: the person's name, or the free text when there is no person.
    public var owner: String
    public var dueOn: String?
    public var doneOn: String?
    public var createdAt: String

    public var isDone: Bool { doneOn != nil }
    public func isOverdue(today: String) -> Bool {
        guard doneOn == nil, let due = dueOn else { return false }
        return due < today
    }
}

public struct Amendment: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var meetingID: Int64
    public var itemID: Int64?
    public var at: String
    public var osUser: String
    public var reason: String
    public var text: String
}

public enum GoalStatus: String, CaseIterable, Sendable {
    case open, inProgress = "in_progress", done, dropped
    /// Goals still being worked on carry over to the next year's negotiation.
    public var carriesOver: Bool { self == .open || self == .inProgress }
}

public struct NegotiationGoal: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var bodyID: Int64
    public var year: Int
    public var goal: String
    public var measures: String
    public var responsible: String
    public var indicator: String
    public var status: GoalStatus
    public var carriedFromID: Int64?
    /// The Swedish goal and measures beside the Finnish (empty: not written yet).
    public var goalSV: String = ""
    public var measuresSV: String = ""
}

/// A person as the meetings pane needs them: id and name.
public struct PersonRef: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var name: String
    public init(id: Int64, name: String) { self.id = id; self.name = name }
}
