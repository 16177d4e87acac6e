import Foundation
import Kumppani

/// `kumppani sync init | --folder DIR | status | conflicts | resolve ID mine|theirs|base`:
/// exchanging changes between copies of one record (the work is in `Sync`, this is the talk).
enum SyncCommand {
    enum Action: Equatable {
        case initialize
        case exchange(folder: String)
        case status
        case conflicts
        case resolve(id: Int64, choice: String)
    }

    static func parse(_ p: [String], values: [String: String]) throws -> Action {
        func noMore(_ count: Int) throws { if p.count > count { throw UsageError.unexpectedArgument(p[count]) } }
        guard p.count >= 2 else {
            guard let folder = values["--folder"] else { throw UsageError.missingValue(option: "--folder") }
            return .exchange(folder: folder)
        }
        switch p[1] {
        case "init": try noMore(2); return .initialize
        case "status": try noMore(2); return .status
        case "conflicts": try noMore(2); return .conflicts
        case "resolve":
            guard p.count >= 4 else { throw UsageError.missingArgument("ID mine|theirs|base") }
            try noMore(4)
            guard let id = Int64(p[2]) else { throw UsageError.badValue(option: "resolve", value: p[2]) }
            guard SyncConflict.Choice(rawValue: p[3]) != nil else { throw UsageError.badValue(option: "resolve", value: p[3]) }
            return .resolve(id: id, choice: p[3])
        default: throw UsageError.unknownCommand("sync \(p[1])")
        }
    }

    static func run(_ c: CommandContext, _ action: Action) -> Int32 {
        let store: Store
        switch c.openStore(create: false) {
        case .success(let s): store = s
        case .failure(let error): return c.fail(error.message(c.language))
        }
        do {
            switch action {
            case .initialize: return initialize(c, store)
            case .exchange(let folder): return try exchange(c, store, folder: folder)
            case .status: return try status(c, store)
            case .conflicts: return try conflicts(c, store)
            case .resolve(let id, let choice):
                guard Sync.identity(of: store) != nil else { return c.fail(SyncProblem.notInitialized.message(c.language)) }
                try SyncConflict.resolve(store, id: id, choice: SyncConflict.Choice(rawValue: choice) ?? .theirs)
                c.out(c.l["copysync.conflicts.resolved", id])
                return ExitCode.success
            }
        } catch let problem as SyncProblem {
            return c.fail(problem.message(c.language))
        } catch {
            return c.fail(c.describe(error, store: store))
        }
    }

    static func initialize(_ c: CommandContext, _ store: Store) -> Int32 {
        do {
            switch try Sync.initialize(store) {
            case .created(let id): c.out(c.l["copysync.init.created", id.copyID])
            case .newCopy(let id, let from): c.out(c.l["copysync.init.new_copy", id.copyID, from, id.originID])
            case .alreadyInitialized(let id): c.out(c.l["copysync.init.already", id.copyID, id.originID])
            }
            return ExitCode.success
        } catch {
            return c.fail(c.describe(error, store: store))
        }
    }

    /// Exit 0 when everything in the folder could be applied; 1 when a file was refused (the rest went through).
    static func exchange(_ c: CommandContext, _ store: Store, folder: String) throws -> Int32 {
        let report = try Sync.exchange(store, folder: folder)
        if !report.ownFilesReapplied.isEmpty { c.out(c.l["copysync.report.reapplied", report.ownFilesReapplied.joined(separator: ", ")]) }
        for name in report.filesWritten { c.out(c.l["copysync.report.written", name]) }
        if !report.filesApplied.isEmpty { c.out(c.l["copysync.report.applied", report.filesApplied.count, report.changesApplied]) }
        if report.filesWritten.isEmpty && report.filesApplied.isEmpty && report.refused.isEmpty && report.ownFilesReapplied.isEmpty { c.out(c.l["copysync.report.nothing"]) }
        if report.peopleErased > 0 { c.out(c.l["copysync.report.erased", report.peopleErased]) }
        if report.pruned > 0 { c.out(c.l["copysync.report.pruned", report.pruned]) }
        if report.newConflicts > 0 { c.out(c.l["copysync.report.conflicts", report.newConflicts]) }
        for refused in report.refused { c.err("kumppani: " + c.l["copysync.report.refused", refused.problem.message(c.language)]) }
        return report.refused.isEmpty ? ExitCode.success : ExitCode.failure
    }

    static func status(_ c: CommandContext, _ store: Store) throws -> Int32 {
        guard let status = try Sync.status(of: store) else { return c.fail(SyncProblem.notInitialized.message(c.language)) }
        c.out(c.l["copysync.status.copy", status.identity.copyID, status.identity.originID])
        if let last = status.lastExchange {
            c.out(c.l["copysync.status.last", Sync.displayTime(last, c.language), status.lastFolder ?? "?"])
        } else {
            c.out(c.l["copysync.status.never"])
        }
        c.out(c.l["copysync.status.pending", status.pending])
        c.out(c.l["copysync.status.conflicts", status.openConflicts])
        return ExitCode.success
    }

    static func conflicts(_ c: CommandContext, _ store: Store) throws -> Int32 {
        guard Sync.identity(of: store) != nil else { return c.fail(SyncProblem.notInitialized.message(c.language)) }
        let list = try SyncConflict.list(store)
        if list.isEmpty { c.out(c.l["copysync.conflicts.none"]) }
        for conflict in list {
            let kind = c.l["copysync.conflicts.kind.\(conflict.kind)"]
            c.out(c.l["copysync.conflicts.line", conflict.id, conflict.table, show(.text(conflict.rowLabel(in: store))),
                      conflict.column == "*" ? kind : "\(conflict.column) (\(kind))",
                      show(conflict.base), show(conflict.theirs), show(conflict.mine),
                      c.l["copysync.conflicts.winner.\(conflict.winner)"]])
        }
        return ExitCode.success
    }

    /// Values as one safe line: control characters shown as visible stand-ins, long texts cut.
    static func show(_ value: DatabaseValue) -> String {
        let text = value == .null ? "–" : value.description
        let safe = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "·" : $0 }))
        return safe.count > 80 ? String(safe.prefix(79)) + "…" : safe
    }
}
