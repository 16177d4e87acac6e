import Foundation

/// One thing wrong with an import file, shown as `line N, column: reason`.
public struct ImportProblem: Equatable, Sendable {
    public let line: Int
    public let column: AssociationColumn?
    /// For an unknown column: the header as written.
    public let columnText: String?
    public let key: String
    public let args: [String]
    /// For a JSON file: the record's number in the array (1-based); `line` is where it starts.
    public let record: Int?

    public init(line: Int, column: AssociationColumn?, columnText: String? = nil, key: String, args: [String] = [],
                record: Int? = nil) {
        self.line = line; self.column = column; self.columnText = columnText; self.key = key; self.args = args
        self.record = record
    }

    public func message(_ language: Language) -> String {
        let l = L(language)
        if isMoreLine { return l["files.more_problems", args[0], args[1]] }
        // Values from the file are echoed escaped: an error message must not carry terminal controls either.
        let reason = Catalog.text(key, language, args.map(PrintableText.escaped))
        if let record {
            let field = columnText.map(PrintableText.quoted) ?? column?.englishName
            return field.map { l["json.at_field", record, line, $0, reason] } ?? l["json.at_record", record, line, reason]
        }
        if let columnText { return l["import.at_column", line, PrintableText.quoted(columnText), reason] }
        if let column { return l["import.at_column", line, column.displayName(language), reason] }
        return l["import.at_line", line, reason]
    }
}

/// Why an import wrote nothing.
public enum ImportFailure: Error, Equatable, Sendable {
    case unreadable(CSVError)
    case unreadableJSON(JSONError)
    case invalid([ImportProblem])
    case database(String)
    /// Another window held the write lock for longer than the busy timeout.
    case busy

    public func message(_ language: Language) -> String {
        switch self {
        case .unreadable(let error): return error.message(language)
        case .unreadableJSON(let error): return error.message(language)
        case .invalid(let problems):
            // A capped list ends with "… and N more (total)": the heading counts them all.
            let total = problems.last.flatMap { $0.isMoreLine ? Int($0.args[1]) : nil } ?? problems.count
            return ([L(language)["import.invalid", total]] + problems.map { $0.message(language) }).joined(separator: "\n")
        case .database(let message): return L(language)["import.database", message]
        case .busy: return L(language)["import.busy"]
        }
    }
}

/// What an import did (or, on a dry run, would do).
public struct AssociationImportSummary: Equatable, Sendable {
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    public var dryRun = false
    /// Rows without a Y-tunnus named as an association of the same municipality: skipped.
    public var duplicates: [LikelyDuplicate] = []
    public init() {}

    public struct LikelyDuplicate: Equatable, Sendable {
        public let line: Int
        public let name: String
        public let existing: String
    }

    public func message(_ language: Language) -> String {
        let l = L(language)
        var lines = [l[dryRun ? "import.summary_dry" : "import.summary", inserted, updated, unchanged]]
        if !duplicates.isEmpty {
            lines.append(l[dryRun ? "duplicates.import.would_skip" : "duplicates.import.skipped", duplicates.count])
            for d in duplicates.prefix(50) {
                lines.append("  " + l["duplicates.import.row", d.line, PrintableText.escaped(d.name), PrintableText.escaped(d.existing)])
            }
            if duplicates.count > 50 { lines.append("  " + l["duplicates.import.more", duplicates.count - 50]) }
            lines.append(l["duplicates.import.allow_hint"])
        }
        return lines.joined(separator: "\n")
    }
}
