import XCTest
@testable import Kumppani

/// The search strategies that keep typing fast at 100,000 associations: short words narrow the
/// longer words' matches, and a full-text list stops at `searchCap` with "1 000+".
final class DirectorySearchSpeedTests: XCTestCase {
    func testShortWordsNarrowTheLongerWordsMatchesByNameThenBody() throws {
        let f = try DirectoryFixture()
        try f.add("Hollolan Martat ry", municipality: "Hollola")
        try f.add("Hollolan Kyläseura ry", municipality: "Hollola", description: "Marjaretket syksyllä")
        try f.add("Hollolan Mäkihyppääjät ry", municipality: "Hollola")
        try f.add("Heinolan Martat ry", municipality: "Heinola")
        try f.add("Hollolan Sydän ry", municipality: "Hollola", description: "Sauva-kävely")
        XCTAssertEqual(try f.names(search: "hollolan ma"), ["Hollolan Martat ry", "Hollolan Kyläseura ry"],
                       "name match first, then the description's word")
        XCTAssertEqual(try f.names(search: "hollolan mä"), ["Hollolan Mäkihyppääjät ry"], "ä is its own letter")
        XCTAssertEqual(try f.names(search: "ma hollolan"), ["Hollolan Martat ry", "Hollolan Kyläseura ry"], "any order")
        XCTAssertEqual(try f.names(search: "hollolan r").first, "Hollolan Kyläseura ry", "ry in every name")
        XCTAssertEqual(try f.names(search: "sydän k"), ["Hollolan Sydän ry"], "a word after a hyphen in the description")
        XCTAssertEqual(try f.names(search: "hollolan xq"), [])
    }

    func testShortWordsAlsoFoldWhenNothingMatchesExactly() throws {
        let f = try DirectoryFixture()
        try f.add("Hollolan Mäkihyppääjät ry", municipality: "Hollola")
        let listing = try f.directory.listing(DirectoryQuery(search: "hollolan maki"))
        XCTAssertTrue(listing.usedFoldedSearch)
        XCTAssertEqual(try f.directory.rows(listing, offset: 0, limit: 5).map(\.name), ["Hollolan Mäkihyppääjät ry"])
        let short = try f.directory.listing(DirectoryQuery(search: "hollolan ma"))
        XCTAssertTrue(short.usedFoldedSearch)
        XCTAssertEqual(try f.directory.rows(short, offset: 0, limit: 5).map(\.name), ["Hollolan Mäkihyppääjät ry"])
    }

    func testOnlyShortWordsJumpToTheNamesStartingSo() throws {
        let f = try DirectoryFixture()
        try f.add("A-kilta Lahti ry")
        try f.add("Aava Kulttuuri ry")
        try f.add("Kaisan A-kerho ry")
        XCTAssertEqual(try f.names(search: "a-k"), ["A-kilta Lahti ry"])
        XCTAssertEqual(try f.names(search: "A-ki"), ["A-kilta Lahti ry"])
        XCTAssertEqual(try f.names(search: "a-kil"), ["A-kilta Lahti ry"], "then a full-text word with a short one")
    }

    func testAFullTextListStopsAtTheCapAndSaysSo() throws {
        let f = try DirectoryFixture()
        let cap = DirectoryStore.searchCap
        for i in 0...cap {
            try f.add("Omaishoitajat \(cap - i) ry", municipality: i % 2 == 0 ? "Lahti" : "Heinola")
        }
        try f.add("Lahden Kyläseura ry", description: "omaishoitajien tuki")
        let listing = try f.directory.listing(DirectoryQuery(search: "omaishoit"))
        XCTAssertTrue(listing.isCapped)
        XCTAssertEqual(listing.count, cap)
        XCTAssertEqual(listing.countText(.fi), "1 000+ yhdistystä")
        XCTAssertEqual(listing.countText(.en), "1,000+ associations")
        let first = try f.directory.rows(listing, offset: 0, limit: 3).map(\.name)
        XCTAssertEqual(first, first.sorted(by: FinnishCollation.areInIncreasingOrder), "the page is in name order")
        XCTAssertFalse(first.contains("Lahden Kyläseura ry"), "name matches fill the capped list")

        let narrower = try f.directory.listing(DirectoryQuery(search: "omaishoit", filter: DirectoryFilter(municipalityCode: "398")))
        XCTAssertFalse(narrower.isCapped)
        XCTAssertEqual(narrower.countText(.fi), "\(narrower.count) yhdistystä")
        XCTAssertEqual(narrower.count, cap / 2 + 1 + 1, "every Lahti match, the description match too")
        XCTAssertEqual(try f.directory.rows(narrower, offset: narrower.count - 1, limit: 1).map(\.name), ["Lahden Kyläseura ry"])

        // An export or a bulk tag of the search takes every match, not the list's first thousand.
        let all = try f.directory.allIDs(matching: DirectoryQuery(search: "omaishoit"))
        XCTAssertEqual(all.count, cap + 2, "every name match and the description's one")
        XCTAssertEqual(Set(all).count, all.count)
        XCTAssertEqual(Array(all.prefix(cap)), try f.directory.ids(of: listing), "in the list's order")
    }
}
