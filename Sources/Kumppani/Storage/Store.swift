import Foundation

/// The one SQLite file that holds everything, opened safely.
///
/// Opening: create the folder 0700 and file 0600 first; refuse files that are not SQLite,
/// belong to another program or come from a newer version; set and verify the pragmas;
/// `quick_check`; copy the file aside before migrating it; run the migrations.
public final class Store: @unchecked Sendable {
    public let database: Database
    public let path: String
    public let clock: Clock
    /// A large import leaves the derived search indexes to `SearchIndex.completeBacklog` after its
    /// commit (the command line and the full-screen program complete them; see `SearchIndex+Backlog`).
    public var defersDerivedSearchIndexes = false

    /// 'KMPP': marks the file as Kumppani's, so another program's SQLite file is never migrated.
    public static let applicationID: Int64 = 0x4B4D_5050

    public struct Options: Sendable {
        public var create = true
        public var readOnly = false
        public var migrate = true
        /// Files larger than this get their `quick_check` in the background (`checkHealthInBackground`)
        /// instead of at open: it reads every page, seconds at national scale. nil: always at open.
        public var deferHealthCheckAbove: Int64?
        /// When the file or its folder is read-only, open it for reading instead of refusing
        /// (`check`, `export`, `backup`); the UI and imports need to write and are refused.
        public var readOnlyFallback = false
        /// The daily copy on the first open of a day (see `AutoBackup`).
        public var autoBackup = true
        /// `kumppani init --db PATH`: the user made this empty file (0 bytes, or an SQLite database
        /// with nothing in it) for Kumppani. Without it such a file is refused untouched.
        public var initialise = false
        public init(create: Bool = true, readOnly: Bool = false, migrate: Bool = true, deferHealthCheckAbove: Int64? = nil,
                    readOnlyFallback: Bool = false, autoBackup: Bool = true, initialise: Bool = false) {
            self.create = create; self.readOnly = readOnly; self.migrate = migrate
            self.deferHealthCheckAbove = deferHealthCheckAbove
            self.readOnlyFallback = readOnlyFallback; self.autoBackup = autoBackup
            self.initialise = initialise
        }
    }

    /// True when `open` skipped the health check for a large file; see `checkHealthInBackground`.
    public private(set) var healthCheckDeferred = false
    /// True when the file was opened for reading only (`Options.readOnlyFallback`).
    public private(set) var isReadOnly = false
    /// Why today's automatic copy could not be made; the open went on. Show it as a warning.
    public private(set) var autoBackupProblem: StoreError?
    /// True when `open` left today's copy of a large file to `backUpInBackground`.
    public private(set) var backupDeferred = false

    init(database: Database, path: String, clock: Clock) {
        self.database = database
        self.path = path
        self.clock = clock
    }

