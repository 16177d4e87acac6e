import Kumppani

/// What an import did (or, on a dry run, would do).
public struct ImportSummary: Equatable, Sendable {
    public var inserted: Int
    public var updated: Int
    public var unchanged: Int
    /// Row-level problems, already localised ("rivi 7: Y-tunnus ei kelpaa").
    public var problems: [String]
    /// A report of its own (a YTJ import's counts), shown instead of the three counts.
    public var report: String?
    public init(inserted: Int, updated: Int = 0, unchanged: Int = 0, problems: [String] = []) {
        self.inserted = inserted; self.updated = updated; self.unchanged = unchanged; self.problems = problems
    }
}

/// An error whose message the user can act on, in their language.
public protocol UserFacingError: Error {
    func message(_ language: Language) -> String
}

extension StoreError: UserFacingError {}

/// Everything the shell does to the outside world (files, demo data). The program wires the
/// real implementation; tests inject a fake that records calls. Calls are synchronous; long
/// ones report progress in 0...1 so the shell can show a bar.
public protocol AppServices: AnyObject {
    /// The database file, shown in the status line.
    var databasePath: String { get }
    func isDatabaseEmpty() -> Bool
    func loadDemoData(progress: (Double) -> Void) throws
    /// Reads associations from a CSV file; `dryRun` checks without writing. Progress in 0...1.
    func importAssociations(path: String, dryRun: Bool, progress: (Double) -> Void) throws -> ImportSummary
    /// Writes the associations as CSV (`;`, UTF-8 BOM); returns the number of rows. Progress in 0...1.
    func exportAssociations(path: String, progress: (Double) -> Void) throws -> Int
    /// Writes only these associations (pane 1's current search and filters), in name order.
    func exportAssociations(path: String, ids: [Int64], progress: (Double) -> Void) throws -> Int
    /// Writes everything (all three parts); returns the number of records. Progress in 0...1.
    func exportAll(path: String, progress: (Double) -> Void) throws -> Int
    /// A consistent copy of the database file.
    func backup(to path: String) throws
    /// Names of the themes the user can pick.
    func availableThemes() -> [String]
    /// A problem found by background work since the last call (the deferred health check),
    /// already localised; the shell shows it as an error on its next idle tick.
    func takeNotice() -> String?
    /// True when another connection (another window) committed to the database since the
    /// last call; a cheap check the shell makes on every idle tick.
    func databaseChangedExternally() -> Bool
    /// Where the background completion of an import's search index is, if it runs or just ended.
    func searchIndexProgress() -> SearchIndexProgress?
    /// The copy-exchange state for the status line; nil when the file has no copy identity.
    func syncStatus() -> Sync.Status?
    /// Exchanges changes with the other copies through a folder (`kumppani sync --folder`).
    func exchange(folder: String) throws -> Sync.Report
    /// The open conflicts of the exchanges, oldest first.
    func syncConflicts() -> [SyncConflict]
    /// The name or title of a conflict's row.
    func syncConflictLabel(_ conflict: SyncConflict) -> String
    /// Settles one conflict (`SyncConflict.resolve`).
    func resolveSyncConflict(id: Int64, choice: SyncConflict.Choice) throws
    /// Writes a document the user asked for (an export, a referral slip) as a private file (0600:
    /// it may name people), or into a FIFO, a device or standard output as it is; `~` is expanded.
    func writeDocument(_ text: String, to path: String) throws
}

extension AppServices {
    public func takeNotice() -> String? { nil }
    public func databaseChangedExternally() -> Bool { false }
    public func searchIndexProgress() -> SearchIndexProgress? { nil }
    public func syncStatus() -> Sync.Status? { nil }
    public func exchange(folder: String) throws -> Sync.Report { throw SyncProblem.notInitialized }
    public func syncConflicts() -> [SyncConflict] { [] }
    public func syncConflictLabel(_ conflict: SyncConflict) -> String { conflict.rowKey }
    public func resolveSyncConflict(id: Int64, choice: SyncConflict.Choice) throws { throw SyncProblem.noConflict(id) }
    public func writeDocument(_ text: String, to path: String) throws { try PrivateFile.write(text, toPath: path) }
}

extension SyncProblem: UserFacingError {}
