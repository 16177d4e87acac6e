import Foundation

/// One numbered schema change. Shipped migrations are never edited: a change is a new migration.
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    public let apply: @Sendable (Database) throws -> Void

    public init(version: Int, name: String, apply: @escaping @Sendable (Database) throws -> Void) {
        self.version = version
        self.name = name
        self.apply = apply
    }

    public init(version: Int, name: String, sql: String) {
        self.init(version: version, name: name) { db in try db.execute(sql) }
    }
}

/// The ordered list of all migrations. Append new ones at the end.
public enum Migrations {
    public static let all: [Migration] = [
        Schema1.migration,
        Schema2Directory.migration,
        Schema3Grants.migration,
        Schema4Meetings.migration,
        Schema5Audit.migration,
        Schema6Search.migration,
    ]

    public static var latestVersion: Int { all.last?.version ?? 0 }

    /// Runs every migration newer than the file's `user_version`, each in its own transaction.
    static func run(on db: Database, path: String) throws {
        let current = Int(try db.scalarInt("PRAGMA user_version") ?? 0)
        for migration in all where migration.version > current {
            do {
                try db.write {
                    try migration.apply(db)
                    try db.execute("PRAGMA user_version = \(migration.version)")
                }
            } catch let error as DatabaseError {
                throw StoreError.migrationFailed(version: migration.version, message: error.message)
            }
        }
    }
}
