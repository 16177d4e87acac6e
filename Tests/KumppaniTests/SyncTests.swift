import Foundation
import XCTest
@testable import Kumppani

/// Recording, files, refusals and conflicts of the folder exchange (issue 19).
final class SyncTests: XCTestCase {
    private var fixture: SyncFixture!

    override func setUpWithError() throws { fixture = try SyncFixture() }
    override func tearDownWithError() throws { fixture.cleanUp() }

    private func firstAssociation(_ store: Store) throws -> Int64 {
        try XCTUnwrap(store.database.scalarInt("SELECT id FROM associations ORDER BY id LIMIT 1"))
    }

    private func setEmail(_ store: Store, _ id: Int64, _ email: String) throws {
        let directory = DirectoryStore(store: store)
        var draft = try XCTUnwrap(directory.draft(for: id))
        draft.email = email
        guard case .saved = try directory.save(draft, id: id) else { return XCTFail("not saved") }
    }

    private func email(_ store: Store, _ id: Int64) throws -> String? {
        try store.database.scalarString("SELECT email FROM associations WHERE id = ?", id)
    }

    func testACommittedChangeIsRecordedOnceAndARolledBackOneNot() throws {
        let a = try fixture.copy("a")
        let id = try firstAssociation(a)
        XCTAssertEqual(try Sync.status(of: a)?.pending, 0)
        try setEmail(a, id, "uusi@example.fi")
        XCTAssertEqual(try Sync.status(of: a)?.pending, 1)
        struct Boom: Error {}
        XCTAssertThrowsError(try a.database.write {
            try a.database.run("UPDATE associations SET email = 'x@example.fi' WHERE id = ?", id)
            throw Boom()
        })
        XCTAssertEqual(try Sync.status(of: a)?.pending, 1)
        // The changeset holds the association, never the search index or the audit trail.
        guard case .blob(let blob) = try a.database.scalar("SELECT changeset FROM sync_outbox") else { return XCTFail("no changeset") }
        let tables = Set(try Changeset.changes(of: blob).map(\.table))
        XCTAssertTrue(tables.contains("associations"))
        XCTAssertTrue(tables.allSatisfy(SyncTables.isExchanged), "\(tables)")
    }

    func testAChangeTravelsAndTheAuditTrailNamesTheCopyThatMadeIt() throws {
        let a = try fixture.copy("a"), b = try fixture.copy("b")
        let id = try firstAssociation(a)
        try setEmail(a, id, "a@example.fi")
        let application = try XCTUnwrap(a.database.scalarInt("SELECT id FROM grant_decisions LIMIT 1"))
        _ = application
        XCTAssertEqual(try Sync.exchange(a, folder: fixture.exchange).filesWritten.count, 1)
        let report = try Sync.exchange(b, folder: fixture.exchange)
        XCTAssertEqual(report.filesApplied.count, 1)
        XCTAssertEqual(try email(b, id), "a@example.fi")
        XCTAssertEqual(try SyncFixture.record(a), try SyncFixture.record(b))
        // Applying the same file again changes nothing.
        try b.database.write { try b.database.execute("DELETE FROM sync_applied") }
        let before = try SyncFixture.record(b)
        _ = try Sync.exchange(b, folder: fixture.exchange)
        XCTAssertEqual(try SyncFixture.record(b), before)
        XCTAssertEqual(try Sync.status(of: b)?.pending, 0, "applied changes are not sent back")
    }

    func testAuditRowsRecordTheCopy() throws {
        let a = try fixture.copy("a"), b = try fixture.copy("b")
        let idA = try XCTUnwrap(Sync.identity(of: a)?.copyID)
        let payment = try XCTUnwrap(a.database.queryOne("SELECT id, application_id, amount_cents FROM grant_payments LIMIT 1"))
        try a.auditedWrite {
            try a.database.run("UPDATE grant_payments SET reference = 'RF18539007547034' WHERE id = ?", payment.int64("id"))
        }
        XCTAssertEqual(try a.database.scalarString("SELECT copy_id FROM audit_log ORDER BY id DESC LIMIT 1"), idA)
        _ = try Sync.exchange(a, folder: fixture.exchange)
        _ = try Sync.exchange(b, folder: fixture.exchange)
        // b's own trail shows the change, made by copy a.
        XCTAssertEqual(try b.database.scalarString("SELECT copy_id FROM audit_log WHERE entity = 'payment' ORDER BY id DESC LIMIT 1"), idA)
        XCTAssertThrowsError(try b.database.execute("UPDATE audit_log SET summary = 'x'"))
        XCTAssertThrowsError(try b.database.execute("UPDATE audit_log SET copy_id = 'someone' WHERE copy_id IS NOT NULL"))
    }

