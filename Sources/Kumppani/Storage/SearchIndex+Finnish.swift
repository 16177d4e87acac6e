import Foundation
import CSQLite

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

    static let stemSourceSQL = "SELECT id, name, own, others, contact FROM association_stem_source"

    /// Reindexes some associations (`ids`: an SQL list or subquery; the queue of `flush`, a chunk
    /// of the backlog), one at a time: a change touches a few associations.
    static func reindexFinnish(ids dirty: String, on db: Database) throws {
        guard try hasFinnishIndexes(on: db) else { return }
        let separateContact = try hasTermIndexes(on: db)
        for t in finnishTables + (separateContact ? [contactTable] : []) { try db.run("DELETE FROM \(t) WHERE rowid IN \(dirty)") }
        try db.run("INSERT INTO \(trigramTable)(rowid, name) SELECT id, name FROM associations WHERE id IN \(dirty)")
        var writer = StemWriter()
        try forEachStemSource(on: db, where: " WHERE id IN \(dirty)") { try writer.add($0, on: db, separateContact: separateContact) }
    }

    /// Rebuilds the version-6 indexes from scratch (after a bulk load and in the migration). The
    /// stems are made on a second thread while this one reads the next rows and writes the last
    /// ones (`StemPipeline`): stemming was two thirds of the rebuild, on one core while the other idled.
    public static func rebuildFinnish(on db: Database) throws {
        guard try hasFinnishIndexes(on: db) else { return }
        try PhaseTiming.measure(trigramTable) {
            try db.execute("""
                DELETE FROM \(stemTable); DELETE FROM \(trigramTable); DELETE FROM search_vocabulary;
                INSERT INTO \(trigramTable)(rowid, name) SELECT id, name FROM associations;
                """)
        }
        let separateContact = try hasTermIndexes(on: db)
        if separateContact { try db.execute("DELETE FROM \(contactTable)") }
        let pipeline = StemPipeline()
        try PhaseTiming.measure("\(stemTable) + vocabulary") {
            try pipeline.run(on: db, separateContact: separateContact) { take in try forEachStemSource(on: db, sql: bulkStemSourceSQL, take) }
        }
    }

    /// The rows of `association_stem_source`, read in place (no `Row` per association).
    static func forEachStemSource(on db: Database, where condition: String, _ body: (StemSource) throws -> Void) throws {
        try forEachStemSource(on: db, sql: stemSourceSQL + condition, body)
    }

    /// The rows of a query with the view's columns (`bulkStemSourceSQL` for a full rebuild).
    static func forEachStemSource(on db: Database, sql: String, _ body: (StemSource) throws -> Void) throws {
        func text(_ row: RawRow, _ i: Int) -> String { String(decoding: row.bytes(i), as: UTF8.self) }
        try db.forEachRaw(sql) { row in
            guard row.type(0) == SQLITE_INTEGER else { return }
            try body(StemSource(id: row.int64(0), name: text(row, 1), own: text(row, 2), others: text(row, 3), contact: text(row, 4)))
        }
    }
}

/// Words as the unicode61 tokenizer sees them: runs of letters and digits (a combining mark
/// stays with its letter). This runs over every association's text on a bulk load, on the
/// stemming thread, which a 100,000-row import waits for: the words are found by walking the
/// UTF-8 bytes, with a table for the scalars below U+0100 (ASCII and the Finnish and Swedish
/// letters) and the Unicode properties only for the rest. `scalarSplit` is the reference.
enum SearchWords {
    static func split(_ text: String) -> [Substring] {
        var text = text
        text.makeContiguousUTF8()
        guard let ranges = text.utf8.withContiguousStorageIfAvailable(wordRanges) else { return scalarSplit(text) }
        let utf8 = text.utf8
        return ranges.map { range in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            return Substring(utf8[start..<end])
        }
    }

    /// The byte offsets of the words of valid UTF-8.
    static func wordRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = -1
        var i = 0
        let n = bytes.count
        while i < n {
            let lead = bytes[i]
            var length = 1
            let isWord: Bool
            if lead < 0x80 {
                isWord = latinWord[Int(lead)]
            } else {
                var value: UInt32
                if lead < 0xE0 { length = 2; value = UInt32(lead & 0x1F) }
                else if lead < 0xF0 { length = 3; value = UInt32(lead & 0x0F) }
                else { length = 4; value = UInt32(lead & 0x07) }
                for k in 1..<length where i + k < n { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                if value < 0x100 { isWord = latinWord[Int(value)] }
                else if let scalar = Unicode.Scalar(value) { isWord = isWordScalar(scalar) }
                else { isWord = false }
            }
            if isWord {
                if start < 0 { start = i }
            } else if start >= 0 {
                out.append(start..<i)
                start = -1
            }
            i += length
        }
        if start >= 0 { out.append(start..<n) }
        return out
    }

    /// `isWordScalar` of U+0000…U+00FF, computed once.
    static let latinWord: [Bool] = (0..<256).map { isWordScalar(Unicode.Scalar(UInt8($0))) }

    /// The reference: scalar by scalar through the string's own view.
    static func scalarSplit(_ text: String) -> [Substring] {
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
