import XCTest
@testable import Kumppani

final class DirectorySearchTests: XCTestCase {
    func testListIsInFinnishOrderWithÅÄÖAfterZ() throws {
        let f = try DirectoryFixture()
        for name in ["Örnäs ry", "Zeta ry", "Ääneseudun Eläkkeensaajat ry", "Aava ry", "Åbo Svenska Förening", "Veikko ry"] {
            try f.add(name)
        }
        XCTAssertEqual(try f.names(search: ""),
                       ["Aava ry", "Veikko ry", "Zeta ry", "Åbo Svenska Förening", "Ääneseudun Eläkkeensaajat ry", "Örnäs ry"])
    }

    func testOneAndTwoLettersFindNameBeginnings() throws {
        let f = try DirectoryFixture()
        try f.add("Aava ry"); try f.add("Ääneseudun Eläkkeensaajat ry"); try f.add("Hollolan Kyläyhdistys ry")
        try f.add("Ahtialan Nuoret ry", description: "aava meri")
        XCTAssertEqual(try f.names(search: "a"), ["Aava ry", "Ahtialan Nuoret ry"])
        XCTAssertEqual(try f.names(search: "Ää"), ["Ääneseudun Eläkkeensaajat ry"])
        XCTAssertEqual(try f.names(search: "ho"), ["Hollolan Kyläyhdistys ry"])
    }

    func testEveryWordIsAPrefixAcrossEverythingKnown() throws {
        let f = try DirectoryFixture()
        let tampere = try f.add("Tamperen Omaishoitajat ry", municipality: "Tampere")
        let lahti = try f.add("Lahden Seudun Kyläyhdistys ry", businessID: "0737546-2", description: "Kylätalon ylläpito")
        let porvoo = try f.add("Borgå Hembygdsförening rf", municipality: "Porvoo")
        try f.activity(lahti, "Vertaisryhmä omaishoitajille", kind: "peer_group")
        try f.person("Maija Meikäläinen", in: tampere, kind: "contact")

        XCTAssertEqual(try f.names(search: "tampere"), ["Tamperen Omaishoitajat ry"])
        XCTAssertEqual(try f.names(search: "kylätal"), ["Lahden Seudun Kyläyhdistys ry"], "description")
        XCTAssertEqual(try f.names(search: "vertais"), ["Lahden Seudun Kyläyhdistys ry"], "activity title")
        XCTAssertEqual(try f.names(search: "meikäl"), ["Tamperen Omaishoitajat ry"], "contact name")
        XCTAssertEqual(try f.names(search: "Borgå"), ["Borgå Hembygdsförening rf"], "Swedish municipality name")
        XCTAssertEqual(try f.names(search: "porvoo"), ["Borgå Hembygdsförening rf"], "Finnish municipality name")
        XCTAssertEqual(try f.names(search: "0737"), ["Lahden Seudun Kyläyhdistys ry"], "Y-tunnus prefix")
        XCTAssertEqual(try f.names(search: "07375462"), ["Lahden Seudun Kyläyhdistys ry"], "Y-tunnus without the dash")
        XCTAssertEqual(try f.names(search: "lahden kylä"), ["Lahden Seudun Kyläyhdistys ry"], "two words, both prefixes")
        XCTAssertEqual(try f.names(search: "lahden tampere"), [], "every word must match")
        XCTAssertEqual(try f.names(search: "vertaisryhmä"), ["Lahden Seudun Kyläyhdistys ry"])
        _ = porvoo
    }

    func testNameMatchesComeBeforeOtherMatches() throws {
        let f = try DirectoryFixture()
        try f.add("Aaltolan Kyläseura ry", description: "Omaishoitajien virkistyspäivät")
        try f.add("Omaishoitajat Heinola ry", municipality: "Heinola")
        try f.add("Päijät-Hämeen Omaishoitajat ry")
        XCTAssertEqual(try f.names(search: "omaishoit"),
                       ["Omaishoitajat Heinola ry", "Päijät-Hämeen Omaishoitajat ry", "Aaltolan Kyläseura ry"])
    }

    func testÄAndÖAreOwnLettersButUnaccentedQueryFindsThemWhenNothingElseMatches() throws {
        let f = try DirectoryFixture()
        try f.add("Saarijärven Seurakuntanuoret ry", municipality: "Saarijärvi")
        try f.add("Sääksmäen Kotiseutuyhdistys ry", municipality: "Valkeakoski")
        try f.add("Äänekosken Työttömät ry", municipality: "Äänekoski")
        XCTAssertEqual(try f.names(search: "saa"), ["Saarijärven Seurakuntanuoret ry"], "ä is not a")
        XCTAssertEqual(try f.names(search: "sää"), ["Sääksmäen Kotiseutuyhdistys ry"])
        let folded = try f.directory.listing(DirectoryQuery(search: "aanekosk"))
        XCTAssertTrue(folded.usedFoldedSearch)
        XCTAssertEqual(try f.directory.rows(folded, offset: 0, limit: 10).map(\.name), ["Äänekosken Työttömät ry"])
        XCTAssertEqual(try f.names(search: "tyottomat"), ["Äänekosken Työttömät ry"])
    }

