import Foundation

/// Attachments, linked associations, counter-proposals and disqualifications of an item.
extension MeetingStore {
    public func attachments(itemID: Int64) throws -> [Attachment] {
        try db.query("SELECT * FROM item_attachments WHERE item_id = ? ORDER BY rowid", itemID).map {
            Attachment(id: $0.int64("id") ?? 0, itemID: itemID, label: $0.string("label") ?? "", target: $0.string("target") ?? "")
        }
    }

    @discardableResult
    public func addAttachment(itemID: Int64, label: String, target: String) throws -> Int64 {
        _ = try editableMeeting(ofItem: itemID)
        let t = target.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else { throw MeetingError.emptyText(field: "target") }
        let id = Store.newID()
        try db.write { try db.run("INSERT INTO item_attachments (id, item_id, label, target) VALUES (?, ?, ?, ?)", id, itemID, label, t) }
        return id
    }

    public func removeAttachment(id: Int64) throws {
        guard let itemID = try db.scalarInt("SELECT item_id FROM item_attachments WHERE id = ?", id) else { return }
        _ = try editableMeeting(ofItem: itemID)
        try db.write { try db.run("DELETE FROM item_attachments WHERE id = ?", id) }
    }

    /// Associations the item concerns, by name.
    public func linkedAssociations(itemID: Int64) throws -> [PersonRef] {
        try db.query("SELECT a.id, a.name FROM item_associations i JOIN associations a ON a.id = i.association_id WHERE i.item_id = ? ORDER BY a.name_key", itemID)
            .map { PersonRef(id: $0.int64("id") ?? 0, name: $0.string("name") ?? "") }
    }

    public func linkAssociation(itemID: Int64, associationID: Int64) throws {
        _ = try editableMeeting(ofItem: itemID)
        try db.write { try db.run("INSERT OR IGNORE INTO item_associations (item_id, association_id) VALUES (?, ?)", itemID, associationID) }
    }

    public func unlinkAssociation(itemID: Int64, associationID: Int64) throws {
        _ = try editableMeeting(ofItem: itemID)
        try db.write { try db.run("DELETE FROM item_associations WHERE item_id = ? AND association_id = ?", itemID, associationID) }
    }

    // MARK: Counter-proposals

    public func counterProposals(itemID: Int64) throws -> [CounterProposal] {
        try db.query("SELECT * FROM item_counter_proposals WHERE item_id = ? ORDER BY created_at, rowid", itemID).map {
            CounterProposal(id: $0.int64("id") ?? 0, itemID: itemID, text: $0.string("text") ?? "",
                            proposer: $0.string("proposer") ?? "", seconder: $0.string("seconder") ?? "",
                            outcome: $0.string("outcome") ?? "")
        }
    }

