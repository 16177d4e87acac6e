import Foundation

/// One row of `people`, as the privacy commands see it.
public struct PersonRecord: Sendable, Equatable, Codable {
    public let id: Int64
    public let name: String
    public let email: String
    public let phone: String
    public let title: String
    public let notes: String
    public let createdAt: String
    public let updatedAt: String
}

/// Who `kumppani person export|erase NAME|EMAIL` is about.
public struct PersonLookupResult: Sendable, Equatable {
    public enum MatchedBy: String, Sendable, Codable { case email, name, id }

    public let query: String
    public let matchedBy: MatchedBy
    /// Every matching row, in Finnish name order, then by id.
    public let people: [PersonRecord]

    /// A name that several records carry: they may be different people, so the user must say
    /// which one (by e-mail or `id:N`) before anything is erased. Records found by one e-mail
    /// address are the same person entered twice.
    public var isAmbiguous: Bool { matchedBy == .name && people.count > 1 }
}

/// Finds people by exact e-mail (case-insensitively), by full name (Finnish-folded: case,
/// accents other than å/ä/ö, Unicode form and extra spaces do not matter) or by `id:N`.
public enum PersonLookup {
    public static func find(_ query: String, in db: Database) throws -> PersonLookupResult {
        let text = query.trimmingCharacters(in: .whitespacesAndNewlines)
        let rows: [Row]
        let matchedBy: PersonLookupResult.MatchedBy
        if text.lowercased().hasPrefix("id:"), let id = Int64(text.dropFirst(3).trimmingCharacters(in: .whitespaces)) {
            matchedBy = .id
            rows = try db.query("SELECT * FROM people WHERE id = ?", id)
        } else if text.contains("@") {
            matchedBy = .email
            // Compared in Swift: SQLite's lower() folds ASCII only.
            let wanted = text.lowercased()
            rows = try db.query("SELECT * FROM people WHERE email <> ''")
                .filter { ($0.string("email") ?? "").trimmingCharacters(in: .whitespaces).lowercased() == wanted }
        } else {
            matchedBy = .name
            let wanted = nameKey(text)
            rows = wanted.isEmpty ? [] : try db.query("SELECT * FROM people").filter { nameKey($0.string("name") ?? "") == wanted }
        }
        let people = rows.map(record).sorted {
            let order = FinnishCollation.compare($0.name, $1.name)
            return order == .orderedSame ? $0.id < $1.id : order == .orderedAscending
        }
        return PersonLookupResult(query: text, matchedBy: matchedBy, people: people)
    }

    /// The comparison form of a full name: folded, words separated by single spaces.
    static func nameKey(_ name: String) -> String {
        SearchFolding.fold(name).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func record(_ r: Row) -> PersonRecord {
        PersonRecord(id: r.int64("id") ?? 0, name: r.string("name") ?? "", email: r.string("email") ?? "",
                     phone: r.string("phone") ?? "", title: r.string("title") ?? "", notes: r.string("notes") ?? "",
                     createdAt: r.string("created_at") ?? "", updatedAt: r.string("updated_at") ?? "")
    }
}
