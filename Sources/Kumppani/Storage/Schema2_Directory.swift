import Foundation

/// Schema version 2 (directory): municipality names get a Finnish sort key, so the list can be
/// sorted by municipality with plain binary comparisons instead of a Swift collation per row.
enum Schema2Directory {
    static let migration = Migration(version: 2, name: "directory: municipality sort key") { db in
        try db.execute("ALTER TABLE municipalities ADD COLUMN name_key TEXT NOT NULL DEFAULT ''")
        for row in try db.query("SELECT code, name_fi FROM municipalities") {
            guard let code = row.string("code"), let name = row.string("name_fi") else { continue }
            try db.run("UPDATE municipalities SET name_key = ? WHERE code = ?", DirectoryRules.sortKey(name), code)
        }
    }
}
