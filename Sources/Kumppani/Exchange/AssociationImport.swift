import Foundation

/// Imports associations from a CSV or JSON file, all or nothing: every row is checked, and when any
/// row is wrong the transaction is rolled back and every problem is listed. An association with the same
/// Y-tunnus is updated (without one: the same name in the same municipality), never duplicated.
public enum AssociationImport {
    /// One valid row. Optional fields are nil when the file has no such column (left unchanged on update).
    struct Record: Sendable {
        let line: Int
        var values: [AssociationColumn: String] = [:]
        var categories: [String: [String]] = [:]   // list → codes
        /// Set by `EarlierRows`: the file has an earlier row with this Y-tunnus, or this name in
        /// this municipality. Only then can a row match one the same import wrote.
        var repeatsEarlierRow = true
        /// `FinnishCollation.sortKey` of the name, made on the checking thread.
        var nameKey: String?
    }

    /// Marks the records that repeat an earlier record's name in its municipality (see
    /// `Record.repeatsEarlierRow`). Keeps only 32-bit hashes (4 bytes a row: 16 MB for the 3.7
    /// million rows of a 1 GB file): a collision merely marks a row that repeats nothing, which
    /// costs the writer one lookup. A repeated Y-tunnus needs no mark: it is a problem of the file
    /// (`BusinessIDLines`), and nothing is written from a file with a problem.
    struct EarlierRows {
        private var hashes = Set<UInt32>()

        mutating func mark(_ record: inout Record) {
            let name = record.values[.name] ?? ""
            var nameInPlace = Hasher()
            nameInPlace.combine(record.values[.municipality] ?? "")
            nameInPlace.combine(name)
            let hash = nameInPlace.finalize()
            record.repeatsEarlierRow = !hashes.insert(UInt32(truncatingIfNeeded: hash ^ (hash >> 32))).inserted
            record.nameKey = FinnishCollation.sortKey(name)
        }
    }

    /// The line where each Y-tunnus was last seen, to name it when it comes again. Keyed by the
    /// eight digits as a number (8 bytes a row; a dictionary of strings took ~50).
    struct BusinessIDLines {
        private var lines: [UInt32: UInt32] = [:]

        /// The line of the earlier row with `id` (a canonical `1234567-8`), then remembers `line`.
        mutating func earlier(_ id: String, line: Int) -> Int? {
            var number: UInt32 = 0
            var digits = 0
            for byte in id.utf8 where byte >= 0x30 && byte <= 0x39 {
                number = number &* 10 &+ UInt32(byte - 0x30)
                digits += 1
            }
            guard digits == 8 else { return nil }   // not canonical: cannot happen after the check
            let kept = UInt32(clamping: line)
            guard let earlier = lines.updateValue(kept, forKey: number) else { return nil }
            return Int(earlier)
        }
    }