    /// Opens (or creates) the database at `path`.
    public static func open(path: String, options: Options = Options(), clock: Clock = SystemClock()) throws -> Store {
        let inMemory = path == ":memory:"
        var readOnly = options.readOnly
        // Only a file this open created, or one the user handed over with `init`, may be stamped as ours.
        var mayStamp = inMemory
        if !inMemory {
            let created = options.create && !options.readOnly ? try StorePaths.prepareFile(at: path) : false
            let mayInitialise = options.initialise && !options.readOnly
            let access = try FileProblem.check(path: path, created: created || mayInitialise, wantsWrite: !options.readOnly,
                                               readOnlyFallback: options.readOnlyFallback)
            readOnly = access == .readOnly
            mayStamp = created || mayInitialise
            // Read-only, before anything that writes (the WAL switch, the id, migrations).
            if !FileProblem.isEmpty(path) { try requireOurs(path: path, emptyAllowed: mayInitialise) }
        }
        let db: Database
        do {
            let target = readOnly && !inMemory ? FileProblem.readOnlyTarget(path) : path
            db = try Database(path: target, readOnly: readOnly, create: options.create && !readOnly)
        } catch let error as DatabaseError {
            throw FileProblem.storeError(error, database: nil, path: path)
        }
        let wasEmpty: Bool
        do {
            try configure(db, readOnly: readOnly || inMemory)
            wasEmpty = (try db.scalarInt("SELECT count(*) FROM sqlite_schema") ?? 0) == 0
            try checkIdentity(db, path: path, mayStamp: mayStamp)
            if !defersHealthCheck(path: path, options: options) { try checkHealth(db, path: path) }
        } catch let error as DatabaseError {
            throw FileProblem.storeError(error, database: db, path: path)
        }
        try FinnishCollation.register(on: db)
        try ReferralWords.register(on: db)
        db.beforeCommit = { [unowned db] in try SearchIndex.flush(on: db) }
        let store = Store(database: db, path: path, clock: clock)
        store.healthCheckDeferred = !inMemory && defersHealthCheck(path: path, options: options)
        store.isReadOnly = readOnly
        // Before any migration or write; a brand-new file has nothing worth copying. A large file
        // that needs no migration is copied in the background (`backUpInBackground`): copying
        // hundreds of megabytes would keep the first screen waiting for seconds.
        if options.autoBackup && !readOnly && !wasEmpty {
            let upToDate = (try? db.scalarInt("PRAGMA user_version")) == Int64(Migrations.latestVersion)
            if store.healthCheckDeferred && upToDate {
                store.backupDeferred = true
            } else {
                store.autoBackupProblem = AutoBackup.runIfDue(database: db, path: path, clock: clock)
            }
        }
        if options.migrate {
            let current = Int(try db.scalarInt("PRAGMA user_version") ?? 0)
            if readOnly {
                // Opened read-only because the file is: an old file cannot be upgraded, say why.
                if !options.readOnly && current < Migrations.latestVersion { throw StoreError.readOnlyFile(path: path) }
            } else {
                if current > 0 && current < Migrations.latestVersion && !inMemory {
                    try store.copyBeforeMigrating(fromVersion: current)
                }
                do {
                    try Migrations.run(on: db, path: path)
                } catch let error as DatabaseError {
                    throw FileProblem.storeError(error, database: db, path: path)
                } catch StoreError.migrationFailed(let version, let message) {
                    // A full disk is the user's to fix, not a failed upgrade.
                    throw StoreError.systemProblem(of: store) ?? StoreError.migrationFailed(version: version, message: message)
                }
            }
        }
        SyncRecorder.installIfEnabled(on: store)
        return store
    }

    /// A fresh in-memory store with the whole schema, for tests.
    public static func inMemory(clock: Clock = SystemClock()) throws -> Store {
        try open(path: ":memory:", clock: clock)
    }

    /// Sets every pragma ourselves and reads it back: other SQLite builds have other defaults.
    static func configure(_ db: Database, readOnly: Bool) throws {
        db.setBusyTimeout(milliseconds: 5000)
        try db.execute("PRAGMA foreign_keys = ON")
        try db.execute("PRAGMA secure_delete = ON")
        try db.execute("PRAGMA temp_store = MEMORY")
        try db.execute("PRAGMA trusted_schema = OFF")
        // The default 2 MB page cache made 3-letter searches at 100,000 associations read pages
        // from the OS on every key (measured 2x slower); 32 MB holds the hot tables and indexes
        // (64 MB was most of the search step's 105 MiB peak, kumppani-bench).
        try db.execute("PRAGMA cache_size = -32768")
        if !readOnly {
            let mode = try db.scalarString("PRAGMA journal_mode = WAL")
            guard mode?.lowercased() == "wal" else {
                throw DatabaseError(code: 1, message: "journal_mode is \(mode ?? "?"), expected wal")
            }
        }
        try db.execute("PRAGMA synchronous = FULL")
        let expected: [(String, Int64)] = [("foreign_keys", 1), ("synchronous", 2), ("secure_delete", 1), ("temp_store", 2)]
        for (name, value) in expected {
            let actual = try db.scalarInt("PRAGMA \(name)")
            guard actual == value else {
                throw DatabaseError(code: 1, message: "PRAGMA \(name) is \(actual.map(String.init) ?? "?"), expected \(value)")
            }
        }
    }

