import Foundation

/// What a YTJ import did (or, in a dry run, would do).
public struct YTJImportSummary: Equatable, Sendable {
    public var dryRun = false
    public var read = 0
    /// Companies and other businesses: not kept.
    public var notNonProfit = 0
    public var outsideRegion = 0
    /// New ones whose register record has ended: not added.
    public var endedNotAdded = 0
    /// The new associations (added, or in a dry run that would be).
    public var addedCount = 0
    /// Their names, kept in a dry run only (to list them): 100,000 names were 8 MB of a real import.
    public var added: [String] = []
    /// Known associations (by Y-tunnus) with differences waiting in the review list.
    public var reviewEntries = 0
    public var reviewedAssociations = 0
    public var unchanged = 0

    /// The counts on one line (the UI's report).
    public func headline(_ language: Language) -> String {
        L(language)[dryRun ? "ytj.summary.dry_run" : "ytj.summary", read, addedCount, reviewEntries, reviewedAssociations,
                    unchanged, notNonProfit, outsideRegion, endedNotAdded]
    }

    /// The counts, and in a dry run the names that would be added.
    public func message(_ language: Language) -> String {
        var lines = [headline(language)]
        if dryRun { lines += added.map { "  + " + PrintableText.escaped($0) } }
        return lines.joined(separator: "\n")
    }
}

/// Which municipalities a YTJ import adds new associations from: a region (maakunta) or a
/// wellbeing services county (hyvinvointialue), by its Finnish name.
public struct YTJRegion: Sendable {
    public let codes: Set<String>

    public static func region(_ name: String) -> YTJRegion? {
        let key = fold(name)
        let codes = Municipality.all.filter { fold($0.regionFI) == key }.map(\.code)
        return codes.isEmpty ? nil : YTJRegion(codes: Set(codes))
    }

    /// "Päijät-Hämeen hyvinvointialue" or just "Päijät-Hämeen"/"Päijät-Häme".
    public static func county(_ name: String) -> YTJRegion? {
        let key = fold(name)
        let codes = Municipality.all.filter {
            let county = fold($0.wellbeingCountyFI)
            return !county.isEmpty && (county == key || county == key + " hyvinvointialue" || fold($0.regionFI) == key)
        }.map(\.code)
        return codes.isEmpty ? nil : YTJRegion(codes: Set(codes))
    }

    static func fold(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces).lowercased() }
}

/// `kumppani import ytj`: reads PRH's YTJ open data, keeps the non-profit organisations, adds the
/// new ones of a region and puts what changed for known ones (matched by Y-tunnus) in the review
/// list. One transaction: a fault anywhere in the file writes nothing.
public enum YTJImport {
    /// Fields the register may change, compared with the association's own; a change waits for review.
    static let reviewed = ["name", "street", "postal_code", "city", "municipality_code", "website", "register_ended_on"]
    /// The search index is brought up to date every this many companies written, inside the
    /// transaction: left to the commit, 100,000 new associations were reindexed in one go and
    /// that alone took the import's memory from 77 to 108 MiB (`ytj_import_peak_rss_mb`).
    static let indexEvery = 4_096