    /// `format` nil: JSON when the first non-space byte is `[` or `{`, else CSV.
    public static func run(data: Data, store: Store, format: AssociationExport.Format? = nil, dryRun: Bool = false,
                           allowDuplicates: Bool = false,
                           progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> AssociationImportSummary {
        try run(data: data, mapped: nil, store: store, format: format, dryRun: dryRun, allowDuplicates: allowDuplicates,
                progress: progress)
    }

    /// The same from a mapped file: a CSV file's pages go back to the system as they are read, so
    /// the file's size does not count in the import's memory (a 1 GB file, issue 15).
    public static func run(file: MappedFile, store: Store, format: AssociationExport.Format? = nil, dryRun: Bool = false,
                           allowDuplicates: Bool = false,
                           progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> AssociationImportSummary {
        try run(data: file.data, mapped: file, store: store, format: format, dryRun: dryRun, allowDuplicates: allowDuplicates,
                progress: progress)
    }

    static func run(data: Data, mapped: MappedFile?, store: Store, format: AssociationExport.Format?, dryRun: Bool,
                    allowDuplicates: Bool, progress: ((_ done: Int, _ total: Int) -> Void)?) throws -> AssociationImportSummary {
        guard format.map({ $0 == .json }) ?? AssociationJSONImport.looksLikeJSON(data) else {
            return try runCSV(data: data, mapped: mapped, store: store, dryRun: dryRun, allowDuplicates: allowDuplicates,
                              progress: progress)
        }
        let records = try AssociationJSONImport.validate(data: data, db: store.database)
        return try write(count: records.count, store: store, dryRun: dryRun, allowDuplicates: allowDuplicates, progress: progress) { apply in
            for record in records { try apply(record) }
        }
    }

    /// One pass over the file: a second thread parses and checks the rows (`checkCSV`) while this
    /// one writes them in the import's transaction, so checking and writing share the two cores.
    /// Once any row has a problem nothing more is written, the rest is still checked (every problem
    /// is listed) and the transaction is rolled back: nothing is ever written from a file with a problem.
    static func runCSV(data: Data, mapped: MappedFile? = nil, store: Store, dryRun: Bool, allowDuplicates: Bool = false,
                       progress: ((_ done: Int, _ total: Int) -> Void)?) throws -> AssociationImportSummary {
        let labels = try categoryLabels(store.database)
        let pipe = RecordPipe()
        let checker = Thread {
            do {
                try checkCSV(data: data, labels: labels, passed: mapped?.releaser()) { record in
                    guard pipe.put(record) else { throw RecordPipe.Cancelled() }
                }
                pipe.finish(nil)
            } catch {
                pipe.finish(error)
            }
        }
        checker.start()
        defer { pipe.cancel() }   // a database error stops the checker
        return try write(count: CSVReader.recordEstimate(data, passed: mapped?.releaser()), store: store, dryRun: dryRun, allowDuplicates: allowDuplicates,
                         progress: progress) { apply in
            while let record = pipe.take() { try apply(record) }
            if let failure = pipe.failure { throw failure }   // rolls back what was written
        }
    }

    /// Parses and checks a CSV file: `body` gets each record in order for as long as no problem has
    /// been found. Throws `ImportFailure` listing every problem in the file (or why it is unreadable).
    static func checkCSV(data: Data, labels: [String: [String: String]], passed: ((UnsafeRawPointer) -> Void)? = nil,
                         _ body: (Record) throws -> Void) throws {
        var checker: RowChecker?
        var problems = ProblemList()
        var headerFine = false
        var seenIDs = BusinessIDLines()
        var earlierRows = EarlierRows()
        do {
            try CSVReader.forEachRecord(data: data, passed: passed) { row in
                guard var rowChecker = checker else {
                    let (columns, found) = header(row)
                    problems = found
                    headerFine = found.isEmpty
                    checker = RowChecker(columns: columns, labels: labels)
                    return
                }
                // With a wrong header the rows are not checked, but the file is still read to the
                // end: a broken encoding further down is the first thing to fix.
                guard headerFine else { return }
                defer { checker = rowChecker }
                guard var record = rowChecker.record(row, problems: &problems) else { return }
                if let id = record.values[.businessID], !id.isEmpty {
                    if let first = seenIDs.earlier(id, line: row.line) {
                        problems.append(ImportProblem(line: row.line, column: .businessID, key: "import.duplicate_business_id", args: [id, "\(first)"]))
                    }
                }
                guard problems.isEmpty else { return }
                earlierRows.mark(&record)
                try body(record)
            }
        } catch let error as CSVError {
            throw ImportFailure.unreadable(error)
        }
        guard checker != nil else { throw ImportFailure.unreadable(.empty) }
        guard problems.isEmpty else { throw ImportFailure.invalid(problems.listed) }
    }

    /// Writes checked records (CSV, JSON, or any other format that makes `Record`s) in one transaction:
    /// `records` calls `apply` once per record. Large imports drop the search triggers and
    /// rebuild the index once at the end (`SearchIndex.bulkLoad`).
    static func write(count: Int, store: Store, dryRun: Bool, allowDuplicates: Bool = true, progress: ((_ done: Int, _ total: Int) -> Void)?,
                      records: (_ apply: (Record) throws -> Void) throws -> Void) throws -> AssociationImportSummary {
        let stamp = Timestamp.iso(store.clock.now())
        var summary = AssociationImportSummary()
        summary.dryRun = dryRun
        let db = store.database
        func apply() throws {
            var done = 0
            var ids = AscendingIDs(count: dryRun ? 0 : count)
            var writer = try AssociationImportWriter(db: db, stamp: stamp, write: !dryRun)
            writer.allowDuplicates = allowDuplicates
            try records { record in
                switch try writer.apply(record, newID: { ids.take() }) {
                case .duplicate(let existing):
                    summary.duplicates.append(.init(line: record.line, name: record.values[.name] ?? "", existing: existing))
                case .inserted: summary.inserted += 1
                case .updated: summary.updated += 1
                case .unchanged: summary.unchanged += 1
                }
                done += 1
                if done % 100 == 1 || done == count { progress?(done, count) }
            }
            if done != count { progress?(done, done) }   // a CSV file's count is an estimate
        }
        do {
            if dryRun {
                try db.read { try apply() }
            } else if try isBulk(count, db) {
                // A smaller page cache (16 MiB) while loading: the pages are written once and spill to the
                // WAL; the 64 MiB kept for searching would only add to the import's peak memory (24 MiB
                // added 16 MiB to the peak and no time that runs on this machine could tell apart).
                let cacheSize = try db.scalarInt("PRAGMA cache_size") ?? -65536
                try db.execute("PRAGMA cache_size = -16384")
                defer { try? db.execute("PRAGMA cache_size = \(cacheSize)") }
                try SearchIndex.bulkLoad(on: db, deferringDerived: store.defersDerivedSearchIndexes) { try apply() }
            } else {
                try db.write { try apply() }
            }
        } catch let error as DatabaseError where error.isBusy {
            throw ImportFailure.busy
        } catch let error as DatabaseError {
            throw ImportFailure.database(error.message)
        }
        return summary
    }

    /// A rebuild of the whole search index pays off when the import is large next to the directory.
    static func isBulk(_ count: Int, _ db: Database) throws -> Bool {
        guard count >= 1000 else { return false }
        let existing = try db.scalarInt("SELECT count(*) FROM associations") ?? 0
        return Int64(count) * 2 >= existing
    }

    /// The columns named by the header line, and what is wrong with it.
    static func header(_ header: CSVRecord) -> ([AssociationColumn?], ProblemList) {
        var problems = ProblemList()
        var columns: [AssociationColumn?] = []
        var seen = Set<AssociationColumn>()   // a set: `columns.contains` per cell was quadratic in a wide header
        let accepted = AssociationColumn.acceptedNames
        for cell in header.fields {
            let column = AssociationColumn.match(cell)
            if column == nil, AssociationExportColumn.match(cell) != nil {
                // An export's read-only column (status, contact person, activity count): ignored.
            } else if column == nil {
                problems.append(ImportProblem(line: header.line, column: nil, columnText: cell, key: "import.unknown_column",
                                              args: [accepted]))
            } else if let column, !seen.insert(column).inserted {
                problems.append(ImportProblem(line: header.line, column: column, key: "import.duplicate_column"))
            }
            columns.append(column)
        }
        if !seen.contains(.name) {
            problems.append(ImportProblem(line: header.line, column: .name, key: "import.missing_name_column"))
        }
        return (columns, problems)
    }

    /// Turns CSV rows into records. Remembers the answers for values that repeat across rows
    /// (municipalities, category lists), which are most of the work on a large file.
    struct RowChecker {
        let columns: [AssociationColumn?]
        let labels: [String: [String: String]]
        private var municipalities: [String: Result<String, Reason>] = [:]
        private var categories: [String: [String]] = [:]   // "list\u{0}cell" → codes, for cells without problems

        init(columns: [AssociationColumn?], labels: [String: [String: String]]) {
            self.columns = columns
            self.labels = labels
        }

        /// The record, or nil with its problems appended.
        mutating func record(_ row: CSVRecord, problems: inout ProblemList) -> Record? {
            if row.fields.count > columns.count {
                problems.append(ImportProblem(line: row.line, column: nil, key: "import.too_many_fields", args: ["\(row.fields.count)", "\(columns.count)"]))
                return nil
            }
            let before = problems.count
            var record = Record(line: row.line)
            for (i, column) in columns.enumerated() {
                guard let column else { continue }
                // Unguard before trimming: the export guards the stored text as it is (see SpreadsheetCell).
                let raw = i < row.fields.count ? FinnishInput.trimmed(SpreadsheetCell.unguarded(row.fields[i])) : ""
                if let list = column.categoryList {
                    record.categories[list] = codes(list, raw, column: column, line: row.line, problems: &problems)
                    continue
                }
                switch column == .municipality ? municipality(raw) : check(column, raw) {
                case .success(let value): record.values[column] = value
                case .failure(let problem): problems.append(ImportProblem(line: row.line, column: column, key: problem.key, args: problem.args))
                }
            }
            return problems.count == before ? record : nil
        }

        private mutating func municipality(_ raw: String) -> Result<String, Reason> {
            if let known = municipalities[raw] { return known }
            let result = check(.municipality, raw)
            municipalities[raw] = result
            return result
        }

        private mutating func codes(_ list: String, _ raw: String, column: AssociationColumn, line: Int,
                                    problems: inout ProblemList) -> [String] {
            let key = list + "\u{0}" + raw
            if let known = categories[key] { return known }
            var codes: [String] = []
            var ok = true
            for part in raw.split(separator: "|").map({ FinnishInput.trimmed(String($0)) }) where !part.isEmpty {
                if let code = labels[list]?[part.lowercased()] {
                    if !codes.contains(code) { codes.append(code) }
                } else {
                    ok = false
                    problems.append(ImportProblem(line: line, column: column, key: "import.unknown_category", args: [part]))
                }
            }
            if ok && categories.count < 50_000 { categories[key] = codes }
            return codes
        }
    }

    struct Reason: Error { let key: String; var args: [String] = [] }

    /// The first C0 control other than tab, CR and LF (and DEL), as "U+0000"; nil when there is none.
    static func disallowedControl(in text: String) -> String? {
        for byte in text.utf8 where (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F {
            return "U+" + String(byte, radix: 16, uppercase: true).leftPadded(to: 4)
        }
        return nil
    }

    /// Checks and normalises one value.
    static func check(_ column: AssociationColumn, _ raw: String) -> Result<String, Reason> {
        // NUL cut the text short in SQLite's C strings; other controls are never wanted in a field.
        if let control = disallowedControl(in: raw) { return .failure(Reason(key: "files.control_character", args: [control])) }
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
        case .correspondenceLanguage:
            // Empty is the default, Finnish; a code or the language's name in fi, sv or en.
            guard let language = CorrespondenceLanguage.parse(raw) else { return .failure(Reason(key: "import.bad_language", args: [raw])) }
            return .success(language.rawValue)
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

private extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
