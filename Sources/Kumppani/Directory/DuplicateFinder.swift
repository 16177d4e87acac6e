import Foundation
import CSQLite

/// Why two associations look like one.
public enum DuplicateReason: String, Sendable, CaseIterable {
    case sameName, similarName, sameMunicipality, samePhone, sameEmail, sameWebsite

    public func label(_ language: Language) -> String { L(language)["directory.duplicates.reason.\(rawValue)"] }
}

/// A likely duplicate: two associations, how alike their names are and why they were paired.
/// `left` is the one to keep by default (the one with a Y-tunnus, else the older record).
public struct DuplicatePair: Sendable, Equatable {
    public struct Side: Sendable, Equatable {
        public let id: Int64
        public let name: String
        public let municipalityCode: String?
        public func municipalityName(_ language: Language) -> String {
            municipalityCode.flatMap(Municipality.named(code:))?.name(language) ?? ""
        }
    }
    public let left: Side
    public let right: Side
    /// 0–100: the names' trigram similarity after normalising (`ry`, case, punctuation).
    public let nameSimilarity: Int
    public let reasons: [DuplicateReason]
    public let score: Int
}

/// Finds likely duplicates without comparing every pair: associations are put in blocks that
/// share a normalised name, a name prefix in one municipality, a phone, an e-mail or a website,
/// and only pairs within a block are scored. Blocks larger than `maxBlock` (a shared switchboard,
/// a very common name start) are skipped: they would cost n² and say little.
///
/// At 100,000 associations (`kumppani-bench`, `duplicates_s`) the search keeps little per
/// association: a block is a 64-bit hash of its key (a list of hash and row, sorted, instead of a
/// dictionary of strings), candidate pairs are packed numbers, and only the associations that
/// share a block are read in full (a second pass over the same snapshot). Trigrams are sorted
/// arrays compared by a merge, and only the best `limit` pairs become `DuplicatePair`s.
/// It took 5.7 s and 238 MiB (the app included) before; the pairs found are the same.
public enum DuplicateFinder {
    public static let maxBlock = 40
    /// A name-only pair needs at least this similarity (0–100).
    public static let minNameSimilarity = 60
    public static let defaultLimit = 300
    /// The page cache while scanning (`PRAGMA cache_size`, negative: KiB). Each pass reads every
    /// page once, so pages are seldom read twice from the cache whatever its size: 512 KiB
    /// holds the table's inner pages.
    static let scanCacheSize: Int64 = -512

    struct Entry {
        let side: DuplicatePair.Side
        let hasBusinessID: Bool
        let createdAt: String
        let normalised: String
        let phone, email, website: String
    }

    static let rowsSQL = """
        SELECT id, name, municipality_code, business_id, created_at, phone, email, website FROM associations
        WHERE status <> 'dissolved' ORDER BY id
        """

    /// The likely duplicates of the whole directory, best first, at most `limit`.
    public static func find(in directory: DirectoryStore, limit: Int = defaultLimit) throws -> [DuplicatePair] {
        let db = directory.store.database
        // Two full scans gain nothing from a large page cache, and filling the background
        // reader's 16 MiB would be a fifth of this search's memory: a small one meanwhile.
        let cacheSize = try db.scalarInt("PRAGMA cache_size") ?? scanCacheSize
        if cacheSize < scanCacheSize { try db.execute("PRAGMA cache_size = \(scanCacheSize)") }
        defer { if cacheSize < scanCacheSize { try? db.execute("PRAGMA cache_size = \(cacheSize)") } }
        // One snapshot: the second pass must see the rows of the first, in the same order.
        return try db.read {
            let (gramBound, candidates) = try candidatePairs(db)
            guard !candidates.isEmpty else { return [] }
            var wanted = [Bool](repeating: false, count: gramBound.count)
            for pair in candidates { wanted[Int(pair >> 32)] = true; wanted[Int(pair & 0xFFFF_FFFF)] = true }
            let members = try Members(db, wanted: wanted, gramBound: gramBound)
            var scored: [Scored] = []
            var pruneAt = max(4 * limit, 1_024)
            for pair in candidates {
                let a = Int(members.slot[Int(pair >> 32)]), b = Int(members.slot[Int(pair & 0xFFFF_FFFF)])
                guard a >= 0, b >= 0, let found = members.score(a, b) else { continue }
                scored.append(found)
                // Bounded: a pair scoring below the limit-th best so far can never be among the best.
                // (Ties at the cutoff all stay, so the next pruning waits for twice as many.)
                if scored.count >= pruneAt {
                    scored = keepBest(scored, limit: limit)
                    pruneAt = max(pruneAt, 2 * scored.count)
                }
            }
            return best(scored, members: members, limit: limit)
        }
    }

