import Foundation

/// One text change of an item, as the editor's autosave sends it.
public struct ItemEdit: Sendable, Equatable {
    public var itemID: Int64
    public var field: ItemField
    public var text: String
    public init(itemID: Int64, field: ItemField, text: String) { self.itemID = itemID; self.field = field; self.text = text }
}

extension MeetingStore {
    public func items(meetingID: Int64) throws -> [AgendaItem] {
        try db.query("SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position, id", meetingID).map(Self.item)
    }

    public func item(_ id: Int64) throws -> AgendaItem? {
        try db.queryOne("SELECT * FROM agenda_items WHERE id = ?", id).map(Self.item)
    }

    /// The meeting an item belongs to, refusing approved minutes.
    func editableMeeting(ofItem itemID: Int64) throws -> Meeting {
        guard let mid = try db.scalarInt("SELECT meeting_id FROM agenda_items WHERE id = ?", itemID) else { throw MeetingError.notFound }
        let m = try requireMeeting(mid)
        if let locked = m.status.lockError { throw locked }
        return m
    }

    /// Adds an item at a 0-based position in the agenda; by default just before the closing
    /// items (*Muut asiat* …). Before the meeting the § numbers follow; during it the new item
    /// gets the next free § so the numbers already spoken stay.
    @discardableResult
    public func addItem(meetingID: Int64, title: String, kind: ItemKind = .decision, at index: Int? = nil) throws -> Int64 {
        let m = try requireMeeting(meetingID)
        if let locked = m.status.lockError { throw locked }
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw MeetingError.emptyText(field: "title") }
        let existing = try items(meetingID: meetingID)
        let closingStart = existing.firstIndex { ["other", "next", "closing"].contains($0.templateKey) } ?? existing.count
        let at = max(0, min(index ?? closingStart, existing.count))
        let id = Store.newID()
        try db.write {
            try db.run("INSERT INTO agenda_items (id, meeting_id, position, kind, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       id, meetingID, 0, kind.rawValue, trimmed, now, now)
            var order = existing.map(\.id)
            order.insert(id, at: at)
            try writePositions(order)
            try renumber(bodyID: m.bodyID, year: m.year)
        }
        return id
    }

    /// Moves an item up (negative) or down; refused once the meeting has started.
    public func moveItem(_ itemID: Int64, by delta: Int) throws {
        let m = try editableMeeting(ofItem: itemID)
        guard !m.status.hasStarted else { throw MeetingError.alreadyStarted }
        var order = try items(meetingID: m.id).map(\.id)
        guard let from = order.firstIndex(of: itemID) else { throw MeetingError.notFound }
        let to = max(0, min(order.count - 1, from + delta))
        guard to != from else { return }
        order.remove(at: from)
        order.insert(itemID, at: to)
        try db.write {
            try writePositions(order)
            try renumber(bodyID: m.bodyID, year: m.year)
        }
    }

    /// Removes an item before the meeting; its § closes up.
    public func deleteItem(_ itemID: Int64) throws {
        let m = try editableMeeting(ofItem: itemID)
        guard !m.status.hasStarted else { throw MeetingError.alreadyStarted }
        try db.write {
            try db.run("UPDATE actions SET item_id = NULL WHERE item_id = ?", itemID)
            try db.run("DELETE FROM agenda_items WHERE id = ?", itemID)
            try writePositions(try items(meetingID: m.id).map(\.id))
            try renumber(bodyID: m.bodyID, year: m.year)
        }
    }

    private func writePositions(_ order: [Int64]) throws {
        for (i, id) in order.enumerated() {
            try db.run("UPDATE agenda_items SET position = ? WHERE id = ? AND position IS NOT ?", i + 1, id, i + 1)
        }
    }

