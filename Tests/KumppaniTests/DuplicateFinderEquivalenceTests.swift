import Foundation
import XCTest
@testable import Kumppani

/// The bounded-memory `DuplicateFinder` (hashed blocks, packed pairs, sorted trigrams, only the
/// best pairs made) finds what the first version found: that version is kept below as the
/// reference and both run over a seeded directory full of near-duplicates, shared contacts,
/// missing municipalities, non-ASCII and combining characters.
final class DuplicateFinderEquivalenceTests: XCTestCase {
    func testTheFasterSearchFindsTheSamePairsAsTheReference() throws {
        for seed in [1, 2] as [UInt64] {
            let f = try DirectoryFixture()
            try fill(f.db, seed: seed, count: 1_200)
            let reference = try ReferenceDuplicateFinder.find(f.db, limit: 1_000_000)
            let found = try DuplicateFinder.find(in: f.directory, limit: 1_000_000)
                        XCTAssertEqual(Set(found.map(Self.key)), Set(reference.map(Self.key)), "seed \(seed)")
            XCTAssertEqual(found.count, reference.count)
            // With the default limit: the same ranking (score, then the names) and the same pairs
            // wherever the ranking tells them apart.
            let top = try DuplicateFinder.find(in: f.directory)
            let referenceTop = reference.prefix(DuplicateFinder.defaultLimit)   // the reference sorts all, then cuts
            XCTAssertEqual(top.count, DuplicateFinder.defaultLimit)
            XCTAssertEqual(top.map(Self.rank), referenceTop.map(Self.rank), "seed \(seed)")
            XCTAssertEqual(Set(top.map(Self.key)).count, top.count, "each pair once")
            // A small limit: the pairs kept while scoring are pruned many times over.
            XCTAssertGreaterThan(reference.count, 3 * 1_024, "enough pairs to prune (seed \(seed))")
            XCTAssertEqual(try DuplicateFinder.find(in: f.directory, limit: 40).map(Self.rank),
                           reference.prefix(40).map(Self.rank), "seed \(seed)")
        }
    }

    /// The fast paths (names in ASCII and å, ä, ö; trimming without Foundation; ASCII phones)
    /// give what the general ones give.
    func testTheFastPathsAgreeWithTheGeneralOnes() {
        let names = ["Heinolan Omaishoitajat r.y.", "HÄMEENKOSKEN MARTTAYHDISTYS 16 RY", "Ålands Röda Kors rf", "Svenska föreningen i Lahtis r.f.",
                     "Kylä-Öljyn  seura,ry", "  ", "ry", "Café Ünïcode", "Ne\u{301}e\u{301}", "A1b2 - ÖÖ", "", "ÄÄ_ö.å"]
        for name in names {
            if let folded = DuplicateFinder.nordicFold(name) {
                XCTAssertEqual(folded, SearchFolding.fold(name), name)
                XCTAssertEqual(DuplicateFinder.asciiOrNordicWords(folded), DuplicateFinder.words(SearchFolding.fold(name)), name)
            }
        }
        XCTAssertNil(DuplicateFinder.nordicFold("Café"))
        // The one-pass byte path gives what the string path gives, or leaves the name to it.
        let more = names + ["Asikkalan Seudun Omaishoitajat r.y.", "R.Y.", "x r y", "Ry Ryn RFS rf", "Å", "ÖÖ ö-Ö", "Ä\u{308}", "\u{C4}b", "Ab\u{0}c"]
        for name in more {
            let general = DuplicateFinder.nordicFold(name).map(DuplicateFinder.asciiOrNordicWords) ?? DuplicateFinder.words(SearchFolding.fold(name))
            var expected = general
            if expected.count >= 2, expected[expected.count - 2] == "r", ["y", "f"].contains(expected[expected.count - 1]) { expected.removeLast(2) }
            let joined = expected.filter { !["ry", "rf", "ryn", "rfs"].contains($0) }.joined(separator: " ")
            if let fast = DuplicateFinder.nordicNormalised(name.utf8) { XCTAssertEqual(fast, joined, name.debugDescription) }
            XCTAssertEqual(DuplicateFinder.normaliseName(name), joined, name.debugDescription)
        }
        XCTAssertNil(DuplicateFinder.nordicNormalised("Café".utf8))
        XCTAssertEqual(DuplicateFinder.nordicNormalised("HÄMEENKOSKEN Martat r.y.".utf8), "hämeenkosken martat")
        XCTAssertEqual(DuplicateFinder.normaliseName("Kylä-Öljyn  seura,ry"), "kylä öljyn seura")
        for text in ["", " ", " a ", "\t info@x.fi \u{00A0}", "\u{2003}x\u{2003}", "a\u{0301} ", " \u{0301}x", "x\n", "\u{00A0}"] {
            XCTAssertEqual(DuplicateFinder.trimmingWhitespace(text), text.trimmingCharacters(in: .whitespaces), text.debugDescription)
        }
        for phone in ["044 512 3456", "+358 (44) 512-3456", "١٢٣٤٥٦٧", "12", "", "044 ½ 5123456"] {
            XCTAssertEqual(DuplicateFinder.phoneKey(phone), { let d = phone.filter(\.isNumber); return d.count >= 6 ? String(d.suffix(9)) : "" }(),
                           phone)
        }
    }

