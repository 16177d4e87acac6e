import Foundation

/// Writes one validated import row: insert, update the changed fields, or leave it alone.
enum AssociationImportWriter {
    enum Outcome { case inserted, updated, unchanged }

    static let dbColumn: [AssociationColumn: String] = [
        .name: "name", .businessID: "business_id", .municipality: "municipality_code", .street: "street",
        .postalCode: "postal_code", .city: "city", .email: "email", .phone: "phone", .website: "website", .description: "description",
    ]
    /// Columns stored as NULL when empty (unique or a reference).
    static let nullable: Set<AssociationColumn> = [.businessID, .municipality]

    /// `newID` gives the key of an inserted row (`AscendingIDs` in an import).
    static func apply(_ record: AssociationImport.Record, db: Database, stamp: String, write: Bool,
                      newID: () -> Int64 = Store.newID) throws -> Outcome {
        guard let existing = try find(record, db: db), let id = existing.int64("id") else {
            if write { try insert(record, db: db, stamp: stamp, id: newID()) }
            return .inserted
        }
        var sets: [String] = []
        var args: [DatabaseValueConvertible?] = []
        for (column, value) in record.values.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            guard let name = dbColumn[column] else { continue }
            let newValue: String? = nullable.contains(column) && value.isEmpty ? nil : value
            if existing.string(name) != newValue {
                sets.append("\(name) = ?")
                args.append(newValue)
                if column == .name { sets.append("name_key = ?"); args.append(FinnishCollation.sortKey(value)) }
            }
        }
        var categoriesChanged: [String] = []
        for (list, codes) in record.categories {
            let current = try db.query("SELECT code FROM association_categories WHERE association_id = ? AND list = ?", id, list)
                .compactMap { $0.string("code") }
            if Set(current) != Set(codes) { categoriesChanged.append(list) }
        }
        if sets.isEmpty && categoriesChanged.isEmpty { return .unchanged }
        guard write else { return .updated }
        if !sets.isEmpty {
            try db.run("UPDATE associations SET \(sets.joined(separator: ", ")), updated_at = ? WHERE id = ?", args + [stamp, id])
        } else {
            try db.run("UPDATE associations SET updated_at = ? WHERE id = ?", stamp, id)
        }
        for list in categoriesChanged.sorted() {
            try db.run("DELETE FROM association_categories WHERE association_id = ? AND list = ?", id, list)
            for code in record.categories[list] ?? [] {
                try db.run("INSERT INTO association_categories(association_id, list, code) VALUES (?, ?, ?)", id, list, code)
            }
        }
        return .updated
    }

    /// Same Y-tunnus; else the same name in the same municipality among those without a Y-tunnus.
    static func find(_ record: AssociationImport.Record, db: Database) throws -> Row? {
        if let businessID = record.values[.businessID], !businessID.isEmpty {
            if let row = try db.queryOne("SELECT * FROM associations WHERE business_id = ?", businessID) { return row }
        }
        guard let name = record.values[.name] else { return nil }
        let municipality = record.values[.municipality].flatMap { $0.isEmpty ? nil : $0 }
        // `+business_id` keeps SQLite off the UNIQUE index for `IS NULL` (which scanned every earlier
        // row without a Y-tunnus: a quadratic import) and on `associations_municipality` instead.
        return try db.queryOne("SELECT * FROM associations WHERE municipality_code IS ? AND name_key = ? AND name = ? "
                               + "AND +business_id IS NULL ORDER BY id LIMIT 1",
                               municipality, FinnishCollation.sortKey(name), name)
    }

    static func insert(_ record: AssociationImport.Record, db: Database, stamp: String, id: Int64) throws {
        let name = record.values[.name] ?? ""
        var columns = ["id", "name_key", "created_at", "updated_at"]
        var args: [DatabaseValueConvertible?] = [id, FinnishCollation.sortKey(name), stamp, stamp]
        for (column, value) in record.values.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            guard let dbName = dbColumn[column] else { continue }
            columns.append(dbName)
            args.append(nullable.contains(column) && value.isEmpty ? nil : value)
        }
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        try db.run("INSERT INTO associations(\(columns.joined(separator: ", "))) VALUES (\(marks))", args)
        for (list, codes) in record.categories.sorted(by: { $0.key < $1.key }) {
            for code in codes {
                try db.run("INSERT INTO association_categories(association_id, list, code) VALUES (?, ?, ?)", id, list, code)
            }
        }
    }
}
