import Foundation
import Kumppani

/// What every command needs: the parsed options, the language, the environment, and output.
struct CommandContext {
    let options: Options
    let language: Language
    let environment: [String: String]

    var l: L { L(language) }

    /// The system clock, unless `KUMPPANI_NOW` fixes it (`2026-11-23T10:00:00.000Z` or
    /// `2026-11-23`): reproducible replays, demos and bug reports.
    var clock: Clock {
        guard let fixed = environment["KUMPPANI_NOW"] else { return SystemClock() }
        if let date = UTCTimestamp.parse(fixed) { return FixedClock(date) }
        if let day = CivilDate(iso: fixed), let noon = ClockTime(hour: 12, minute: 0) {
            return FixedClock(HelsinkiTime.date(day, noon))
        }
        return SystemClock()
    }
    var databasePath: String { options.resolvedDatabasePath(environment: environment) }

    /// Lines for the user. On a terminal, controls in them (data names paths and titles) are
    /// shown, not obeyed; to a file or pipe the bytes are the data.
    func out(_ text: String) {
        FileHandle.standardOutput.write(Data(Self.forDescriptor(1, text + "\n")))
    }

    func err(_ text: String) {
        FileHandle.standardError.write(Data(Self.forDescriptor(2, text + "\n")))
    }

    static func forDescriptor(_ fd: Int32, _ text: String) -> [UInt8] {
        isatty(fd) == 1 ? TerminalText.forTerminal(Array(text.utf8)) : Array(text.utf8)
    }

    /// Prints a failure the user can fix and returns exit code 1.
    func fail(_ text: String) -> Int32 {
        err("kumppani: " + text)
        return ExitCode.failure
    }

    /// Opens the database; on failure prints the store's own message. `readOnlyFallback`: reading
    /// commands still work on a read-only file. A failed daily backup is a warning on stderr.
    /// `completesSearchIndex`: the derived search indexes an import left (`SearchIndex+Backlog`,
    /// a `kumppani import` stopped after its commit) are made first, so a search answers whole.
    func openStore(create: Bool, migrate: Bool = true, deferHealthCheckAbove: Int64? = nil,
                   readOnlyFallback: Bool = false, initialise: Bool = false,
                   completesSearchIndex: Bool = true) -> Result<Store, StoreError> {
        do {
            let options = Store.Options(create: create, migrate: migrate, deferHealthCheckAbove: deferHealthCheckAbove,
                                        readOnlyFallback: readOnlyFallback, initialise: initialise)
            let store = try Store.open(path: databasePath, options: options, clock: clock)
            if let problem = store.autoBackupProblem { err(l["reliability.auto_backup_failed", problem.message(language)]) }
            if completesSearchIndex, !store.isReadOnly { completeSearchIndex(store: store, say: err) }
            return .success(store)
        } catch let error as StoreError {
            return .failure(error)
        } catch let error as DatabaseError {
            return .failure(.other(error.message))
        } catch {
            return .failure(.other("\(error)"))
        }
    }

    /// The derived search indexes a large import left after its commit (`SearchIndex+Backlog`),
    /// made now: after `kumppani import` (`say`: stdout, beside the summary) or before another
    /// command (stderr). A failure loses nothing: the next start goes on.
    func completeSearchIndex(store: Store, say: ((String) -> Void)? = nil) {
        guard let left = try? SearchIndex.backlogCount(on: store.database), left > 0 else { return }
        if showsProgress { FileHandle.standardError.write(Data(l["cli.import.index_completing"].utf8)) }
        do {
            try SearchIndex.completeBacklog(on: store.database)
            if showsProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            (say ?? out)(l["cli.import.index_completed", language.count(left)])
        } catch {
            if showsProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            err(l["cli.import.index_stopped", describe(error, store: store)])
        }
    }

    /// The one-line message for an error after the store was opened: SQLite errors become the
    /// user's problem (a full disk, a read-only file), a full disk while writing a file says so.
    func describe(_ error: Error, store: Store?) -> String {
        switch error {
        case let error as StoreError: return error.message(language)
        case let error as TagProblem: return error.message(language)
        case let error as DatabaseError:
            guard let store else { return l["cli.database_error", error.message] }
            let problem = StoreError.from(error, store: store)
            if case .other = problem { return l["cli.database_error", error.message] }
            return problem.message(language)
        case let error as ExportError:
            if case .cannotWrite(let path, let reason) = error, let full = StoreError.writeFailure(path: path, reason: reason) {
                return full.message(language)
            }
            return error.message(language)
        default: return "\(error)"
        }
    }

    /// A progress line on stderr, only when a person is watching.
    var showsProgress: Bool { isatty(2) == 1 }

    /// Opens the database, renders a document and writes it to `--output` (atomically) or standard
    /// output. `describe` turns the command's own errors into a message; others are generic.
    func writeExport(output: String?, describe: (Error) -> String?, _ make: (Store) throws -> String) -> Int32 {
        let store: Store
        switch openStore(create: false, readOnlyFallback: true) {
        case .success(let s): store = s
        case .failure(let error): return fail(error.message(language))
        }
        do {
            let text = try make(store)
            let sink = try output.map { try ExportSink.file($0) } ?? ExportSink.standardOutput()
            try sink.write(text)
            try sink.commit()
            return ExitCode.success
        } catch let error as ExportError {
            return fail(self.describe(error, store: store))
        } catch {
            return fail(describe(error) ?? self.describe(error, store: store))
        }
    }
}