    func testNothingToCompareGivesNoPairs() throws {
        let f = try DirectoryFixture()
        XCTAssertEqual(try DuplicateFinder.find(in: f.directory), [])
        try f.add("Yksinäinen yhdistys ry")
        XCTAssertEqual(try DuplicateFinder.find(in: f.directory), [])
        XCTAssertEqual(try DuplicateFinder.find(in: f.directory, limit: 0), [])
    }

    static func key(_ p: DuplicatePair) -> String {
        "\(p.left.id)|\(p.right.id)|\(p.nameSimilarity)|\(p.reasons.map(\.rawValue))|\(p.score)|\(p.left.municipalityCode ?? "-")"
    }

    static func rank(_ p: DuplicatePair) -> String { "\(p.score)|\(p.left.name)|\(p.right.name)" }

    /// Names from a few stems in many spellings, so blocks of every kind form.
    func fill(_ db: Database, seed: UInt64, count: Int) throws {
        var random = DuplicateDataRandom(seed)
        let towns: [String?] = ["398", "111", "098", "560", nil, "081", "016"]
        let stems = ["Heinolan Omaishoitajat", "Lahden Martat", "Hollolan Eläkkeensaajat", "Kylätoimikunta Ylä-Öljy",
                     "Orimattilan Sydänyhdistys", "Café Ünïcode", "Asikkalan Nuorisoseura", "Kuoro Sävel", "Lovisa Marthaförening",
                     "Urheiluseura Kisa", "Reumayhdistys", "Partio Hiiret", "Kotiseutu 🎉🏳️‍🌈", "Ne\u{301}e\u{301} ry"]
        let suffixes = [" ry", " r.y.", "", " RY", " rf", " ry.", "-seura ry"]
        try db.write {
            try db.execute("DROP TRIGGER search_associations_ai")   // the search index is not what is compared
            for i in 0..<count {
                var name = stems[Int(random.next() % UInt64(stems.count))]
                switch random.next() % 6 {
                case 0: name = name.uppercased()
                case 1: name += " \(random.next() % 40)"
                case 2: name = String(name.dropLast())   // a typo
                case 3: name = name.replacingOccurrences(of: "a", with: "ä")
                default: break
                }
                name += suffixes[Int(random.next() % UInt64(suffixes.count))]
                let phones = ["", "", "044 512 \(random.next() % 30)", "+358 44 512 \(random.next() % 30)", "12"]
                let emails = ["", "", " Info\(random.next() % 25)@Example.fi ", "info\(random.next() % 25)@example.fi"]
                let sites = ["", "", "https://www.site\(random.next() % 20).fi/", "site\(random.next() % 20).fi"]
                let created = "2026-0\(1 + random.next() % 3)-01T00:00:00Z"   // many ties: the id decides
                let status = random.next() % 15 == 0 ? "dissolved" : "active"
                try db.run("""
                    INSERT INTO associations(id, name, name_key, municipality_code, business_id, phone, email, website, status,
                                             created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, Int64(i + 1), name, name.lowercased(), towns[Int(random.next() % UInt64(towns.count))],
                    random.next() % 4 == 0 ? "1234567-\(i)" : nil,
                    phones[Int(random.next() % UInt64(phones.count))], emails[Int(random.next() % UInt64(emails.count))],
                    sites[Int(random.next() % UInt64(sites.count))], status, created, created)
            }
        }
    }
}

private struct DuplicateDataRandom {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The first `DuplicateFinder.find` (before it was made lean for 100,000 associations), kept
/// as the definition the faster one must match.
enum ReferenceDuplicateFinder {
    struct Entry {
        let side: DuplicatePair.Side
        let hasBusinessID: Bool
        let createdAt: String
        let normalised: String
        let phone, email, website: String
    }

    struct Pair: Hashable {
        let low, high: Int
        init(_ a: Int, _ b: Int) { low = min(a, b); high = max(a, b) }
    }

    static func find(_ db: Database, limit: Int) throws -> [DuplicatePair] {
        var entries: [Entry] = []
        try db.forEach("""
            SELECT id, name, municipality_code, business_id, created_at, phone, email, website FROM associations
            WHERE status <> 'dissolved'
            """) { r in
            let name = r.string("name") ?? ""
            entries.append(Entry(side: .init(id: r.int64("id") ?? 0, name: name, municipalityCode: r.string("municipality_code")),
                                 hasBusinessID: !(r.string("business_id") ?? "").isEmpty, createdAt: r.string("created_at") ?? "",
                                 normalised: DuplicateFinder.normaliseName(name), phone: DuplicateFinder.phoneKey(r.string("phone") ?? ""),
                                 email: (r.string("email") ?? "").trimmingCharacters(in: .whitespaces).lowercased(),
                                 website: DuplicateFinder.websiteKey(r.string("website") ?? "")))
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
            let g = DuplicateFinder.trigrams(entries[i].normalised)
            trigramCache[i] = g
            return g
        }
        var seen = Set<Pair>()
        var pairs: [DuplicatePair] = []
        for members in blocks.values where members.count > 1 && members.count <= DuplicateFinder.maxBlock {
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

    static func score(_ a: Entry, _ b: Entry, _ ga: Set<String>, _ gb: Set<String>) -> DuplicatePair? {
        let union = ga.union(gb).count
        let similarity = union == 0 ? 0 : Int((Double(ga.intersection(gb).count) / Double(union) * 100).rounded())
        var reasons: [DuplicateReason] = []
        if !a.normalised.isEmpty && a.normalised == b.normalised { reasons.append(.sameName) }
        else if similarity >= DuplicateFinder.minNameSimilarity { reasons.append(.similarName) }
        let contact = [(a.phone, b.phone, DuplicateReason.samePhone), (a.email, b.email, .sameEmail), (a.website, b.website, .sameWebsite)]
            .filter { !$0.0.isEmpty && $0.0 == $0.1 }.map(\.2)
        guard !reasons.isEmpty || !contact.isEmpty else { return nil }
        if a.side.municipalityCode != nil && a.side.municipalityCode == b.side.municipalityCode { reasons.append(.sameMunicipality) }
        reasons += contact
        let score = similarity + (reasons.contains(.sameName) ? 40 : 0) + (reasons.contains(.sameMunicipality) ? 20 : 0) + contact.count * 30
        let aFirst = a.hasBusinessID != b.hasBusinessID ? a.hasBusinessID : (a.createdAt, a.side.id) <= (b.createdAt, b.side.id)
        let (left, right) = aFirst ? (a, b) : (b, a)
        return DuplicatePair(left: left.side, right: right.side, nameSimilarity: similarity, reasons: reasons, score: score)
    }
}
