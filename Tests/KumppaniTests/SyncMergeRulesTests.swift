import Foundation
import XCTest
@testable import Kumppani

/// The merge rules issue 19 left open: a row kept against a delete reaches the copy that deleted
/// it, a Y-tunnus set on two copies at once ends the same everywhere, the outbox is pruned once
/// every copy has applied it, and a copy restored from an older backup keeps what it had sent.
final class SyncMergeRulesTests: XCTestCase {
    private var fixture: SyncFixture!

    override func setUpWithError() throws { fixture = try SyncFixture() }
    override func tearDownWithError() throws { fixture.cleanUp() }

    private func note(_ store: Store, _ id: Int64) throws -> String? {
        try store.database.scalarString("SELECT note FROM contact_log WHERE id = ?", id)
    }

    private func anyContact(_ store: Store) throws -> Int64 {
        try XCTUnwrap(store.database.scalarInt("SELECT id FROM contact_log ORDER BY id LIMIT 1"))
    }

    func testARowKeptAgainstADeleteGoesBackToTheCopyThatDeletedIt() throws {
        let a = try fixture.copy("a"), b = try fixture.copy("b")
        let id = try anyContact(a)
        try a.database.write { try a.database.run("DELETE FROM contact_log WHERE id = ?", id) }
        try b.database.write { try b.database.run("UPDATE contact_log SET note = 'Tärkeä muistiinpano' WHERE id = ?", id) }
        _ = try Sync.exchange(a, folder: fixture.exchange)
        // b keeps the row and sends it again in the same exchange.
        let onB = try Sync.exchange(b, folder: fixture.exchange)
        XCTAssertEqual(onB.filesWritten.count, 2, "b's own change, then the kept row")
        _ = try Sync.exchange(a, folder: fixture.exchange)
        XCTAssertEqual(try note(a, id), "Tärkeä muistiinpano")
        XCTAssertEqual(try SyncFixture.record(a), try SyncFixture.record(b))
        XCTAssertEqual(try SyncConflict.list(b).map(\.kind), ["delete"])
        XCTAssertTrue(try SyncConflict.list(a).contains { $0.kind == "delete" && $0.rowKey == String(id) })
    }

    func testTheDeleterBringsTheRowBackWhenTheChangeArrivesBeforeItsDeleteGoesOut() throws {
        let a = try fixture.copy("a"), b = try fixture.copy("b")
        let id = try anyContact(a)
        try a.database.write { try a.database.run("DELETE FROM contact_log WHERE id = ?", id) }
        try b.database.write { try b.database.run("UPDATE contact_log SET note = 'Muutettu toisella koneella' WHERE id = ?", id) }
        _ = try Sync.exchange(b, folder: fixture.exchange)
        _ = try Sync.exchange(a, folder: fixture.exchange)   // b's change arrives at a row a deleted: back
        XCTAssertEqual(try note(a, id), "Muutettu toisella koneella")
        _ = try Sync.exchange(b, folder: fixture.exchange)   // a's delete arrives at a row b changed: kept
        _ = try Sync.exchange(a, folder: fixture.exchange)
        XCTAssertEqual(try note(b, id), "Muutettu toisella koneella")
        XCTAssertEqual(try SyncFixture.record(a), try SyncFixture.record(b))
        XCTAssertEqual(try a.database.scalarInt("SELECT count(*) FROM sync_tombstones WHERE table_name = 'contact_log' AND row_key = ?", String(id)), 0)
    }