    func testConcurrentEditsKeepBothValuesInAConflictAndTheNewerWinsOnBoth() throws {
        let clockA = MutableTestClock(SyncFixture.start), clockB = MutableTestClock(SyncFixture.start)
        let a = try fixture.copy("a", clock: clockA), b = try fixture.copy("b", clock: clockB)
        let id = try firstAssociation(a)
        try setEmail(a, id, "a@example.fi")
        clockB.current = SyncFixture.start.addingTimeInterval(60)
        try setEmail(b, id, "b@example.fi")
        _ = try Sync.exchange(a, folder: fixture.exchange)
        XCTAssertEqual(try Sync.exchange(b, folder: fixture.exchange).newConflicts, 1)
        _ = try Sync.exchange(a, folder: fixture.exchange)
        XCTAssertEqual(try email(a, id), "b@example.fi")
        XCTAssertEqual(try email(b, id), "b@example.fi")
        let onA = try XCTUnwrap(SyncConflict.list(a).first)
        XCTAssertEqual(onA.column, "email")
        XCTAssertEqual(onA.mine, .text("a@example.fi"))
        XCTAssertEqual(onA.theirs, .text("b@example.fi"))
        XCTAssertEqual(onA.winner, "theirs")
        // Choosing mine on a puts it back everywhere after the next exchange.
        try SyncConflict.resolve(a, id: onA.id, choice: .mine)
        XCTAssertTrue(try SyncConflict.list(a).isEmpty)
        _ = try Sync.exchange(a, folder: fixture.exchange)
        _ = try Sync.exchange(b, folder: fixture.exchange)
        XCTAssertEqual(try email(b, id), "a@example.fi")
    }

    func testDeletingARowTheOtherCopyChangedKeepsItAndListsTheConflict() throws {
        let a = try fixture.copy("a"), b = try fixture.copy("b")
        let entry = try XCTUnwrap(a.database.queryOne("SELECT id, note FROM contact_log LIMIT 1"))
        let entryID = try XCTUnwrap(entry.int64("id"))
        try a.database.write { try a.database.run("DELETE FROM contact_log WHERE id = ?", entryID) }
        try b.database.write { try b.database.run("UPDATE contact_log SET note = 'Tärkeä muistiinpano' WHERE id = ?", entryID) }
        _ = try Sync.exchange(a, folder: fixture.exchange)
        _ = try Sync.exchange(b, folder: fixture.exchange)
        XCTAssertEqual(try b.database.scalarString("SELECT note FROM contact_log WHERE id = ?", entryID), "Tärkeä muistiinpano")
        XCTAssertEqual(try SyncConflict.list(b).map(\.kind), ["delete"])
    }

    func testADeleteNeverCascadesOverARowTheDeleterDidNotSee() throws {
        let a = try fixture.copy("a"), b = try fixture.copy("b")
        let id = try XCTUnwrap(a.database.scalarInt("SELECT id FROM associations WHERE id NOT IN (SELECT association_id FROM grant_applications) ORDER BY id LIMIT 1"))
        try a.database.write { try a.database.run("DELETE FROM associations WHERE id = ?", id) }
        _ = try DirectoryStore(store: b).addContact(to: id, ContactLogDraft(contactedOn: "2026-11-20", kind: .call, note: "Uusi soitto"))
        _ = try Sync.exchange(a, folder: fixture.exchange)
        _ = try Sync.exchange(b, folder: fixture.exchange)
        XCTAssertEqual(try b.database.scalarInt("SELECT count(*) FROM contact_log WHERE note = 'Uusi soitto'"), 1)
        XCTAssertEqual(try b.database.scalarInt("SELECT count(*) FROM associations WHERE id = ?", id), 1)
        // And a, which deleted the association, does not fail on b's new entry: it brings the
        // association back (b changed its family after the delete), keeps the entry and lists it.
        let report = try Sync.exchange(a, folder: fixture.exchange)
        XCTAssertTrue(report.refused.isEmpty)
        XCTAssertTrue(try SyncConflict.list(a).contains { $0.kind == "delete" && $0.table == "associations" && $0.rowKey == String(id) })
        XCTAssertEqual(try a.database.scalarInt("SELECT count(*) FROM contact_log WHERE note = 'Uusi soitto'"), 1)
        XCTAssertTrue(try a.database.query("PRAGMA foreign_key_check").isEmpty)
        _ = try Sync.exchange(b, folder: fixture.exchange)
        XCTAssertEqual(try SyncFixture.record(a), try SyncFixture.record(b))
    }

