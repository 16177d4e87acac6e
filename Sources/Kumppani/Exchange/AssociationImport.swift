import Foundation

/// Imports associations from a CSV or JSON file, all or nothing: every row is validated first; when any
/// row is wrong nothing is written and every problem is listed. An association with the same
/// Y-tunnus is updated (without one: the same name in the same municipality), never duplicated.
public enum AssociationImport {
    /// One valid row. Optional fields are nil when the file has no such column (left unchanged on update).
    struct Record {
        let line: Int
        var values: [AssociationColumn: String] = [:]
        var categories: [String: [String]] = [:]   // list → codes
    }

    /// `format` nil: JSON when the first non-space byte is `[` or `{`, else CSV.
    public static func run(data: Data, store: Store, format: AssociationExport.Format? = nil, dryRun: Bool = false,
                           progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> AssociationImportSummary {
        let json = format.map { $0 == .json } ?? AssociationJSONImport.looksLikeJSON(data)
        let records = json ? try AssociationJSONImport.validate(data: data, db: store.database)
                           : try validate(data: data, db: store.database)
        let stamp = Timestamp.iso(store.clock.now())
        var summary = AssociationImportSummary()
        summary.dryRun = dryRun
        let db = store.database
        let apply = {
            for (i, record) in records.enumerated() {
                switch try AssociationImportWriter.apply(record, db: db, stamp: stamp, write: !dryRun) {
                case .inserted: summary.inserted += 1
                case .updated: summary.updated += 1
                case .unchanged: summary.unchanged += 1
                }
                if i % 100 == 0 || i == records.count - 1 { progress?(i + 1, records.count) }
            }
        }
        do {
            if dryRun {
                try db.read { try apply() }
            } else if records.count > 2000 {
                try SearchIndex.bulkLoad(on: db) { try apply() }
            } else {
                try db.write { try apply() }
            }
        } catch let error as DatabaseError {
            throw ImportFailure.database(error.message)
        }
        return summary
    }

    /// Parses and checks the whole file; throws `ImportFailure` listing every problem.
    static func validate(data: Data, db: Database) throws -> [Record] {
        let parsed: [CSVRecord]
        do { parsed = try CSVReader.read(data: data).records } catch let error as CSVError { throw ImportFailure.unreadable(error) }
        guard let header = parsed.first else { throw ImportFailure.unreadable(.empty) }
        var problems: [ImportProblem] = []
        var columns: [AssociationColumn?] = []
        for cell in header.fields {
            let column = AssociationColumn.match(cell)
            if column == nil {
                problems.append(ImportProblem(line: header.line, column: nil, columnText: cell, key: "import.unknown_column",
                                              args: [AssociationColumn.acceptedNames]))
            } else if let column, columns.contains(column) {
                problems.append(ImportProblem(line: header.line, column: column, key: "import.duplicate_column"))
            }
            columns.append(column)
        }
        if !columns.contains(.name) {
            problems.append(ImportProblem(line: header.line, column: .name, key: "import.missing_name_column"))
        }
        guard problems.isEmpty else { throw ImportFailure.invalid(problems) }
        let labels = try categoryLabels(db)
        var seenIDs: [String: Int] = [:]
        var records: [Record] = []
        for row in parsed.dropFirst() {
            if row.fields.count > columns.count {
                problems.append(ImportProblem(line: row.line, column: nil, key: "import.too_many_fields", args: ["\(row.fields.count)", "\(columns.count)"]))
                continue
            }
            var record = Record(line: row.line)
            for (i, column) in columns.enumerated() {
                guard let column else { continue }
                let raw = i < row.fields.count ? row.fields[i].trimmingCharacters(in: .whitespacesAndNewlines) : ""
                if let list = column.categoryList {
                    var codes: [String] = []
                    for part in raw.split(separator: "|").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
                        if let code = labels[list]?[part.lowercased()] {
                            if !codes.contains(code) { codes.append(code) }
                        } else {
                            problems.append(ImportProblem(line: row.line, column: column, key: "import.unknown_category", args: [part]))
                        }
                    }
                    record.categories[list] = codes
                    continue
                }
                switch check(column, raw) {
                case .success(let value): record.values[column] = value
                case .failure(let problem): problems.append(ImportProblem(line: row.line, column: column, key: problem.key, args: problem.args))
                }
            }
            if let id = record.values[.businessID], !id.isEmpty {
                if let first = seenIDs[id] {
                    problems.append(ImportProblem(line: row.line, column: .businessID, key: "import.duplicate_business_id", args: [id, "\(first)"]))
                }
                seenIDs[id] = row.line
            }
            records.append(record)
        }
        guard problems.isEmpty else { throw ImportFailure.invalid(problems) }
        return records
    }

    struct Reason: Error { let key: String; var args: [String] = [] }

    /// Checks and normalises one value.
    static func check(_ column: AssociationColumn, _ raw: String) -> Result<String, Reason> {
        switch column {
        case .name:
            return raw.isEmpty ? .failure(Reason(key: "import.name_required")) : .success(raw)
        case .businessID:
            if raw.isEmpty { return .success("") }
            guard let id = BusinessIDFormat.parse(raw) else { return .failure(Reason(key: "import.bad_business_id", args: [raw])) }
            return .success(id)
        case .municipality:
            if raw.isEmpty { return .success("") }
            guard let m = Municipality.find(raw) else { return .failure(Reason(key: "import.unknown_municipality", args: [raw])) }
            return .success(m.code)
        case .postalCode:
            guard raw.isEmpty || (raw.count == 5 && raw.allSatisfy({ $0.isASCII && $0.isNumber })) else {
                return .failure(Reason(key: "import.bad_postal_code", args: [raw]))
            }
            return .success(raw)
        case .email:
            guard let email = EmailFormat.normalise(raw) else { return .failure(Reason(key: "import.bad_email", args: [raw])) }
            return .success(email)
        case .website:
            guard let site = WebsiteFormat.normalise(raw) else { return .failure(Reason(key: "import.bad_website", args: [raw])) }
            return .success(site)
        case .phone:
            guard let phone = PhoneFormat.normalise(raw) else { return .failure(Reason(key: "import.bad_phone", args: [raw])) }
            return .success(phone)
        default:
            return .success(raw)
        }
    }

    /// list → (lowercased code or Finnish/Swedish/English label → code).
    static func categoryLabels(_ db: Database) throws -> [String: [String: String]] {
        var map: [String: [String: String]] = [:]
        for row in try db.query("SELECT list, code, label_fi, label_sv, label_en FROM categories") {
            guard let list = row.string("list"), let code = row.string("code") else { continue }
            for key in ["code", "label_fi", "label_sv", "label_en"] {
                if let text = row.string(key), !text.isEmpty { map[list, default: [:]][text.lowercased()] = code }
            }
        }
        return map
    }
}