    func testACopyThatIsOnlyBehindAppliesADeleteInsteadOfKeepingTheRow() throws {
        let a = try fixture.copy("a"), b = try fixture.copy("b"), c = try fixture.copy("c")
        let id = try anyContact(a)
        try c.database.write { try c.database.run("UPDATE contact_log SET note = 'Muutettu c:ssä' WHERE id = ?", id) }
        _ = try Sync.exchange(c, folder: fixture.exchange)
        _ = try Sync.exchange(b, folder: fixture.exchange)   // b sees c's change, then deletes the row
        try b.database.write { try b.database.run("DELETE FROM contact_log WHERE id = ?", id) }
        let bName = try XCTUnwrap(Sync.exchange(b, folder: fixture.exchange).filesWritten.first)
        // a gets b's delete before c's change (a folder with only b's file): a is behind, not changed.
        let onlyB = fixture.folder.appendingPathComponent("only-b").path
        try FileManager.default.createDirectory(atPath: onlyB, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixture.exchange + "/" + bName, toPath: onlyB + "/" + bName)
        _ = try Sync.exchange(a, folder: onlyB)
        XCTAssertNil(try note(a, id))
        XCTAssertEqual(try SyncConflict.list(a).count, 0)
        _ = try Sync.exchange(a, folder: fixture.exchange)   // c's change arrives late: the deleter had seen it
        XCTAssertNil(try note(a, id))
        for store in [c, b, a, c] { _ = try Sync.exchange(store, folder: fixture.exchange) }
        XCTAssertEqual(try SyncFixture.record(a), try SyncFixture.record(b))
        XCTAssertEqual(try SyncFixture.record(a), try SyncFixture.record(c))
    }

    /// Seed 177 of the property test: b's change of a note lost to a's later change on every copy,
    /// and a deleted the row after its own change. A copy that got a's delete before b's change
    /// brought the row back with b's (already beaten) note; the copies that had b's change first
    /// applied the delete. The deleter had seen a newer value of every field b's change brings.
    func testAChangeThatLostToWhatTheDeleterSawDoesNotBringTheRowBack() throws {
        let clockA = MutableTestClock(SyncFixture.start), clockB = MutableTestClock(SyncFixture.start)
        let a = try fixture.copy("a", clock: clockA), b = try fixture.copy("b", clock: clockB), c = try fixture.copy("c")
        let id = try anyContact(a)
        clockB.current = SyncFixture.start.addingTimeInterval(1)
        try b.database.write { try b.database.run("UPDATE contact_log SET note = 'b:n muistiinpano' WHERE id = ?", id) }
        clockA.current = SyncFixture.start.addingTimeInterval(2)
        try a.database.write { try a.database.run("UPDATE contact_log SET note = 'a:n muistiinpano' WHERE id = ?", id) }
        clockA.current = SyncFixture.start.addingTimeInterval(3)
        try a.database.write { try a.database.run("DELETE FROM contact_log WHERE id = ?", id) }
        _ = try Sync.exchange(a, folder: fixture.exchange)
        _ = try Sync.exchange(b, folder: fixture.exchange)   // a's later note wins, then a's delete: gone
        XCTAssertNil(try note(b, id))
        _ = try Sync.exchange(c, folder: fixture.exchange)   // a's delete first, then b's older note: stays gone
        XCTAssertNil(try note(c, id), "b's note had lost to the note the deleter saw")
        for store in [a, b, c, a] { _ = try Sync.exchange(store, folder: fixture.exchange) }
        for store in [a, b, c] { XCTAssertNil(try note(store, id)) }
        XCTAssertEqual(try SyncFixture.record(a), try SyncFixture.record(b))
        XCTAssertEqual(try SyncFixture.record(a), try SyncFixture.record(c))
        // b's overwritten note is listed where it was overwritten.
        XCTAssertTrue(try SyncConflict.list(b).contains { $0.column == "note" && $0.mine == .text("b:n muistiinpano") })
    }

