import Foundation

/// One row of a searchable picker: who or what, and a word that tells two of the same name apart.
public struct Choice: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var name: String
    public var detail: String
    public init(id: Int64, name: String, detail: String = "") { self.id = id; self.name = name; self.detail = detail }

    /// `Name · detail`, as the picker lists it.
    public var label: String { detail.isEmpty ? name : name + " · " + detail }
}

extension MeetingStore {
    /// Everyone the program knows, in Finnish order, each with their current association (or
    /// title) so that two people of the same name can be told apart.
    public func personChoices() throws -> [Choice] {
        try db.query("""
            SELECT p.id, p.name, p.title,
                   (SELECT a.name FROM affiliations f JOIN associations a ON a.id = f.association_id
                     WHERE f.person_id = p.id ORDER BY f.end_on IS NOT NULL, f.start_on DESC LIMIT 1) AS association
            FROM people p ORDER BY p.name_key, p.id
            """).map { row in
            let association = row.string("association") ?? ""
            return Choice(id: row.int64("id") ?? 0, name: row.string("name") ?? "",
                          detail: association.isEmpty ? (row.string("title") ?? "") : association)
        }
    }

    /// Associations to link to an agenda item: active ones first, each with its town.
    public func associationChoices() throws -> [Choice] {
        try db.query("SELECT id, name, city FROM associations ORDER BY status != 'active', name_key, id").map {
            Choice(id: $0.int64("id") ?? 0, name: $0.string("name") ?? "", detail: $0.string("city") ?? "")
        }
    }
}
