import Foundation

/// planned → agenda_sent → in_session → minutes_draft → checked → approved.
public enum MeetingStatus: String, CaseIterable, Sendable, Comparable {
    case planned
    case agendaSent = "agenda_sent"
    case inSession = "in_session"
    case minutesDraft = "minutes_draft"
    case checked
    case approved

    var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }

    /// Once the meeting has started its § numbers and item order are fixed.
    public var hasStarted: Bool { self >= .inSession }
    /// Approved minutes are never edited; corrections are amendments.
    public var isReadOnly: Bool { self == .approved }
    /// From checked on the minutes are the record: a change is an amendment with a reason.
    public var isLocked: Bool { self >= .checked }
    /// Why nothing may be changed in place, or nil while the minutes are a draft.
    public var lockError: MeetingError? {
        switch self {
        case .approved: return .readOnly
        case .checked: return .checkedLocked
        default: return nil
        }
    }
}

/// What can go wrong with a meeting, as a user would be told.
public enum MeetingError: Error, Equatable, Sendable {
    case notFound
    case readOnly                          // approved minutes
    case alreadyStarted                    // the agenda order and § are fixed
    case transitionNotAllowed(from: MeetingStatus, to: MeetingStatus)
    case emptyText(field: String)
    case invalidDate(String)
    case invalidTime(String)
    case notApproved                       // amendments are for approved minutes only
    case invalidNumber(String)
    case invalidTerm(start: String, end: String)   // a term that ends before it starts
    case checkedLocked                     // checked minutes: changes are amendments
    case voteOverPresent(votes: Int, present: Int) // more votes than voting members present
    case checkersMissing                   // checking records who checked
    case notQuorate(filled: Int, required: Int, seats: Int)   // "as proposed" needs a quorate §

    /// The catalog key and arguments of the message.
    public var messageKey: (key: String, args: [String]) {
        switch self {
        case .notFound: return ("meetings.error.not_found", [])
        case .readOnly: return ("meetings.error.read_only", [])
        case .alreadyStarted: return ("meetings.error.already_started", [])
        case .transitionNotAllowed(let from, let to):
            return ("meetings.error.transition", [from.rawValue, to.rawValue])
        case .emptyText(let field): return ("meetings.error.empty", [field])
        case .invalidDate(let s): return ("meetings.error.date_example", [s])
        case .invalidTime(let s): return ("meetings.error.time", [s])
        case .notApproved: return ("meetings.error.not_approved", [])
        case .invalidNumber(let s): return ("meetings.error.number", [s])
        case .invalidTerm(let start, let end): return ("meetings.error.term", [MeetingFormat.date(start), MeetingFormat.date(end)])
        case .checkedLocked: return ("decisions.meeting.locked", [])
        case .voteOverPresent(let votes, let present): return ("decisions.meeting.vote_over", [String(votes), String(present)])
        case .checkersMissing: return ("decisions.meeting.checkers_missing", [])
        case .notQuorate(let filled, let required, let seats):
            return ("meetings.error.not_quorate", [String(filled), String(seats), String(required)])
        }
    }

    public func message(_ language: Language) -> String {
        if case .transitionNotAllowed(let from, let to) = self {
            let l = L(language)
            return l["meetings.error.transition", l["meetings.status.\(from.rawValue)"], l["meetings.status.\(to.rawValue)"]]
        }
        let m = messageKey
        return Catalog.text(m.key, language, m.args)
    }
}

/// The rules for moving a meeting from one status to another.
public enum Lifecycle {
    /// Forward one step, or back one step to correct a mistake — except out of `approved`,
    /// and never back into `planned`/`agenda_sent` once the meeting has been held.
    public static func canMove(from: MeetingStatus, to: MeetingStatus) -> Bool {
        if from == .approved { return false }
        // Checked minutes are the record: they go on to approval, never back to a draft.
        if from == .checked && to < from { return false }
        if to.rank == from.rank + 1 { return true }
        if to.rank == from.rank - 1 { return !(from.hasStarted && !to.hasStarted) }
        // A meeting may start without the agenda having been marked sent.
        return from == .planned && to == .inSession
    }

    /// The next status forward, if any.
    public static func next(after status: MeetingStatus) -> MeetingStatus? {
        let all = MeetingStatus.allCases
        let i = status.rank + 1
        return i < all.count ? all[i] : nil
    }
}
