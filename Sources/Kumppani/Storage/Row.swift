import Foundation

/// One result row, read by column name or index. Values are copied out of SQLite,
/// so a Row stays valid after the statement moves on.
public struct Row: Sendable {
    public let columns: [String]
    public let values: [DatabaseValue]

    public init(columns: [String], values: [DatabaseValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value of a column the query selected. Asking for a column the query did not select is a
    /// typo in the code, not a NULL: under the test runner it stops the run with the name (so a test
    /// fails instead of an empty string passing silently); in the program it reads as NULL.
    public func value(_ name: String) -> DatabaseValue {
        guard let i = columns.firstIndex(of: name) else {
            if Self.isUnderTest { preconditionFailure("Row: no column '\(name)' in \(columns)") }
            return .null
        }
        return values[i]
    }

    /// True in the XCTest runner (`KumppaniPackageTests.xctest`).
    static let isUnderTest = ProcessInfo.processInfo.processName.hasSuffix(".xctest")
        || ProcessInfo.processInfo.arguments.first?.hasSuffix(".xctest") == true

    public subscript(_ index: Int) -> DatabaseValue { values[index] }

    public func string(_ name: String) -> String? {
        switch value(name) {
        case .text(let s): return s
        case .integer(let i): return String(i)
        case .real(let d): return String(d)
        default: return nil
        }
    }

    public func int64(_ name: String) -> Int64? {
        switch value(name) {
        case .integer(let i): return i
        case .real(let d): return Int64(d)
        case .text(let s): return Int64(s)
        default: return nil
        }
    }

    public func int(_ name: String) -> Int? { int64(name).map { Int($0) } }
    public func bool(_ name: String) -> Bool { (int64(name) ?? 0) != 0 }
    public func double(_ name: String) -> Double? {
        switch value(name) {
        case .real(let d): return d
        case .integer(let i): return Double(i)
        default: return nil
        }
    }
    public func isNull(_ name: String) -> Bool { value(name) == .null }

    /// A dictionary of the row, for JSON export.
    public var dictionary: [String: DatabaseValue] {
        Dictionary(uniqueKeysWithValues: zip(columns, values))
    }
}
