import Foundation

/// Schema version 8: per-file settings as keys and values — the county's name (fi/sv) and
/// business ID, shown in every document's header. Frozen SQL, as every shipped migration.
enum Schema8Settings {
    static let migration = Migration(version: 8, name: "settings: the county's name and business ID", sql: sql)

    static let sql = """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
    """
}
