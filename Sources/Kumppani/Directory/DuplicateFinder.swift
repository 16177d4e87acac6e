import Foundation

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
public enum DuplicateFinder {
    public static let maxBlock = 40
    /// A name-only pair needs at least this similarity (0–100).
    public static let minNameSimilarity = 60
    public static let defaultLimit = 300

    struct Entry {
        let side: DuplicatePair.Side
        let hasBusinessID: Bool
        let createdAt: String
        let normalised: String
        let phone, email, website: String
    }

    /// The likely duplicates of the whole directory, best first, at most `limit`.
    public static func find(in directory: DirectoryStore, limit: Int = defaultLimit) throws -> [DuplicatePair] {
        var entries: [Entry] = []
        try directory.store.database.forEach("""
            SELECT id, name, municipality_code, business_id, created_at, phone, email, website FROM associations
            WHERE status <> 'dissolved'
            """) { r in
            let name = r.string("name") ?? ""
            let normalised = normaliseName(name)
            entries.append(Entry(side: .init(id: r.int64("id") ?? 0, name: name, municipalityCode: r.string("municipality_code")),
                                 hasBusinessID: !(r.string("business_id") ?? "").isEmpty, createdAt: r.string("created_at") ?? "",
                                 normalised: normalised, phone: phoneKey(r.string("phone") ?? ""),
                                 email: (r.string("email") ?? "").trimmingCharacters(in: .whitespaces).lowercased(),
                                 website: websiteKey(r.string("website") ?? "")))
        }
        var blocks: [String: [Int]] = [:]
        for (i, e) in entries.enumerated() {
            if !e.normalised.isEmpty {
                blocks["n:" + e.normalised, default: []].append(i)
                let compact = e.normalised.replacingOccurrences(of: " ", with: "")
                blocks["p:\(e.side.municipalityCode ?? "")|" + String(compact.prefix(5)), default: []].append(i)
            }
            if !e.phone.isEmpty { blocks["t:" + e.phone, default: []].append(i) }
            if !e.email.isEmpty { blocks["e:" + e.email, default: []].append(i) }
            if !e.website.isEmpty { blocks["w:" + e.website, default: []].append(i) }
        }
        var trigramCache: [Int: Set<String>] = [:]
        func grams(_ i: Int) -> Set<String> {
            if let g = trigramCache[i] { return g }
            let g = trigrams(entries[i].normalised)
            trigramCache[i] = g
            return g
        }
        var seen = Set<Pair>()
        var pairs: [DuplicatePair] = []
        for members in blocks.values where members.count > 1 && members.count <= maxBlock {
            for a in members.indices {
                for b in members.indices where b > a {
                    let pair = Pair(members[a], members[b])
                    guard seen.insert(pair).inserted else { continue }
                    if let found = score(entries[pair.low], entries[pair.high], grams(pair.low), grams(pair.high)) { pairs.append(found) }
                }
            }
        }
        pairs.sort { ($0.score, $1.left.name, $1.right.name) > ($1.score, $0.left.name, $0.right.name) }
        return Array(pairs.prefix(limit))
    }

    struct Pair: Hashable {
        let low, high: Int
        init(_ a: Int, _ b: Int) { low = min(a, b); high = max(a, b) }
    }

    static func score(_ a: Entry, _ b: Entry, _ ga: Set<String>, _ gb: Set<String>) -> DuplicatePair? {
        let union = ga.union(gb).count
        let similarity = union == 0 ? 0 : Int((Double(ga.intersection(gb).count) / Double(union) * 100).rounded())
        var reasons: [DuplicateReason] = []
        if !a.normalised.isEmpty && a.normalised == b.normalised { reasons.append(.sameName) }
        else if similarity >= minNameSimilarity { reasons.append(.similarName) }
        let contact = [(a.phone, b.phone, DuplicateReason.samePhone), (a.email, b.email, .sameEmail), (a.website, b.website, .sameWebsite)]
            .filter { !$0.0.isEmpty && $0.0 == $0.1 }.map(\.2)
        guard !reasons.isEmpty || !contact.isEmpty else { return nil }
        if a.side.municipalityCode != nil && a.side.municipalityCode == b.side.municipalityCode { reasons.append(.sameMunicipality) }
        reasons += contact
        let score = similarity + (reasons.contains(.sameName) ? 40 : 0) + (reasons.contains(.sameMunicipality) ? 20 : 0) + contact.count * 30
        // Keep by default the one with a Y-tunnus, else the older record.
        let aFirst = a.hasBusinessID != b.hasBusinessID ? a.hasBusinessID : (a.createdAt, a.side.id) <= (b.createdAt, b.side.id)
        let (left, right) = aFirst ? (a, b) : (b, a)
        return DuplicatePair(left: left.side, right: right.side, nameSimilarity: similarity, reasons: reasons, score: score)
    }

    /// Lower case, punctuation gone, and the register suffixes (`ry`, `r.y.`, `rf`) dropped:
    /// "Heinolan Omaishoitajat r.y." → "heinolan omaishoitajat".
    public static func normaliseName(_ name: String) -> String {
        var words = words(SearchFolding.fold(name))
        // "r.y." and "r.f." split into single letters.
        if words.count >= 2, words[words.count - 2] == "r", ["y", "f"].contains(words[words.count - 1]) { words.removeLast(2) }
        return words.filter { !["ry", "rf", "ryn", "rfs"].contains($0) }.joined(separator: " ")
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
        let digits = phone.filter(\.isNumber)
        return digits.count >= 6 ? String(digits.suffix(9)) : ""
    }

    /// The host and path without scheme, `www.` and a trailing slash.
    static func websiteKey(_ url: String) -> String {
        var s = url.trimmingCharacters(in: .whitespaces).lowercased()
        for prefix in ["https://", "http://"] where s.hasPrefix(prefix) { s.removeFirst(prefix.count) }
        if s.hasPrefix("www.") { s.removeFirst(4) }
        while s.hasSuffix("/") { s.removeLast() }
        return s
    }
}