    /// Refuses another program's file, or an empty SQLite database nobody gave us, without
    /// writing a byte: decided from the header, or from a read-only connection when the header
    /// may be stale (a -wal file with changes beside it).
    static func requireOurs(path: String, emptyAllowed: Bool) throws {
        var identity = FileIdentity.inspect(path: path)
        if identity == .undecided {
            do {
                identity = try FileIdentity.ask(try Database(path: path, readOnly: true, create: false))
            } catch let error as DatabaseError {
                throw FileProblem.storeError(error, database: nil, path: path)
            }
        }
        switch identity {
        case .ours, .undecided: return
        case .foreign: throw StoreError.foreignApplication(path: path)
        case .emptySQLite: if !emptyAllowed { throw StoreError.emptySQLite(path: path) }
        }
    }

    /// Refuses files of other programs and of newer versions; stamps new files as ours
    /// (`mayStamp`: this open created the file, or the user gave it with `init`).
    static func checkIdentity(_ db: Database, path: String, mayStamp: Bool = true) throws {
        let appID = try db.scalarInt("PRAGMA application_id") ?? 0
        let version = Int(try db.scalarInt("PRAGMA user_version") ?? 0)
        let tableCount = try db.scalarInt("SELECT count(*) FROM sqlite_schema") ?? 0
        if appID == 0 && tableCount == 0 && version == 0 {
            guard mayStamp else { throw StoreError.emptySQLite(path: path) }
            try db.execute("PRAGMA application_id = \(applicationID)")
            return
        }
        guard appID == applicationID else { throw StoreError.foreignApplication(path: path) }
        if version > Migrations.latestVersion {
            throw StoreError.newerVersion(path: path, found: version, supported: Migrations.latestVersion)
        }
    }

    static func defersHealthCheck(path: String, options: Options) -> Bool {
        guard let limit = options.deferHealthCheckAbove,
              let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int64 else { return false }
        return size > limit
    }

    /// Runs `quick_check` on a second, read-only connection in a background thread and calls
    /// `completion` there with the problem, or nil when the file is healthy.
    public func checkHealthInBackground(completion: @escaping @Sendable (StoreError?) -> Void) {
        let path = self.path
        Self.onOwnReader(path: path, completion: completion) { reader in
            try Store.checkHealth(reader, path: path)
            return nil
        }
    }

    /// Today's automatic copy, made on a read-only connection of its own: its snapshot is the
    /// file as it was opened, while the UI goes on writing. `completion` gets the problem, if any.
    public func backUpInBackground(completion: @escaping @Sendable (StoreError?) -> Void) {
        let path = self.path, clock = self.clock
        Self.onOwnReader(path: path, completion: completion) { reader in
            try FinnishCollation.register(on: reader)
            return AutoBackup.runIfDue(database: reader, path: path, clock: clock)
        }
    }

    /// Runs `work` on a background thread with a read-only connection of its own, and hands its
    /// result (or what went wrong, as a `StoreError`) to `completion` on that thread.
    private static func onOwnReader(path: String, completion: @escaping @Sendable (StoreError?) -> Void,
                                    _ work: @escaping @Sendable (Database) throws -> StoreError?) {
        Thread.detachNewThread {
            do {
                completion(try work(try Database(path: path, readOnly: true, create: false)))
            } catch let error as StoreError {
                completion(error)
            } catch let error as DatabaseError {
                completion(StoreError.from(error, path: path))
            } catch {
                completion(.other("\(error)"))
            }
        }
    }

    static func checkHealth(_ db: Database, path: String) throws {
        let result = try db.scalarString("PRAGMA quick_check") ?? "?"
        if result != "ok" { throw StoreError.damaged(path: path, details: result) }
    }

    /// A consistent copy next to the file before a migration touches it.
    private func copyBeforeMigrating(fromVersion version: Int) throws {
        let stamp = Timestamp.compact(clock.now())
        let dest = "\(path).before-v\(Migrations.latestVersion)-\(stamp).bak"
        try Backup.write(from: database, to: dest)
    }

    /// The schema version of the open file.
    public var schemaVersion: Int { Int((try? database.scalarInt("PRAGMA user_version")) ?? 0) }

    /// A new random 64-bit key: rows created on two laptops offline never collide.
    public static func newID() -> Int64 { Int64.random(in: 1...Int64.max) }
}
