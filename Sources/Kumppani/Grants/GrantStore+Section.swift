import Foundation

/// What one application of a § was decided, when the body changes the proposal.
public struct SectionChange: Sendable, Equatable {
    public var outcome: DecisionOutcome
    public var grantedCents: Int64
    public init(outcome: DecisionOutcome, grantedCents: Int64) { self.outcome = outcome; self.grantedCents = grantedCents }
}

/// What a § decided: the decision rows written and their total.
public struct SectionDecisionResult: Sendable, Equatable {
    public var decisionIDs: [Int64]
    public var decidedApplicationIDs: [Int64]
    public var grantedCents: Int64
}

/// A grant decision as the § shows it: the application with the decision row in force.
public struct SectionDecisionLine: Sendable, Equatable {
    public var applicationID: Int64
    public var applicant: String
    public var decision: GrantDecision
}

/// One decision, recorded once: the § of a meeting is where grants are decided, and the grant
/// view and the minutes read the same `grant_decisions` rows (meeting, §, case number).
extension GrantStore {
    /// The applications an agenda item decides: those chosen for it, else the round's proposed
    /// (and, once decided here, decided) applications.
    public func sectionApplications(itemID: Int64) throws -> [Int64] {
        try perform {
            let chosen = try db.query("SELECT application_id FROM item_applications WHERE item_id = ?", itemID).compactMap { $0.int64("application_id") }
            if !chosen.isEmpty { return chosen }
            guard let item = try db.queryOne("SELECT round_id, meeting_id, section_number FROM agenda_items WHERE id = ?", itemID),
                  let roundID = item.int64("round_id") else { return [] }
            return try db.query("""
                SELECT id FROM grant_applications a WHERE a.round_id = ? AND (a.stage = 'proposed' OR EXISTS (
                  SELECT 1 FROM grant_decisions d WHERE d.application_id = a.id AND d.meeting_id = ? AND d.section_number = ?))
                """, roundID, item.int64("meeting_id"), item.int("section_number")).compactMap { $0.int64("id") }
        }
    }

    /// Sets the item's matter: a grant round and/or chosen applications, and its case number.
    /// Refused once the minutes are checked (the § is then part of the record).
    public func setSectionMatter(itemID: Int64, roundID: Int64?, applicationIDs: [Int64] = [], caseNumber: String) throws {
        try perform {
            let trimmed = caseNumber.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty && CaseNumber.parse(trimmed) == nil { throw GrantProblem.caseNumberInvalid(trimmed) }
            try db.write {
                guard let status = try db.scalarString(
                    "SELECT m.status FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.id = ?", itemID) else {
                    throw GrantProblem.notFound
                }
                if let locked = MeetingStatus(rawValue: status)?.lockError { throw locked }
                try db.run("UPDATE agenda_items SET round_id = ?, case_number = ?, updated_at = ? WHERE id = ?", roundID, trimmed, now, itemID)
                try db.run("DELETE FROM item_applications WHERE item_id = ?", itemID)
                for id in applicationIDs {
                    try db.run("INSERT OR IGNORE INTO item_applications(item_id, application_id) VALUES (?, ?)", itemID, id)
                }
            }
        }
    }

