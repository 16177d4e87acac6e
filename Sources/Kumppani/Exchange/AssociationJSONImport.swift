import Foundation

/// Reads associations from JSON — the array `kumppani export associations --format json` writes,
/// or `{"associations": [...]}` — into the same records the CSV import checks and writes, with the
/// same rules. Problems name the record number, its line and the field.
enum AssociationJSONImport {
    /// Keys the export writes that are not imported (the database id, the municipality's name beside its code).
    static let ignoredKeys: Set<String> = ["id"]

    /// True when the data looks like JSON: the first byte that is not space (after a BOM) is `[` or `{`.
    static func looksLikeJSON(_ data: Data) -> Bool {
        var bytes = data.prefix(4096)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return false }
        return first == UInt8(ascii: "[") || first == UInt8(ascii: "{")
    }

    static func validate(data: Data, db: Database) throws -> [AssociationImport.Record] {
        let root: JSONNode
        do { root = try JSONReader.parse(data) } catch { throw ImportFailure.unreadableJSON(error) }
        let items: [JSONNode]
        switch root.value {
        case .array(let array): items = array
        case .object(let members):
            guard let list = members.first(where: { $0.key == "associations" })?.node, case .array(let array) = list.value else {
                throw ImportFailure.invalid([ImportProblem(line: root.line, column: nil, key: "json.not_a_list")])
            }
            items = array
        default:
            throw ImportFailure.invalid([ImportProblem(line: root.line, column: nil, key: "json.not_a_list")])
        }
        let labels = try AssociationImport.categoryLabels(db)
        var problems = ProblemList()
        let unknownKeyNames = AssociationColumn.acceptedNames + ", id, municipality_code"
        var records: [AssociationImport.Record] = []
        var seenIDs: [String: Int] = [:]
        var earlierRows = AssociationImport.EarlierRows()
        for (index, item) in items.enumerated() {
            let number = index + 1
            func problem(_ key: String, _ args: [String] = [], field: String? = nil, column: AssociationColumn? = nil) {
                problems.append(ImportProblem(line: item.line, column: column, columnText: field, key: key, args: args, record: number))
            }
            guard case .object(let members) = item.value else { problem("json.record_not_object"); continue }
            var record = AssociationImport.Record(line: item.line)
            var municipalityCode: String?
            var businessIDKey = "business_id"   // as written, for the duplicate message
            for (key, node) in members {
                if ignoredKeys.contains(key) { continue }
                if AssociationColumn.fold(key) == "municipality_code" || AssociationColumn.fold(key) == "kuntanumero" {
                    guard let text = scalarText(node.value) else { problem("json.expected_text", field: key); continue }
                    if let control = AssociationImport.disallowedControl(in: text) {
                        problem("files.control_character", [control], field: key); continue
                    }
                    municipalityCode = text
                    continue
                }
                guard let column = AssociationColumn.match(key) else {
                    problem("json.unknown_key", [unknownKeyNames], field: key)
                    continue
                }
                if let list = column.categoryList {
                    guard let parts = categoryParts(node.value) else { problem("json.expected_list", field: key); continue }
                    var codes: [String] = []
                    for part in parts.map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
                        if let control = AssociationImport.disallowedControl(in: part) {
                            problem("files.control_character", [control], field: key); continue
                        }
                        if let code = labels[list]?[part.lowercased()] {
                            if !codes.contains(code) { codes.append(code) }
                        } else {
                            problem("import.unknown_category", [part], field: key)
                        }
                    }
                    record.categories[list] = codes
                    continue
                }
                guard let text = scalarText(node.value) else { problem("json.expected_text", field: key); continue }
                if column == .businessID { businessIDKey = key }
                switch AssociationImport.check(column, text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                case .success(let value): record.values[column] = value
                case .failure(let reason): problem(reason.key, reason.args, field: key)
                }
            }
            // The export writes both the code and the name; the code decides when the name is absent.
            if record.values[.municipality] == nil, let code = municipalityCode {
                switch AssociationImport.check(.municipality, code.trimmingCharacters(in: .whitespaces)) {
                case .success(let value): record.values[.municipality] = value
                case .failure(let reason): problem(reason.key, reason.args, field: "municipality_code")
                }
            }
            if record.values[.name] == nil, !members.contains(where: { AssociationColumn.match($0.key) == .name }) {
                problem("import.name_required", field: "name")
            }
            if let id = record.values[.businessID], !id.isEmpty {
                if let first = seenIDs[id] { problem("json.duplicate_business_id", [id, "\(first)"], field: businessIDKey) }
                seenIDs[id] = number
            }
            earlierRows.mark(&record)
            records.append(record)
        }
        guard problems.isEmpty else { throw ImportFailure.invalid(problems.listed) }
        return records
    }

    /// A string as is; `null` as empty (the export writes null for an empty field).
    static func scalarText(_ value: JSONValue) -> String? {
        switch value {
        case .string(let s): s
        case .null: ""
        default: nil
        }
    }

    /// An array of strings, a `|`-separated string (as in CSV) or null.
    static func categoryParts(_ value: JSONValue) -> [String]? {
        switch value {
        case .null: return []
        case .string(let s): return s.split(separator: "|").map(String.init)
        case .array(let items):
            var parts: [String] = []
            for item in items {
                guard case .string(let s) = item.value else { return nil }
                parts.append(s)
            }
            return parts
        default: return nil
        }
    }
}