    /// A row kept against a delete goes out again with the clocks of the copy that made each
    /// change, not the re-sending copy's: equal values must keep equal clocks on every copy, or a
    /// later edit or delete wins on some copies and loses on others.
    func testARowSentAgainCarriesTheClockOfTheCopyThatChangedIt() throws {
        let clockC = MutableTestClock(SyncFixture.start.addingTimeInterval(5))
        let a = try fixture.copy("a"), b = try fixture.copy("b"), c = try fixture.copy("c", clock: clockC)
        let id = try anyContact(a)
        let cID = try XCTUnwrap(Sync.identity(of: c)?.copyID)
        try c.database.write { try c.database.run("UPDATE contact_log SET note = 'c:n muistiinpano' WHERE id = ?", id) }
        _ = try Sync.exchange(c, folder: fixture.exchange)
        _ = try Sync.exchange(b, folder: fixture.exchange)   // b has c's note
        try a.database.write { try a.database.run("DELETE FROM contact_log WHERE id = ?", id) }
        _ = try Sync.exchange(a, folder: fixture.exchange)
        let resent = try Sync.exchange(b, folder: fixture.exchange).filesWritten   // b keeps the row and sends it again
        XCTAssertEqual(resent.count, 1)
        let file = try SyncFile.decode(Array(try XCTUnwrap(FileManager.default.contents(atPath: fixture.exchange + "/" + resent[0]))))
        let noteEntry = try XCTUnwrap(file.entries.first { entry in
            try Changeset.changes(of: entry.changeset).contains { $0.table == "contact_log" && $0.kind == .update }
        })
        XCTAssertEqual(SyncResend.carriedStamp(in: try Changeset.changes(of: noteEntry.changeset)),
                       FieldClock.Stamp(ms: FieldClock.milliseconds(clockC.current), copy: cID))
        for store in [a, c, a, b] { _ = try Sync.exchange(store, folder: fixture.exchange) }
        for store in [a, b, c] {
            XCTAssertEqual(try note(store, id), "c:n muistiinpano")
            XCTAssertEqual(try FieldClock.effective("contact_log", String(id), "note", on: store.database).copy, cID)
        }
    }

    func testAYTunnusSetOnTwoCopiesAtOnceEndsTheSameOnEveryCopyAndIsListedOnBoth() throws {
        let clockA = MutableTestClock(SyncFixture.start), clockB = MutableTestClock(SyncFixture.start)
        let a = try fixture.copy("a", clock: clockA), b = try fixture.copy("b", clock: clockB), c = try fixture.copy("c")
        let ids = try a.database.query("SELECT id FROM associations ORDER BY id LIMIT 2").compactMap { $0.int64("id") }
        let (x, y) = (ids[0], ids[1])
        try a.auditedWrite { try a.database.run("UPDATE associations SET business_id = '3141592-6' WHERE id = ?", x) }
        clockB.current = SyncFixture.start.addingTimeInterval(60)   // b's edit is the later one
        try b.auditedWrite { try b.database.run("UPDATE associations SET business_id = '3141592-6' WHERE id = ?", y) }
        // c sees b's change first, a sees its own first: the outcome must not depend on that.
        _ = try Sync.exchange(b, folder: fixture.exchange)
        _ = try Sync.exchange(c, folder: fixture.exchange)
        _ = try Sync.exchange(a, folder: fixture.exchange)
        _ = try Sync.exchange(b, folder: fixture.exchange)
        _ = try Sync.exchange(c, folder: fixture.exchange)
        for store in [a, b, c] {
            XCTAssertEqual(try store.database.scalarInt("SELECT id FROM associations WHERE business_id = '3141592-6'"), y)
            XCTAssertTrue(try store.database.scalar("SELECT business_id FROM associations WHERE id = ?", x) == .null)
        }
        XCTAssertEqual(try SyncFixture.record(a), try SyncFixture.record(b))
        XCTAssertEqual(try SyncFixture.record(a), try SyncFixture.record(c))
        for store in [a, b] {
            let listed = try SyncConflict.list(store).filter { $0.column == "business_id" }
            XCTAssertEqual(listed.map(\.rowKey), [String(x)], "the losing association is listed on both copies")
            XCTAssertTrue(listed.contains { $0.mine == .text("3141592-6") || $0.theirs == .text("3141592-6") })
        }
    }

