import Foundation
import Kumppani

/// The real `AppServices`: the same library code as the command line.
public final class LiveServices: AppServices, @unchecked Sendable {
    let store: Store
    /// The UI's current language (it can change while the program runs).
    var language: () -> Language
    let themes: () -> [String]

    public init(store: Store, language: @escaping () -> Language, themes: @escaping () -> [String]) {
        self.store = store
        self.language = language
        self.themes = themes
        externalChanges = ExternalChanges(database: store.database)
        store.defersDerivedSearchIndexes = true
        startIndexCompletion()   // a program stopped halfway left the rest of an import's index
    }

    /// Makes the derived search indexes a large import left (`SearchIndex+Backlog`) in the background.
    private lazy var indexCompleter = SearchIndexCompleter(path: store.path, describe: { [weak self] error in
        // A full disk or a read-only file as the system's reason, like the import's own failures.
        guard let self else { return String(describing: error) }   // the thread can outlive the window
        return App.describe(StoreError.systemProblem(of: self.store) ?? error, language: self.language())
    })

    private func startIndexCompletion() {
        guard !store.isReadOnly, let left = try? SearchIndex.backlogCount(on: store.database), left > 0 else { return }
        if store.path == ":memory:" {   // no second connection reaches an in-memory file
            _ = try? SearchIndex.completeBacklog(on: store.database)
            return
        }
        indexCompleter.start(left: left)
    }

    public func searchIndexProgress() -> SearchIndexProgress? { indexCompleter.take() }

    /// Watches for commits of other windows on the same file.
    private let externalChanges: ExternalChanges

    public func databaseChangedExternally() -> Bool { externalChanges.check() }

    public var databasePath: String { store.path }

    public func isDatabaseEmpty() -> Bool {
        ((try? store.database.scalarInt("SELECT count(*) FROM associations")) ?? 0) == 0
    }

    public func loadDemoData(progress: (Double) -> Void) throws {
        try withoutActuallyEscaping(progress) { progress in
            _ = try DemoGenerator.generate(into: store, associations: 600, seed: 1, today: store.clock.now(), progress: progress)
        }
    }

    public func importAssociations(path: String, dryRun: Bool, progress: (Double) -> Void) throws -> ImportSummary {
        defer { releaseMemoryAfterBulkJob() }
        if YTJImport.looksLikeYTJ(path: path) { return try importYTJ(path: path, dryRun: dryRun, progress: progress) }
        guard let file = try? MappedFile(path: path) else {   // mapped: a large file is not read into memory
            throw ServiceError.cannotRead(path: path)
        }
        do {
            let summary = try withoutActuallyEscaping(progress) { progress in
                try AssociationImport.run(file: file, store: store, dryRun: dryRun) { done, total in
                    progress(total > 0 ? Double(done) / Double(total) : 1)
                }
            }
            if !dryRun { startIndexCompletion() }
            var result = ImportSummary(inserted: summary.inserted, updated: summary.updated, unchanged: summary.unchanged)
            // Skipped likely duplicates are listed (`AssociationImportSummary.message`), not just counted.
            if !summary.duplicates.isEmpty { result.report = summary.message(language()) }
            return result
        } catch ImportFailure.invalid(let problems) where dryRun {
            // The preview lists the problems; nothing was written.
            return ImportSummary(inserted: 0, problems: problems.map { $0.message(language()) })
        }
    }

    public func exportAssociations(path: String, progress: (Double) -> Void) throws -> Int {
        defer { releaseMemoryAfterBulkJob() }
        let sink = try ExportSink.file(path)
        let count = try withoutActuallyEscaping(progress) { progress in
            try AssociationExport.write(.csv, from: store.database, to: sink, progress: progress)
        }
        try sink.commit()
        return count
    }

    public func exportAssociations(path: String, ids: [Int64], progress: (Double) -> Void) throws -> Int {
        let sink = try ExportSink.file(path)
        let count = try withoutActuallyEscaping(progress) { progress in
            try AssociationExport.write(.csv, from: store.database, to: sink, ids: ids,
                                        today: HelsinkiTime.civilDate(of: store.clock.now()).iso, progress: progress)
        }
        try sink.commit()
        return count
    }

    public func exportAll(path: String, progress: (Double) -> Void) throws -> Int {
        defer { releaseMemoryAfterBulkJob() }
        let sink = try ExportSink.file(path)
        let count = try withoutActuallyEscaping(progress) { progress in
            try FullExport.write(from: store.database, to: sink, progress: progress)
        }
        try sink.commit()
        return count
    }

    public func backup(to path: String) throws {
        try Backup.write(from: store.database, to: path)
    }

    public func availableThemes() -> [String] { themes() }

    public func syncStatus() -> Sync.Status? { try? Sync.status(of: store) }

    public func exchange(folder: String) throws -> Sync.Report { try Sync.exchange(store, folder: folder) }

    public func syncConflicts() -> [SyncConflict] { (try? SyncConflict.list(store)) ?? [] }

    public func syncConflictLabel(_ conflict: SyncConflict) -> String { conflict.rowLabel(in: store) }

    public func resolveSyncConflict(id: Int64, choice: SyncConflict.Choice) throws {
        try SyncConflict.resolve(store, id: id, choice: choice)
    }

    private var backupProblemShown = false
    private let noticeLock = NSLock()
    private var pendingProblem: StoreError?
    private var pendingBackupProblem: StoreError?

    /// Starts today's copy of a large file that `Store.open` left for the background; a failure
    /// becomes a notice like the one at open.
    func backUpInBackgroundIfDeferred() {
        guard store.backupDeferred else { return }
        store.backUpInBackground { [weak self] problem in
            guard let self, let problem else { return }
            self.noticeLock.withLock { self.pendingBackupProblem = problem }
        }
    }

    /// Starts the deferred health check of a large file; a problem becomes a notice.
    func checkHealthInBackgroundIfDeferred() {
        guard store.healthCheckDeferred else { return }
        store.checkHealthInBackground { [weak self] problem in
            guard let self, let problem else { return }
            self.noticeLock.withLock { self.pendingProblem = problem }
        }
    }

    public func takeNotice() -> String? {
        // The day's automatic backup failed (at open or in the background): said once.
        if !backupProblemShown, let failed = store.autoBackupProblem {
            backupProblemShown = true
            return L(language())["reliability.auto_backup_failed", failed.message(language())]
        }
        if let failed = noticeLock.withLock({ () -> StoreError? in defer { pendingBackupProblem = nil }; return pendingBackupProblem }) {
            return L(language())["reliability.auto_backup_failed", failed.message(language())]
        }
        let problem = noticeLock.withLock { () -> StoreError? in
            defer { pendingProblem = nil }
            return pendingProblem
        }
        return problem?.message(language())
    }
}

/// Problems of the services themselves (not of the library calls they make).
public enum ServiceError: Error, UserFacingError, Equatable {
    case cannotRead(path: String)

    public func message(_ language: Language) -> String {
        switch self {
        case .cannotRead(let path): return L(language)["services.cannot_read", path]
        }
    }
}

extension ImportFailure: UserFacingError {}
extension ExportError: UserFacingError {}
extension CSVError: UserFacingError {}
