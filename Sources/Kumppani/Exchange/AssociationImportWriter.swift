import Foundation

/// Writes validated import rows: insert, update the changed fields, or leave a row alone.
struct AssociationImportWriter {
    enum Outcome: Equatable { case inserted, updated, unchanged, duplicate(of: String) }

    static let dbColumn: [AssociationColumn: String] = [
        .name: "name", .businessID: "business_id", .municipality: "municipality_code", .street: "street",
        .postalCode: "postal_code", .city: "city", .email: "email", .phone: "phone", .website: "website", .description: "description",
        .correspondenceLanguage: "correspondence_language",
    ]
    /// Columns stored as NULL when empty (unique or a reference).
    static let nullable: Set<AssociationColumn> = [.businessID, .municipality]

    let db: Database
    let stamp: String
    let write: Bool
    /// Off: a row without a Y-tunnus whose name an association of the same municipality already
    /// has (one with a Y-tunnus, so it is not updated) is skipped as a likely duplicate.
    var allowDuplicates = true
    /// Into an empty table only a row of this import can match a record, and only when the record
    /// repeats an earlier one's keys: the others need no query (a 100,000-row first import would
    /// otherwise look up every row in vain).
    private let startedEmpty: Bool
    /// The INSERT for the last set of columns (one set for a CSV file).
    private var insertColumns: [AssociationColumn] = []
    private var insertSQL = ""

    init(db: Database, stamp: String, write: Bool) throws {
        self.db = db
        self.stamp = stamp
        self.write = write
        startedEmpty = try db.scalarInt("SELECT EXISTS (SELECT 1 FROM associations)") == 0
    }

    /// `newID` gives the key of an inserted row (`AscendingIDs` in an import).
    mutating func apply(_ record: AssociationImport.Record, newID: () -> Int64 = Store.newID) throws -> Outcome {
        guard let existing = try find(record), let id = existing.int64("id") else {
            if !allowDuplicates, let other = try sameNameInMunicipality(record) { return .duplicate(of: other) }
            if write { try insert(record, id: newID()) }
            // A trial writes nothing, so a repeat of an earlier row finds nothing: it would update that row.
            return !write && record.repeatsEarlierRow ? .updated : .inserted
        }
        var sets: [String] = []
        var args: [DatabaseValueConvertible?] = []
        for (column, value) in record.values.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            guard let name = Self.dbColumn[column] else { continue }
            let newValue: String? = Self.nullable.contains(column) && value.isEmpty ? nil : value
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
    func find(_ record: AssociationImport.Record) throws -> Row? {
        if startedEmpty && !record.repeatsEarlierRow { return nil }
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

    /// The name of an association with this row's name in its municipality, for a row without a Y-tunnus.
    func sameNameInMunicipality(_ record: AssociationImport.Record) throws -> String? {
        guard !startedEmpty, (record.values[.businessID] ?? "").isEmpty, let name = record.values[.name] else { return nil }
        let municipality = record.values[.municipality].flatMap { $0.isEmpty ? nil : $0 }
        return try db.queryOne("SELECT name FROM associations WHERE municipality_code IS ? AND name_key = ? LIMIT 1",
                               municipality, record.nameKey ?? FinnishCollation.sortKey(name))?.string("name")
    }

    private mutating func insert(_ record: AssociationImport.Record, id: Int64) throws {
        if record.values.count != insertColumns.count || insertColumns.contains(where: { record.values[$0] == nil }) {
            insertColumns = record.values.keys.filter { Self.dbColumn[$0] != nil }.sorted { $0.rawValue < $1.rawValue }
            let names = ["id", "name_key", "created_at", "updated_at"] + insertColumns.compactMap { Self.dbColumn[$0] }
            let marks = Array(repeating: "?", count: names.count).joined(separator: ", ")
            insertSQL = "INSERT INTO associations(\(names.joined(separator: ", "))) VALUES (\(marks))"
        }
        let nameKey = record.nameKey ?? FinnishCollation.sortKey(record.values[.name] ?? "")
        var args: [DatabaseValueConvertible?] = [id, nameKey, stamp, stamp]
        args.reserveCapacity(4 + insertColumns.count)
        for column in insertColumns {
            let value = record.values[column] ?? ""
            args.append(Self.nullable.contains(column) && value.isEmpty ? nil : value)
        }
        try db.run(insertSQL, args)
        for (list, codes) in record.categories.sorted(by: { $0.key < $1.key }) {
            for code in codes {
                try db.run("INSERT INTO association_categories(association_id, list, code) VALUES (?, ?, ?)", id, list, code)
            }
        }
    }
}
