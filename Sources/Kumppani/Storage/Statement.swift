import CSQLite
import Foundation

/// A prepared statement. Parameters are always bound, never spliced into SQL.
public final class Statement {
    let handle: OpaquePointer
    unowned let database: Database
    public let sql: String

    init(database: Database, sql: String) throws {
        self.database = database
        self.sql = sql
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v2(database.handle, sql, -1, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else {
            throw database.error(code: rc, sql: sql)
        }
        handle = stmt
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds positional parameters (`?`) in order; clears earlier bindings first.
    public func bind(_ values: [DatabaseValueConvertible?]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            try bind(value?.databaseValue ?? .null, at: Int32(offset + 1))
        }
    }

    /// Binds named parameters (`:name`).
    public func bind(named values: [String: DatabaseValueConvertible?]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (name, value) in values {
            let key = name.hasPrefix(":") ? name : ":" + name
            let index = sqlite3_bind_parameter_index(handle, key)
            guard index > 0 else {
                throw DatabaseError(code: SQLITE_RANGE, message: "no parameter \(key)", sql: sql)
            }
            try bind(value?.databaseValue ?? .null, at: index)
        }
    }

    private func bind(_ value: DatabaseValue, at index: Int32) throws {
        let rc: Int32
        switch value {
        case .null: rc = sqlite3_bind_null(handle, index)
        case .integer(let v): rc = sqlite3_bind_int64(handle, index, v)
        case .real(let v): rc = sqlite3_bind_double(handle, index, v)
        case .text(let v): rc = sqlite3_bind_text(handle, index, v, -1, kumppani_sqlite_transient())
        case .blob(let v):
            rc = v.withUnsafeBytes { raw in
                sqlite3_bind_blob(handle, index, raw.baseAddress, Int32(v.count), kumppani_sqlite_transient())
            }
        }
        guard rc == SQLITE_OK else { throw database.error(code: rc, sql: sql) }
    }

    /// Steps once; returns the row, or nil when done.
    public func step() throws -> Row? {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return currentRow()
        case SQLITE_DONE: return nil
        default:
            let err = database.error(code: rc, sql: sql)
            sqlite3_reset(handle)
            throw err
        }
    }

    public func reset() { sqlite3_reset(handle) }

    lazy var columnNames: [String] = (0..<sqlite3_column_count(handle)).map {
        String(cString: sqlite3_column_name(handle, $0))
    }

    private func currentRow() -> Row {
        let names = columnNames
        var values: [DatabaseValue] = []
        values.reserveCapacity(names.count)
        for i in 0..<Int32(names.count) {
            switch sqlite3_column_type(handle, i) {
            case SQLITE_INTEGER: values.append(.integer(sqlite3_column_int64(handle, i)))
            case SQLITE_FLOAT: values.append(.real(sqlite3_column_double(handle, i)))
            case SQLITE_TEXT:
                if let p = sqlite3_column_text(handle, i) {
                    values.append(.text(String(cString: p)))
                } else {
                    values.append(.text(""))
                }
            case SQLITE_BLOB:
                let n = Int(sqlite3_column_bytes(handle, i))
                if n > 0, let p = sqlite3_column_blob(handle, i) {
                    values.append(.blob(Array(UnsafeRawBufferPointer(start: p, count: n))))
                } else {
                    values.append(.blob([]))
                }
            default: values.append(.null)
            }
        }
        return Row(columns: names, values: values)
    }
}

/// The current row of a statement, read in place: no Swift strings are made, so a large export
/// can copy SQLite's bytes straight to its output. Valid only inside the `forEachRaw` body.
struct RawRow {
    let handle: OpaquePointer
    let count: Int

    func name(_ i: Int) -> String { String(cString: sqlite3_column_name(handle, Int32(i))) }
    func type(_ i: Int) -> Int32 { sqlite3_column_type(handle, Int32(i)) }
    func int64(_ i: Int) -> Int64 { sqlite3_column_int64(handle, Int32(i)) }
    func double(_ i: Int) -> Double { sqlite3_column_double(handle, Int32(i)) }

    /// The UTF-8 bytes of a text (or blob) column.
    func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let n = Int(sqlite3_column_bytes(handle, Int32(i)))
        guard n > 0, let p = sqlite3_column_text(handle, Int32(i)) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: p, count: n)
    }
}

extension Database {
    /// Walks the rows of a query without materialising `Row`s (exports at national scale).
    func forEachRaw(_ sql: String, _ body: (RawRow) throws -> Void) throws {
        statementsStarted &+= 1
        let stmt = try Statement(database: self, sql: sql)
        let count = Int(sqlite3_column_count(stmt.handle))
        while true {
            let rc = sqlite3_step(stmt.handle)
            if rc == SQLITE_DONE { return }
            guard rc == SQLITE_ROW else { throw error(code: rc, sql: sql) }
            try body(RawRow(handle: stmt.handle, count: count))
        }
    }
}