    /// "Decide the §": in one transaction, every application of the item gets its decision —
    /// as proposed, or as `changes` says — dated the meeting's date, naming its body, meeting,
    /// § and case number. Refused, with nothing written, when the meeting is not in session,
    /// when the § is not quorate (its disqualified members left out) or when any one
    /// application cannot be decided.
    @discardableResult
    public func decideSection(itemID: Int64, changes: [Int64: SectionChange] = [:], caseNumber: String? = nil,
                              language: Language = .fi) throws -> SectionDecisionResult {
        try perform {
            try audited {
                let meetings = MeetingStore(store: store)
                guard let item = try meetings.item(itemID), let meeting = try meetings.meeting(item.meetingID),
                      let section = item.section, let heldOn = CivilDate(iso: meeting.heldOn) else { throw GrantProblem.notFound }
                guard meeting.status == .inSession else {
                    throw GrantProblem.meetingNotInSession(L(language)["meetings.status.\(meeting.status.rawValue)"])
                }
                let quorum = try meetings.quorum(meetingID: meeting.id, itemID: itemID)
                guard quorum.hasQuorum else { throw GrantProblem.notQuorate(filled: quorum.filled, required: quorum.required, seats: quorum.seats) }
                let typed = (caseNumber ?? item.caseNumber).trimmingCharacters(in: .whitespacesAndNewlines)
                guard !typed.isEmpty else { throw GrantProblem.caseNumberMissing }
                guard let caseText = CaseNumber.parse(typed) else { throw GrantProblem.caseNumberInvalid(typed) }
                let ids = try sectionApplications(itemID: itemID)
                guard !ids.isEmpty else { throw GrantProblem.sectionHasNoApplications }
                var result = SectionDecisionResult(decisionIDs: [], decidedApplicationIDs: [], grantedCents: 0)
                for id in ids {
                    let app = try application(id: id)
                    if app.stage.isDecidedOrLater { throw GrantProblem.sectionAlreadyDecided }
                    let proposed = app.proposedCents ?? 0
                    let change = changes[id] ?? SectionChange(
                        outcome: proposed == 0 ? .rejected : (proposed >= app.requestedCents ? .granted : .partlyGranted), grantedCents: proposed)
                    let draft = DecisionDraft(outcome: change.outcome, grantedCents: change.grantedCents, decidedOn: heldOn,
                                              bodyID: meeting.bodyID, sectionNumber: section, caseNumber: caseText, meetingID: meeting.id)
                    result.decisionIDs.append(try recordDecision(applicationID: id, draft, note: "§ \(section)"))
                    result.decidedApplicationIDs.append(id)
                    result.grantedCents += change.outcome == .rejected ? 0 : change.grantedCents
                }
                try db.run("UPDATE agenda_items SET case_number = ?, updated_at = ? WHERE id = ?", caseText, now, itemID)
                if item.decision.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    let key = changes.isEmpty ? "meetings.decision.as_proposed" : "decisions.section.decided_with_changes"
                    try db.run("UPDATE agenda_items SET decision = ?, updated_at = ? WHERE id = ?", L(language)[key], now, itemID)
                }
                return result
            }
        }
    }

    /// The decisions in force made in a § (what the minutes show under it), applicants in Finnish order.
    public func sectionDecisions(itemID: Int64) throws -> [SectionDecisionLine] {
        try perform {
            guard let row = try db.queryOne("SELECT meeting_id, section_number FROM agenda_items WHERE id = ?", itemID),
                  let meetingID = row.int64("meeting_id"), let section = row.int("section_number") else { return [] }
            return try db.query("""
                SELECT d.*, s.name AS applicant FROM grant_decisions d
                JOIN grant_applications a ON a.id = d.application_id JOIN associations s ON s.id = a.association_id
                WHERE d.meeting_id = ? AND d.section_number = ?
                  AND NOT EXISTS (SELECT 1 FROM grant_decisions c WHERE c.corrects_id = d.id)
                """, meetingID, section).map {
                SectionDecisionLine(applicationID: $0.int64("application_id") ?? 0, applicant: $0.string("applicant") ?? "",
                                    decision: Self.decision(from: $0))
            }.sorted { FinnishCollation.compare($0.applicant, $1.applicant) == .orderedAscending }
        }
    }

    /// The § a decision entered on the grant side can name: the deciding body's meetings that
    /// have been held, newest first, each § with its title (what the decision form picks from).
    /// The § that carry `roundID` (or one of its applications) come first, so the form's first
    /// choice is the § that decided the round, not the meeting's opening.
    /// `openMinutesOnly` leaves out meetings whose minutes are checked (a first decision cannot go there).
    public func decisionSections(bodyID: Int64, roundID: Int64? = nil, openMinutesOnly: Bool = false) throws -> [(meetingID: Int64, meeting: String, heldOn: CivilDate, section: Int, title: String)] {
        try perform {
            try db.query("""
                SELECT m.id, m.number, m.year, m.held_on, i.section_number, i.title FROM meetings m JOIN agenda_items i ON i.meeting_id = m.id
                WHERE m.body_id = ?1 AND m.status NOT IN ('planned', 'agenda_sent') AND i.section_number IS NOT NULL
                  AND (?3 = 0 OR m.status NOT IN ('checked', 'approved'))
                ORDER BY (i.round_id IS ?2 OR EXISTS (SELECT 1 FROM item_applications x JOIN grant_applications a ON a.id = x.application_id
                          WHERE x.item_id = i.id AND a.round_id IS ?2)) DESC, m.held_on DESC, i.section_number
                """, bodyID, roundID, openMinutesOnly ? 1 : 0).compactMap { r in
                guard let id = r.int64("id"), let held = r.string("held_on").flatMap(CivilDate.init(iso:)), let section = r.int("section_number") else { return nil }
                return (id, "\(r.int("number") ?? 0)/\(r.int("year") ?? 0)", held, section, r.string("title") ?? "")
            }
        }
    }

    /// The meeting and § a decision names, checked against the file: the body's meeting held on
    /// the decision date with that § on its agenda. Used for every decision entered from the grant side.
    func resolveSection(_ d: DecisionDraft) throws -> Int64 {
        guard let bodyID = d.bodyID, let date = d.decidedOn, let section = d.sectionNumber else {
            throw GrantProblem.decisionIncomplete([.body, .date, .section])
        }
        let hit = try db.scalarInt("""
            SELECT m.id FROM meetings m JOIN agenda_items i ON i.meeting_id = m.id
            WHERE m.body_id = ? AND m.held_on = ? AND i.section_number = ? AND (? IS NULL OR m.id = ?)
            LIMIT 1
            """, bodyID, date.iso, section, d.meetingID, d.meetingID)
        guard let hit else { throw GrantProblem.sectionNotFound(section: section, date: date) }
        return hit
    }
}
