import XCTest
@testable import Kumppani

/// A body's rules (quorum, document language, appeal instructions) decide what its documents
/// say, so changing them is in the audit trail with who, when and what (migration 16).
final class BodyAuditTests: XCTestCase {
    let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))   // 2026-11-23 12:00 UTC

    func testChangedRulesAreRecordedWithUserTimeAndValuesAndFreeTextOnlyAsChanged() throws {
        let store = try Store.inMemory(clock: clock)
        let meetings = MeetingStore(store: store)
        let id = try meetings.createBody(name: "Järjestöneuvottelukunta", kind: .ngoAdvisoryBoard)
        XCTAssertEqual(try AuditLog.entries(in: store.database), [], "setting a body up changes no rule in force")
        let base = try XCTUnwrap(try meetings.body(id))
        var changed = base
        changed.quorumRule = .atLeast(5)
        changed.bilingual = true
        changed.appealInstructions = "Oikaisuvaatimus Aino Aallolle 14 päivän kuluessa."
        try meetings.updateBody(changed, expecting: base)

        let entries = try AuditLog.entries(in: store.database)
        XCTAssertEqual(entries.map { "\($0.entity) \($0.action)" }, ["body update"])
        XCTAssertEqual(entries.first?.entityID, id)
        XCTAssertEqual(entries.first?.at, "2026-11-23T12:00:00.000Z", "the store's clock")
        XCTAssertEqual(entries.first?.osUser, OSUser.current())
        let line = AuditFormat.line(try XCTUnwrap(entries.first), .fi)
        XCTAssertTrue(line.hasSuffix("Toimielimen asetuksia muutettu: Järjestöneuvottelukunta — päätösvaltaisuus: enemmistö → "
                                     + "vähintään 5 jäsentä; asiakirjojen kieli: suomi → suomi ja ruotsi; oikaisuvaatimusohje: tekstiä muutettu"), line)
        XCTAssertFalse(line.contains("Aino"), "free text is never copied into the trail")
        let en = AuditFormat.line(try XCTUnwrap(entries.first), .en)
        XCTAssertTrue(en.contains("Body settings changed: Järjestöneuvottelukunta — quorum: majority → at least 5 members"), en)
    }

    func testARawRenameOutsideKumppaniIsRecordedWithoutAUserAndAnUntouchedSaveIsNot() throws {
        let store = try Store.inMemory(clock: clock)
        let meetings = MeetingStore(store: store)
        let id = try meetings.createBody(name: "Liikunnan kumppanuuspöytä", kind: .partnershipTable)
        try meetings.updateBody(try XCTUnwrap(try meetings.body(id)))   // nothing changed
        XCTAssertEqual(try AuditLog.entries(in: store.database), [])
        try store.database.write { try store.database.run("UPDATE bodies SET name = 'Liikuntapöytä' WHERE id = ?", id) }
        let entry = try XCTUnwrap(try AuditLog.entries(in: store.database).last)
        XCTAssertNil(entry.osUser)
        XCTAssertTrue(AuditFormat.line(entry, .fi).contains("nimi: Liikunnan kumppanuuspöytä → Liikuntapöytä"), AuditFormat.line(entry, .fi))
    }
}