    /// True for a `.json` file whose beginning has the register's `businessId` objects (the
    /// directory's own JSON export has `business_id`).
    public static func looksLikeYTJ(path: String) -> Bool {
        guard path.lowercased().hasSuffix(".json"), let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 65_536)) ?? Data()
        return head.range(of: Data("\"businessId\"".utf8)) != nil
    }

    public static func run(file: String, store: Store, region: YTJRegion?, dryRun: Bool,
                           progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> YTJImportSummary {
        guard let handle = FileHandle(forReadingAtPath: file) else { throw ImportFailure.database(L(.en)["cli.cannot_read"]) }
        defer { try? handle.close() }
        let total = Int((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)??.intValue ?? 0)
        return try run(store: store, region: region, dryRun: dryRun) { body in
            try YTJStreamReader.forEachCompany(in: handle, progress: { progress?($0, total) }, body)
        }
    }

    public static func run(data: Data, store: Store, region: YTJRegion?, dryRun: Bool) throws -> YTJImportSummary {
        try run(store: store, region: region, dryRun: dryRun) { body in try YTJStreamReader.forEachCompany(in: data, body) }
    }

    static func run(store: Store, region: YTJRegion?, dryRun: Bool,
                    companies: (([UInt8], Int) throws -> Void) throws -> Void) throws -> YTJImportSummary {
        let db = store.database
        let stamp = Timestamp.iso(store.clock.now())
        var summary = YTJImportSummary()
        summary.dryRun = dryRun
        var number = 0
        func apply() throws {
            var seen = Set<Int>()   // Y-tunnus digits as a number: no string per company
            var sinceIndexed = 0
            try companies { bytes, line in
                number += 1
                let node: JSONNode
                do { node = try JSONReader.parse(Data(bytes)) } catch let error as JSONError {
                    throw ImportFailure.unreadableJSON(JSONError(line: line + error.line - 1, column: error.column, reason: error.reason))
                }
                catch { throw error }
                let company: YTJCompany
                switch YTJCompany.read(node) {
                case .success(let c): company = c
                case .failure(let problem):
                    throw ImportFailure.invalid([ImportProblem(line: line, column: nil, key: problem.key, args: problem.args, record: number)])
                }
                summary.read += 1
                guard company.isNonProfit else { summary.notNonProfit += 1; return }
                // The bulk file may list a company twice; the first record decides.
                guard seen.insert(businessIDNumber(company.businessID)).inserted else { return }
                try applyCompany(company, db: db, stamp: stamp, region: region, write: !dryRun, summary: &summary)
                sinceIndexed += 1
                if !dryRun && sinceIndexed >= indexEvery {
                    try SearchIndex.flush(on: db)
                    sinceIndexed = 0
                }
            }
        }
        do {
            if dryRun { try db.read { try apply() } } else { try db.write { try apply() } }
        } catch let error as JSONError {
            throw ImportFailure.unreadableJSON(error)
        } catch let error as DatabaseError where error.isBusy {
            throw ImportFailure.busy
        } catch let error as DatabaseError {
            throw ImportFailure.database(error.message)
        }
        return summary
    }

    /// The register's values for the reviewed fields, checked as the CSV import checks them
    /// (a value the directory would refuse is left out rather than proposed).
    static func registerValues(_ c: YTJCompany) -> [String: String] {
        var values: [String: String] = ["name": c.name, "street": c.street, "city": c.city, "register_ended_on": c.endDate]
        if case .success(let v) = AssociationImport.check(.postalCode, c.postalCode) { values["postal_code"] = v }
        if Municipality.named(code: c.municipalityCode) != nil { values["municipality_code"] = c.municipalityCode }
        if case .success(let v) = AssociationImport.check(.website, c.website) { values["website"] = v }
        return values.filter { AssociationImport.disallowedControl(in: $0.value) == nil }
    }

    static func applyCompany(_ c: YTJCompany, db: Database, stamp: String, region: YTJRegion?, write: Bool,
                      summary: inout YTJImportSummary) throws {
        let values = registerValues(c)
        guard let existing = try db.queryOne("SELECT * FROM associations WHERE business_id = ?", c.businessID),
              let id = existing.int64("id") else {
            if let region, !region.codes.contains(c.municipalityCode) { summary.outsideRegion += 1; return }
            if c.hasEnded { summary.endedNotAdded += 1; return }
            summary.addedCount += 1
            guard write else { summary.added.append(c.name); return }
            let newID = Store.newID()
            try db.run("""
                INSERT INTO associations(id, name, name_key, business_id, municipality_code, street, postal_code, city, website,
                                         legal_form, registered_on, register_status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, newID, c.name, FinnishCollation.sortKey(c.name), c.businessID, values["municipality_code"],
                values["street"] ?? "", values["postal_code"] ?? "", values["city"] ?? "", values["website"] ?? "",
                c.legalForm, c.registrationDate.isEmpty ? nil : c.registrationDate, c.status, stamp, stamp)
            try writeFormerNames(c, id: id(newID), db: db)
            return
        }
        // The register's own fields are the register's: kept up to date without review.
        if write {
            try db.run("UPDATE associations SET legal_form = ?, registered_on = ?, register_status = ? WHERE id = ?",
                       c.legalForm, c.registrationDate.isEmpty ? nil : c.registrationDate, c.status, id)
            try writeFormerNames(c, id: id, db: db)
        }
        var differences = 0
        for field in reviewed {
            guard let proposed = values[field], !proposed.isEmpty else { continue }   // never proposes to blank a field
            let current = existing.string(field) ?? ""
            guard current != proposed else { continue }
            // A rejected value is not proposed again; a newer one replaces an open older one.
            let known = try db.queryOne("SELECT decision FROM register_review WHERE association_id = ? AND field = ? AND register_value = ?",
                                        id, field, proposed)
            if let known, known.string("decision") != nil { continue }
            differences += 1
            guard write, known == nil else { continue }
            try db.run("DELETE FROM register_review WHERE association_id = ? AND field = ? AND decision IS NULL", id, field)
            try db.run("INSERT INTO register_review(id, association_id, field, current_value, register_value, found_at) VALUES (?, ?, ?, ?, ?, ?)",
                       Store.newID(), id, field, current, proposed, stamp)
        }
        summary.reviewEntries += differences
        if differences > 0 { summary.reviewedAssociations += 1 } else { summary.unchanged += 1 }
    }

    private static func id(_ value: Int64) -> Int64 { value }

    /// "1234567-8" → 12345678 (a checked Y-tunnus: seven digits, a dash, the check digit).
    static func businessIDNumber(_ id: String) -> Int {
        var n = 0
        for b in id.utf8 where b >= 48 && b <= 57 { n = n * 10 + Int(b - 48) }
        return n
    }

    static func writeFormerNames(_ c: YTJCompany, id: Int64, db: Database) throws {
        guard !c.formerNames.isEmpty else { return }
        for former in c.formerNames where AssociationImport.disallowedControl(in: former.name) == nil {
            try db.run("INSERT OR IGNORE INTO association_former_names(association_id, name, ended_on) VALUES (?, ?, ?)",
                       id, former.name, former.endedOn.isEmpty ? nil : former.endedOn)
        }
        // No trigger watches this table: the search index is told here.
        try db.run("INSERT OR IGNORE INTO search_dirty(association_id) VALUES (?)", id)
    }
}