    @discardableResult
    public func addCounterProposal(itemID: Int64, text: String, proposer: String, seconder: String = "") throws -> Int64 {
        _ = try editableMeeting(ofItem: itemID)
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else { throw MeetingError.emptyText(field: "text") }
        let id = Store.newID()
        try db.write {
            try db.run("INSERT INTO item_counter_proposals (id, item_id, text, proposer, seconder, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                       id, itemID, t, proposer, seconder, now)
        }
        return id
    }

    /// `adopted`, `rejected`, `fell` (not seconded) or empty.
    public func setCounterProposalOutcome(id: Int64, outcome: String) throws {
        guard ["", "adopted", "rejected", "fell"].contains(outcome) else { throw MeetingError.emptyText(field: "outcome") }
        guard let itemID = try db.scalarInt("SELECT item_id FROM item_counter_proposals WHERE id = ?", id) else { throw MeetingError.notFound }
        _ = try editableMeeting(ofItem: itemID)
        try db.write { try db.run("UPDATE item_counter_proposals SET outcome = ? WHERE id = ?", outcome, id) }
    }

    public func removeCounterProposal(id: Int64) throws {
        guard let itemID = try db.scalarInt("SELECT item_id FROM item_counter_proposals WHERE id = ?", id) else { return }
        _ = try editableMeeting(ofItem: itemID)
        try db.write { try db.run("DELETE FROM item_counter_proposals WHERE id = ?", id) }
    }

    // MARK: Disqualification

    public func disqualifications(itemID: Int64) throws -> [Disqualification] {
        try db.query("SELECT d.*, p.name FROM item_disqualifications d JOIN people p ON p.id = d.person_id WHERE d.item_id = ? ORDER BY p.name_key", itemID).map {
            Disqualification(itemID: itemID, personID: $0.int64("person_id") ?? 0, personName: $0.string("name") ?? "", reason: $0.string("reason") ?? "")
        }
    }

    /// Records that a person is disqualified (*esteellinen*) from an item: they leave the room
    /// for it and do not count for its quorum.
    public func disqualify(itemID: Int64, personID: Int64, reason: String) throws {
        _ = try editableMeeting(ofItem: itemID)
        try db.write {
            try db.run("INSERT INTO item_disqualifications (item_id, person_id, reason) VALUES (?, ?, ?) ON CONFLICT (item_id, person_id) DO UPDATE SET reason = excluded.reason",
                       itemID, personID, reason)
        }
    }

    public func clearDisqualification(itemID: Int64, personID: Int64) throws {
        _ = try editableMeeting(ofItem: itemID)
        try db.write { try db.run("DELETE FROM item_disqualifications WHERE item_id = ? AND person_id = ?", itemID, personID) }
    }

    /// People the grant pipeline finds linked to the applicants of the item's round (board
    /// seats, employment, representation, close persons), one entry per person with every
    /// reason, those already recorded left out. Empty when the item is not linked to a round.
    public func suggestedDisqualifications(itemID: Int64, language: Language = .fi) throws -> [Disqualification] {
        guard let item = try item(itemID), let m = try meeting(item.meetingID) else { return [] }
        // What the § concerns: its chosen applications, else its round's applicants, and the
        // associations linked to it (HL 28 § 1 mom. 5: a board seat or another role in them).
        var parties: [DisqualificationCheck.Party] = try db.query("""
            SELECT a.id, a.association_id, s.name FROM item_applications i JOIN grant_applications a ON a.id = i.application_id
            JOIN associations s ON s.id = a.association_id WHERE i.item_id = ?
            """, itemID).compactMap(Self.party)
        if parties.isEmpty, let roundID = item.roundID {
            parties = try db.query("""
                SELECT a.id, a.association_id, s.name FROM grant_applications a JOIN associations s ON s.id = a.association_id
                WHERE a.round_id = ? AND a.stage <> 'withdrawn'
                """, roundID).compactMap(Self.party)
        }
        parties += try linkedAssociations(itemID: itemID).map { DisqualificationCheck.Party(associationID: $0.id, name: $0.name) }
        guard !parties.isEmpty else { return [] }
        let recorded = Set(try disqualifications(itemID: itemID).map(\.personID))
        // Once the meeting has started, only members present can step aside at the §.
        let present: Set<Int64>? = m.status.hasStarted ? Set(try attendance(meetingID: m.id).filter(\.isPresent).map(\.personID)) : nil
        let conflicts = try DisqualificationCheck(store: store).conflicts(bodyID: m.bodyID, parties: parties, on: CivilDate(iso: m.heldOn),
                                                                          language: language)
        var out: [Disqualification] = []
        for c in conflicts where !recorded.contains(c.personID) && (present?.contains(c.personID) ?? true) {
            if let i = out.firstIndex(where: { $0.personID == c.personID }) {
                if !out[i].reason.contains(c.reason) { out[i].reason += "; " + c.reason }
            } else {
                out.append(Disqualification(itemID: itemID, personID: c.personID, personName: c.personName, reason: c.reason))
            }
        }
        return out
    }

    static func party(_ row: Row) -> DisqualificationCheck.Party? {
        guard let app = row.int64("id"), let assoc = row.int64("association_id") else { return nil }
        return DisqualificationCheck.Party(associationID: assoc, name: row.string("name") ?? "", applicationID: app)
    }

    /// The grant rounds an item can be linked to, newest first.
    public func roundChoices() throws -> [PersonRef] {
        try db.query("SELECT id, name, year FROM grant_rounds ORDER BY year DESC, name").map {
            PersonRef(id: $0.int64("id") ?? 0, name: "\($0.string("name") ?? "") (\($0.int("year") ?? 0))")
        }
    }
}
