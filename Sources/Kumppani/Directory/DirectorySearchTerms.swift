import Foundation

/// Prefixes asked as their terms, and names asked from the names-only index (`Schema17SearchTerms`).
///
/// FTS5 (SQLite 3.40) answers `"laht"*` by merging the postings of every term with the prefix
/// before the first row, however few rows are wanted; `"lahti" OR "lahtinen" OR "lahtis"` is
/// read lazily and stops at the LIMIT. The same rows either way, as long as the term list holds
/// every term of the index (`SearchIndex+Terms`); a prefix with more terms than the limit, or
/// letters whose case the list might fold otherwise, is asked as a prefix as before; so is every
/// prefix while an import's backlog is being made (the list and the names index are not whole).
extension DirectoryStore {
    /// Most terms a prefix is asked as; beyond it the prefix merge is the cheaper of the two.
    static let expansionLimit = 64

    /// Off only in tests that compare the two ways of asking.
    nonisolated(unsafe) static var asksPrefixesByTerms = true

    /// A plan's match with its prefixes asked as terms where the list allows, and which of its
    /// short words are still to be tested row by row (the others became FTS terms).
    func askedByTerms(_ plan: FullTextPlan) throws -> (match: String, shortLeft: [Int]) {
        let all = Array(plan.short.indices)
        guard Self.asksPrefixesByTerms, let kind = plan.termKind, !plan.prefixGroups.isEmpty,
              try SearchIndex.derivedIndexesComplete(on: db) else { return (plan.match, all) }
        var groups: [String] = []
        for alternatives in plan.prefixGroups {
            var asked: [String] = []
            for prefix in alternatives {
                if let terms = try terms(startingWith: prefix, kind: kind), !terms.isEmpty {
                    asked += terms.map(SearchTerms.quoted)
                } else {
                    asked.append(SearchTerms.quoted(prefix) + "*")
                }
            }
            groups.append("(" + asked.joined(separator: " OR ") + ")")
        }
        var shortLeft: [Int] = []
        for (i, word) in plan.short.enumerated() {
            if let terms = try terms(startingWith: word, kind: kind), !terms.isEmpty {
                groups.append("(" + terms.map(SearchTerms.quoted).joined(separator: " OR ") + ")")
            } else {
                shortLeft.append(i)
            }
        }
        return (groups.joined(separator: " AND "), shortLeft)
    }

    /// The terms of the list that start with `prefix`, or nil when the list cannot say: more than
    /// `expansionLimit` of them, or letters outside ASCII and å ä ö (their lower case is FTS5's own).
    func terms(startingWith prefix: String, kind: String) throws -> [String]? {
        guard !prefix.isEmpty, prefix.unicodeScalars.allSatisfy({ Self.plainLetters.contains($0) }) else { return nil }
        let lower = prefix.lowercased()
        let rows = try db.query("SELECT term FROM search_terms WHERE kind = ? AND term >= ? AND term < ? LIMIT ?",
                                kind, lower, lower + "\u{10FFFF}", Self.expansionLimit + 1)
        guard rows.count <= Self.expansionLimit else { return nil }
        return rows.compactMap { $0.string("term") }
    }

    private static let plainLetters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789åäöÅÄÖ")

    /// The exact plan's name matches from the names-only index: every word, the short ones too,
    /// as a prefix (its prefix indexes of one and two letters answer those); nil for the other plans.
    func namesIndexMatch(_ plan: FullTextPlan) throws -> String? {
        guard Self.asksPrefixesByTerms, plan.termKind == "word", try SearchIndex.derivedIndexesComplete(on: db) else { return nil }
        let words = plan.prefixGroups.flatMap { $0 } + plan.short
        guard !words.isEmpty else { return nil }
        return words.map { SearchTerms.quoted($0) + "*" }.joined(separator: " AND ")
    }
}
