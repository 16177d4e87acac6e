import Foundation
import XCTest
@testable import Kumppani

/// `person erase` on copies that exchange changes: the name leaves this copy's sync bookkeeping
/// and its files in the folder, and the erasure (the id only) reaches the other copies, which
/// erase the person from their own records and files too.
final class SyncErasureTests: XCTestCase {
    private var fixture: SyncFixture!

    override func setUpWithError() throws { fixture = try SyncFixture() }
    override func tearDownWithError() throws { fixture.cleanUp() }

    private let marker = "[poistettu henkilö]"

    /// Every place of the sync machinery that could still hold `needle`, as "where: what".
    private func syncPlacesHolding(_ needle: String, _ store: Store) throws -> [String] {
        var found: [String] = []
        let bytes = Array(needle.utf8)
        func holds(_ data: [UInt8]) -> Bool {
            guard data.count >= bytes.count else { return false }
            return (0...(data.count - bytes.count)).contains { Array(data[$0..<($0 + bytes.count)]) == bytes }
        }
        for row in try store.database.query("SELECT seq, changeset FROM sync_outbox") {
            if case .blob(let b) = row.value("changeset"), holds(b) { found.append("outbox \(row.int64("seq") ?? 0)") }
        }
        for row in try store.database.query("SELECT deleted_row FROM sync_tombstones") {
            if case .blob(let b) = row.value("deleted_row"), holds(b) { found.append("tombstone") }
        }
        for row in try store.database.query("SELECT id, base_value, theirs, mine FROM sync_conflicts") {
            for column in ["base_value", "theirs", "mine"] where row.value(column).description.contains(needle) {
                found.append("conflict \(row.int64("id") ?? 0)")
            }
        }
        return found
    }

