import Foundation

/// One association's text for the stem index, as `association_stem_source` gives it.
struct StemSource: Sendable {
    let id: Int64
    let name: String
    let own: String
    let others: String
    let contact: String
}

/// One row of `association_stem`, and the stems it adds to the typo vocabulary.
struct StemRow: Sendable {
    let id: Int64
    let name: String
    let body: String
    /// Contact details as looked for (folded words, phone endings): `association_contact_fts`.
    let contact: String
}

/// Stems rows for `association_stem` and collects the vocabulary. Remembers each word's stem:
/// the same few thousand words repeat across a directory, and stemming is the costly part.
///
/// Memory stays bounded on any input (a 1 GB import): the cache stops growing at `cacheLimit`
/// words, and the vocabulary is handed over in batches (`takeVocabulary`) to be written with
/// `INSERT OR IGNORE`, remembering at most `vocabularyMemory` words so as not to write them again.
struct StemWriter {
    /// Keyed by a copy of the word: a `Substring` key kept its whole row's text alive.
    private var cache: [String: (stem: String, isWord: Bool)] = [:]
    private var written = Set<String>()
    private var vocabulary: [String] = []
    static let cacheLimit = 50_000
    static let vocabularyMemory = 100_000

    /// The row for `association_stem`; its new vocabulary words wait for `takeVocabulary`.
    mutating func row(_ source: StemSource) -> StemRow {
        let name = stems(source.name, vocabulary: true)
        let own = stems(source.own, vocabulary: true)
        let others = stems(source.others, vocabulary: false)
        // Contact details are looked for as typed (`kauppakatu 14`, `18100`): folded, not stemmed.
        let contact = Self.withPhoneEndings(SearchWords.split(SearchFolding.fold(source.contact)).map(String.init))
        var seen = Set(own)
        let body = own + others.filter { seen.insert($0).inserted }
        var seenContact = Set<String>()
        return StemRow(id: source.id, name: name.joined(separator: " "), body: body.joined(separator: " "),
                       contact: contact.filter { seenContact.insert($0).inserted }.joined(separator: " "))
    }

    /// A phone number is often given without its area code (`512 3456` for 044 512 3456): each
    /// run of eight digits or more (the postcode has five) is also listed by its last seven.
    static let phoneEnding = 7
    static func withPhoneEndings(_ words: [String]) -> [String] {
        words + words.filter { $0.utf8.count > phoneEnding && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
            .map { String($0.suffix(phoneEnding)) }
    }

    /// The vocabulary words found since the last call (some may be in the table already).
    mutating func takeVocabulary() -> [String] {
        defer { vocabulary.removeAll(keepingCapacity: true) }
        return vocabulary
    }

    /// `separateContact`: the file has `association_contact_fts` (version 17); before it the
    /// contact details were words of the stem body.
    static func insert(_ row: StemRow, on db: Database, separateContact: Bool) throws {
        if separateContact {
            try db.run("INSERT INTO association_stem(rowid, name, body) VALUES (?, ?, ?)", row.id, row.name, row.body)
            try db.run("INSERT INTO association_contact_fts(rowid, contact) VALUES (?, ?)", row.id, row.contact)
        } else {
            let body = [row.body, row.contact].filter { !$0.isEmpty }.joined(separator: " ")
            try db.run("INSERT INTO association_stem(rowid, name, body) VALUES (?, ?, ?)", row.id, row.name, body)
        }
    }

    static func insertVocabulary(_ words: [String], on db: Database) throws {
        for stem in words {
            try db.run("INSERT OR IGNORE INTO search_vocabulary(stem, length) VALUES (?, ?)", stem, stem.unicodeScalars.count)
        }
    }

    /// The slow path, one row at a time (the queue of a few changed associations; the reference
    /// the threaded rebuild is tested against).
    mutating func add(_ source: StemSource, on db: Database, separateContact: Bool) throws {
        try Self.insert(row(source), on: db, separateContact: separateContact)
        try Self.insertVocabulary(takeVocabulary(), on: db)
    }

    /// The distinct stems of a text's words, in order.
    private mutating func stems(_ text: String, vocabulary keep: Bool) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        for piece in SearchWords.split(text) {
            let word = String(piece)
            let entry: (stem: String, isWord: Bool)
            if let known = cache[word] {
                entry = known
            } else {
                let stem = FinnishStemmer.stem(word)
                // Whether the stem may go into the typo vocabulary: letters only, long enough.
                let isWord = stem.unicodeScalars.count >= SearchIndex.vocabularyMinLength
                    && stem.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
                entry = (stem, isWord)
                // Bounded: names and rare words would grow it without ever being met again.
                if cache.count < Self.cacheLimit { cache[word] = entry }
            }
            guard seen.insert(entry.stem).inserted else { continue }
            out.append(entry.stem)
            if keep, entry.isWord, !written.contains(entry.stem) {
                if written.count >= Self.vocabularyMemory { written.removeAll(keepingCapacity: true) }
                written.insert(entry.stem)
                vocabulary.append(entry.stem)
            }
        }
        return out
    }
}

