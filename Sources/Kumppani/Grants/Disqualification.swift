import Foundation

/// A member of the deciding body who must step aside from one application (*esteellisyys*).
public struct Conflict: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable { case boardSeat = "board_seat", employment, representation, closePerson = "close_person" }

    public var personID: Int64
    public var personName: String
    public var applicationID: Int64
    public var associationName: String
    /// Why, in words for the minutes: "hallituksen jäsen: Lahden Omaishoitajat ry".
    public var reason: String
    /// Every link found, strongest first.
    public var kinds: [Kind]
}

/// Checks every member of a round's deciding body against the round's applicants through the
/// directory: board seats, employment and representation (affiliations, and the association a
/// member represents in the body), and the same links of their recorded close persons.
public struct DisqualificationCheck: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    /// Affiliation kinds that make a person disqualified. Membership and contact roles do not.
    static let linkingKinds: [String: Conflict.Kind] = [
        "board_chair": .boardSeat, "board_member": .boardSeat, "board_deputy": .boardSeat,
        "employee": .employment, "representative": .representation,
    ]

    /// The conflicts for the round's decision, applicants in Finnish order. `on` limits members'
    /// terms and affiliations to those in force that day (all when nil).
    public func conflicts(roundID: Int64, on date: CivilDate? = nil, language: Language = .fi) throws -> [Conflict] {
        let db = store.database
        guard let bodyID = try db.scalarInt("SELECT deciding_body_id FROM grant_rounds WHERE id = ?", roundID) else { return [] }
        let applicants = try db.query("""
            SELECT a.id, a.association_id, s.name FROM grant_applications a JOIN associations s ON s.id = a.association_id
            WHERE a.round_id = ? AND a.stage <> 'withdrawn'
            """, roundID).compactMap { row -> Party? in
            guard let app = row.int64("id"), let assoc = row.int64("association_id") else { return nil }
            return Party(associationID: assoc, name: row.string("name") ?? "", applicationID: app)
        }
        return try conflicts(bodyID: bodyID, parties: applicants, on: date, language: language)
    }

    /// An association a decision concerns: an applicant (with its application) or an association
    /// an agenda item is linked to (application id 0).
    public struct Party: Sendable, Equatable {
        public var associationID: Int64
        public var name: String
        public var applicationID: Int64
        public init(associationID: Int64, name: String, applicationID: Int64 = 0) {
            self.associationID = associationID; self.name = name; self.applicationID = applicationID
        }
    }

    /// The body's members (in office on `date`) linked to any of `parties`, in Finnish order.
    public func conflicts(bodyID: Int64, parties: [Party], on date: CivilDate? = nil, language: Language = .fi) throws -> [Conflict] {
        let db = store.database
        let l = L(language)
        let day = date?.iso
        let members = try db.query("""
            SELECT DISTINCT m.person_id, p.name, m.represents_association_id FROM members m JOIN people p ON p.id = m.person_id
            WHERE m.body_id = ?1 AND (?2 IS NULL OR ((m.term_start_on IS NULL OR m.term_start_on <= ?2) AND (m.term_end_on IS NULL OR m.term_end_on >= ?2)))
            """, bodyID, day)
        var out: [Conflict] = []
        for member in members {
            guard let personID = member.int64("person_id") else { continue }
            let personName = member.string("name") ?? ""
            let own = try links(of: personID, day: day)
            var close: [(name: String, relation: String, links: [Int64: [(Conflict.Kind, String)]])] = []
            for rel in try db.query("""
                SELECT p.id, p.name, r.relation FROM person_relations r JOIN people p ON p.id = r.related_person_id WHERE r.person_id = ?1
                UNION SELECT p.id, p.name, r.relation FROM person_relations r JOIN people p ON p.id = r.person_id WHERE r.related_person_id = ?1
                """, personID) {
                guard let other = rel.int64("id"), other != personID else { continue }
                close.append((rel.string("name") ?? "", rel.string("relation") ?? "", try links(of: other, day: day)))
            }
            for party in parties {
                let assocID = party.associationID, appID = party.applicationID
                let assocName = party.name
                var kinds: [Conflict.Kind] = []
                var reasons: [String] = []
                for (kind, title) in own[assocID] ?? [] {
                    kinds.append(kind)
                    reasons.append(l["grants.conflict.\(kind.rawValue)", assocName] + (title.isEmpty ? "" : " (\(title))"))
                }
                if member.int64("represents_association_id") == assocID && !kinds.contains(.representation) {
                    kinds.append(.representation)
                    reasons.append(l["grants.conflict.represents_in_body", assocName])
                }
                for person in close {
                    for (kind, _) in person.links[assocID] ?? [] {
                        if !kinds.contains(.closePerson) { kinds.append(.closePerson) }
                        let relation = person.relation.isEmpty ? l["grants.conflict.close_person_default"] : person.relation
                        reasons.append(l["grants.conflict.close_person", relation, person.name, l["grants.conflict.\(kind.rawValue)", assocName]])
                    }
                }
                if !kinds.isEmpty {
                    out.append(Conflict(personID: personID, personName: personName, applicationID: appID, associationName: assocName,
                                        reason: reasons.joined(separator: "; "), kinds: kinds))
                }
            }
        }
        return out.sorted {
            let byAssoc = FinnishCollation.compare($0.associationName, $1.associationName)
            if byAssoc != .orderedSame { return byAssoc == .orderedAscending }
            return FinnishCollation.compare($0.personName, $1.personName) == .orderedAscending
        }
    }

    /// A person's disqualifying links, by association.
    private func links(of personID: Int64, day: String?) throws -> [Int64: [(Conflict.Kind, String)]] {
        var out: [Int64: [(Conflict.Kind, String)]] = [:]
        for row in try store.database.query("""
            SELECT association_id, kind, title FROM affiliations WHERE person_id = ?1
              AND (?2 IS NULL OR ((start_on IS NULL OR start_on <= ?2) AND (end_on IS NULL OR end_on >= ?2)))
            """, personID, day) {
            guard let assoc = row.int64("association_id"), let kind = Self.linkingKinds[row.string("kind") ?? ""] else { continue }
            out[assoc, default: []].append((kind, row.string("title") ?? ""))
        }
        return out
    }
}
