import Foundation

/// A free tag on associations ("kumppanuuspöytä 2027 kutsutut") and how many carry it.
public struct Tag: Equatable, Sendable {
    /// The folded name: one tag whatever the case or spacing it is typed with.
    public let key: String
    public let name: String
    public let count: Int
}

/// Why a tag was refused or not found.
public enum TagProblem: Error, Equatable, Sendable {
    case empty
    case tooLong(max: Int)
    /// A control character or `|` (the export separates tags with it).
    case badCharacter
    case unknownTag(String)
    case noSuchAssociation

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .empty: return l["tags.error.empty"]
        case .tooLong(let max): return l["tags.error.too_long", max]
        case .badCharacter: return l["tags.error.bad_character"]
        case .unknownTag(let name): return l["tags.error.unknown", name]
        case .noSuchAssociation: return l["directory.error.no_such_association"]
        }
    }
}

/// The rules of a tag's name, kept apart from the store so the UI can check as the user types.
public enum TagName {
    public static let maxLength = 80

    /// The name as stored: trimmed, runs of white space as one space.
    public static func clean(_ text: String) -> Result<String, TagProblem> {
        let name = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if name.isEmpty { return .failure(.empty) }
        if name.count > maxLength { return .failure(.tooLong(max: maxLength)) }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "|" }) {
            return .failure(.badCharacter)
        }
        return .success(name)
    }

    /// The key two spellings of one tag share: the clean name in lower case.
    public static func key(_ name: String) -> String {
        name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }
}

extension DirectoryStore {
    /// Every tag with its number of associations, in Finnish alphabetical order.
    public func tags() throws -> [Tag] {
        try db.query("""
            SELECT g.key, g.name, (SELECT count(*) FROM association_tags x WHERE x.tag_key = g.key) AS n FROM tags g
            """).map { Tag(key: $0.string("key") ?? "", name: $0.string("name") ?? "", count: $0.int("n") ?? 0) }
            .sorted { FinnishCollation.areInIncreasingOrder($0.name, $1.name) }
    }

    /// Whether any association has a tag (the list shows its tag column only then).
    public func hasTags() throws -> Bool {
        try db.scalarInt("SELECT EXISTS (SELECT 1 FROM association_tags)") == 1
    }

    /// The tag a typed name stands for, or nil.
    public func tag(named text: String) throws -> Tag? {
        let key = TagName.key(text)
        return try tags().first { $0.key == key }
    }

    /// The names of one association's tags, alphabetically.
    public func tagNames(of id: Int64) throws -> [String] {
        try tagNames(of: [id])[id] ?? []
    }

    /// The tag names of several associations at once (the list's page, the export), alphabetically.
    public func tagNames(of ids: [Int64]) throws -> [Int64: [String]] {
        guard !ids.isEmpty else { return [:] }
        var out: [Int64: [String]] = [:]
        try db.forEach("""
            SELECT x.association_id AS id, g.name FROM association_tags x JOIN tags g ON g.key = x.tag_key
            WHERE x.association_id IN (SELECT value FROM json_each(?))
            """, ["[" + ids.map(String.init).joined(separator: ",") + "]"]) { row in
            guard let id = row.int64("id"), let name = row.string("name") else { return }
            out[id, default: []].append(name)
        }
        return out.mapValues { $0.sorted(by: FinnishCollation.areInIncreasingOrder) }
    }

    /// The associations carrying a tag, in name order; an unknown tag is a problem, not an empty list.
    public func ids(taggedWith text: String) throws -> [Int64] {
        guard let tag = try tag(named: text) else { throw TagProblem.unknownTag(text) }
        return try db.query("""
            SELECT a.id FROM association_tags x JOIN associations a ON a.id = x.association_id
            WHERE x.tag_key = ? ORDER BY a.name_key, a.id
            """, tag.key).compactMap { $0.int64("id") }
    }

    /// Tags these associations (a new tag is made on first use); returns how many were not tagged
    /// so before. Each new tagging is an audit entry. All or nothing: an unknown id changes nothing.
    @discardableResult
    public func addTag(_ text: String, to ids: [Int64]) throws -> Int {
        let name = try TagName.clean(text).get()
        let key = TagName.key(name)
        let now = Timestamp.iso(store.clock.now())
        return try db.write {
            try requireAssociations(ids)
            try db.run("INSERT OR IGNORE INTO tags(key, name, created_at) VALUES (?, ?, ?)", key, name, now)
            let stored = try db.scalarString("SELECT name FROM tags WHERE key = ?", key) ?? name
            var added = 0
            for id in Set(ids).sorted() {
                try db.run("INSERT OR IGNORE INTO association_tags(association_id, tag_key, added_at) VALUES (?, ?, ?)", id, key, now)
                guard try db.scalarInt("SELECT changes()") ?? 0 > 0 else { continue }
                added += 1
                try auditTag(id, action: "tag", name: stored, at: now)
            }
            return added
        }
    }

    /// Takes a tag off these associations; returns how many carried it. A tag left on no
    /// association is removed with its last use (it would only clutter the filter's choices).
    @discardableResult
    public func removeTag(_ text: String, from ids: [Int64]) throws -> Int {
        guard let tag = try tag(named: text) else { throw TagProblem.unknownTag(text) }
        let now = Timestamp.iso(store.clock.now())
        return try db.write {
            try requireAssociations(ids)
            var removed = 0
            for id in Set(ids).sorted() {
                try db.run("DELETE FROM association_tags WHERE association_id = ? AND tag_key = ?", id, tag.key)
                guard try db.scalarInt("SELECT changes()") ?? 0 > 0 else { continue }
                removed += 1
                try auditTag(id, action: "untag", name: tag.name, at: now)
            }
            try db.run("DELETE FROM tags WHERE key = ? AND NOT EXISTS (SELECT 1 FROM association_tags WHERE tag_key = ?)", tag.key, tag.key)
            return removed
        }
    }

    /// Which of these associations still exist (marks outlive a delete or a merge made since).
    public func existing(_ ids: Set<Int64>) throws -> Set<Int64> {
        guard !ids.isEmpty else { return [] }
        return Set(try db.query("SELECT id FROM associations WHERE id IN (SELECT value FROM json_each(?))",
                                "[" + ids.map(String.init).joined(separator: ",") + "]").compactMap { $0.int64("id") })
    }

    private func requireAssociations(_ ids: [Int64]) throws {
        let unique = Set(ids)
        guard !unique.isEmpty else { throw TagProblem.noSuchAssociation }
        let found = try db.scalarInt("SELECT count(*) FROM associations WHERE id IN (SELECT value FROM json_each(?))",
                                     "[" + unique.map(String.init).joined(separator: ",") + "]") ?? 0
        if Int(found) != unique.count { throw TagProblem.noSuchAssociation }
    }

    /// `tag: <name>` under the association, as the trail writes field values.
    private func auditTag(_ id: Int64, action: String, name: String, at: String) throws {
        try db.run("""
            INSERT INTO audit_log(at, os_user, entity, entity_id, action, summary, application_id, meeting_id)
            VALUES (?, ?, 'association', ?, ?, ?, NULL, NULL)
            """, at, OSUser.current(), id, action, "tag: " + name)
    }
}