    /// Writes changed text fields in one short transaction (the autosave's unit of work).
    /// Refused as a whole when any item's minutes are approved.
    public func save(_ edits: [ItemEdit]) throws {
        guard !edits.isEmpty else { return }
        for itemID in Set(edits.map(\.itemID)) { _ = try editableMeeting(ofItem: itemID) }
        for edit in edits where edit.field == .title && edit.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw MeetingError.emptyText(field: "title")
        }
        let stamp = now
        try db.write {
            for edit in edits {
                try db.run("UPDATE agenda_items SET \(edit.field.column) = ?, updated_at = ? WHERE id = ?", edit.text, stamp, edit.itemID)
            }
        }
    }

    public func setText(itemID: Int64, field: ItemField, text: String) throws {
        try save([ItemEdit(itemID: itemID, field: field, text: text)])
    }

    public func setKind(itemID: Int64, kind: ItemKind) throws {
        _ = try editableMeeting(ofItem: itemID)
        try db.write { try db.run("UPDATE agenda_items SET kind = ?, updated_at = ? WHERE id = ?", kind.rawValue, now, itemID) }
    }

    /// Records a vote: for, against, abstain (nil clears), with the names when the body wants them.
    public func setVote(itemID: Int64, for yes: Int?, against no: Int?, abstain: Int?, names: String = "") throws {
        let m = try editableMeeting(ofItem: itemID)
        for n in [yes, no, abstain].compactMap({ $0 }) where n < 0 { throw MeetingError.invalidNumber(String(n)) }
        // Only voting members present may vote: more votes than that is a typo, refused.
        let votes = [yes, no, abstain].compactMap { $0 }.reduce(0, +)
        if votes > 0 {
            let present = try votingPresent(meetingID: m.id, itemID: itemID)
            if votes > present { throw MeetingError.voteOverPresent(votes: votes, present: present) }
        }
        try db.write {
            try db.run("UPDATE agenda_items SET vote_for = ?, vote_against = ?, vote_abstain = ?, vote_names = ?, updated_at = ? WHERE id = ?",
                       yes, no, abstain, names, now, itemID)
        }
    }

    /// Copies the proposal into an empty decision (what the live minutes show first).
    /// Returns whether anything changed.
    @discardableResult
    public func prefillDecision(itemID: Int64) throws -> Bool {
        guard let item = try item(itemID), item.decision.isEmpty, !item.proposal.isEmpty else { return false }
        try setText(itemID: itemID, field: .decision, text: item.proposal)
        return true
    }

    /// The one-key decision: "Hyväksyttiin esityksen mukaisesti."
    /// Writes "approved as proposed" as the item's decision, in the body's document language (the
    /// minutes are the body's document, whatever the secretary's screen shows) unless `language`
    /// says otherwise. A decision item is refused while the meeting is not quorate for it
    /// (disqualified members left out): the secretary can still type what was noted instead.
    /// Returns the text written.
    @discardableResult
    public func decideAsProposed(itemID: Int64, language: Language? = nil) throws -> String {
        let meeting = try editableMeeting(ofItem: itemID)
        let kind = try db.scalarString("SELECT kind FROM agenda_items WHERE id = ?", itemID)
        if kind == ItemKind.decision.rawValue {
            let q = try quorum(meetingID: meeting.id, itemID: itemID)
            guard q.hasQuorum else { throw MeetingError.notQuorate(filled: q.filled, required: q.required, seats: q.seats) }
        }
        let body = try body(meeting.bodyID)
        let documentLanguage = language ?? body?.documentLanguage ?? .fi
        let text = L(documentLanguage)["meetings.decision.as_proposed"]
        var edits = [ItemEdit(itemID: itemID, field: .decision, text: text)]
        // A bilingual body's minutes say it in Swedish too (issue 17).
        if language == nil, body?.bilingual == true {
            edits.append(ItemEdit(itemID: itemID, field: .decisionSV, text: L(.sv)["meetings.decision.as_proposed"]))
        }
        try save(edits)
        return text
    }

    /// Links the item to a grant round (nil unlinks); the disqualification check uses it.
    public func setRound(itemID: Int64, roundID: Int64?) throws {
        _ = try editableMeeting(ofItem: itemID)
        try db.write { try db.run("UPDATE agenda_items SET round_id = ?, updated_at = ? WHERE id = ?", roundID, now, itemID) }
    }

    static func item(_ r: Row) -> AgendaItem {
        AgendaItem(id: r.int64("id") ?? 0, meetingID: r.int64("meeting_id") ?? 0, position: r.int("position") ?? 0,
                   section: r.int("section_number"), kind: ItemKind(rawValue: r.string("kind") ?? "") ?? .decision,
                   templateKey: r.string("template_key") ?? "", title: r.string("title") ?? "",
                   preparer: r.string("preparer") ?? "", background: r.string("background") ?? "",
                   proposal: r.string("proposal") ?? "", discussion: r.string("discussion") ?? "",
                   decision: r.string("decision") ?? "", counterProposalsText: r.string("counter_proposals") ?? "",
                   voteFor: r.int("vote_for"), voteAgainst: r.int("vote_against"), voteAbstain: r.int("vote_abstain"),
                   voteNames: r.string("vote_names") ?? "", dissent: r.string("dissent") ?? "", roundID: r.int64("round_id"),
                   caseNumber: r.string("case_number") ?? "", titleSV: r.string("title_sv") ?? "",
                   backgroundSV: r.string("background_sv") ?? "", proposalSV: r.string("proposal_sv") ?? "",
                   decisionSV: r.string("decision_sv") ?? "")
    }
}
