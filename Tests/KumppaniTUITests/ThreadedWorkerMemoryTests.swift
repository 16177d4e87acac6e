import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// The program's worker gives a finished job's memory back (issue 16): the reader's page cache
/// after a while without requests, and the whole connection when the worker goes.
final class ThreadedWorkerMemoryTests: XCTestCase {
    /// A file with ~4 MB in one table, so reading it fills the reader's page cache.
    private func makeFile() throws -> (path: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("worker-memory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("k.sqlite").path
        let store = try Store.open(path: path, options: .init(autoBackup: false))
        try store.database.execute("""
            CREATE TABLE filler(x BLOB);
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000)
            INSERT INTO filler SELECT randomblob(1000) FROM n;
            """)
        return (path, folder)
    }

    /// Holds the reader the job ran on, without keeping it open.
    private final class ReaderBox: @unchecked Sendable {
        weak var reader: Store?
    }

    /// Runs a job that reads the whole filler table; returns the reader's cache right after it.
    private func runScan(on worker: ThreadedWorker, box: ReaderBox) throws -> Int {
        worker.submit(BackgroundRequest(channel: "scan") { store in
            box.reader = store
            _ = try store.database.scalarInt("SELECT sum(length(x)) FROM filler")
            return store.database.cacheUsedBytes
        })
        let started = Date()
        var results: [BackgroundResult] = []
        while results.isEmpty, Date().timeIntervalSince(started) < 20 {
            results += worker.takeFinished()
            usleep(2_000)
        }
        return try XCTUnwrap(try results.first?.value.get() as? Int, "the job did not answer")
    }

    private func cacheAfter(seconds: TimeInterval, _ box: ReaderBox, until done: (Int) -> Bool) -> Int? {
        let started = Date()
        var used = box.reader?.database.cacheUsedBytes
        while let u = used, !done(u), Date().timeIntervalSince(started) < seconds {
            usleep(10_000)
            used = box.reader?.database.cacheUsedBytes
        }
        return used
    }

    func testTheReadersPageCacheIsReleasedWhenNoRequestCameForAWhile() throws {
        let (path, folder) = try makeFile()
        defer { try? FileManager.default.removeItem(at: folder) }
        let worker = ThreadedWorker(path: path, releaseAfterIdle: 0.1)
        let box = ReaderBox()
        let afterJob = try runScan(on: worker, box: box)
        XCTAssertGreaterThan(afterJob, 2_000_000, "the scan should fill the cache with the table's pages")
        let later = try XCTUnwrap(cacheAfter(seconds: 5, box) { $0 < 200_000 })
        XCTAssertLessThan(later, 200_000, "the reader still holds \(later) bytes of cache after idling")
        // The reader still answers after its cache was released.
        XCTAssertGreaterThan(try runScan(on: worker, box: box), 2_000_000)
    }

    func testTheCacheStaysWhileRequestsComeOften() throws {
        let (path, folder) = try makeFile()
        defer { try? FileManager.default.removeItem(at: folder) }
        let worker = ThreadedWorker(path: path, releaseAfterIdle: 60)
        let box = ReaderBox()
        let afterJob = try runScan(on: worker, box: box)
        usleep(300_000)
        XCTAssertEqual(box.reader?.database.cacheUsedBytes, afterJob, "typing between keys keeps the cache")
    }

    func testTheReaderIsClosedWhenTheWorkerGoes() throws {
        let (path, folder) = try makeFile()
        defer { try? FileManager.default.removeItem(at: folder) }
        var worker: ThreadedWorker? = ThreadedWorker(path: path)
        let box = ReaderBox()
        _ = try runScan(on: try XCTUnwrap(worker), box: box)
        XCTAssertNotNil(box.reader)
        worker = nil
        let started = Date()
        while box.reader != nil, Date().timeIntervalSince(started) < 5 { usleep(10_000) }
        XCTAssertNil(box.reader, "the reader connection (and its cache) outlived its worker")
    }
}