    /// Pass one: every association's block keys as hashes; the pairs that share a block of 2 to
    /// `maxBlock`, each once, as `low << 32 | high` row numbers (rows in `rowsSQL` order).
    /// `gramBound`: per row, at least as many as its name's trigrams (so pass two can size its
    /// arrays once: growing them by doubling kept both copies at the search's peak).
    static func candidatePairs(_ db: Database) throws -> (gramBound: [UInt16], pairs: [UInt64]) {
        var blocks: [(hash: UInt64, row: Int32)] = []
        var gramBound: [UInt16] = []
        var rows = 0
        try db.forEachRaw(rowsSQL) { row in
            let fields = Fields(row)
            let index = Int32(truncatingIfNeeded: rows)
            rows += 1
            let normalised = nordicNormalised(row.bytes(1)) ?? normaliseName(fields.name)
            gramBound.append(UInt16(clamping: CharacterNumbers.trigramBound(of: normalised)))
            forEachBlockKey(normalised: normalised, municipality: fields.municipality ?? "",
                            phone: phoneKey(fields.phone), email: emailKey(fields.email), website: websiteKey(fields.website)) {
                blocks.append(($0, index))
            }
        }
        blocks.sort { ($0.hash, $0.row) < ($1.hash, $1.row) }
        var pairs: [UInt64] = []
        var start = 0
        while start < blocks.count {
            var end = start + 1
            while end < blocks.count && blocks[end].hash == blocks[start].hash { end += 1 }
            let size = end - start
            if size > 1 && size <= maxBlock {
                for a in start..<end {
                    for b in (a + 1)..<end {
                        let x = UInt64(UInt32(blocks[a].row)), y = UInt64(UInt32(blocks[b].row))
                        if x != y { pairs.append(min(x, y) << 32 | max(x, y)) }
                    }
                }
            }
            start = end
        }
        pairs.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(pairs.count)
        for p in pairs where unique.last != p { unique.append(p) }
        return (gramBound, unique)
    }

    /// The text columns of one row of `rowsSQL`.
    struct Fields {
        let id: Int64
        let name, businessID, createdAt, phone, email, website: String
        let municipality: String?
        init(_ row: RawRow) {
            func text(_ i: Int) -> String { String(decoding: row.bytes(i), as: UTF8.self) }
            id = row.int64(0)
            name = text(1); businessID = text(3); createdAt = text(4)
            municipality = row.type(2) == SQLITE_NULL ? nil : text(2)
            phone = text(5); email = text(6); website = text(7)
        }
    }

    /// The blocks an association belongs to, as 64-bit hashes (FNV-1a over a kind letter and the
    /// key's bytes): the same name, the first five letters of the name in one municipality, the
    /// phone, the e-mail, the website. A collision of two keys would only make a bigger block.
    static func forEachBlockKey(normalised: String, municipality: String, phone: String, email: String, website: String,
                                _ body: (UInt64) -> Void) {
        if !normalised.isEmpty {
            body(BlockHash("n").add(normalised).value)
            var prefix = BlockHash("p").add(municipality).add(0xFF)
            var letters = 0
            for ch in normalised where ch != " " {
                prefix = prefix.add(String(ch))
                letters += 1
                if letters == 5 { break }
            }
            body(prefix.value)
        }
        if !phone.isEmpty { body(BlockHash("t").add(phone).value) }
        if !email.isEmpty { body(BlockHash("e").add(email).value) }
        if !website.isEmpty { body(BlockHash("w").add(website).value) }
    }

