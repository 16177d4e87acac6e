import Foundation
import XCTest
@testable import Kumppani

/// Copies of one record for the sync tests: a small demo file with a copy identity, and fresh
/// copies of it (`Backup.write`, then `Sync.initialize` gives each a new identity).
final class SyncFixture {
    let folder: URL
    let exchange: String
    let basePath: String

    init(associations: Int = 12) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sync-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        exchange = folder.appendingPathComponent("exchange").path
        try FileManager.default.createDirectory(atPath: exchange, withIntermediateDirectories: true)
        basePath = folder.appendingPathComponent("base.sqlite").path
        let base = try Store.open(path: basePath, options: .init(autoBackup: false), clock: FixedClock(SyncFixture.start))
        try DemoGenerator.generate(into: base, associations: associations, seed: 7)
        try Sync.initialize(base)
    }

    static let start = ISO8601DateFormatter().date(from: "2026-11-23T10:00:00Z") ?? Date()

    /// A new copy of the base file with its own identity.
    func copy(_ name: String, clock: Clock = SystemClock()) throws -> Store {
        let path = folder.appendingPathComponent("\(name)-\(UUID().uuidString.prefix(6)).sqlite").path
        let base = try Database(path: basePath, readOnly: true)
        try Backup.write(from: base, to: path)
        let store = try Store.open(path: path, options: .init(autoBackup: false), clock: clock)
        guard case .newCopy = try Sync.initialize(store) else { throw NSError(domain: "sync", code: 1) }
        return store
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }

    /// `export all` without the copy-local audit trail, each collection sorted by id: the record.
    static func record(_ store: Store) throws -> [String: [String]] {
        let path = NSTemporaryDirectory() + "export-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try ExportSink.file(path)
        try FullExport.write(from: store.database, to: sink)
        try sink.commit()
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: [[String: Any]]] else { return [:] }
        var result: [String: [String]] = [:]
        for (name, rows) in json where name != "audit_log" {
            result[name] = rows.map { row in
                let keys = row.keys.sorted()
                return keys.map { "\($0)=\(row[$0] ?? "nil")" }.joined(separator: ",")
            }.sorted()
        }
        return result
    }
}
