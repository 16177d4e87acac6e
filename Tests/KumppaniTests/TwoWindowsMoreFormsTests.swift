import Foundation
import XCTest
@testable import Kumppani

/// Two windows on one file, for the forms beyond the association, application and minutes:
/// window A loads a record, window B saves a change, A's save with `expecting:` is refused with
/// the differing fields and writes nothing; after a deletion it says the record is gone.
final class TwoWindowsMoreFormsTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-two-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    /// Both windows open the same file with a fixed clock: `updated_at` cannot tell saves apart.
    func twoStores() throws -> (Store, Store) {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))
        return (try Store.open(path: path, clock: clock), try Store.open(path: path, clock: clock))
    }

    func association(_ store: Store) throws -> Int64 {
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"; d.municipality = "Heinola"
        guard case .saved(let id, _) = try DirectoryStore(store: store).save(d) else { throw XCTSkip("fixture not saved") }
        return id
    }

    // MARK: Directory: activities and roles

    func activity(_ store: Store) throws -> (association: Int64, activity: Int64) {
        let association = try self.association(store)
        var d = ActivityDraft()
        d.title = "Vertaisryhmä omaishoitajille"; d.schedule = "ti 17–19"; d.place = "Kirjasto"
        guard case .saved(let id) = try DirectoryStore(store: store).saveActivity(d, association: association) else {
            throw XCTSkip("fixture not saved")
        }
        return (association, id)
    }

    func testActivitySaveAfterAnotherWindowsSaveIsRefused() throws {
        let (a, b) = try twoStores()
        let (association, id) = try activity(a)
        let dirA = DirectoryStore(store: a), dirB = DirectoryStore(store: b)
        let base = try XCTUnwrap(dirA.activityDraft(id)).draft
        var theirs = try XCTUnwrap(dirB.activityDraft(id)).draft
        theirs.place = "Seurakuntatalo"
        XCTAssertEqual(try dirB.saveActivity(theirs, association: association, id: id), .saved(id: id))
        var mine = base
        mine.schedule = "ke 18–20"
        XCTAssertThrowsError(try dirA.saveActivity(mine, association: association, id: id, expecting: base)) { error in
            guard let conflict = error as? ActivityConflict else { return XCTFail("\(error)") }
            XCTAssertEqual(conflict.fields(.fi).map(\.labelKey), ["directory.activity.schedule", "directory.activity.place"])
            XCTAssertEqual(conflict.fields(.fi).last?.stored, "Seurakuntatalo")
            XCTAssertEqual(conflict.changedByOthers, ["directory.activity.place"])
        }
        let stored = try XCTUnwrap(dirA.activityDraft(id)).draft
        XCTAssertEqual(stored.schedule, "ti 17–19", "nothing of A's edit was written")
        XCTAssertEqual(stored.place, "Seurakuntatalo")
        // Keep mine: compared with what is stored now, then written.
        XCTAssertEqual(try dirA.saveActivity(mine, association: association, id: id, expecting: stored), .saved(id: id))
        XCTAssertEqual(try dirB.activityDraft(id)?.draft.schedule, "ke 18–20")
    }

    func testActivityDeletedInAnotherWindowIsAConflictWithNothingStored() throws {
        let (a, b) = try twoStores()
        let (association, id) = try activity(a)
        let base = try XCTUnwrap(DirectoryStore(store: a).activityDraft(id)).draft
        XCTAssertTrue(try DirectoryStore(store: b).deleteActivity(id))
        var mine = base
        mine.title = "Uusi nimi"
        XCTAssertThrowsError(try DirectoryStore(store: a).saveActivity(mine, association: association, id: id, expecting: base)) { error in
            guard let conflict = error as? ActivityConflict else { return XCTFail("\(error)") }
            XCTAssertNil(conflict.stored, "deleted meanwhile")
        }
        XCTAssertEqual(try a.database.scalarInt("SELECT count(*) FROM activities"), 0, "the deleted activity was not recreated")
    }

    func testRoleSaveAfterAnotherWindowsSaveIsRefused() throws {
        let (a, b) = try twoStores()
        let association = try self.association(a)
        var d = PersonRoleDraft()
        d.name = "Maija Mäkinen"; d.kind = "board_chair"; d.phone = "040 123 4567"; d.startOn = "2026-01-01"
        guard case .saved(let roleID, _) = try DirectoryStore(store: a).saveRole(d, association: association) else { return XCTFail() }
        let dirA = DirectoryStore(store: a), dirB = DirectoryStore(store: b)
        let base = try XCTUnwrap(dirA.roleDraft(roleID)).draft
        var theirs = try XCTUnwrap(dirB.roleDraft(roleID)).draft
        theirs.email = "maija@example.fi"
        guard case .saved = try dirB.saveRole(theirs, association: association, affiliationID: roleID) else { return XCTFail() }
        var mine = base
        mine.title = "puheenjohtaja 2026–2027"
        XCTAssertThrowsError(try dirA.saveRole(mine, association: association, affiliationID: roleID, expecting: base)) { error in
            guard let conflict = error as? RoleConflict else { return XCTFail("\(error)") }
            XCTAssertEqual(conflict.fields(.fi).map(\.labelKey), ["directory.person.title", "directory.person.email"])
            XCTAssertEqual(conflict.changedByOthers, ["directory.person.email"])
        }
        let stored = try XCTUnwrap(dirA.roleDraft(roleID)).draft
        XCTAssertEqual(stored.title, "", "nothing of A's edit was written")
        XCTAssertEqual(stored.email, "maija@example.fi", "B's e-mail stays")
    }

    // MARK: Grants: rounds

    func testRoundSaveAfterAnotherWindowsSaveIsRefused() throws {
        let (a, b) = try twoStores()
        let grantsA = GrantStore(store: a), grantsB = GrantStore(store: b)
        let id = try grantsA.createRound(GrantRound(name: "Yleisavustukset 2027", year: 2027, grantTypeCode: "general",
                                                    appropriationCents: 5_000_000))
        let base = try grantsA.round(id: id)
        var theirs = try grantsB.round(id: id)
        theirs.appropriationCents = 6_000_000
        try grantsB.updateRound(theirs, expecting: try grantsB.round(id: id))
        var mine = base
        mine.name = "Yleisavustukset vuodelle 2027"
        XCTAssertThrowsError(try grantsA.updateRound(mine, expecting: base)) { error in
            guard let conflict = error as? RoundConflict else { return XCTFail("\(error)") }
            let fields = conflict.fields(.fi)
            XCTAssertEqual(fields.map(\.labelKey), ["grants.field.round_name", "grants.field.appropriation"])
            XCTAssertEqual(fields.last?.stored, Money(cents: 6_000_000).formatted(.fi))
            XCTAssertEqual(fields.last?.mine, Money(cents: 5_000_000).formatted(.fi))
        }
        XCTAssertEqual(try grantsA.round(id: id).name, "Yleisavustukset 2027", "nothing of A's edit was written")
        XCTAssertEqual(try grantsA.round(id: id).appropriationCents, 6_000_000)
        try a.database.execute("DELETE FROM grant_rounds WHERE id = \(id)")
        XCTAssertThrowsError(try grantsB.updateRound(theirs, expecting: theirs)) { error in
            XCTAssertNotNil(error as? RoundConflict)
            XCTAssertNil((error as? RoundConflict)?.stored, "deleted meanwhile")
        }
    }

    // MARK: Meetings: details, body, member

    func meetingFixture(_ store: Store) throws -> (body: Int64, meeting: Int64, member: Int64) {
        let m = MeetingStore(store: store)
        let body = try m.createBody(name: "Järjestöjen kumppanuuspöytä", kind: .partnershipTable)
        let meeting = try m.createMeeting(bodyID: body, heldOn: "2026-12-03", startsAt: "14:00", place: "Kaupungintalo")
        let person = try m.createPerson(name: "Eero Esko")
        let member = try m.addMember(bodyID: body, personID: person, role: .member, represents: "Eläkeläiset ry")
        return (body, meeting, member)
    }

    func testMeetingDetailsSaveAfterAnotherWindowsSaveIsRefused() throws {
        let (a, b) = try twoStores()
        let ids = try meetingFixture(a)
        let mA = MeetingStore(store: a), mB = MeetingStore(store: b)
        let base = try XCTUnwrap(mA.meeting(ids.meeting))
        var theirs = try XCTUnwrap(mB.meeting(ids.meeting))
        theirs.place = "Sote-talo, sali 2"
        try mB.updateMeeting(theirs, expecting: try mB.meeting(ids.meeting))
        var mine = base
        mine.heldOn = "2026-12-10"
        XCTAssertThrowsError(try mA.updateMeeting(mine, expecting: base)) { error in
            guard let conflict = error as? MeetingConflict else { return XCTFail("\(error)") }
            XCTAssertEqual(conflict.fields(.fi).map(\.labelKey), ["meetings.dialog.edit_date", "meetings.dialog.edit_place"])
            XCTAssertEqual(conflict.fields(.fi).first?.mine, MeetingFormat.date("2026-12-10"))
        }
        let stored = try XCTUnwrap(mA.meeting(ids.meeting))
        XCTAssertEqual(stored.heldOn, "2026-12-03", "nothing of A's edit was written")
        XCTAssertEqual(stored.place, "Sote-talo, sali 2")
    }

    func testBodyAndMemberSavesAfterAnotherWindowsSaveAreRefused() throws {
        let (a, b) = try twoStores()
        let ids = try meetingFixture(a)
        let mA = MeetingStore(store: a), mB = MeetingStore(store: b)
        let bodyBase = try XCTUnwrap(mA.body(ids.body))
        var bodyTheirs = bodyBase
        bodyTheirs.name = "Kumppanuuspöytä (hyvinvointi)"
        try mB.updateBody(bodyTheirs, expecting: bodyBase)
        var bodyMine = bodyBase
        bodyMine.agendaTemplate = "Kokouksen avaus\nMuut asiat"
        XCTAssertThrowsError(try mA.updateBody(bodyMine, expecting: bodyBase)) { error in
            XCTAssertEqual((error as? BodyConflict)?.changedByOthers, ["meetings.prompt.body_name"])
        }
        XCTAssertEqual(try mA.body(ids.body)?.agendaTemplate, "", "nothing of A's edit was written")

        let memberBase = try XCTUnwrap(mA.member(ids.member))
        var memberTheirs = memberBase
        memberTheirs.represents = "Omaishoitajat ry"
        try mB.updateMember(memberTheirs, expecting: memberBase)
        var memberMine = memberBase
        memberMine.termEnd = "2027-05-31"
        XCTAssertThrowsError(try mA.updateMember(memberMine, expecting: memberBase)) { error in
            guard let conflict = error as? MemberConflict else { return XCTFail("\(error)") }
            XCTAssertEqual(conflict.fields(.fi).map(\.labelKey), ["sync.field.represents", "sync.field.term_end"])
        }
        XCTAssertNil(try mA.member(ids.member)?.termEnd, "nothing of A's edit was written")
        try mB.removeMember(id: ids.member)
        XCTAssertThrowsError(try mA.updateMember(memberMine, expecting: memberTheirs)) { error in
            XCTAssertNotNil(error as? MemberConflict)
            XCTAssertNil((error as? MemberConflict)?.stored, "removed meanwhile")
        }
    }
}
