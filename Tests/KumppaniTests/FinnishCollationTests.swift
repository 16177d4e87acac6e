import XCTest
@testable import Kumppani

final class FinnishCollationTests: XCTestCase {
    func testÅÄÖComeAfterZ() {
        let names = ["Öljy", "Ääni", "Zeta", "Åland", "aamu", "Ö", "ä"]
        XCTAssertEqual(names.sorted(by: FinnishCollation.areInIncreasingOrder),
                       ["aamu", "Zeta", "Åland", "ä", "Ääni", "Ö", "Öljy"])
    }

    func testFoldingRules() {
        let sorted = ["Myllymäki", "Müller", "Mustonen", "Zorro", "Ærø", "Åberg", "Østerberg", "Örn", "Émile", "Emil", "Eino", "4H-yhdistys", "10 Kerho", "abc"]
            .sorted(by: FinnishCollation.areInIncreasingOrder)
        XCTAssertEqual(sorted, ["10 Kerho", "4H-yhdistys", "abc", "Eino", "Emil", "Émile", "Mustonen", "Müller", "Myllymäki",
                                "Zorro", "Åberg", "Ærø", "Örn", "Østerberg"])
        XCTAssertEqual(FinnishCollation.sortKey("Müller"), FinnishCollation.sortKey("myller"))
        XCTAssertEqual(FinnishCollation.sortKey("Crème Brûlée"), "creme brulee")
        XCTAssertEqual(FinnishCollation.sortKey("Ærø"), FinnishCollation.sortKey("äRö"))
        XCTAssertEqual(FinnishCollation.sortKey("Äiti"), FinnishCollation.sortKey("a\u{0308}iti"), "decomposed ä is still ä")
        XCTAssertEqual(FinnishCollation.sortKey("Kerho\u{00A0}A"), FinnishCollation.sortKey("Kerho A"))
    }

    func testFastKeyPathAgreesWithUnicodePath() {
        var samples = (0x20...0x24F).compactMap { Unicode.Scalar($0).map { "x" + String($0) + "Ab" } }
        samples += Self.generatedNames(count: 200) + ["", "Äänekoski", "a\u{0308}", "Ωmega", "日本", "ÿ", "ß", "×÷"]
        for text in samples {
            XCTAssertEqual(String(decoding: FinnishCollation.keyBytes(text), as: UTF8.self),
                           FinnishCollation.slowSortKey(text), text)
        }
    }

    func testCaseInsensitiveButTotal() {
        XCTAssertEqual(FinnishCollation.sortKey("AAMU"), FinnishCollation.sortKey("aamu"))
        XCTAssertNotEqual(FinnishCollation.compare("AAMU", "aamu"), .orderedSame, "ties are broken so the order is total")
        XCTAssertEqual(FinnishCollation.compare("AAMU", "aamu"), FinnishCollation.compare("AAMU", "aamu"))
        XCTAssertEqual(FinnishCollation.compare("aamu", "aamu"), .orderedSame)
        XCTAssertEqual(FinnishCollation.compare("aamu", "AAMU"), .orderedDescending)
        XCTAssertEqual(FinnishCollation.compare("", "a"), .orderedAscending)
        // A decomposed ä (a + combining diaeresis) sorts as ä, after b, whichever side it is on.
        XCTAssertEqual(FinnishCollation.compare("a\u{0308}x", "b"), .orderedDescending)
        XCTAssertEqual(FinnishCollation.compare("b", "a\u{0308}x"), .orderedAscending)
        XCTAssertEqual(FinnishCollation.compare("Ωmega", "Ömega"), .orderedDescending, "other scripts after ö")
    }

