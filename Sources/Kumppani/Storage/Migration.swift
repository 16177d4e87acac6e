import Foundation

/// One numbered schema change, as the SQL text it runs. Shipped migrations are frozen: the text never
/// changes and never calls into live code (seeds, helpers), so a file created today and one migrated
/// from version 1 years later end with the same schema (`MigrationFreezeTests` holds their hashes).
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    public let sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    func apply(_ db: Database) throws { try db.execute(sql) }
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
        Schema7Decisions.migration,
        Schema8Settings.migration,
        Schema9Premises.migration,
        Schema10Sync.migration,
        Schema11Register.migration,
        Schema12Swedish.migration,
        Schema13Tags.migration,
        Schema14Merges.migration,
        Schema15SyncTombstones.migration,
        Schema16BodyAudit.migration,
        Schema17SearchTerms.migration,
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
