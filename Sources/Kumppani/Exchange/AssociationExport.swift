import Foundation

/// Exports the association directory as CSV for Finnish Excel (`;`, UTF-8 with a BOM, CRLF,
/// Finnish column names, Finnish order) or as JSON. Importing the CSV again changes nothing.
public enum AssociationExport {
    public enum Format: String, Sendable { case csv, json }

    static let query = """
        SELECT a.id, a.name, a.business_id, a.municipality_code, m.name_fi AS municipality, a.street, a.postal_code, a.city,
               a.email, a.phone, a.website, a.description,
               (SELECT group_concat(x, '|') FROM (SELECT c.label_fi AS x FROM association_categories ac JOIN categories c
                    ON c.list = ac.list AND c.code = ac.code WHERE ac.association_id = a.id AND ac.list = 'target_group' ORDER BY c.sort)) AS target_groups,
               (SELECT group_concat(x, '|') FROM (SELECT c.label_fi AS x FROM association_categories ac JOIN categories c
                    ON c.list = ac.list AND c.code = ac.code WHERE ac.association_id = a.id AND ac.list = 'activity_kind' ORDER BY c.sort)) AS activity_kinds,
               a.correspondence_language, a.status, \(AssociationExportColumn.contactPersonSQL)
        FROM associations a LEFT JOIN municipalities m ON m.code = a.municipality_code
        WHERE ?2 IS NULL OR a.id IN (SELECT value FROM json_each(?2))
        ORDER BY a.name_key, a.name, a.id
        """

    /// Writes every association, or only those in `ids` (the UI's current list or marked rows), in
    /// name order; returns how many. `today` decides which roles are current (the contact person).
    @discardableResult
    public static func write(_ format: Format, from db: Database, to sink: ExportSink, ids: [Int64]? = nil,
                             today: String? = nil, progress: ((Double) -> Void)? = nil) throws -> Int {
        // Bound as ?1 and ?2: a JSON array keeps a 100,000-id list one parameter.
        let args: [DatabaseValueConvertible?] = [today ?? DirectoryRules.isoToday(SystemClock()), ids.map { "[" + $0.map(String.init).joined(separator: ",") + "]" }]
        do {
            return try db.read {
                let total = try ids.map(\.count) ?? Int(db.scalarInt("SELECT count(*) FROM associations") ?? 0)
                let tick = ExportProgress(total: total, report: progress)
                switch format {
                case .csv: return try writeCSV(db, sink, args, tick)
                case .json: return try writeJSON(db, sink, args, tick)
                }
            }
        } catch let error as DatabaseError {
            throw ExportError.database(error.message)
        }
    }

    static func writeCSV(_ db: Database, _ sink: ExportSink, _ args: [DatabaseValueConvertible?], _ tick: ExportProgress) throws -> Int {
        try sink.write(bytes: [0xEF, 0xBB, 0xBF])
        var header = true
        return try csvLines(db, args) { line in
            try sink.write(line)
            if header { header = false } else { tick.row() }
        }
    }

    /// The CSV as text (with its BOM), for a file the UI writes through its services (the
    /// marked rows' export in pane 1). Same rows and cells as `write(.csv, ...)`.
    public static func csvText(from db: Database, ids: [Int64]?, today: String) throws -> (text: String, count: Int) {
        var text = "\u{FEFF}"
        let args: [DatabaseValueConvertible?] = [today, ids.map { "[" + $0.map(String.init).joined(separator: ",") + "]" }]
        do {
            let count = try db.read { try csvLines(db, args) { text += $0 } }
            return (text, count)
        } catch let error as DatabaseError {
            throw ExportError.database(error.message)
        }
    }

    /// The header and one line per association, each handed to `emit`; returns the row count.
    static func csvLines(_ db: Database, _ args: [DatabaseValueConvertible?], emit: (String) throws -> Void) throws -> Int {
        let csv = CSVWriter(delimiter: ";", lineEnd: "\r\n")
        try emit(csv.line(AssociationColumn.allCases.map(\.finnishName) + AssociationExportColumn.allCases.map(\.finnishName)))
        var count = 0
        try db.forEach(query, args) { row in
            let status = AssociationStatus(rawValue: row.string("status") ?? "")?.label(.fi) ?? ""
            let fields = [row.string("name"), row.string("business_id"), row.string("municipality"), row.string("street"),
                          row.string("postal_code"), row.string("city"), row.string("email"), row.string("phone"),
                          row.string("website"), row.string("description"), row.string("target_groups"), row.string("activity_kinds"),
                          row.string("correspondence_language"), status, row.string("contact_person"), row.int64("activity_count").map(String.init), row.string("tags")]
            try emit(csv.line(fields.map { SpreadsheetCell.guarded($0 ?? "") }))
            count += 1
        }
        return count
    }

    static func writeJSON(_ db: Database, _ sink: ExportSink, _ args: [DatabaseValueConvertible?], _ tick: ExportProgress) throws -> Int {
        try sink.write("[")
        var count = 0
        try db.forEach(query, args) { row in
            var object = "{"
            for key in ["id", "name", "business_id", "municipality_code", "municipality", "street", "postal_code", "city",
                        "email", "phone", "website", "description", "correspondence_language"] {
                object += JSONText.string(key) + ":" + JSONText.value(row.value(key)) + ","
            }
            for key in ["target_groups", "activity_kinds"] {
                let items = (row.string(key) ?? "").split(separator: "|").map { JSONText.string(String($0)) }
                object += JSONText.string(key) + ":[" + items.joined(separator: ",") + "]" + (key == "target_groups" ? "," : "")
            }
            try sink.write((count == 0 ? "\n" : ",\n") + object + "}")
            count += 1
            tick.row()
        }
        try sink.write("\n]\n")
        return count
    }
}
