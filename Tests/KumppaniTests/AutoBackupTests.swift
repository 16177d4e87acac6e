import XCTest
@testable import Kumppani

/// The daily automatic copy and `Restore`, at store level, with a fixed clock moved day by day.
final class AutoBackupTests: XCTestCase {
    var dir: URL!
    var path: String { dir.appendingPathComponent("kumppani.sqlite").path }
    var backups: String { AutoBackup.directory(for: path) }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-autobackup-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: dir.path)
        try? FileManager.default.removeItem(at: dir)
    }

    private func clock(_ iso: String) throws -> FixedClock {
        let day = try XCTUnwrap(CivilDate(iso: iso))
        return FixedClock(HelsinkiTime.date(day, try XCTUnwrap(ClockTime(hour: 9, minute: 30))))
    }

    private func open(on day: String) throws -> Store { try Store.open(path: path, clock: clock(day)) }

    private func addPerson(_ store: Store, _ name: String) throws {
        try store.database.write {
            try store.database.run("INSERT INTO people(id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')",
                                   Store.newID(), name, name.lowercased())
        }
    }

    private func names(in file: String) throws -> [String] {
        let db = try Database(path: file, readOnly: true, create: false)
        return try db.query("SELECT name FROM people ORDER BY name").compactMap { $0.string("name") }
    }

    private func mode(_ file: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
    }

    func testABrandNewDatabaseIsNotBackedUp() throws {
        let store = try open(on: "2026-11-23")
        XCTAssertNil(store.autoBackupProblem)
        XCTAssertFalse(FileManager.default.fileExists(atPath: backups))
    }

    func testTheFirstOpenOfADayCopiesTheFileAsItWasBeforeTheDaysWork() throws {
        try addPerson(open(on: "2026-11-22"), "Aino")
        let old = umask(0o022)
        defer { umask(old) }
        let store = try open(on: "2026-11-23")
        try addPerson(store, "Bertta")
        try addPerson(open(on: "2026-11-23"), "Cecilia")   // a second open the same day copies nothing

        let today = (backups as NSString).appendingPathComponent("kumppani-2026-11-23.sqlite")
        XCTAssertEqual(AutoBackup.list(for: path), [today])
        XCTAssertEqual(try names(in: today), ["Aino"], "the copy holds the file as it was at the day's first open")
        XCTAssertEqual(try mode(backups), 0o700)
        XCTAssertEqual(try mode(today), 0o600)
        XCTAssertEqual(try Database(path: today, readOnly: true, create: false).scalarInt("PRAGMA application_id"), Store.applicationID)
    }

    /// A large file (here: any file, with the threshold at 0) opens at once; its copy is made on a
    /// connection of its own while the store is already in use.
    func testALargeFileIsCopiedInTheBackgroundAfterTheOpen() throws {
        try addPerson(open(on: "2026-11-22"), "Aino")
        let store = try Store.open(path: path, options: Store.Options(deferHealthCheckAbove: 0), clock: clock("2026-11-23"))
        XCTAssertTrue(store.backupDeferred)
        XCTAssertEqual(AutoBackup.list(for: path), [], "nothing copied on the opening's path")
        let done = expectation(description: "background copy")
        let problem = LockedBox<StoreError?>(nil)
        store.backUpInBackground { error in problem.set(error); done.fulfill() }
        wait(for: [done], timeout: 60)
        XCTAssertNil(problem.get())
        let today = (backups as NSString).appendingPathComponent("kumppani-2026-11-23.sqlite")
        XCTAssertEqual(AutoBackup.list(for: path), [today])
        XCTAssertEqual(try names(in: today), ["Aino"])
        XCTAssertEqual(try mode(today), 0o600)
    }

    func testOnlyTheNewestSevenAreKeptAndOtherFilesAreLeftAlone() throws {
        try addPerson(open(on: "2026-11-01"), "Aino")
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
        let foreign = (backups as NSString).appendingPathComponent("muistiinpanot.txt")
        try Data("oma tiedosto".utf8).write(to: URL(fileURLWithPath: foreign))
        for day in 2...10 {
            let store = try open(on: String(format: "2026-11-%02d", day))
            XCTAssertNil(store.autoBackupProblem)
            try addPerson(store, "Henkilö \(day)")
        }
        let kept = AutoBackup.list(for: path).map { ($0 as NSString).lastPathComponent }
        XCTAssertEqual(kept, (4...10).map { String(format: "kumppani-2026-11-%02d.sqlite", $0) })
        XCTAssertTrue(FileManager.default.fileExists(atPath: foreign))
        // The copy of the 10th holds what was saved up to the 9th.
        let newest = try XCTUnwrap(AutoBackup.list(for: path).last)
        XCTAssertEqual(try names(in: newest).count, 1 + 8)
    }

    func testAFailedBackupIsAWarningAndTheOpenGoesOn() throws {
        try addPerson(open(on: "2026-11-22"), "Aino")
        // Something that is not a folder stands where the backups go.
        try Data("x".utf8).write(to: URL(fileURLWithPath: backups))
        let store = try open(on: "2026-11-23")
        let problem = try XCTUnwrap(store.autoBackupProblem)
        XCTAssertTrue(problem.message(.en).contains(backups), problem.message(.en))
        try addPerson(store, "Bertta")
        XCTAssertEqual(try names(in: path), ["Aino", "Bertta"])
    }

    // MARK: Restore

    func testRestoreKeepsTheReplacedFileAndPutsTheBackupInPlace() throws {
        try addPerson(open(on: "2026-11-22"), "Aino")
        try addPerson(open(on: "2026-11-23"), "Virhe")
        let backup = try XCTUnwrap(AutoBackup.list(for: path).last)
        let outcome = try Restore.run(backup: backup, database: path, clock: clock("2026-11-23"))
        let kept = try XCTUnwrap(outcome.keptPath)
        XCTAssertTrue(kept.hasPrefix(path + ".replaced-"))
        XCTAssertEqual(try names(in: kept), ["Aino", "Virhe"], "the replaced file is kept whole (its WAL folded in)")
        XCTAssertEqual(try mode(path), 0o600)
        let restored = try Store.open(path: path, options: .init(autoBackup: false))
        XCTAssertEqual(try restored.database.scalarString("SELECT group_concat(name) FROM people"), "Aino")
        XCTAssertTrue(FileManager.default.fileExists(atPath: backup), "the backup itself stays")
    }

    func testRestoreRefusesBadBackupsAndChangesNothing() throws {
        try addPerson(open(on: "2026-11-22"), "Aino")
        try addPerson(open(on: "2026-11-23"), "Bertta")
        let other = dir.appendingPathComponent("other.sqlite").path
        try Database(path: other).execute("CREATE TABLE photos(x)")
        let newer = dir.appendingPathComponent("newer.sqlite").path
        try Store.open(path: newer, options: .init(autoBackup: false)).database.execute("PRAGMA user_version = 999")
        let text = dir.appendingPathComponent("notes.txt").path
        try Data("ei tietokanta".utf8).write(to: URL(fileURLWithPath: text))
        let damaged = dir.appendingPathComponent("damaged.sqlite").path
        try FileManager.default.copyItem(atPath: try XCTUnwrap(AutoBackup.list(for: path).last), toPath: damaged)
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: damaged))
        try handle.seek(toOffset: 4096 * 4)
        handle.write(Data(repeating: 0xA5, count: 8192))
        try handle.close()

        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let listing = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        let cases: [(String, (RestoreError) -> Bool)] = [
            (other, { if case .notOurs = $0 { return true }; return false }),
            (newer, { $0 == .newer(path: newer, found: 999, supported: Migrations.latestVersion) }),
            (text, { if case .notOurs = $0 { return true }; return false }),
            (damaged, { if case .damaged = $0 { return true }; return false }),
            (path, { [path] in $0 == .sameFile(path: path) }),
            (dir.appendingPathComponent("missing.sqlite").path, { if case .missing = $0 { return true }; return false }),
        ]
        for (backup, expected) in cases {
            XCTAssertThrowsError(try Restore.run(backup: backup, database: path, clock: clock("2026-11-23"))) { error in
                guard let error = error as? RestoreError else { return XCTFail("\(backup): \(error)") }
                XCTAssertTrue(expected(error), "\(backup): \(error)")
                XCTAssertFalse(error.message(.fi).contains("\n"))
            }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(), listing, "no temporary or kept file is left")
    }

    func testRestoreIsRefusedWhileTheDatabaseIsOpenInAnotherWindow() throws {
        try addPerson(open(on: "2026-11-22"), "Aino")
        let window = try open(on: "2026-11-23")
        try addPerson(window, "Bertta")
        let backup = try XCTUnwrap(AutoBackup.list(for: path).last)
        XCTAssertThrowsError(try Restore.run(backup: backup, database: path, clock: clock("2026-11-23"))) { error in
            XCTAssertEqual(error as? RestoreError, .inUse(path: path))
        }
        XCTAssertEqual(try window.database.scalarInt("SELECT count(*) FROM people"), 2)
    }
}

/// A value handed from the background thread to the test.
final class LockedBox<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T
    init(_ value: T) { self.value = value }
    func set(_ new: T) { lock.withLock { value = new } }
    func get() -> T { lock.withLock { value } }
}