    private func folderFilesHolding(_ needle: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixture.exchange).sorted().filter { name in
            let data = FileManager.default.contents(atPath: fixture.exchange + "/" + name) ?? Data()
            return data.range(of: Data(needle.utf8)) != nil
        }
    }

    func testAnErasureScrubsTheSyncBookkeepingAndFilesAndReachesTheOtherCopy() throws {
        let a = try fixture.copy("a"), b = try fixture.copy("b")
        let person = try XCTUnwrap(a.database.queryOne("SELECT id, name FROM people ORDER BY id LIMIT 1"))
        let (personID, name) = (try XCTUnwrap(person.int64("id")), try XCTUnwrap(person.string("name")))
        let contact = try XCTUnwrap(a.database.scalarInt("SELECT id FROM contact_log ORDER BY id LIMIT 1"))
        let meeting = try XCTUnwrap(a.database.scalarInt("SELECT id FROM meetings ORDER BY id LIMIT 1"))
        // The name travels: in a note both copies change at once (a conflict on both), and in
        // an annual negotiation's representatives.
        try a.auditedWrite {
            try a.database.run("UPDATE contact_log SET note = ? WHERE id = ?", "Soitettu: \(name) lupasi palata asiaan", contact)
            try a.database.run("""
                INSERT INTO negotiation_parties(meeting_id, kind, name, representatives, created_at)
                VALUES (?, 'association', 'Lahden Omaishoitajat ry', ?, '2026-11-20T10:00:00.000Z')
                """, meeting, "\(name) (pj.), Sari Laine")
        }
        try b.auditedWrite { try b.database.run("UPDATE contact_log SET note = ? WHERE id = ?", "Tavattu \(name) toimistolla", contact) }
        _ = try Sync.exchange(a, folder: fixture.exchange)
        _ = try Sync.exchange(b, folder: fixture.exchange)
        _ = try Sync.exchange(a, folder: fixture.exchange)
        XCTAssertFalse(try syncPlacesHolding(name, a).isEmpty, "the test must start with the name in a's bookkeeping")
        XCTAssertFalse(try folderFilesHolding(name).isEmpty)

        let people = try PersonLookup.find("id:\(personID)", in: a.database).people
        let report = try PersonErasure.erase(people, marker: marker, in: a.database)
        XCTAssertTrue(report.sync.sent)
        XCTAssertGreaterThan(report.sync.recordsScrubbed, 0)
        XCTAssertGreaterThanOrEqual(report.sync.filesRewritten, 1)
        XCTAssertEqual(report.sync.folder, Sync.absolutePath(fixture.exchange))
        XCTAssertEqual(try syncPlacesHolding(name, a), [])
        let aID = try XCTUnwrap(Sync.identity(of: a)?.copyID), bID = try XCTUnwrap(Sync.identity(of: b)?.copyID)
        XCTAssertEqual(try folderFilesHolding(name).filter { $0.hasPrefix(aID) }, [], "a's own files are rewritten")
        XCTAssertFalse(try folderFilesHolding(name).filter { $0.hasPrefix(bID) }.isEmpty, "b's files wait for b")
        XCTAssertTrue(try a.database.scalarString("SELECT representatives FROM negotiation_parties WHERE meeting_id = ? AND name = 'Lahden Omaishoitajat ry'", meeting)?
            .hasPrefix(marker) == true)
        // What goes out is the erasure by id, never the erased rows' old values.
        let pending = try a.database.query("SELECT changeset FROM sync_outbox WHERE file_number IS NULL").compactMap { row -> [UInt8]? in
            if case .blob(let bytes) = row.value("changeset") { return bytes } else { return nil }
        }
        XCTAssertEqual(try pending.flatMap(Changeset.changes).map(\.table), [SyncErasure.table])

        _ = try Sync.exchange(a, folder: fixture.exchange)
        let onB = try Sync.exchange(b, folder: fixture.exchange)
        XCTAssertEqual(onB.peopleErased, 1)
        XCTAssertEqual(try PersonDataMap.mentions(of: PersonMentions(people), in: b.database).map { "\($0.table).\($0.column)" }, [])
        XCTAssertNotEqual(try b.database.scalarString("SELECT name FROM people WHERE id = ?", personID), name)
        XCTAssertEqual(try syncPlacesHolding(name, b), [])
        XCTAssertEqual(try folderFilesHolding(name), [], "b rewrote its own files too")
        XCTAssertEqual(try SyncFixture.record(a), try SyncFixture.record(b))
    }

    func testACopyRestoredFromABackupOlderThanAnErasureErasesThePersonAgain() throws {
        let backup = fixture.folder.appendingPathComponent("a-backup.sqlite").path
        let (path, personID, name): (String, Int64, String) = try {
            let a = try fixture.copy("a")
            let person = try XCTUnwrap(a.database.queryOne("SELECT id, name FROM people ORDER BY id LIMIT 1"))
            let (id, name) = (try XCTUnwrap(person.int64("id")), try XCTUnwrap(person.string("name")))
            try Backup.write(from: a.database, to: backup)
            _ = try PersonErasure.erase(try PersonLookup.find("id:\(id)", in: a.database).people, marker: marker, in: a.database)
            _ = try Sync.exchange(a, folder: fixture.exchange)   // the erasure has gone out
            return (a.path, id, name)
        }()
        _ = try Restore.run(backup: backup, database: path, clock: SystemClock())
        let restored = try Store.open(path: path, options: .init(autoBackup: false))
        XCTAssertEqual(try restored.database.scalarString("SELECT name FROM people WHERE id = ?", personID), name, "the backup predates it")
        let report = try Sync.exchange(restored, folder: fixture.exchange)
        XCTAssertEqual(report.ownFilesReapplied.count, 1)
        XCTAssertEqual(report.peopleErased, 1)
        XCTAssertNotEqual(try restored.database.scalarString("SELECT name FROM people WHERE id = ?", personID), name)
        XCTAssertEqual(try syncPlacesHolding(name, restored), [])
    }
}
