import Foundation
import XCTest
@testable import Kumppani

/// Likely duplicates: ranked by name similarity, same municipality and contact details, each
/// pair with its reasons; found by blocking, never by comparing every pair.
final class DuplicateFinderTests: XCTestCase {
    func testPairsAreRankedAndSayWhy() throws {
        let f = try DirectoryFixture()
        let keep = try f.add("Heinolan Omaishoitajat ry", municipality: "Heinola", businessID: "2345678-0")
        let dup = try f.add("HEINOLAN OMAISHOITAJAT r.y.", municipality: "Heinola")
        try f.add("Heinolan Omaishoitajat ry", municipality: "Lahti")   // a namesake elsewhere
        let phoneA = try f.add("Lahden Laulu ry"), phoneB = try f.add("Kuoroyhdistys Sävel")
        try f.db.write {
            try f.db.run("UPDATE associations SET phone = '044 512 3456' WHERE id = ?", phoneA)
            try f.db.run("UPDATE associations SET phone = '+358 44 512 3456' WHERE id = ?", phoneB)
        }
        try f.add("Orimattilan Martat ry", municipality: "Orimattila")
        try f.add("Asikkalan Eläkkeensaajat ry", municipality: "Asikkala")

        let pairs = try DuplicateFinder.find(in: f.directory)
        let first = try XCTUnwrap(pairs.first)
        XCTAssertEqual([first.left.id, first.right.id], [keep, dup], "the one with a Y-tunnus is kept by default")
        XCTAssertEqual(first.reasons, [.sameName, .sameMunicipality])
        XCTAssertEqual(first.nameSimilarity, 100)
        XCTAssertTrue(pairs.contains { Set([$0.left.id, $0.right.id]) == [phoneA, phoneB] && $0.reasons == [.sameMunicipality, .samePhone] },
                      "\(pairs.map { ($0.left.name, $0.right.name, $0.reasons) })")
        XCTAssertFalse(pairs.contains { $0.left.name.hasPrefix("Orimattilan") || $0.right.name.hasPrefix("Orimattilan") })
        let namesake = try XCTUnwrap(pairs.first { $0.reasons == [.sameName] })
        XCTAssertLessThan(namesake.score, first.score, "same municipality ranks higher")
    }

    func testNormalisingDropsTheRegisterSuffixCaseAndPunctuation() {
        XCTAssertEqual(DuplicateFinder.normaliseName("Heinolan Omaishoitajat r.y."), "heinolan omaishoitajat")
        XCTAssertEqual(DuplicateFinder.normaliseName("HEINOLAN OMAISHOITAJAT RY"), "heinolan omaishoitajat")
        XCTAssertEqual(DuplicateFinder.normaliseName("Lovisa Marthaförening rf"), "lovisa marthaförening")
        XCTAssertEqual(DuplicateFinder.websiteKey("https://www.Heinola.fi/"), "heinola.fi")
    }

    /// 20,000 associations with one planted near-duplicate: found, and well under a second or two
    /// (blocking compares a few pairs per association, not 200 million).
    func testAtScaleOnlyBlocksAreCompared() throws {
        let f = try DirectoryFixture()
        let towns = ["398", "111", "098", "560", "081", "016", "316", "576", "781", "142"]
        let words = ["Kylä", "Martta", "Eläke", "Urheilu", "Nuoriso", "Kuoro", "Metsästys", "Omaishoitaja", "Sydän", "Reuma"]
        try f.db.write {
            try f.db.execute("DROP TRIGGER search_associations_ai")   // the search index is not what is measured
            for i in 0..<20_000 {
                let name = "\(words[i % 10])yhdistys \(i) ry"
                try f.db.run("INSERT INTO associations(id, name, name_key, municipality_code, created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 'x')",
                             Int64(i + 1), name, name.lowercased(), towns[i % 10])
            }
            try f.db.run("INSERT INTO associations(id, name, name_key, municipality_code, created_at, updated_at) VALUES (999999, 'Kyläyhdistys 0 r.y.', 'x', '398', 'y', 'y')")
        }
        let start = Date()
        let pairs = try DuplicateFinder.find(in: f.directory)
        let seconds = Date().timeIntervalSince(start)
        XCTAssertEqual(pairs.first.map { [$0.left.id, $0.right.id] }, [1, 999999])
        XCTAssertLessThanOrEqual(pairs.count, DuplicateFinder.defaultLimit)
        XCTAssertLessThan(seconds, 5, "blocking keeps it near-linear")
        print("duplicates at 20,000: \(Int(seconds * 1000)) ms")
    }
}
