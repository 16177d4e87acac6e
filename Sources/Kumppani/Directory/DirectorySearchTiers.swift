import Foundation

/// The tiers after the exact one (`SearchTier`): each fills the list up to `searchCap` after
/// the rows found before it, so a query the exact tier already caps costs nothing more.
///
/// Every tier is computed from the words' stems, not from the typed forms: *omaishoitajat*,
/// *omaishoitajan* and *omaishoitajille* look for the same stems, the same substrings and the
/// same near words, so they find the same set of associations (only which tier a row is
/// credited to may differ).
struct TieredMatches {
    var ids: [Int64]
    var tiers: [Int64: SearchTier]
    var isCapped: Bool
}

extension DirectoryStore {
    /// Adds the stem, part and typo tiers after the exact matches of a full-text search.
    func addingTiers(to exact: CappedMatches, search: String, filter: DirectoryFilter, cap: Int = searchCap) throws -> TieredMatches {
        var result = TieredMatches(ids: exact.ids, tiers: [:], isCapped: exact.isCapped)
        guard !exact.isCapped, try SearchIndex.hasFinnishIndexes(on: db) else { return result }
        // A short word of letters narrows what the long words found (`hollolan ma`): the tiers
        // would widen it again, so such input stays exact (an e-mail's `fi` is no such word).
        // Short numbers (a house number) are kept whole in the part tier instead.
        let all = SearchPlan.tokens(search)
        let narrowing = all.contains(where: { $0.count < SearchPlan.shortWordLength && !$0.allSatisfy(\.isNumber) })
        guard !narrowing || search.contains("@") else { return result }
        let words = all.filter { $0.count >= SearchPlan.shortWordLength }
        guard !words.isEmpty else { return result }
        // When every stem is the word as typed, the stem tier would find what the exact one did.
        let stems = words.contains { SearchTerms.stemVariants($0) != [SearchFolding.fold($0)] } ? SearchTerms.stemPlan(words) : nil
        if let stems { try add(stems, as: .stem, to: &result, filter: filter, cap: cap) }
        // Substrings cost the most (every trigram's postings): only while the list is short.
        // The stem tier gives every inflection nearly the same count, so they skip it alike.
        if !result.isCapped, result.ids.count < Self.partTierBelow, let parts = SearchTerms.partPlan(search, words: words) {
            try add(parts, as: .part, to: &result, filter: filter, cap: cap)
        }
        if result.ids.isEmpty, let plan = try PhaseTiming.measure("typo vocabulary", { try typoPlan(words) }) {
            try add(plan, as: .typo, to: &result, filter: filter, cap: cap)
        }
        return result
    }

    /// The part tier runs only when the tiers before it found fewer rows than this.
    static let partTierBelow = 100

    private func add(_ plan: FullTextPlan, as tier: SearchTier, to result: inout TieredMatches, filter: DirectoryFilter, cap: Int) throws {
        let room = cap - result.ids.count
        guard room > 0 else { result.isCapped = true; return }
        let found = try cappedMatches(plan, filter: filter, cap: room + result.ids.count, namesFirst: false)
        let known = Set(result.ids)
        let new = found.ids.filter { !known.contains($0) }
        for id in new.prefix(room) { result.tiers[id] = tier }
        result.ids += new.prefix(room)
        result.isCapped = new.count > room || found.isCapped
    }

    /// Each word's near stems from the vocabulary (same first letter; one edit for stems of up
    /// to six letters, two for longer), as alternatives; nil when no word has any.
    func typoPlan(_ words: [String]) throws -> FullTextPlan? {
        var groups: [String] = []
        var anyNear = false
        for word in words {
            let stem = FinnishStemmer.stem(word)
            let near = try nearStems(stem)
            if near.isEmpty {
                groups.append(SearchTerms.quoted(stem) + "*")
            } else {
                anyNear = true
                groups.append(near.map(SearchTerms.quoted).joined(separator: " OR "))
            }
        }
        return anyNear ? FullTextPlan(table: SearchIndex.stemTable, groups: groups) : nil
    }

