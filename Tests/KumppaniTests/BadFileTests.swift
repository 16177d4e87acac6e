import XCTest
@testable import Kumppani

/// Every kind of bad database file is refused with its own one-line message, and its bytes stay
/// exactly as they were (nothing "repaired", no -wal/-shm, no backup folder left beside it).
final class BadFileTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-badfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// A real database with rows on several pages, checkpointed into the main file.
    private func healthyDatabase(_ name: String = "k.sqlite") throws -> String {
        let path = dir.appendingPathComponent(name).path
        let store = try Store.open(path: path, options: .init(autoBackup: false))
        try store.database.write {
            for i in 0..<400 {
                try store.database.run("INSERT INTO people(id, name, name_key, created_at, updated_at) VALUES (?, ?, 'aino', 'x', 'x')",
                                       i + 1, String(repeating: "Aino Virtanen \(i) ", count: 12))
            }
        }
        try store.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return path
    }

    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// Opens `path` as the UI and the reading commands do; returns the error, asserting the
    /// message is one line in both languages and that the file and its folder are unchanged.
    private func refusal(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> StoreError? {
        let before = try? bytes(path)
        let listing = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        var result: StoreError?
        for options in [Store.Options(), Store.Options(create: false, migrate: false, readOnlyFallback: true)] {
            do {
                _ = try Store.open(path: path, options: options)
                XCTFail("\(path) was opened", file: file, line: line)
            } catch let error as StoreError {
                result = error
                for language in [Language.fi, .en] {
                    let text = error.message(language)
                    XCTAssertFalse(text.contains("\n"), "one line: \(text)", file: file, line: line)
                    XCTAssertTrue(text.contains(path), "names the file: \(text)", file: file, line: line)
                }
            }
        }
        XCTAssertEqual(try? bytes(path), before, "the file's bytes are unchanged", file: file, line: line)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(), listing,
                       "nothing was created beside it", file: file, line: line)
        return result
    }

    func testATextFileIsNotADatabase() throws {
        let path = dir.appendingPathComponent("muistio.txt").path
        try Data("Kokousmuistio 23.11.2026\nPaikalla: Aino\n".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(try refusal(path), .notADatabase(path: path))
    }

    func testAnEmptyFileIsRefusedNotTurnedIntoADatabase() throws {
        let path = dir.appendingPathComponent("tyhja.sqlite").path
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        let error = try refusal(path)
        XCTAssertEqual(error, .emptyFile(path: path))
        XCTAssertTrue(error?.message(.fi).contains("tyhjä tiedosto (0 tavua)") ?? false)
        XCTAssertEqual(try bytes(path).count, 0)
    }

    func testAFolderIsRefusedWithAHintToNameAFile() throws {
        let sub = dir.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let error = try refusal(sub.path)
        XCTAssertEqual(error, .isDirectory(path: sub.path))
        XCTAssertTrue(error?.message(.en).contains("--db \(sub.path)/kumppani.sqlite") ?? false)
    }

    func testAFolderTypedWithItsSlashSuggestsAFileWithoutADoubleSlash() throws {
        let sub = dir.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        for language in [Language.fi, .sv, .en] {
            let message = StoreError.isDirectory(path: sub.path + "/").message(language)
            XCTAssertTrue(message.contains("\(sub.path)/kumppani.sqlite"), message)
            XCTAssertFalse(message.contains("//"), message)
        }
        XCTAssertEqual(StoreError.withoutTrailingSlash("/"), "/")
    }

    func testATruncatedFileIsReportedAndLeftAsItIs() throws {
        let path = try healthyDatabase()
        let data = try bytes(path)
        try data.prefix(data.count / 3).write(to: URL(fileURLWithPath: path))
        guard case .damaged? = try refusal(path) else { return XCTFail("a truncated file is damaged") }
    }

    func testAFileCutInsideTheHeaderIsNotADatabase() throws {
        let path = try healthyDatabase()
        try bytes(path).prefix(10).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(try refusal(path), .notADatabase(path: path))
    }

    func testACorruptedPageIsReportedWithTheWayToRestore() throws {
        let path = try healthyDatabase()
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: 4096 * 3)
        handle.write(Data(repeating: 0xA5, count: 4096 * 2))
        try handle.close()
        let error = try refusal(path)
        guard case .damaged? = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertTrue(error?.message(.en).contains("kumppani restore BACKUP --db \(path)") ?? false)
        XCTAssertTrue(error?.message(.fi).contains(AutoBackup.directory(for: path)) ?? false)
    }

    func testAReadOnlyFileIsRefusedForWritingAndReadForChecking() throws {
        guard getuid() != 0 else { throw XCTSkip("root ignores file permissions (the end-to-end test drops the capability)") }
        let path = try healthyDatabase()
        chmod(path, 0o400)
        defer { chmod(path, 0o600) }
        XCTAssertThrowsError(try Store.open(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .readOnlyFile(path: path))
            XCTAssertTrue((error as? StoreError)?.message(.en).contains("chmod u+w \(path)") ?? false)
        }
        let reader = try Store.open(path: path, options: .init(create: false, readOnlyFallback: true))
        XCTAssertTrue(reader.isReadOnly)
        XCTAssertEqual(try reader.database.scalarInt("SELECT count(*) FROM people"), 400)
    }

    func testAReadOnlyFolderIsNamedInTheMessage() throws {
        guard getuid() != 0 else { throw XCTSkip("root ignores folder permissions (the end-to-end test drops the capability)") }
        let path = try healthyDatabase()
        chmod(dir.path, 0o500)
        defer { chmod(dir.path, 0o700) }
        XCTAssertThrowsError(try Store.open(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .readOnlyFolder(folder: dir.path, path: path))
        }
        let reader = try Store.open(path: path, options: .init(create: false, readOnlyFallback: true))
        XCTAssertEqual(try reader.database.scalarInt("SELECT count(*) FROM people"), 400)
    }

    func testAMissingFileIsNotCreatedByReadingCommands() throws {
        let path = dir.appendingPathComponent("ei-ole.sqlite").path
        XCTAssertThrowsError(try Store.open(path: path, options: .init(create: false, readOnlyFallback: true))) { error in
            XCTAssertEqual(error as? StoreError, .noSuchFile(path: path))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testSQLiteCheckResultsOfSeveralLinesBecomeOneLine() {
        let error = StoreError.damaged(path: "/x/k.sqlite", details: "*** in database main ***\nPage 5: btreeInitPage() returns error code 11\n")
        XCTAssertEqual(error.message(.en).split(separator: "\n").count, 1)
        XCTAssertTrue(error.message(.en).contains("*** in database main ***; Page 5"))
    }

    func testAFileTooLargeOrNoSpaceWhileWritingACopyIsAFullDisk() {
        for code in [ENOSPC, EFBIG, EDQUOT] {
            XCTAssertEqual(StoreError.writeFailure(path: "/x/out.json", reason: String(cString: strerror(code))),
                           .diskFullWriting(path: "/x/out.json"))
        }
        XCTAssertNil(StoreError.writeFailure(path: "/x/out.json", reason: String(cString: strerror(EACCES))))
        XCTAssertTrue(StoreError.diskFullWriting(path: "/x/out.json").message(.fi).hasPrefix("Levy on täynnä"))
    }
}
