import Foundation
import XCTest
@testable import Kumppani

/// Two windows on one file: two `Store` connections, as two `kumppani` processes would have.
final class TwoWindowsTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-two-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    /// Both windows open the same file; the clock is fixed, so `updated_at` cannot tell the saves apart.
    func twoStores() throws -> (Store, Store) {
        let clock = FixedClock(Date(timeIntervalSince1970: 1_795_435_200))
        return (try Store.open(path: path, clock: clock), try Store.open(path: path, clock: clock))
    }

    func association(_ store: Store, phone: String = "040 111 2222") throws -> Int64 {
        var d = AssociationDraft()
        d.name = "Heinolan Omaishoitajat ry"; d.municipality = "Heinola"; d.phone = phone
        guard case .saved(let id, _) = try DirectoryStore(store: store).save(d) else { throw XCTSkip("fixture not saved") }
        return id
    }

    func testAssociationSaveAfterAnotherWindowsSaveIsRefusedWithTheDifferingFields() throws {
        let (a, b) = try twoStores()
        let id = try association(a)
        let dirA = DirectoryStore(store: a), dirB = DirectoryStore(store: b)
        let base = try XCTUnwrap(dirA.draft(for: id))        // window A opens the form
        let theirsBase = try XCTUnwrap(dirB.draft(for: id))
        var theirs = theirsBase
        theirs.phone = "040 999 8888"
        XCTAssertEqual(try dirB.save(theirs, id: id, expecting: theirsBase), .saved(id: id, warnings: []))   // window B saves
        var mine = base
        mine.phone = "050 123 4567"
        mine.city = "Heinola kk"
        XCTAssertThrowsError(try dirA.save(mine, id: id, expecting: base)) { error in
            guard let conflict = error as? AssociationConflict else { return XCTFail("\(error)") }
            let fields = conflict.fields(.fi)
            XCTAssertEqual(fields.map(\.labelKey), ["directory.field.city", "directory.field.phone"])
            let phone = fields.first { $0.labelKey == "directory.field.phone" }
            XCTAssertEqual(phone?.base, "+358 40 1112222")
            XCTAssertEqual(phone?.stored, "+358 40 9998888")
            XCTAssertEqual(phone?.mine, "050 123 4567")
            XCTAssertEqual(conflict.changedByOthers, ["directory.field.phone"])
        }
        XCTAssertEqual(try dirA.association(id)?.phone, "+358 40 9998888", "nothing of A's edit was written")
        XCTAssertEqual(try dirA.association(id)?.city, "")
        // The explicit "keep mine": compare against what is stored now, then write.
        let stored = try XCTUnwrap(dirA.draft(for: id))
        XCTAssertEqual(try dirA.save(mine, id: id, expecting: stored), .saved(id: id, warnings: []))
        XCTAssertEqual(try dirB.association(id)?.phone, "+358 50 1234567")
    }

    func testSaveWithoutChangesMeanwhileIsNotAConflict() throws {
        let (a, _) = try twoStores()
        let id = try association(a)
        let dir = DirectoryStore(store: a)
        let base = try XCTUnwrap(dir.draft(for: id))
        var mine = base
        mine.phone = "050 123 4567"
        XCTAssertEqual(try dir.save(mine, id: id, expecting: base), .saved(id: id, warnings: []))
        XCTAssertEqual(try dir.association(id)?.phone, "+358 50 1234567")
    }

    func testDataVersionSeesOnlyTheOtherConnectionsCommits() throws {
        let (a, b) = try twoStores()
        let watcher = ExternalChanges(database: a.database)
        XCTAssertFalse(watcher.check(), "nothing happened yet")
        let id = try association(a)
        XCTAssertFalse(watcher.check(), "the window's own save is not an external change")
        var d = try XCTUnwrap(DirectoryStore(store: b).draft(for: id))
        d.phone = "040 999 8888"
        _ = try DirectoryStore(store: b).save(d, id: id)
        XCTAssertTrue(watcher.check(), "B's commit is seen by A")
        XCTAssertFalse(watcher.check(), "and reported once")
    }

    func testApplicationSaveAfterAnotherWindowsSaveIsRefused() throws {
        let (a, b) = try twoStores()
        let association = try association(a)
        let grantsA = GrantStore(store: a, osUser: "a"), grantsB = GrantStore(store: b, osUser: "b")
        let round = try grantsA.createRound(GrantRound(name: "Yleisavustukset 2026", year: 2026, grantTypeCode: "general",
                                                       appropriationCents: 10_000_00))
        let id = try grantsA.createApplication(GrantApplication(roundID: round, associationID: association, purpose: "Vertaistuki",
                                                                requestedCents: 1_000_00))
        let base = try grantsA.application(id: id)
        let theirsBase = try grantsB.application(id: id)
        var theirs = theirsBase
        theirs.requestedCents = 2_500_00
        try grantsB.updateApplication(theirs, expecting: theirsBase)
        var mine = base
        mine.purpose = "Vertaistukiryhmät ja retket"
        XCTAssertThrowsError(try grantsA.updateApplication(mine, expecting: base)) { error in
            guard let conflict = error as? ApplicationConflict else { return XCTFail("\(error)") }
            let requested = conflict.fields(.fi).first { $0.labelKey == "grants.field.requested" }
            XCTAssertEqual(requested?.base, "1 000,00 €")
            XCTAssertEqual(requested?.stored, "2 500,00 €")
            XCTAssertEqual(requested?.mine, "1 000,00 €")
            XCTAssertEqual(conflict.changedByOthers, ["grants.field.requested"])
        }
        XCTAssertEqual(try grantsA.application(id: id).purpose, "Vertaistuki")
        XCTAssertEqual(try grantsA.application(id: id).requestedCents, 2_500_00)
    }

    func testMinutesTextIsWrittenOnlyOverTheTextTheEditorLoaded() throws {
        let (a, b) = try twoStores()
        let meetingsA = MeetingStore(store: a), meetingsB = MeetingStore(store: b)
        let body = try meetingsA.createBody(name: "Kumppanuuspöytä", kind: .partnershipTable)
        let meeting = try meetingsA.createMeeting(bodyID: body, heldOn: "2026-11-23")
        let item = try meetingsA.addItem(meetingID: meeting, title: "Avustusten painopisteet")
        try meetingsA.save(ItemEdit(itemID: item, field: .discussion, text: "Keskusteltiin."), expecting: "")
        try meetingsB.save(ItemEdit(itemID: item, field: .discussion, text: "Keskusteltiin. Sihteerin lisäys."), expecting: "Keskusteltiin.")
        XCTAssertThrowsError(try meetingsA.save(ItemEdit(itemID: item, field: .discussion, text: "Keskusteltiin. Koordinaattori."),
                                                expecting: "Keskusteltiin.")) { error in
            guard let conflict = error as? ItemTextConflict else { return XCTFail("\(error)") }
            XCTAssertEqual(conflict.stored?.text, "Keskusteltiin. Sihteerin lisäys.")
            XCTAssertEqual(conflict.fields(.fi).map(\.labelKey), ["meetings.field.discussion"])
        }
        XCTAssertEqual(try meetingsA.storedText(itemID: item, field: .discussion), "Keskusteltiin. Sihteerin lisäys.")
    }
}
