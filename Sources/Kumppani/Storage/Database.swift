import CSQLite
import Foundation

/// A connection to one SQLite file. Not thread-safe: one connection per thread.
///
/// Every write goes through `write { }` (BEGIN IMMEDIATE, so a second writer waits for the
/// busy timeout instead of failing at once) and rolls back when the body throws.
public final class Database: @unchecked Sendable {
    let handle: OpaquePointer
    public let path: String
    private var statementCache: [String: Statement] = [:]
    private var transactionDepth = 0
    /// Runs inside every outermost write transaction just before COMMIT (derived data such as
    /// the search index is brought up to date there, so it commits or rolls back with the change).
    public var beforeCommit: (() throws -> Void)?
    /// Sees every outermost write transaction begin and end (the sync recorder attaches a
    /// session there and appends its changeset to the outbox, in the same transaction).
    public var transactionObserver: TransactionObserver?

    /// Opens a connection. `create` decides whether a missing file may be created.
    public init(path: String, readOnly: Bool = false, create: Bool = true) throws {
        self.path = path
        var db: OpaquePointer?
        var flags = SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_URI
        flags |= readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            if let db { sqlite3_close_v2(db) }
            throw DatabaseError(code: rc, message: message)
        }
        handle = db
        sqlite3_extended_result_codes(handle, 1)
    }

    /// An in-memory database, for tests.
    public static func inMemory() throws -> Database {
        try Database(path: ":memory:")
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    func error(code: Int32, sql: String? = nil) -> DatabaseError {
        let extended = sqlite3_extended_errcode(handle)
        let message = String(cString: sqlite3_errmsg(handle))
        return DatabaseError(code: extended != 0 ? extended : code, message: message, sql: sql)
    }

    // MARK: Running SQL

    /// Runs one or more statements without parameters (schema, pragmas).
    public func execute(_ sql: String) throws {
        statementsStarted &+= 1
        var errmsg: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errmsg)
        if rc != SQLITE_OK {
            let message = errmsg.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_free(errmsg)
            throw DatabaseError(code: sqlite3_extended_errcode(handle), message: message, sql: sql)
        }
    }

    /// Statements started on this connection (queries, writes, scans). A debug figure: tests
    /// read it around a frame's drawing to prove that drawing never touches the store.
    public internal(set) var statementsStarted = 0

    /// A cached prepared statement for the SQL text.
    public func statement(_ sql: String) throws -> Statement {
        statementsStarted &+= 1
        if let cached = statementCache[sql] {
            cached.reset()
            return cached
        }
        let stmt = try Statement(database: self, sql: sql)
        statementCache[sql] = stmt
        return stmt
    }

    /// Runs a statement that returns no rows.
    public func run(_ sql: String, _ values: DatabaseValueConvertible?...) throws {
        try run(sql, values)
    }

    public func run(_ sql: String, _ values: [DatabaseValueConvertible?]) throws {
        let stmt = try statement(sql)
        try stmt.bind(values)
        defer { stmt.reset() }
        while try stmt.step() != nil {}
    }

    public func run(_ sql: String, named values: [String: DatabaseValueConvertible?]) throws {
        let stmt = try statement(sql)
        try stmt.bind(named: values)
        defer { stmt.reset() }
        while try stmt.step() != nil {}
    }

    /// All rows of a query.
    public func query(_ sql: String, _ values: DatabaseValueConvertible?...) throws -> [Row] {
        try query(sql, values)
    }

    public func query(_ sql: String, _ values: [DatabaseValueConvertible?]) throws -> [Row] {
        let stmt = try statement(sql)
        try stmt.bind(values)
        defer { stmt.reset() }
        var rows: [Row] = []
        while let row = try stmt.step() { rows.append(row) }
        return rows
    }

    public func query(_ sql: String, named values: [String: DatabaseValueConvertible?]) throws -> [Row] {
        let stmt = try statement(sql)
        try stmt.bind(named: values)
        defer { stmt.reset() }
        var rows: [Row] = []
        while let row = try stmt.step() { rows.append(row) }
        return rows
    }

    /// Calls `body` for each row without collecting them (exports, large scans).
    public func forEach(_ sql: String, _ values: [DatabaseValueConvertible?] = [], _ body: (Row) throws -> Void) throws {
        statementsStarted &+= 1
        let stmt = try Statement(database: self, sql: sql)
        try stmt.bind(values)
        while let row = try stmt.step() { try body(row) }
    }

    public func queryOne(_ sql: String, _ values: DatabaseValueConvertible?...) throws -> Row? {
        try query(sql, values).first
    }

    /// The first column of the first row.
    public func scalar(_ sql: String, _ values: DatabaseValueConvertible?...) throws -> DatabaseValue {
        try query(sql, values).first?.values.first ?? .null
    }

    public func scalarInt(_ sql: String, _ values: DatabaseValueConvertible?...) throws -> Int64? {
        if case .integer(let v) = try query(sql, values).first?.values.first ?? .null { return v }
        return nil
    }

    public func scalarString(_ sql: String, _ values: DatabaseValueConvertible?...) throws -> String? {
        switch try query(sql, values).first?.values.first ?? .null {
        case .text(let s): return s
        case .integer(let i): return String(i)
        default: return nil
        }
    }

    public var changes: Int { Int(sqlite3_changes(handle)) }
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    // MARK: Transactions

    /// A write transaction: BEGIN IMMEDIATE, COMMIT, or ROLLBACK when the body throws.
    /// Nested calls become savepoints.
    @discardableResult
    public func write<T>(_ body: () throws -> T) throws -> T {
        if transactionDepth > 0 {
            let name = "sp\(transactionDepth)"
            try execute("SAVEPOINT \(name)")
            transactionDepth += 1
            defer { transactionDepth -= 1 }
            do {
                let result = try body()
                try execute("RELEASE \(name)")
                return result
            } catch {
                try? execute("ROLLBACK TO \(name); RELEASE \(name)")
                throw error
            }
        }
        try execute("BEGIN IMMEDIATE")
        transactionDepth = 1
        defer { transactionDepth = 0 }
        let observer = transactionObserver
        do {
            try observer?.didBegin(self)
            let result = try body()
            try beforeCommit?()
            try observer?.willCommit(self)
            try execute("COMMIT")
            observer?.didEnd(self)
            return result
        } catch {
            observer?.didEnd(self)
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// A read transaction: a consistent snapshot for several queries.
    @discardableResult
    public func read<T>(_ body: () throws -> T) throws -> T {
        if transactionDepth > 0 { return try body() }
        try execute("BEGIN DEFERRED")
        transactionDepth = 1
        defer { transactionDepth = 0 }
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    // MARK: Pragmas

    public func pragma(_ name: String) throws -> DatabaseValue {
        try scalar("PRAGMA \(name)")
    }

    public func setBusyTimeout(milliseconds: Int32) {
        sqlite3_busy_timeout(handle, milliseconds)
    }

    /// Registers a collation by a Swift comparison.
    public func registerCollation(_ name: String, _ compare: @escaping @Sendable (String, String) -> ComparisonResult) throws {
        let box = Unmanaged.passRetained(CollationBox(compare))
        let rc = sqlite3_create_collation_v2(handle, name, SQLITE_UTF8, box.toOpaque(), { ctx, n1, p1, n2, p2 in
            let box = Unmanaged<CollationBox>.fromOpaque(ctx!).takeUnretainedValue()
            let a = String(decoding: UnsafeRawBufferPointer(start: p1, count: Int(n1)), as: UTF8.self)
            let b = String(decoding: UnsafeRawBufferPointer(start: p2, count: Int(n2)), as: UTF8.self)
            switch box.compare(a, b) {
            case .orderedAscending: return -1
            case .orderedDescending: return 1
            case .orderedSame: return 0
            }
        }, { ctx in
            Unmanaged<CollationBox>.fromOpaque(ctx!).release()
        })
        guard rc == SQLITE_OK else { throw error(code: rc) }
    }

    /// Registers a deterministic one-argument text function (e.g. a search-folding key).
    public func registerFunction(_ name: String, _ body: @escaping @Sendable (String) -> String) throws {
        let box = Unmanaged.passRetained(FunctionBox(body))
        let rc = sqlite3_create_function_v2(handle, name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, box.toOpaque(), { ctx, argc, argv in
            let box = Unmanaged<FunctionBox>.fromOpaque(sqlite3_user_data(ctx)!).takeUnretainedValue()
            guard argc == 1, let arg = argv?[0], sqlite3_value_type(arg) != SQLITE_NULL,
                  let text = sqlite3_value_text(arg) else {
                sqlite3_result_null(ctx)
                return
            }
            let result = box.body(String(cString: text))
            sqlite3_result_text(ctx, result, -1, kumppani_sqlite_transient())
        }, nil, nil, { ctx in
            Unmanaged<FunctionBox>.fromOpaque(ctx!).release()
        })
        guard rc == SQLITE_OK else { throw error(code: rc) }
    }

    /// A two-argument SQL predicate (text, text) -> 0/1 implemented in Swift; NULL arguments read as ''.
    public func registerPredicate(_ name: String, _ body: @escaping @Sendable (String, String) -> Bool) throws {
        let box = Unmanaged.passRetained(PredicateBox(body))
        let rc = sqlite3_create_function_v2(handle, name, 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, box.toOpaque(), { ctx, argc, argv in
            let box = Unmanaged<PredicateBox>.fromOpaque(sqlite3_user_data(ctx)!).takeUnretainedValue()
            func text(_ i: Int) -> String {
                guard let arg = argv?[i], let t = sqlite3_value_text(arg) else { return "" }
                return String(cString: t)
            }
            guard argc == 2 else { sqlite3_result_null(ctx); return }
            sqlite3_result_int(ctx, box.body(text(0), text(1)) ? 1 : 0)
        }, nil, nil, { ctx in
            Unmanaged<PredicateBox>.fromOpaque(ctx!).release()
        })
        guard rc == SQLITE_OK else { throw error(code: rc) }
    }

    /// Stops a running query from another thread.
    public func interrupt() { sqlite3_interrupt(handle) }

    // MARK: Memory

    /// Bytes this connection's page cache holds now (`SQLITE_DBSTATUS_CACHE_USED`).
    public var cacheUsedBytes: Int {
        var current: Int32 = 0, highwater: Int32 = 0
        sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_USED, &current, &highwater, 0)
        return Int(current)
    }

    /// Hands the pages this connection's cache holds (and has no use for until the next query
    /// reads them again) back to the heap, after a bulk job: the cache refills on demand, so
    /// it is no fuller than the work since needs. Not inside a transaction of this connection.
    public func releaseCachedPages() {
        sqlite3_db_release_memory(handle)
    }

    /// Bytes SQLite has allocated in this process, all connections together.
    public static var sqliteMemoryUsedBytes: Int { Int(sqlite3_memory_used()) }
}

/// Watches the outermost write transactions of one connection (see `Database.transactionObserver`).
public protocol TransactionObserver: AnyObject {
    /// Right after BEGIN IMMEDIATE.
    func didBegin(_ db: Database) throws
    /// Just before COMMIT, after `beforeCommit`; throwing rolls the transaction back.
    func willCommit(_ db: Database) throws
    /// After COMMIT or before ROLLBACK.
    func didEnd(_ db: Database)
}

private final class CollationBox {
    let compare: (String, String) -> ComparisonResult
    init(_ compare: @escaping (String, String) -> ComparisonResult) { self.compare = compare }
}

private final class PredicateBox {
    let body: (String, String) -> Bool
    init(_ body: @escaping (String, String) -> Bool) { self.body = body }
}

private final class FunctionBox {
    let body: (String) -> String
    init(_ body: @escaping (String) -> String) { self.body = body }
}