    func testRawInputNeverBreaksTheQuery() throws {
        let f = try DirectoryFixture()
        try f.add("Kylä AND Kaupunki ry")
        for input in ["kylä AND", "\"", "*", "kylä OR", "NEAR(", "a:b", "-", "((", "ää\"öö", "  "] {
            XCTAssertNoThrow(try f.names(search: input), input)
        }
        XCTAssertEqual(try f.names(search: "kylä AND"), ["Kylä AND Kaupunki ry"])
    }

    func testFiltersCombineWithSearch() throws {
        let f = try DirectoryFixture()
        let heinolaCarers = try f.add("Heinolan Omaishoitajat ry", municipality: "Heinola", lahella: true)
        let lahtiCarers = try f.add("Lahden Omaishoitajat ry", municipality: "Lahti")
        let youth = try f.add("Heinolan Nuorisoseura ry", municipality: "Heinola", status: .dormant, targetGroups: ["youth"])
        try f.activity(heinolaCarers, "Vertaisryhmä", kind: "peer_group", groups: ["family_carers"])
        try f.activity(lahtiCarers, "Virkistysretki", kind: "trip", groups: ["family_carers"])
        try f.grant(lahtiCarers, stage: "in_review")
        try f.grant(youth, stage: "closed")

        XCTAssertEqual(try f.names(search: "", filter: DirectoryFilter(municipalityCode: "111")),
                       ["Heinolan Nuorisoseura ry", "Heinolan Omaishoitajat ry"])
        XCTAssertEqual(try f.names(search: "omais", filter: DirectoryFilter(municipalityCode: "111")), ["Heinolan Omaishoitajat ry"])
        XCTAssertEqual(try f.names(search: "", filter: DirectoryFilter(targetGroup: "family_carers")),
                       ["Heinolan Omaishoitajat ry", "Lahden Omaishoitajat ry"])
        XCTAssertEqual(try f.names(search: "", filter: DirectoryFilter(targetGroup: "youth")), ["Heinolan Nuorisoseura ry"])
        XCTAssertEqual(try f.names(search: "", filter: DirectoryFilter(activityKind: "peer_group")), ["Heinolan Omaishoitajat ry"])
        XCTAssertEqual(try f.names(search: "", filter: DirectoryFilter(status: .dormant)), ["Heinolan Nuorisoseura ry"])
        XCTAssertEqual(try f.names(search: "", filter: DirectoryFilter(hasOpenGrant: true)), ["Lahden Omaishoitajat ry"])
        XCTAssertEqual(try f.names(search: "", filter: DirectoryFilter(hasOpenGrant: false)),
                       ["Heinolan Nuorisoseura ry", "Heinolan Omaishoitajat ry"])
        XCTAssertEqual(try f.names(search: "", filter: DirectoryFilter(lahellaListed: true)), ["Heinolan Omaishoitajat ry"])
        XCTAssertEqual(try f.names(search: "h", filter: DirectoryFilter(municipalityCode: "111", status: .active)),
                       ["Heinolan Omaishoitajat ry"])
        XCTAssertEqual(try f.directory.count(DirectoryQuery(filter: DirectoryFilter(municipalityCode: "398"))), 1)
    }

    func testSortByMunicipalityAndByLastContact() throws {
        let f = try DirectoryFixture()
        let a = try f.add("Aava ry", municipality: "Orimattila")
        let b = try f.add("Bertta ry", municipality: "Asikkala")
        let c = try f.add("Cecilia ry", municipality: "Hämeenlinna")
        try f.add("Doris ry", municipality: "")
        XCTAssertEqual(try f.names(search: "", sort: .municipality), ["Bertta ry", "Cecilia ry", "Aava ry", "Doris ry"])
        try f.directory.addContact(to: a, ContactLogDraft(contactedOn: "2026-10-01", kind: .call))
        try f.directory.addContact(to: b, ContactLogDraft(contactedOn: "2026-11-20", kind: .email))
        try f.directory.addContact(to: c, ContactLogDraft(contactedOn: "2025-01-01", kind: .visit))
        try f.directory.addContact(to: c, ContactLogDraft(contactedOn: "2026-11-01", kind: .visit))
        XCTAssertEqual(try f.names(search: "", sort: .lastContact), ["Bertta ry", "Cecilia ry", "Aava ry", "Doris ry"])
        XCTAssertEqual(try f.directory.rows(DirectoryQuery(sort: .lastContact), offset: 0, limit: 1).first?.lastContactOn, "2026-11-20")
    }

    func testPagesReadOnlyTheAskedRowsAndPositionFindsARow() throws {
        let f = try DirectoryFixture()
        var ids: [Int64] = []
        for i in 0..<25 { ids.append(try f.add(String(format: "Yhdistys %02d ry", i))) }
        let listing = try f.directory.listing(DirectoryQuery())
        XCTAssertEqual(listing.count, 25)
        XCTAssertEqual(try f.directory.rows(listing, offset: 10, limit: 3).map(\.name), ["Yhdistys 10 ry", "Yhdistys 11 ry", "Yhdistys 12 ry"])
        XCTAssertEqual(try f.directory.rows(listing, offset: 24, limit: 10).map(\.name), ["Yhdistys 24 ry"])
        XCTAssertEqual(try f.directory.rows(listing, offset: 30, limit: 10), [])
        XCTAssertEqual(try f.directory.position(of: ids[17], in: listing), 17)
    }
}
