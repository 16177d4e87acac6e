import Foundation
import Kumppani

/// `kumppani check`: schema version, counts, SQLite's own checks, the search index, references,
/// journal mode and file permissions. Exit 0 only when everything is healthy.
enum CheckCommand {
    static let tables = ["associations", "activities", "people", "contact_log", "grant_rounds", "grant_applications",
                         "grant_payments", "bodies", "meetings", "agenda_items", "actions"]

    /// Bytes 18 and 19 of the SQLite header are 2 for a WAL-mode file.
    static func walInHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 20)) ?? Data()
        return header.count == 20 && header[18] == 2 && header[19] == 2
    }

    static func run(_ c: CommandContext) -> Int32 {
        let l = c.l
        let store: Store
        switch c.openStore(create: false, migrate: false, readOnlyFallback: true, completesSearchIndex: false) {
        case .success(let s): store = s
        case .failure(let error): return c.fail(error.message(c.language))
        }
        let db = store.database
        var problems: [String] = []
        c.out(l["cli.check.file", c.databasePath])
        c.out(l["cli.check.schema", store.schemaVersion])
        do {
            for table in tables {
                let n = try db.scalarInt("SELECT count(*) FROM \(table)") ?? 0
                c.out("  " + table.padding(toLength: 20, withPad: " ", startingAt: 0) + " \(n)")
            }
            for pragma in ["quick_check", "integrity_check"] {
                let result = try db.query("PRAGMA \(pragma)").compactMap { $0.values.first?.description }
                let ok = result == ["ok"]
                c.out("\(pragma): " + (ok ? "ok" : result.joined(separator: "; ")))
                if !ok { problems.append(pragma) }
            }
            // FTS5's own check is an INSERT: it cannot run on a file opened read-only.
            if store.isReadOnly {
                c.out(l["reliability.check.fts_skipped"])
            } else {
                // A writer in another process holds the lock: say so after a short wait instead
                // of waiting the full busy timeout and calling a healthy index damaged.
                db.setBusyTimeout(milliseconds: 1000)
                let fts = try SearchIndex.integrityCheck(on: db)
                c.out(l["cli.check.fts", fts.isEmpty ? "ok" : fts.joined(separator: "; ")])
                if !fts.isEmpty { problems.append("fts") }
                // Not a problem: an import's derived indexes still to be made (the next start makes them).
                let backlog = try SearchIndex.backlogCount(on: db)
                if backlog > 0 { c.out(l["cli.check.search_backlog", c.language.count(backlog)]) }
            }
            let fk = try db.query("PRAGMA foreign_key_check")
            c.out(l["cli.check.foreign_keys", fk.isEmpty ? "ok" : "\(fk.count)"])
            if !fk.isEmpty { problems.append("foreign_key_check") }
            var mode = try db.scalarString("PRAGMA journal_mode") ?? "?"
            // A file opened immutable (read-only folder) reports "delete": the header tells the truth.
            if store.isReadOnly, walInHeader(c.databasePath) { mode = "wal" }
            c.out("journal_mode: \(mode)")
            if mode.lowercased() != "wal" { problems.append("journal_mode") }
            // The rules of decisions and minutes, read only: reported, never repaired silently.
            let violations = try RecordRules.violations(in: db, language: c.language, schemaVersion: store.schemaVersion)
            c.out(l["decisions.check.heading"])
            if violations.isEmpty { c.out(l["decisions.check.ok"]) }
            for v in violations.prefix(200) { c.out(v.text) }
            if violations.count > 200 { c.out("  …") }
            if !violations.isEmpty {
                c.out(l["decisions.check.count", violations.count])
                problems.append("rules")
            }
        } catch let error as DatabaseError where error.isBusy {
            return c.fail(StoreError.busy(path: c.databasePath).message(c.language))
        } catch let error as DatabaseError {
            c.out(l["cli.database_error", error.message])
            problems.append("sqlite")
        } catch {
            problems.append("\(error)")
        }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: c.databasePath),
           let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue {
            let text = String(mode & 0o777, radix: 8)
            if mode & 0o077 != 0 {
                c.out(l["cli.check.permissions_warning", text, c.databasePath])
            } else {
                c.out(l["cli.check.permissions", text])
            }
        }
        if problems.isEmpty {
            c.out(l["cli.check.healthy"])
            return ExitCode.success
        }
        return c.fail(l["cli.check.unhealthy", problems.joined(separator: ", ")])
    }
}
