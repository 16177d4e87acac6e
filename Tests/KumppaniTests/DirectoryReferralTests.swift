import XCTest
@testable import Kumppani

final class DirectoryReferralTests: XCTestCase {
    func makeFixture() throws -> DirectoryFixture {
        let f = try DirectoryFixture()
        let carers = try f.add("Heinolan Omaishoitajat ry", municipality: "Heinola")
        try f.activity(carers, "Omaishoitajien vertaisryhmä", kind: "peer_group", groups: ["family_carers"],
                       schedule: "ti klo 13–15, viikoittain", place: "Kirkkokatu 5", cost: "maksuton", contact: "Anna Aalto, 044 123 4567")
        try f.activity(carers, "Virkistysretki Vierumäelle", kind: "trip", groups: ["family_carers"], cost: "10 €")
        let lahti = try f.add("Lahden Omaishoitajat ry", municipality: "Lahti")
        // Held in Heinola although the association is in Lahti.
        try f.activity(lahti, "Vertaisryhmä Heinolassa", kind: "peer_group", groups: ["family_carers"], places: ["111"])
        try f.activity(lahti, "Vertaisryhmä Lahdessa", kind: "peer_group", groups: ["family_carers"])
        let youth = try f.add("Heinolan Nuoret ry", municipality: "Heinola")
        try f.activity(youth, "Nuorten vertaisryhmä", kind: "peer_group", groups: ["youth"])
        let gone = try f.add("Lakannut Seura ry", municipality: "Heinola", status: .dissolved)
        try f.activity(gone, "Vanha vertaisryhmä", kind: "peer_group", groups: ["family_carers"])
        return f
    }

    func testPeerGroupsForFamilyCarersInHeinola() throws {
        let f = try makeFixture()
        let results = try f.directory.referrals(ReferralQuery(targetGroup: "family_carers", municipalityCode: "111", activityKind: "peer_group"))
        XCTAssertEqual(results.map(\.activity.title), ["Omaishoitajien vertaisryhmä", "Vertaisryhmä Heinolassa"])
        XCTAssertEqual(results.first?.activity.schedule, "ti klo 13–15, viikoittain")
        XCTAssertEqual(results.first?.contact, "Anna Aalto, 044 123 4567")
        XCTAssertEqual(results.map(\.associationName), ["Heinolan Omaishoitajat ry", "Lahden Omaishoitajat ry"])
    }

    func testActivitiesForTheGroupComeBeforeThoseOpenToEveryone() throws {
        let f = try makeFixture()
        let cafe = try f.add("Aakkosten Kyläyhdistys ry", municipality: "Heinola")
        try f.activity(cafe, "Avoin kohtaamispaikka", kind: "peer_group", groups: ["everyone"])
        let results = try f.directory.referrals(ReferralQuery(targetGroup: "family_carers", municipalityCode: "111", activityKind: "peer_group"))
        XCTAssertEqual(results.map(\.activity.title), ["Omaishoitajien vertaisryhmä", "Vertaisryhmä Heinolassa", "Avoin kohtaamispaikka"],
                       "open to everyone is still offered, after the ones meant for family carers")
    }

    func testWordsNarrowTheResultsAsPrefixes() throws {
        let f = try makeFixture()
        let results = try f.directory.referrals(ReferralQuery(targetGroup: "family_carers", words: "vierum"))
        XCTAssertEqual(results.map(\.activity.title), ["Virkistysretki Vierumäelle"])
        XCTAssertEqual(try f.directory.referrals(ReferralQuery(words: "lahden vertais")).map(\.activity.title),
                       ["Vertaisryhmä Heinolassa", "Vertaisryhmä Lahdessa"])
        XCTAssertEqual(try f.directory.referrals(ReferralQuery(municipalityCode: "111", words: "xyz")), [])
    }

    func testReferralCardIsPlainTextInBothLanguagesAndWrittenToAFile() throws {
        let f = try makeFixture()
        let first = try XCTUnwrap(try f.directory.referrals(ReferralQuery(targetGroup: "family_carers", municipalityCode: "111")).first)
        let fi = ReferralCard.text(first, language: .fi, today: f.directory.today)
        XCTAssertTrue(fi.hasPrefix("LÄHETE – järjestön toimintaan\n"))
        XCTAssertTrue(fi.contains("\nToiminta: Omaishoitajien vertaisryhmä\n"))
        XCTAssertTrue(fi.contains("\nJärjestäjä: Heinolan Omaishoitajat ry\n"))
        XCTAssertTrue(fi.contains("\nAika: ti klo 13–15, viikoittain\n"))
        XCTAssertTrue(fi.contains("\nHinta: maksuton\n"))
        XCTAssertTrue(fi.contains("\nKenelle: Omaishoitajat\n"))
        XCTAssertTrue(fi.contains("Lähete tulostettu 23.11.2026."))
        let en = ReferralCard.text(first, language: .en, today: f.directory.today)
        XCTAssertTrue(en.contains("\nTime: ti klo 13–15, viikoittain\n"))
        XCTAssertTrue(en.contains("\nFor: Family carers\n"))

        XCTAssertEqual(ReferralCard.defaultFileName(first), "lahete-omaishoitajien-vertaisryhma.txt")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-card-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("kortti.txt").path
        try ReferralCard.write(fi, to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), fi)
        XCTAssertThrowsError(try ReferralCard.write(fi, to: dir.appendingPathComponent("missing/kortti.txt").path))
    }
}
