import Foundation

/// The version-6 indexes (stems, trigrams, typo vocabulary; see `Schema6Search`), kept in step
/// by the same `search_dirty` queue as the two word indexes. Stems come from Swift, so a trigger
/// cannot write them; `flush` and `rebuild` do.
extension SearchIndex {
    static let stemTable = "association_stem"
    static let trigramTable = "association_trigram"
    static let finnishTables = [stemTable, trigramTable]
    /// Words shorter than this are not in the typo vocabulary: one letter changed in a
    /// three-letter word is another word.
    static let vocabularyMinLength = 4

    /// False on a file still below version 6 (a migration in progress, tests that stop at 5).
    static func hasFinnishIndexes(on db: Database) throws -> Bool {
        try db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'association_stem'") == 1
    }

    /// Reindexes the queued associations (called by `flush` before it empties the queue).
    static func flushFinnish(on db: Database) throws {
        guard try hasFinnishIndexes(on: db) else { return }
        let dirty = "(SELECT association_id FROM search_dirty)"
        for t in finnishTables { try db.run("DELETE FROM \(t) WHERE rowid IN \(dirty)") }
        try db.run("INSERT INTO \(trigramTable)(rowid, name) SELECT id, name FROM associations WHERE id IN \(dirty)")
        var writer = StemWriter()
        try db.forEach("SELECT id, name, own, others, contact FROM association_stem_source WHERE id IN \(dirty)") { row in
            try writer.add(row, on: db)
        }
        try writer.writeVocabulary(on: db)
    }

    /// Rebuilds the version-6 indexes from scratch (after a bulk load and in the migration).
    public static func rebuildFinnish(on db: Database) throws {
        guard try hasFinnishIndexes(on: db) else { return }
        try db.execute("""
            DELETE FROM \(stemTable); DELETE FROM \(trigramTable); DELETE FROM search_vocabulary;
            INSERT INTO \(trigramTable)(rowid, name) SELECT id, name FROM associations;
            """)
        var writer = StemWriter()
        try db.forEach("SELECT id, name, own, others, contact FROM association_stem_source") { row in
            try writer.add(row, on: db)
        }
        try writer.writeVocabulary(on: db)
    }
}

/// Stems rows into `association_stem` and collects the vocabulary. Remembers each word's stem:
/// the same few thousand words repeat across a directory, and stemming is the costly part.
struct StemWriter {
    private var cache: [Substring: (stem: String, isWord: Bool)] = [:]
    private var vocabulary = Set<String>()
    static let cacheLimit = 50_000

    mutating func add(_ row: Row, on db: Database) throws {
        guard let id = row.int64("id") else { return }
        let name = stems(row.string("name") ?? "", vocabulary: true)
        let own = stems(row.string("own") ?? "", vocabulary: true)
        let others = stems(row.string("others") ?? "", vocabulary: false)
        // Contact details are looked for as typed (`kauppakatu 14`, `18100`): folded, not stemmed.
        let contact = SearchWords.split(SearchFolding.fold(row.string("contact") ?? "")).map(String.init)
        var seen = Set(own)
        let body = own + others.filter { seen.insert($0).inserted } + contact.filter { seen.insert($0).inserted }
        try db.run("INSERT INTO association_stem(rowid, name, body) VALUES (?, ?, ?)",
                   id, name.joined(separator: " "), body.joined(separator: " "))
    }

    func writeVocabulary(on db: Database) throws {
        for stem in vocabulary {
            try db.run("INSERT OR IGNORE INTO search_vocabulary(stem, length) VALUES (?, ?)", stem, stem.unicodeScalars.count)
        }
    }

    /// The distinct stems of a text's words, in order.
    private mutating func stems(_ text: String, vocabulary keep: Bool) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        for word in SearchWords.split(text) {
            let entry: (stem: String, isWord: Bool)
            if let known = cache[word] {
                entry = known
            } else {
                let stem = FinnishStemmer.stem(String(word))
                // Whether the stem may go into the typo vocabulary: letters only, long enough.
                let isWord = stem.unicodeScalars.count >= SearchIndex.vocabularyMinLength
                    && stem.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
                entry = (stem, isWord)
                // Bounded: names and rare words would grow it without ever being met again.
                if cache.count < Self.cacheLimit { cache[word] = entry }
            }
            guard seen.insert(entry.stem).inserted else { continue }
            out.append(entry.stem)
            if keep, entry.isWord { vocabulary.insert(entry.stem) }
        }
        return out
    }
}

/// Words as the unicode61 tokenizer sees them: runs of letters and digits (a combining mark
/// stays with its letter). Scalar by scalar, with a fast path for ASCII: this runs over every
/// association's text on a bulk load.
enum SearchWords {
    static func split(_ text: String) -> [Substring] {
        var out: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.UnicodeScalarView.Index?
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            if isWordScalar(c) {
                if start == nil { start = i }
            } else if let s = start {
                out.append(Substring(scalars[s..<i]))
                start = nil
            }
            i = scalars.index(after: i)
        }
        if let s = start { out.append(Substring(scalars[s..<scalars.endIndex])) }
        return out
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }
}
