import Foundation
import XCTest
import Kumppani
@testable import KumppaniTUI

/// An import or an export of the whole directory from the app gives the UI connection's page
/// cache back when it is done (issue 16), and the data is intact afterwards.
final class BulkJobMemoryTests: XCTestCase {
    var folder: URL!
    var store: Store!
    var services: LiveServices!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-memory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try Store.open(path: folder.appendingPathComponent("k.sqlite").path, options: .init(autoBackup: false))
        services = LiveServices(store: store, language: { .fi }, themes: { ["default"] })
    }

    override func tearDownWithError() throws {
        services = nil
        store = nil
        try? FileManager.default.removeItem(at: folder)
    }

    /// 3,000 associations, each with a description, so the import writes megabytes of pages.
    private func writeCSV() throws -> String {
        var lines = ["nimi;kunta;puhelin;sahkoposti;kuvaus"]
        for i in 0..<3_000 {
            lines.append("Yhdistys numero \(i) ry;Lahti;;info\(i)@example.fi;Kävelyryhmä ja kerho numero \(i) " + String(repeating: "tekstiä ", count: 40))
        }
        let path = folder.appendingPathComponent("import.csv").path
        try (lines.joined(separator: "\r\n") + "\r\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testTheImportLeavesTheCacheEmptyAndEveryRowStored() throws {
        let summary = try services.importAssociations(path: try writeCSV(), dryRun: false) { _ in }
        let cacheAfter = store.database.cacheUsedBytes   // before any query refills it
        XCTAssertEqual(summary.inserted, 3_000)
        XCTAssertLessThan(cacheAfter, 256 * 1024, "the import left \(cacheAfter) bytes in the UI connection's cache")
        XCTAssertEqual(try store.database.scalarInt("SELECT count(*) FROM associations"), 3_000)
        XCTAssertEqual(try store.database.scalarInt(
            "SELECT count(*) FROM association_fts WHERE association_fts MATCH '\"kävelyryhmä\"*'"), 3_000)
        // The cache fills again for what is read next.
        _ = try store.database.scalarInt("SELECT sum(length(description)) FROM associations")
        XCTAssertGreaterThan(store.database.cacheUsedBytes, 256 * 1024)
    }

    func testExportAllLeavesTheCacheEmptyAndTheFileComplete() throws {
        _ = try services.importAssociations(path: try writeCSV(), dryRun: false) { _ in }
        _ = try store.database.scalarInt("SELECT sum(length(description)) FROM associations")   // a full cache, as after browsing
        XCTAssertGreaterThan(store.database.cacheUsedBytes, 256 * 1024)
        let out = folder.appendingPathComponent("all.json").path
        _ = try services.exportAll(path: out) { _ in }
        XCTAssertLessThan(store.database.cacheUsedBytes, 256 * 1024)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        XCTAssertTrue(text.contains("Yhdistys numero 0 ry") && text.contains("Yhdistys numero 2999 ry"))
    }
}