    func testSortKeyOrderEqualsCompareOrderOnGeneratedNames() {
        let names = Self.generatedNames(count: 400)
        let byCompare = names.sorted(by: FinnishCollation.areInIncreasingOrder)
        let byKey = names.sorted {
            let (a, b) = (FinnishCollation.sortKey($0), FinnishCollation.sortKey($1))
            return a.utf8.lexicographicallyPrecedes(b.utf8) || (a == b && $0.utf8.lexicographicallyPrecedes($1.utf8))
        }
        XCTAssertEqual(byCompare, byKey)
        // And the order really is Finnish: every name starting with Ö comes after every name with Z.
        let firstLetters = byCompare.compactMap { $0.first.map { String($0).lowercased() } }
        XCTAssertTrue(["z", "å", "ä", "ö"].allSatisfy(firstLetters.contains), "the sample has every interesting letter")
        let lastZ = firstLetters.lastIndex(of: "z") ?? -1
        let firstÖ = firstLetters.firstIndex(of: "ö") ?? Int.max
        let firstÄ = firstLetters.firstIndex(of: "ä") ?? Int.max
        let lastÅ = firstLetters.lastIndex(of: "å") ?? -1
        let firstÅ = firstLetters.firstIndex(of: "å") ?? Int.max
        XCTAssertLessThan(lastZ, firstÅ)
        XCTAssertLessThan(lastZ, firstÄ)
        XCTAssertLessThan(lastÅ, firstÄ)
        XCTAssertLessThan(firstÄ, firstÖ)
        // Antisymmetry on neighbours.
        for (a, b) in zip(byCompare, byCompare.dropFirst()) {
            XCTAssertNotEqual(FinnishCollation.compare(a, b), .orderedDescending)
            XCTAssertNotEqual(FinnishCollation.compare(b, a), .orderedAscending)
        }
    }

    func testSQLiteCollationAndKeyFunction() throws {
        let db = try Database.inMemory()
        try FinnishCollation.register(on: db)
        try db.execute("CREATE TABLE association(name TEXT NOT NULL, name_key TEXT NOT NULL) STRICT")
        try db.execute("CREATE INDEX association_key ON association(name_key)")
        let names = Self.generatedNames(count: 300) + ["Öljy", "Ääni", "Zeta", "Åland", "aamu", "Ö", "ä"]
        try db.write {
            for name in names { try db.run("INSERT INTO association VALUES (?, finnish_key(?))", name, name) }
        }
        let expected = names.sorted(by: FinnishCollation.areInIncreasingOrder)
        let collated = try db.query("SELECT name FROM association ORDER BY name COLLATE FINNISH").compactMap { $0.string("name") }
        XCTAssertEqual(collated, expected)
        let byKey = try db.query("SELECT name FROM association ORDER BY name_key, name").compactMap { $0.string("name") }
        XCTAssertEqual(byKey, expected, "binary order of the stored key is the Finnish order")

        // An indexed range on the key finds exactly the names starting with Ä.
        let start = FinnishCollation.sortKey("ä"), end = FinnishCollation.sortKey("ö")
        let ä = try db.query("SELECT name FROM association WHERE name_key >= ? AND name_key < ? ORDER BY name_key, name", start, end)
            .compactMap { $0.string("name") }
        XCTAssertEqual(ä, expected.filter { ["ä", "æ"].contains($0.first.map { String($0).lowercased() } ?? "") })
        XCTAssertFalse(ä.isEmpty)
        let plan = try db.query("EXPLAIN QUERY PLAN SELECT name FROM association WHERE name_key >= ? AND name_key < ?", start, end)
            .compactMap { $0.string("detail") }.joined()
        XCTAssertTrue(plan.contains("association_key"), plan)
        XCTAssertEqual(try db.scalarString("SELECT finnish_key('Åke Öhman')"), FinnishCollation.sortKey("Åke Öhman"))
        XCTAssertEqual(try db.scalar("SELECT finnish_key(NULL)"), .null)
    }

    /// Deterministic Finnish-like names ("Äänekosken Kyläyhdistys 12"), with mixed case, accents
    /// and digits, from a fixed-seed generator.
    static func generatedNames(count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let starts = ["Ä", "ä", "Ö", "ö", "Å", "å", "A", "a", "Z", "z", "Y", "Ü", "É", "E", "K", "k", "Æ", "Ø", "V", "W", "1", "4"]
        let syllables = ["ä", "ää", "nen", "kos", "ken", "ky", "lä", "yh", "dis", "tys", "ö", "ri", "mu", "ty", "va", "ja", "ü", "é", "å", "la"]
        let suffixes = ["", " ry", " 2", " 10", "-seura", " Ry", " RY"]
        return (0..<count).map { _ in
            var name = starts[next(starts.count)]
            for _ in 0..<(1 + next(4)) { name += syllables[next(syllables.count)] }
            return name + suffixes[next(suffixes.count)]
        }
    }
}
