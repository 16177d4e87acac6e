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
    case fullText(FullTextPlan)

    /// Words shorter than this are not FTS terms when a longer word is typed too: `"a"*` merges
    /// the postings of every word starting with a (`a-k` took 250 ms), so such a word only
    /// narrows the rows the longer words found.
    static let shortWordLength = 3

    /// The plans to try in order: the first that finds something is used.
    static func candidates(for text: String) -> [SearchPlan] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return [.everything] }
        if trimmed.contains(where: \.isNumber), trimmed.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "-" }) {
            var prefix = trimmed
            if !prefix.contains("-"), prefix.count > 7 {
                prefix.insert("-", at: prefix.index(prefix.startIndex, offsetBy: 7))
            }
            return [.businessID(prefix: prefix), .fullText(FullTextPlan(tokens(trimmed), folded: false))]
        }
        let words = tokens(trimmed)
        guard !words.isEmpty else { return [.everything] }
        if words.allSatisfy({ $0.count < shortWordLength }) {
            // Only short words (`a`, `ka`, `a-k`): the list jumps to the names starting so.
            // Several short words (`a-k`) are not worth a folded FTS fallback: `"a"* AND "k"*` took 250 ms.
            guard words.count == 1 else { return [.namePrefix(key: DirectoryRules.sortKey(trimmed))] }
            return [.namePrefix(key: DirectoryRules.sortKey(words[0])),
                    .fullText(FullTextPlan(words.map(DirectoryRules.foldAll), folded: true))]
        }
        let exact = FullTextPlan(words, folded: false)
        let folded = FullTextPlan(words.map(DirectoryRules.foldAll), folded: true)
        return [.fullText(exact), .fullText(folded)]
    }

    /// Runs of letters and digits, as the unicode61 tokenizer splits them.
    static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// The condition on `a` that selects every matching association (for the sorts that order
    /// the whole list).
    var condition: (sql: String, args: [DatabaseValueConvertible?])? {
        switch self {
        case .everything:
            return nil
        case .namePrefix(let key):
            return ("a.name_key >= ? AND a.name_key < ?", [key, key + "\u{10FFFF}"])
        case .businessID(let prefix):
            return ("a.business_id >= ? AND a.business_id < ?", [prefix, prefix + "\u{7F}"])
        case .fullText(let plan):
            let t = plan.table
            let globs = plan.shortWordSQL(columns: ["\(t).name", "\(t).body"])
            return ("a.id IN (SELECT rowid FROM \(t) WHERE \(t) MATCH ?\(globs.sql))", [plan.match] + globs.args)
        }
    }

    var fullText: FullTextPlan? {
        if case .fullText(let plan) = self { return plan }
        return nil
    }
}

/// A full-text search: the FTS terms (every word of three or more letters, quoted and starred)
/// find the rows; each short word must start a word of the row's text (a GLOB on the few rows
/// found). Name matches (every word in the name) come first.
struct FullTextPlan: Equatable {
    let table: String
    /// FTS5 query over all columns.
    let match: String
    /// The same terms restricted to the name column.
    let nameMatch: String
    /// GLOB patterns, one per short word, to test against `wordText(...)` of the stored text.
    let shortWords: [String]
    /// The same words as patterns on `name_key` (lower case, å ä ö as `{ | }`): testing the key
    /// costs nothing, while reading a row's text from the FTS table costs 2 µs.
    let shortKeys: [String]
    let folded: Bool
    /// The FTS terms again, as groups of prefixes of which one must match (`match` says the same),
    /// for asking a prefix as its terms (`DirectoryStore.expandedMatch`); empty when the table's
    /// terms are not listed (`termKind` nil).
    let prefixGroups: [[String]]
    /// `search_terms.kind` of the table's terms, or nil.
    let termKind: String?
    /// The short words as typed, for the names-only index (every word there is an FTS term).
    let short: [String]

