import XCTest
@testable import Kumppani

final class StoreHealthTests: XCTestCase {
    func testLargeFilesAreCheckedInTheBackgroundAndDamageIsReported() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kumppani-health-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("k.sqlite").path
        do {
            let store = try Store.open(path: path)
            XCTAssertFalse(store.healthCheckDeferred)
            try store.database.write {
                for i in 0..<400 {
                    try store.database.run("INSERT INTO people(id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')",
                                           i + 1, String(repeating: "Aino \(i) ", count: 20), "aino")
                }
            }
            try store.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
        // Healthy: deferred, and the background check finds nothing.
        let healthy = try Store.open(path: path, options: .init(deferHealthCheckAbove: 0))
        XCTAssertTrue(healthy.healthCheckDeferred)
        XCTAssertNil(waitForCheck(healthy))

        // Overwrite the middle of the file (table pages, not the schema page) with garbage.
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        handle.write(Data(repeating: 0xA5, count: 8192))
        try handle.close()

        // Either opening already trips over the damage, or the background check reports it.
        do {
            let damaged = try Store.open(path: path, options: .init(deferHealthCheckAbove: 0))
            guard case .damaged? = waitForCheck(damaged) else { return XCTFail("the damage must be reported") }
        } catch {
            guard case .damaged? = error as? StoreError else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try Store.open(path: path)) { error in
            guard case .damaged? = error as? StoreError else { return XCTFail("\(error)") }
        }
    }

    private func waitForCheck(_ store: Store) -> StoreError? {
        let done = expectation(description: "health check")
        nonisolated(unsafe) var result: StoreError?
        store.checkHealthInBackground { problem in
            result = problem
            done.fulfill()
        }
        wait(for: [done], timeout: 20)
        return result
    }
}
