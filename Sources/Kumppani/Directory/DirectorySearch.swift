import Foundation

/// How a typed search is answered. Chosen by the input (storage-notes.md, measured at 100k rows):
/// 1–2 letters use the `name_key` index (a ranked 1-letter FTS query took 106 ms, the range
/// 0.01 ms); longer input uses FTS5 with every token quoted and prefix-starred; a Y-tunnus-looking
/// input searches `business_id` by prefix. When the exact index finds nothing, the folded index
/// lets `aanekoski` find *Äänekoski*.
enum SearchPlan: Equatable {
    case everything
    /// `name_key` in [key, key + U+10FFFF): names starting with the typed letters.
    case namePrefix(key: String)
    case businessID(prefix: String)
    /// `match` finds the rows, `nameMatch` (every token in the name) ranks them first.
    case fullText(table: String, match: String, nameMatch: String)

    /// The plans to try in order: the first that finds something is used.
    static func candidates(for text: String) -> [SearchPlan] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return [.everything] }
        if trimmed.contains(where: \.isNumber), trimmed.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "-" }) {
            var prefix = trimmed
            if !prefix.contains("-"), prefix.count > 7 {
                prefix.insert("-", at: prefix.index(prefix.startIndex, offsetBy: 7))
            }
            return [.businessID(prefix: prefix), fullText(tokens(trimmed), folded: false)]
        }
        let words = tokens(trimmed)
        guard !words.isEmpty else { return [.everything] }
        if words.count == 1, words[0].count <= 2 {
            let folded = fullText([DirectoryRules.foldAll(words[0])], folded: true)
            return [.namePrefix(key: DirectoryRules.sortKey(words[0])), folded]
        }
        let exact = fullText(words, folded: false)
        let folded = fullText(words.map(DirectoryRules.foldAll), folded: true)
        return exact == folded ? [exact] : [exact, folded]
    }

    /// Runs of letters and digits, as the unicode61 tokenizer splits them.
    static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    static func fullText(_ words: [String], folded: Bool) -> SearchPlan {
        let quoted = words.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"*" }
        return .fullText(table: folded ? "association_fts_folded" : "association_fts",
                         match: quoted.joined(separator: " AND "),
                         nameMatch: quoted.map { "name : \($0)" }.joined(separator: " AND "))
    }

    /// The condition on `a` that selects the matching associations.
    var condition: (sql: String, args: [DatabaseValueConvertible?])? {
        switch self {
        case .everything:
            return nil
        case .namePrefix(let key):
            return ("a.name_key >= ? AND a.name_key < ?", [key, key + "\u{10FFFF}"])
        case .businessID(let prefix):
            return ("a.business_id >= ? AND a.business_id < ?", [prefix, prefix + "\u{7F}"])
        case .fullText(let table, let match, _):
            return ("a.id IN (SELECT rowid FROM \(table) WHERE \(table) MATCH ?)", [match])
        }
    }

    /// For a full-text plan: the matches whose name has every token, then the others.
    /// Each tier is ordered by name; FTS5 answers both sets without touching the table.
    var tiers: [String]? {
        guard case .fullText(_, let match, let nameMatch) = self else { return nil }
        return [nameMatch, "(\(match)) NOT (\(nameMatch))"]
    }

    var ftsTable: String? {
        if case .fullText(let table, _, _) = self { return table }
        return nil
    }
}
