import Foundation

/// An error from SQLite, carrying its extended result code and message.
public struct DatabaseError: Error, CustomStringConvertible, Equatable, Sendable {
    public let code: Int32
    public let message: String
    /// The SQL that failed, without bound values (values may be personal data and are never logged).
    public let sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code (the low byte of the extended one).
    public var primaryCode: Int32 { code & 0xFF }

    public var isBusy: Bool { primaryCode == 5 || primaryCode == 6 }      // SQLITE_BUSY, SQLITE_LOCKED
    public var isConstraint: Bool { primaryCode == 19 }                  // SQLITE_CONSTRAINT
    public var isReadOnly: Bool { primaryCode == 8 }                     // SQLITE_READONLY
    public var isFull: Bool { primaryCode == 13 }                        // SQLITE_FULL
    public var isNotADatabase: Bool { primaryCode == 26 }                // SQLITE_NOTADB

    public var description: String { message }
}