    func testACorruptedOrForeignFileIsRefusedAndNeverApplied() throws {
        let a = try fixture.copy("a"), b = try fixture.copy("b")
        let id = try firstAssociation(a)
        try setEmail(a, id, "a@example.fi")
        let name = try XCTUnwrap(Sync.exchange(a, folder: fixture.exchange).filesWritten.first)
        let path = fixture.exchange + "/" + name
        var bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
        bytes[bytes.count - 5] ^= 0x5A
        try bytes.write(to: URL(fileURLWithPath: path))
        let before = try SyncFixture.record(b)
        let report = try Sync.exchange(b, folder: fixture.exchange)
        XCTAssertEqual(report.refused.map(\.problem), [.damaged(name)])
        XCTAssertTrue(report.refused[0].problem.message(.en).contains("damaged"))
        XCTAssertEqual(try SyncFixture.record(b), before)
        XCTAssertNotEqual(try email(b, id), "a@example.fi")

        // A file of another record (another origin) with the name of a known copy: refused too.
        let other = try Store.inMemory()
        try Sync.initialize(other)
        let foreign = SyncFile(copyID: try XCTUnwrap(Sync.identity(of: a)?.copyID), originID: "0123456789abcdef", number: 1,
                               schemaVersion: b.schemaVersion, entries: [])
        try Data(foreign.encoded()).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(try Sync.exchange(b, folder: fixture.exchange).refused.map(\.problem), [.foreign(name)])
        XCTAssertEqual(try SyncFixture.record(b), before)
    }

    func testABackupMustTakeItsOwnIdentityBeforeItExchanges() throws {
        let a = try fixture.copy("a")
        let copyPath = fixture.folder.appendingPathComponent("copy-of-a.sqlite").path
        try Backup.write(from: a.database, to: copyPath)
        let copy = try Store.open(path: copyPath, options: .init(autoBackup: false))
        let idA = try XCTUnwrap(Sync.identity(of: a)?.copyID)
        XCTAssertThrowsError(try Sync.exchange(copy, folder: fixture.exchange)) { error in
            XCTAssertEqual(error as? SyncProblem, .copyNeedsIdentity(idA))
            XCTAssertTrue((error as? SyncProblem)?.message(.fi).contains("kumppani sync init") == true)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: fixture.exchange), [])
        guard case .newCopy(let identity, let from) = try Sync.initialize(copy) else { return XCTFail("not a new copy") }
        XCTAssertEqual(from, idA)
        XCTAssertNotEqual(identity.copyID, idA)
        XCTAssertNoThrow(try Sync.exchange(copy, folder: fixture.exchange))
    }

    func testAFileNameAndFormatRoundTrip() throws {
        let file = SyncFile(copyID: "00ff00ff00ff00ff", originID: "1111222233334444", number: 12, schemaVersion: 8,
                            entries: [.init(atMs: 1_790_000_000_000, osUser: "sihteeri", changeset: [1, 2, 3])])
        XCTAssertEqual(try SyncFile.decode(file.encoded()), file)
        XCTAssertEqual(SyncFile.name(copyID: file.copyID, number: 12), "00ff00ff00ff00ff-00000012.kumppani-sync")
        XCTAssertEqual(SyncFile.parseName("00ff00ff00ff00ff-00000012.kumppani-sync")?.number, 12)
        XCTAssertNil(SyncFile.parseName(".00ff00ff00ff00ff-00000012.kumppani-sync.tmp-1"))
        XCTAssertThrowsError(try SyncFile.decode(Array(file.encoded().dropLast())))
    }
}

/// A clock a test moves by hand.
final class MutableTestClock: Clock, @unchecked Sendable {
    var current: Date
    init(_ current: Date) { self.current = current }
    func now() -> Date { current }
}