    init(_ words: [String], folded: Bool) {
        let long = words.filter { $0.count >= SearchPlan.shortWordLength }
        // Without a long word every word is an FTS term (a single digit run such as `12`).
        let terms = long.isEmpty ? words : long
        let short = long.isEmpty ? [] : words.filter { $0.count < SearchPlan.shortWordLength }
        let quoted = terms.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"*" }
        table = folded ? "association_fts_folded" : "association_fts"
        match = quoted.joined(separator: " AND ")
        nameMatch = quoted.map { "name : \($0)" }.joined(separator: " AND ")
        shortWords = short.map { Self.globPattern($0, folded: folded) }
        shortKeys = short.map { Self.keyPattern($0, folded: folded) }
        self.folded = folded
        prefixGroups = folded ? [] : terms.map { [$0] }
        termKind = folded ? nil : "word"
        self.short = short
    }

    /// `* [kK][yY]*`: a word of the text starts with these letters, in either case; in the
    /// folded plan `a` also stands for ä and å, `o` for ö, as the folded index treats them.
    static func globPattern(_ word: String, folded: Bool) -> String {
        var pattern = "* "
        for c in SearchFolding.fold(word) {
            var variants: [String] = [String(c), String(c).uppercased()]
            if folded, c == "a" { variants += ["ä", "Ä", "å", "Å"] }
            if folded, c == "o" { variants += ["ö", "Ö"] }
            var unique: [String] = []
            for v in variants where !unique.contains(v) { unique.append(v) }
            // Tokens are letters and digits only, so no GLOB metacharacter gets here.
            pattern += unique.count == 1 ? unique[0] : "[" + unique.joined() + "]"
        }
        return pattern + "*"
    }

    /// `* ky*` on the name key; in the folded plan `a` also stands for `{` and `|`, `o` for `}`.
    static func keyPattern(_ word: String, folded: Bool) -> String {
        var pattern = "* "
        for c in DirectoryRules.sortKey(word) {
            if folded, c == "a" { pattern += "[a{|]" } else if folded, c == "o" { pattern += "[o}]" } else { pattern.append(c) }
        }
        return pattern + "*"
    }

    /// The columns' text with a space before every word: the separators names and descriptions
    /// use become spaces, so `* k*` finds *Päijät-Kymi*, *(Kymi)* and *SPR:n* alike.
    /// A long body gets only the common separators: every `replace` copies the text, and the
    /// body is what a short word is tested against on thousands of rows.
    static func wordText(_ columns: [String], separators: [String] = ["-", "(", "/", "\"", ":", ",", ".", "\n"]) -> String {
        var text = "' ' || " + columns.map { "coalesce(\($0), '')" }.joined(separator: " || ' ' || ")
        for separator in separators {
            let literal = separator == "\n" ? "char(10)" : "'\(separator)'"
            text = "replace(\(text), \(literal), ' ')"
        }
        return text
    }

    /// ` AND <text> GLOB ?` for each short word, or nothing.
    func shortWordSQL(columns: [String]) -> (sql: String, args: [DatabaseValueConvertible?]) {
        guard !shortWords.isEmpty else { return ("", []) }
        let text = Self.wordText(columns)
        return (shortWords.map { _ in " AND \(text) GLOB ?" }.joined(), shortWords)
    }

    /// ` AND <name key> GLOB ?` for each short word: the name has a word starting so.
    func shortKeySQL(_ nameKey: String) -> (sql: String, args: [DatabaseValueConvertible?]) {
        let key = Self.wordText([nameKey])
        return (shortKeys.map { _ in " AND \(key) GLOB ?" }.joined(), shortKeys)
    }

    /// Each short word starts a word of the name (checked on the key first) or of the body:
    /// the body is only read for rows whose name lacks the word.
    /// `only`: the indexes of the short words still to test (the others were asked as FTS terms).
    func shortNameOrBodySQL(nameKey: String, body: String, only: [Int]? = nil) -> (sql: String, args: [DatabaseValueConvertible?]) {
        let key = Self.wordText([nameKey])
        let text = Self.wordText([body], separators: ["-", "("])
        let tested = only ?? Array(shortKeys.indices)
        return (tested.map { _ in " AND (\(key) GLOB ? OR \(text) GLOB ?)" }.joined(),
                tested.flatMap { [shortKeys[$0], shortWords[$0]] as [DatabaseValueConvertible?] })
    }
}