    /// Seed 579 of the property test: a Y-tunnus a set and then replaced in the same file did not
    /// hold on a past that file; it emptied b's association all the same, so b ended without the
    /// Y-tunnus a (which never saw it go) kept.
    func testAYTunnusReplacedLaterInTheSameFileEmptiesNoOtherAssociation() throws {
        let clockA = MutableTestClock(SyncFixture.start), clockB = MutableTestClock(SyncFixture.start)
        let a = try fixture.copy("a", clock: clockA), b = try fixture.copy("b", clock: clockB)
        let ids = try a.database.query("SELECT id FROM associations ORDER BY id LIMIT 2").compactMap { $0.int64("id") }
        let (x, y) = (ids[0], ids[1])
        let values = SyncPropertyTests.validBusinessIDs(from: 2_718_281, count: 2)
        clockB.current = SyncFixture.start.addingTimeInterval(1)
        try b.auditedWrite { try b.database.run("UPDATE associations SET business_id = ? WHERE id = ?", values[0], y) }
        clockA.current = SyncFixture.start.addingTimeInterval(2)
        try a.auditedWrite { try a.database.run("UPDATE associations SET business_id = ? WHERE id = ?", values[0], x) }
        clockA.current = SyncFixture.start.addingTimeInterval(3)
        try a.auditedWrite { try a.database.run("UPDATE associations SET business_id = ? WHERE id = ?", values[1], x) }
        for store in [a, b, a, b] { _ = try Sync.exchange(store, folder: fixture.exchange) }
        for store in [a, b] {
            XCTAssertEqual(try store.database.scalarString("SELECT business_id FROM associations WHERE id = ?", y), values[0])
            XCTAssertEqual(try store.database.scalarString("SELECT business_id FROM associations WHERE id = ?", x), values[1])
        }
        XCTAssertEqual(try SyncFixture.record(a), try SyncFixture.record(b))
    }