    struct BlockHash {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        init(_ kind: Unicode.Scalar) { self = add(UInt8(kind.value)) }
        init() {}
        func add(_ byte: UInt8) -> BlockHash {
            var h = self
            h.value = (h.value ^ UInt64(byte)) &* 0x100_0000_01b3
            return h
        }
        func add(_ text: String) -> BlockHash {
            var h = self
            for byte in text.utf8 { h.value = (h.value ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return h
        }
    }

    /// Pass two: the associations that share a block, read in full, with their trigrams (all
    /// in one array: entry i's are `grams[gramStart[i]..<gramStart[i + 1]]`, sorted, once each).
    struct Members {
        /// Row number → index in `entries` (-1: in no block).
        let slot: [Int32]
        let entries: [Entry]
        let grams: [UInt64]
        let gramStart: [Int]

        init(_ db: Database, wanted: [Bool], gramBound: [UInt16]) throws {
            var slot = [Int32](repeating: -1, count: wanted.count)
            var row = 0
            var characters = CharacterNumbers()
            var entries: [Entry] = []
            var grams: [UInt64] = []
            var gramStart = [0]
            // Sized once (pass one knows who is wanted and a bound on their trigrams).
            let members = wanted.reduce(0) { $0 + ($1 ? 1 : 0) }
            var gramCount = 0
            for (i, isWanted) in wanted.enumerated() where isWanted && i < gramBound.count { gramCount += Int(gramBound[i]) }
            entries.reserveCapacity(members)
            gramStart.reserveCapacity(members + 1)
            grams.reserveCapacity(gramCount)
            try db.forEachRaw(rowsSQL) { raw in
                defer { row += 1 }
                guard row < wanted.count, wanted[row] else { return }
                let f = Fields(raw)
                let normalised = normaliseName(f.name)
                slot[row] = Int32(entries.count)
                entries.append(Entry(side: .init(id: f.id, name: f.name, municipalityCode: f.municipality),
                                     hasBusinessID: !f.businessID.isEmpty, createdAt: f.createdAt, normalised: normalised,
                                     phone: phoneKey(f.phone), email: emailKey(f.email), website: websiteKey(f.website)))
                characters.appendTrigrams(of: normalised, to: &grams)
                gramStart.append(grams.count)
            }
            self.slot = slot
            self.entries = entries
            self.grams = grams
            self.gramStart = gramStart
        }

        /// How many trigrams two entries share, and how many each has.
        func gramCounts(_ i: Int, _ j: Int) -> (common: Int, a: Int, b: Int) {
            var x = gramStart[i], y = gramStart[j]
            let xEnd = gramStart[i + 1], yEnd = gramStart[j + 1]
            var common = 0
            while x < xEnd && y < yEnd {
                if grams[x] == grams[y] { common += 1; x += 1; y += 1 } else if grams[x] < grams[y] { x += 1 } else { y += 1 }
            }
            return (common, xEnd - gramStart[i], yEnd - gramStart[j])
        }

        func score(_ i: Int, _ j: Int) -> Scored? {
            let a = entries[i], b = entries[j]
            let counts = gramCounts(i, j)
            let common = counts.common
            let union = counts.a + counts.b - common
            let similarity = union == 0 ? 0 : Int((Double(common) / Double(union) * 100).rounded())
            var reasons = Reasons()
            if !a.normalised.isEmpty && a.normalised == b.normalised { reasons.insert(.sameName) }
            else if similarity >= minNameSimilarity { reasons.insert(.similarName) }
            var contacts = 0
            if !a.phone.isEmpty && a.phone == b.phone { reasons.insert(.samePhone); contacts += 1 }
            if !a.email.isEmpty && a.email == b.email { reasons.insert(.sameEmail); contacts += 1 }
            if !a.website.isEmpty && a.website == b.website { reasons.insert(.sameWebsite); contacts += 1 }
            guard !reasons.isEmpty else { return nil }
            if a.side.municipalityCode != nil && a.side.municipalityCode == b.side.municipalityCode { reasons.insert(.sameMunicipality) }
            let score = similarity + (reasons.contains(.sameName) ? 40 : 0) + (reasons.contains(.sameMunicipality) ? 20 : 0) + contacts * 30
            // Keep by default the one with a Y-tunnus, else the older record.
            let aFirst = a.hasBusinessID != b.hasBusinessID ? a.hasBusinessID : (a.createdAt, a.side.id) <= (b.createdAt, b.side.id)
            return Scored(score: score, similarity: similarity, reasons: reasons, left: aFirst ? i : j, right: aFirst ? j : i)
        }
    }

    /// A scored pair before it is one of the best: entries by index.
    struct Scored {
        let score, similarity: Int
        let reasons: Reasons
        let left, right: Int
    }

    /// The pairs scoring at least the `limit`-th best score (all of them: ties are decided by names later).
    static func keepBest(_ scored: [Scored], limit: Int) -> [Scored] {
        guard limit > 0, scored.count > limit else { return scored }
        let cutoff = scored.map(\.score).sorted(by: >)[limit - 1]
        return scored.filter { $0.score >= cutoff }
    }

    /// A set of reasons as bits (no allocation per pair), listed in `DuplicateReason` order.
    struct Reasons {
        private var bits: UInt8 = 0
        var isEmpty: Bool { bits == 0 }
        private static func bit(_ r: DuplicateReason) -> UInt8 { 1 << UInt8(DuplicateReason.allCases.firstIndex(of: r) ?? 0) }
        mutating func insert(_ r: DuplicateReason) { bits |= Self.bit(r) }
        func contains(_ r: DuplicateReason) -> Bool { bits & Self.bit(r) != 0 }
        var list: [DuplicateReason] { DuplicateReason.allCases.filter(contains) }
    }

    /// The best `limit` pairs by score, then by the names (as the list shows them).
    static func best(_ scored: [Scored], members: Members, limit: Int) -> [DuplicatePair] {
        guard limit > 0, !scored.isEmpty else { return [] }
        // Only pairs scoring at least the limit-th best score can be among the best: the names
        // are compared for those alone.
        var top = keepBest(scored, limit: limit)
        func name(_ i: Int) -> String { members.entries[i].side.name }
        top.sort { x, y in
            if x.score != y.score { return x.score > y.score }
            if name(x.left) != name(y.left) { return name(x.left) < name(y.left) }
            if name(x.right) != name(y.right) { return name(x.right) < name(y.right) }
            return (members.entries[x.left].side.id, members.entries[x.right].side.id)
                < (members.entries[y.left].side.id, members.entries[y.right].side.id)
        }
        return top.prefix(limit).map { s in
            DuplicatePair(left: members.entries[s.left].side, right: members.entries[s.right].side, nameSimilarity: s.similarity,
                          reasons: s.reasons.list, score: s.score)
        }
    }

    /// Numbers characters as `Character` compares them (so canonically equal ones share a number):
    /// ASCII by its code, any other character by the order it was first seen. A trigram is three
    /// such numbers of 21 bits in one `UInt64` (past two million different characters the
    /// numbers repeat: two trigrams could then be taken for one).
    struct CharacterNumbers {
        private var others: [Character: UInt64] = [:]
        private var buffer: [UInt64] = []
        static let bits: UInt64 = 21

        mutating func number(_ ch: Character) -> UInt64 {
            if let ascii = ch.asciiValue, ch.unicodeScalars.count == 1 { return UInt64(ascii) }
            if let known = others[ch] { return known }
            let next = 128 + UInt64(others.count) % ((1 << Self.bits) - 128)
            others[ch] = next
            return next
        }

        /// At least the number of pieces `appendTrigrams` gives the name (one per character and
        /// one more; a character is at least one UTF-8 byte).
        static func trigramBound(of normalised: String) -> Int { normalised.utf8.count + 1 }

        /// Appends the name's three-letter pieces (with its word edges), sorted and once each:
        /// the pieces of `DuplicateFinder.trigrams`, as numbers.
        mutating func appendTrigrams(of normalised: String, to grams: inout [UInt64]) {
            var chars: [UInt64] = [32, 32]
            for ch in normalised { chars.append(number(ch)) }
            chars.append(32)
            buffer.removeAll(keepingCapacity: true)
            for i in 0...(chars.count - 3) { buffer.append(chars[i] << (2 * Self.bits) | chars[i + 1] << Self.bits | chars[i + 2]) }
            buffer.sort()
            var last: UInt64?
            for g in buffer where g != last {
                grams.append(g)
                last = g
            }
        }
    }

    /// Lower case, punctuation gone, and the register suffixes (`ry`, `r.y.`, `rf`) dropped:
    /// "Heinolan Omaishoitajat r.y." → "heinolan omaishoitajat".
    public static func normaliseName(_ name: String) -> String {
        if let fast = nordicNormalised(name.utf8) { return fast }
        var words = nordicFold(name).map(asciiOrNordicWords) ?? words(SearchFolding.fold(name))
        // "r.y." and "r.f." split into single letters.
        if words.count >= 2, words[words.count - 2] == "r", ["y", "f"].contains(words[words.count - 1]) { words.removeLast(2) }
        return words.filter { !["ry", "rf", "ryn", "rfs"].contains($0) }.joined(separator: " ")
    }

    /// `SearchFolding.fold` of a name written in ASCII and the precomposed å, ä, ö (nearly every
    /// name in the directory), without its Unicode normalisation: there nothing is composed or
    /// decomposed, so the fold is the lower case. Nil for any other text.
    static func nordicFold(_ name: String) -> String? {
        var scalars = name.unicodeScalars.makeIterator()
        while let s = scalars.next() {
            guard s.isASCII || nordicLetters.contains(s) else { return nil }
        }
        return name.lowercased()
    }

    static let nordicLetters: Set<Unicode.Scalar> = ["å", "ä", "ö", "Å", "Ä", "Ö"]

    /// `normaliseName` of UTF-8 in ASCII and å, ä, ö (either case) straight from the bytes, in
    /// one pass and one string: the first pass reads 100,000 names as SQLite's bytes. Nil for
    /// any other byte (the general path decides).
    static func nordicNormalised<Bytes: Collection>(_ bytes: Bytes) -> String? where Bytes.Element == UInt8 {
        var lower: [UInt8] = []
        lower.reserveCapacity(bytes.count)
        var words: [Range<Int>] = []
        var start = -1
        var lead = false   // the previous byte was 0xC3, the first of å, ä, ö
        func endWord() { if start >= 0 { words.append(start..<lower.count); start = -1 } }
        for b in bytes {
            if lead {
                lead = false
                switch b {
                case 0xA4, 0xA5, 0xB6: lower.append(b)          // ä å ö
                case 0x84, 0x85, 0x96: lower.append(b + 0x20)   // Ä Å Ö → ä å ö
                default: return nil
                }
                continue
            }
            switch b {
            case 0x61...0x7A, 0x30...0x39:
                if start < 0 { start = lower.count }
                lower.append(b)
            case 0x41...0x5A:
                if start < 0 { start = lower.count }
                lower.append(b + 0x20)
            case 0xC3:
                if start < 0 { start = lower.count }
                lower.append(b)
                lead = true
            case 0x80...: return nil
            default: endWord()
            }
        }
        if lead { return nil }
        endWord()
        func word(_ r: Range<Int>) -> ArraySlice<UInt8> { lower[r] }
        // "r.y." and "r.f." split into single letters.
        if words.count >= 2, word(words[words.count - 2]) == [0x72], [[0x79], [0x66]].contains(Array(word(words[words.count - 1]))) {
            words.removeLast(2)
        }
        let suffixes: [[UInt8]] = [Array("ry".utf8), Array("rf".utf8), Array("ryn".utf8), Array("rfs".utf8)]
        var out: [UInt8] = []
        out.reserveCapacity(lower.count)
        for r in words where !suffixes.contains(where: { $0.elementsEqual(word(r)) }) {
            if !out.isEmpty { out.append(0x20) }
            out.append(contentsOf: word(r))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `words` of a `nordicFold`ed name: its only non-ASCII bytes are those of å, ä and ö, which are letters.
    static func asciiOrNordicWords(_ folded: String) -> [String] {
        var out: [String] = []
        var current: [UInt8] = []
        for b in folded.utf8 {
            if b >= 128 || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || (b >= 65 && b <= 90) { current.append(b) }
            else if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
        }
        if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
        return out
    }

    /// The letters-and-digits runs of folded text (bytes for ASCII: the common case at 100,000 names).
    static func words(_ folded: String) -> [String] {
        var utf8 = Array(folded.utf8)
        guard utf8.allSatisfy({ $0 < 128 }) else { return folded.split { !($0.isLetter || $0.isNumber) }.map(String.init) }
        var out: [String] = []
        var start = -1
        utf8.append(32)
        for (i, b) in utf8.enumerated() {
            let alnum = (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || (b >= 65 && b <= 90)
            if alnum { if start < 0 { start = i } } else if start >= 0 {
                out.append(String(decoding: utf8[start..<i], as: UTF8.self))
                start = -1
            }
        }
        return out
    }

    /// The name's three-letter pieces (with its word edges), for the similarity.
    static func trigrams(_ normalised: String) -> Set<String> {
        let chars = Array("  " + normalised + " ")
        guard chars.count >= 3 else { return [] }
        var out = Set<String>()
        for i in 0...(chars.count - 3) { out.insert(String(chars[i..<(i + 3)])) }
        return out
    }

    /// The last nine digits: `044 512 3456`, `+358 44 512 3456` and `0445123456` are one phone.
    static func phoneKey(_ phone: String) -> String {
        // ASCII (nearly every phone): only 0–9 are numbers there.
        let digits = phone.utf8.allSatisfy { $0 < 128 } ? String(decoding: phone.utf8.filter { $0 >= 48 && $0 <= 57 }, as: UTF8.self)
                                                         : phone.filter(\.isNumber)
        return digits.count >= 6 ? String(digits.suffix(9)) : ""
    }

    /// The host and path without scheme, `www.` and a trailing slash.
    static func websiteKey(_ url: String) -> String {
        var s = trimmingWhitespace(url).lowercased()
        for prefix in ["https://", "http://"] where s.hasPrefix(prefix) { s.removeFirst(prefix.count) }
        if s.hasPrefix("www.") { s.removeFirst(4) }
        while s.hasSuffix("/") { s.removeLast() }
        return s
    }

    static func emailKey(_ email: String) -> String { trimmingWhitespace(email).lowercased() }

    /// `trimmingCharacters(in: .whitespaces)` (tab and the space separators, Zs) in Swift: the
    /// Foundation call went through NSString and was an eighth of the search at 100,000 rows.
    static func trimmingWhitespace(_ text: String) -> String {
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == "\t" || s.properties.generalCategory == .spaceSeparator }
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return text }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end && isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start && isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
