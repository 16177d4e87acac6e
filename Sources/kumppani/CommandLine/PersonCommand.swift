import Foundation
import Kumppani

/// `kumppani person export NAME|EMAIL [--output FILE]` and `kumppani person erase NAME|EMAIL [--yes]`.
/// The work is in the library (`PersonLookup`, `PersonExport`, `PersonErasure`); this is the talk.
enum PersonCommand {
    static func parse(_ p: [String], values: [String: String], flags: Set<String>) throws -> Command {
        guard p.count >= 2 else { throw UsageError.missingArgument("export | erase") }
        guard p[1] == "export" || p[1] == "erase" else { throw UsageError.unknownCommand("person \(p[1])") }
        guard p.count >= 3 else { throw UsageError.missingArgument("NAME|EMAIL") }
        // A name may be given unquoted: `person export Maija Virtanen`.
        let query = p[2...].joined(separator: " ").trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { throw UsageError.missingArgument("NAME|EMAIL") }
        return p[1] == "export" ? .personExport(query: query, output: values["--output"])
            : .personErase(query: query, yes: flags.contains("--yes"))
    }

    static func export(_ c: CommandContext, query: String, output: String?) -> Int32 {
        c.writeExport(output: output, describe: { error in describe(error, c) }) { store in
            let found = try PersonLookup.find(query, in: store.database)
            guard !found.people.isEmpty else { throw NotFound(query: query) }
            var note: String?
            if found.isAmbiguous {
                note = c.l["privacy.ambiguous", found.query, found.people.count, found.people.map { String($0.id) }.joined(separator: ", ")]
                c.err("kumppani: " + (note ?? ""))
            }
            return try PersonExport.build(found, in: store.database, note: note).text + "\n"
        }
    }

    static func erase(_ c: CommandContext, query: String, yes: Bool) -> Int32 {
        let store: Store
        switch c.openStore(create: false) {
        case .success(let s): store = s
        case .failure(let error): return c.fail(error.message(c.language))
        }
        let marker = c.l["privacy.marker"]
        do {
            let found = try PersonLookup.find(query, in: store.database)
            guard !found.people.isEmpty else { return c.fail(c.l["privacy.not_found", query]) }
            if found.isAmbiguous {
                let lines = found.people.map(line).joined(separator: "\n")
                return c.fail(c.l["privacy.ambiguous_erase", found.query, found.people.count, lines, found.people[0].id])
            }
            if !yes {
                guard isatty(0) == 1 else { return c.fail(c.l["privacy.erase.needs_yes"]) }
                let preview = try PersonErasure.preview(found.people, marker: marker, in: store.database)
                c.out(c.l["privacy.erase.preview"])
                found.people.forEach { c.out(line($0)) }
                c.out(c.l["privacy.erase.changes"])
                counts(preview, c)
                FileHandle.standardError.write(Data(c.l["privacy.erase.confirm"].utf8))
                let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
                guard ["k", "kyllä", "kylla", "j", "ja", "y", "yes"].contains(answer) else {
                    c.err(c.l["privacy.erase.cancelled"])
                    return ExitCode.failure
                }
            }
            let report = try PersonErasure.erase(found.people, marker: marker, in: store.database)
            c.out(c.l["privacy.erase.done", store.path])
            counts(report, c)
            c.out(c.l["privacy.erase.marker_note", marker])
            if !report.copiesPurged { c.err(c.l["privacy.erase.wal_busy"]) }
            syncLines(report.sync, c)
            c.err(c.l["privacy.erase.backups"])
            return ExitCode.success
        } catch {
            return c.fail(describe(error, c) ?? "\(error)")
        }

        func line(_ p: PersonRecord) -> String {
            c.l["privacy.person_line", p.name, p.id, p.email.isEmpty ? "" : ", " + p.email]
        }
    }

    /// On a copy that exchanges changes: where the erasure goes and what in the folder still holds the name.
    private static func syncLines(_ sync: SyncErasure.Outcome, _ c: CommandContext) {
        if sync.recordsScrubbed > 0 { c.out(c.l["privacy.erase.sync_scrubbed", sync.recordsScrubbed]) }
        if let folder = sync.folder { c.out(c.l["privacy.erase.sync_files", folder, sync.filesRewritten]) }
        if !sync.filesFailed.isEmpty { c.err(c.l["privacy.erase.sync_files_failed", sync.filesFailed.joined(separator: ", ")]) }
        guard sync.sent else { return }
        c.out(c.l["privacy.erase.sync_sent"])
        c.err(c.l["privacy.erase.sync_others"])
    }

    private static func counts(_ report: PersonErasure.Report, _ c: CommandContext) {
        for kind in PersonErasure.Kind.allCases where report[kind] > 0 {
            c.out(c.l["privacy.erase.count", c.l["privacy.kind.\(kind.rawValue)"], report[kind]])
        }
    }

    private struct NotFound: Error { let query: String }

    private static func describe(_ error: Error, _ c: CommandContext) -> String? {
        switch error {
        case let e as NotFound: return c.l["privacy.not_found", e.query]
        case let e as DatabaseError: return c.l["privacy.failed", e.message]
        case let e as StoreError: return e.message(c.language)
        default: return nil
        }
    }
}