    /// The vocabulary stems within reach of a typed stem, nearest first (at most 12).
    func nearStems(_ stem: String) throws -> [String] {
        let letters = Array(stem.unicodeScalars)
        guard letters.count >= SearchIndex.vocabularyMinLength, letters.allSatisfy({ $0.properties.isAlphabetic }),
              let first = letters.first else { return [] }
        let reach = letters.count <= 6 ? 1 : 2
        let rows = try db.query("""
            SELECT stem FROM search_vocabulary WHERE stem >= ? AND stem < ? AND length BETWEEN ? AND ?
            """, String(first), String(first) + "\u{10FFFF}", letters.count - reach, letters.count + reach)
        var scored: [(String, Int)] = []
        for row in rows {
            guard let candidate = row.string("stem") else { continue }
            if let d = EditDistance.within(letters, Array(candidate.unicodeScalars), limit: reach), d > 0 {
                scored.append((candidate, d))
            }
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(12).map(\.0)
    }
}

/// FTS5 expressions for the stem and trigram tiers.
enum SearchTerms {
    static func quoted(_ term: String) -> String { "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// Each word's stem as a prefix; a stem ending in a vowel after a consonant also without
    /// that vowel, so a plural stem (*marttojen* → marto) meets the singular (*Martta* → mart).
    static func stemPlan(_ words: [String]) -> FullTextPlan? {
        FullTextPlan(table: SearchIndex.stemTable, prefixGroups: words.map(stemVariants), termKind: "stem")
    }

    static func stemVariants(_ word: String) -> [String] {
        let stem = FinnishStemmer.stem(word)
        let s = Array(stem.unicodeScalars)
        guard s.count >= 5, FinnishStemmer.isV1(s[s.count - 1]), FinnishStemmer.isC(s[s.count - 2]) else { return [stem] }
        return [stem, String(String.UnicodeScalarView(s.dropLast()))]
    }

    /// Contact details and parts of names. A phone number (its digits, +358 as 0), an e-mail
    /// or an address (letters and digits) looks for every typed token at the start of a word of
    /// the contact details (`association_contact_fts`); other words are looked for inside names
    /// (trigrams), each as its shortest stem of four letters or more.
    static func partPlan(_ text: String, words: [String]) -> FullTextPlan? {
        let trimmed = SearchFolding.fold(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if let phone = phoneDigits(trimmed) {
            return FullTextPlan(table: SearchIndex.contactTable, groups: [quoted(phone) + "*"])
        }
        if trimmed.contains("@") || (trimmed.contains(where: \.isNumber) && trimmed.contains(where: \.isLetter)) {
            let tokens = SearchPlan.tokens(trimmed).map { quoted($0) + "*" }
            return tokens.isEmpty ? nil : FullTextPlan(table: SearchIndex.contactTable, groups: tokens)
        }
        let terms = words.map { stemVariants($0).last ?? $0 }
        // Four letters at least: a three-letter substring is in thousands of names.
        guard terms.allSatisfy({ $0.unicodeScalars.count >= 4 }) else { return nil }
        return FullTextPlan(table: SearchIndex.trigramTable, groups: terms.map(quoted))
    }

    /// The digits of phone-like input (digits, spaces, `+ - ( )`, four digits or more), as
    /// `association_contact_source` stores them.
    static func phoneDigits(_ text: String) -> String? {
        guard text.allSatisfy({ ($0.isASCII && $0.isNumber) || " +-()".contains($0) }) else { return nil }
        var digits = text.filter { $0.isASCII && $0.isNumber }
        guard digits.count >= 4 else { return nil }
        if text.hasPrefix("+358") || (text.hasPrefix("358") && digits.count > 9) { digits = "0" + digits.dropFirst(3) }
        return digits
    }
}

extension FullTextPlan {
    /// A plan over one of the version-6 tables: every group (FTS5 alternatives) must match;
    /// there are no short words to test apart.
    init(table: String, groups: [String]) {
        self.init(table: table, groups: groups, prefixGroups: [], termKind: nil)
    }

    /// The same with every alternative a prefix (`"lahd"* OR "lah"*`), whose terms the term list
    /// of `termKind` may give instead.
    init(table: String, prefixGroups: [[String]], termKind: String) {
        self.init(table: table, groups: prefixGroups.map { $0.map { SearchTerms.quoted($0) + "*" }.joined(separator: " OR ") },
                  prefixGroups: prefixGroups, termKind: termKind)
    }

    private init(table: String, groups: [String], prefixGroups: [[String]], termKind: String?) {
        self.table = table
        match = groups.map { "(\($0))" }.joined(separator: " AND ")
        nameMatch = groups.map { "name : (\($0))" }.joined(separator: " AND ")
        shortWords = []
        shortKeys = []
        folded = false
        self.prefixGroups = prefixGroups
        self.termKind = termKind
        short = []
    }
}

/// Optimal string alignment distance (Levenshtein with adjacent transpositions, so *Heinloa*
/// is one edit from *Heinola*), with an early stop once every path exceeds the limit.
enum EditDistance {
    static func within(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, before[j - 2] + 1) }
                current[j] = d
                rowMin = min(rowMin, d)
            }
            if rowMin > limit { return nil }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