    func testTheOutboxIsPrunedOnceEveryKnownCopyHasAppliedIt() throws {
        let a = try fixture.copy("a"), b = try fixture.copy("b"), c = try fixture.copy("c")
        let id = try anyContact(a)
        _ = try Sync.exchange(b, folder: fixture.exchange)   // b is known in the folder, having applied nothing yet
        try a.database.write { try a.database.run("UPDATE contact_log SET note = 'Ensimmäinen' WHERE id = ?", id) }
        _ = try Sync.exchange(a, folder: fixture.exchange)
        _ = try Sync.exchange(c, folder: fixture.exchange)   // c applies a's file and acknowledges it
        func outbox() throws -> Int64 { try a.database.scalarInt("SELECT count(*) FROM sync_outbox") ?? -1 }
        XCTAssertEqual(try Sync.exchange(a, folder: fixture.exchange).pruned, 0, "b has not acknowledged")
        XCTAssertEqual(try outbox(), 1)
        _ = try Sync.exchange(b, folder: fixture.exchange)
        let ack = try XCTUnwrap(FileManager.default.contents(atPath: fixture.exchange + "/" + SyncAcks.name(copyID: Sync.identity(of: b)!.copyID)))
        XCTAssertEqual(SyncAcks.decode(Array(ack))?.applied[Sync.identity(of: a)!.copyID], 1)
        XCTAssertEqual(try Sync.exchange(a, folder: fixture.exchange).pruned, 1)
        XCTAssertEqual(try outbox(), 0)
        // The file stays in the folder for copies made later.
        XCTAssertTrue(FileManager.default.fileExists(atPath: fixture.exchange + "/" + SyncFile.name(copyID: Sync.identity(of: a)!.copyID, number: 1)))
        // A damaged acknowledgement counts as none: nothing more is pruned on its word.
        try a.database.write { try a.database.run("UPDATE contact_log SET note = 'Toinen' WHERE id = ?", id) }
        _ = try Sync.exchange(a, folder: fixture.exchange)
        _ = try Sync.exchange(b, folder: fixture.exchange)
        _ = try Sync.exchange(c, folder: fixture.exchange)
        let cAck = fixture.exchange + "/" + SyncAcks.name(copyID: Sync.identity(of: c)!.copyID)
        var bytes = try XCTUnwrap(FileManager.default.contents(atPath: cAck))
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: cAck))
        XCTAssertEqual(try Sync.exchange(a, folder: fixture.exchange).pruned, 0)
        XCTAssertEqual(try outbox(), 1)
    }

    func testATombstoneIsPrunedOnceEveryCopyHasAcknowledgedTheDeleteAndEverythingBeforeIt() throws {
        let a = try fixture.copy("a"), b = try fixture.copy("b"), c = try fixture.copy("c")
        let id = try anyContact(a)
        func tombstones(_ store: Store) throws -> Int64 {
            try store.database.scalarInt("SELECT count(*) FROM sync_tombstones WHERE table_name = 'contact_log' AND row_key = ?", String(id)) ?? -1
        }
        _ = try Sync.exchange(c, folder: fixture.exchange)   // c is known in the folder, having seen nothing
        try a.database.write { try a.database.run("DELETE FROM contact_log WHERE id = ?", id) }
        _ = try Sync.exchange(a, folder: fixture.exchange)
        _ = try Sync.exchange(b, folder: fixture.exchange)
        XCTAssertEqual(try Sync.exchange(a, folder: fixture.exchange).tombstonesPruned, 0, "c has not acknowledged the delete")
        XCTAssertEqual(try tombstones(a), 1)
        XCTAssertEqual(try tombstones(b), 1)
        // c changed the row before it saw the delete: the tombstone is what brings the row back.
        try c.database.write { try c.database.run("UPDATE contact_log SET note = 'Ennen poistoa' WHERE id = ?", id) }
        _ = try Sync.exchange(c, folder: fixture.exchange)   // keeps the row against a's delete, sends it again
        _ = try Sync.exchange(a, folder: fixture.exchange)
        XCTAssertEqual(try note(a, id), "Ennen poistoa")
        XCTAssertEqual(try tombstones(a), 0, "brought back")
        // A second row deleted: gone on every copy once all have acknowledged it and a has
        // applied what they wrote before.
        let other = try XCTUnwrap(a.database.scalarInt("SELECT id FROM contact_log WHERE id <> ? ORDER BY id LIMIT 1", id))
        func tomb(_ store: Store) throws -> Int64 {
            try store.database.scalarInt("SELECT count(*) FROM sync_tombstones WHERE row_key = ?", String(other)) ?? -1
        }
        try a.database.write { try a.database.run("DELETE FROM contact_log WHERE id = ?", other) }
        for store in [a, b, c] { _ = try Sync.exchange(store, folder: fixture.exchange) }
        XCTAssertEqual(try tomb(a), 1, "a has not yet read b's and c's acknowledgements")
        XCTAssertEqual(try Sync.exchange(a, folder: fixture.exchange).tombstonesPruned, 1)
        XCTAssertEqual(try tomb(a), 0)
        for store in [b, c, a, b, c] { _ = try Sync.exchange(store, folder: fixture.exchange) }
        for store in [a, b, c] {
            XCTAssertEqual(try tomb(store), 0)
            XCTAssertNil(try note(store, other))
            XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM sync_tombstones") ?? -1, 0)
        }
        XCTAssertEqual(try SyncFixture.record(a), try SyncFixture.record(b))
        XCTAssertEqual(try SyncFixture.record(a), try SyncFixture.record(c))
    }

    func testACopyRestoredFromAnOlderBackupReadsBackWhatItHadSentAndSendsNothingTwice() throws {
        let b = try fixture.copy("b")
        let backup = fixture.folder.appendingPathComponent("a-backup.sqlite").path
        let (path, id, second): (String, Int64, Int64) = try {
            let a = try fixture.copy("a")
            let id = try anyContact(a)
            // Unsent at backup time: it goes out with the first file after the backup.
            try a.database.write { try a.database.run("UPDATE contact_log SET note = 'Ennen varmuuskopiota' WHERE id = ?", id) }
            try Backup.write(from: a.database, to: backup)
            let second = try XCTUnwrap(a.database.scalarInt("SELECT id FROM contact_log WHERE id <> ? ORDER BY id LIMIT 1", id))
            try a.database.write { try a.database.run("UPDATE contact_log SET note = 'Varmuuskopion jälkeen' WHERE id = ?", second) }
            XCTAssertEqual(try Sync.exchange(a, folder: fixture.exchange).filesWritten.count, 1)
            return (a.path, id, second)
        }()
        _ = try Sync.exchange(b, folder: fixture.exchange)

        _ = try Restore.run(backup: backup, database: path, clock: SystemClock())
        let restored = try Store.open(path: path, options: .init(autoBackup: false))
        XCTAssertNotEqual(try note(restored, second), "Varmuuskopion jälkeen", "the backup predates the change")
        let report = try Sync.exchange(restored, folder: fixture.exchange)
        XCTAssertEqual(report.ownFilesReapplied.count, 1)
        XCTAssertEqual(report.filesWritten, [], "what the backup had not sent yet was in the file already")
        XCTAssertEqual(try note(restored, second), "Varmuuskopion jälkeen")
        XCTAssertEqual(try Sync.status(of: restored)?.pending, 0)
        // Work goes on: the next change gets the next number and reaches b.
        try restored.database.write { try restored.database.run("UPDATE contact_log SET note = 'Palautuksen jälkeen' WHERE id = ?", id) }
        let next = try Sync.exchange(restored, folder: fixture.exchange)
        XCTAssertEqual(next.filesWritten, [SyncFile.name(copyID: Sync.identity(of: restored)!.copyID, number: 2)])
        _ = try Sync.exchange(b, folder: fixture.exchange)
        XCTAssertEqual(try note(b, id), "Palautuksen jälkeen")
        XCTAssertEqual(try SyncFixture.record(restored), try SyncFixture.record(b))
    }

    func testARestoredCopyWhoseNewerFileIsGoneRefusesWithAMessage() throws {
        let backup = fixture.folder.appendingPathComponent("a-backup.sqlite").path
        let (path, id, copy): (String, Int64, String) = try {
            let a = try fixture.copy("a")
            try Backup.write(from: a.database, to: backup)
            let id = try anyContact(a)
            for text in ["yksi", "kaksi"] {
                try a.database.write { try a.database.run("UPDATE contact_log SET note = ? WHERE id = ?", text, id) }
                _ = try Sync.exchange(a, folder: fixture.exchange)
            }
            return (a.path, id, try XCTUnwrap(Sync.identity(of: a)?.copyID))
        }()
        try FileManager.default.removeItem(atPath: fixture.exchange + "/" + SyncFile.name(copyID: copy, number: 1))
        _ = try Restore.run(backup: backup, database: path, clock: SystemClock())
        let restored = try Store.open(path: path, options: .init(autoBackup: false))
        try restored.database.write { try restored.database.run("UPDATE contact_log SET note = 'uusi' WHERE id = ?", id) }
        let missing = SyncFile.name(copyID: copy, number: 1)
        XCTAssertThrowsError(try Sync.exchange(restored, folder: fixture.exchange)) { error in
            XCTAssertEqual(error as? SyncProblem, .ownFileMissing(missing))
            XCTAssertTrue((error as? SyncProblem)?.message(.en).contains("restored from an older backup") == true)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.exchange + "/" + SyncFile.name(copyID: copy, number: 3)),
                       "nothing is written while the copy's own history is incomplete")
    }

    func testAWrittenChangesetReadsBackAsTheSameChanges() throws {
        let a = try fixture.copy("a")
        let id = try anyContact(a)
        try a.database.write {
            try a.database.run("UPDATE contact_log SET note = ? WHERE id = ?", String(repeating: "pitkä teksti ", count: 40), id)
            try a.database.run("DELETE FROM contact_log WHERE id = (SELECT max(id) FROM contact_log)")
        }
        guard case .blob(let blob) = try a.database.scalar("SELECT changeset FROM sync_outbox") else { return XCTFail("no changeset") }
        let changes = try Changeset.changes(of: blob)
        XCTAssertEqual(Set(changes.filter { $0.table != SyncSeen.table }.map(\.kind)), [.update, .delete])
        XCTAssertTrue(changes.contains { $0.table == SyncSeen.table }, "the delete carries the clocks its copy saw")
        XCTAssertEqual(try Changeset.changes(of: ChangesetWriter.encode(changes)), changes)
        XCTAssertEqual(ChangesetWriter.varint(300), [0x82, 0x2c])
    }
}
