import Foundation

/// One field the merge view shows side by side, and the coordinator picks left or right for.
public struct MergeField: Equatable, Sendable {
    public let column: String
    public let labelKey: String

    /// In the order of the association form. Flags not listed here (the `offers_*` ones) are
    /// joined: what either association offers, the kept one offers.
    public static let all: [MergeField] = [
        ("name", "directory.field.name"), ("business_id", "directory.field.business_id"),
        ("register_number", "directory.field.register_number"), ("municipality_code", "directory.field.municipality"),
        ("street", "directory.field.street"), ("postal_code", "directory.field.postal_code"), ("city", "directory.field.city"),
        ("phone", "directory.field.phone"), ("email", "directory.field.email"), ("website", "directory.field.website"),
        ("founded_year", "directory.field.founded_year"), ("status", "directory.field.status"),
        ("lahella_listed", "directory.field.lahella"), ("description", "directory.field.description"),
    ].map { MergeField(column: $0.0, labelKey: $0.1) }
}

/// Two associations field by field, as the merge view shows them.
public struct MergeComparison: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public let field: MergeField
        public let left: DatabaseValue
        public let right: DatabaseValue
        public var differs: Bool { left != right }
    }
    public let left: Association
    public let right: Association
    public let lines: [Line]

    /// A stored value as the coordinator reads it (a municipality by name, a status by its label).
    public static func display(_ column: String, _ value: DatabaseValue, _ language: Language) -> String {
        let l = L(language)
        switch (column, value) {
        case (_, .null): return ""
        case ("municipality_code", .text(let code)): return Municipality.named(code: code)?.name(language) ?? code
        case ("status", .text(let s)): return AssociationStatus(rawValue: s)?.label(language) ?? s
        case ("lahella_listed", .integer(let i)): return i != 0 ? l["common.yes"] : l["common.no"]
        case (_, .text(let s)): return s
        case (_, .integer(let i)): return String(i)
        default: return value.description
        }
    }
}

/// A stored value in the merge's undo data (JSON).
enum StoredValue: Codable, Equatable {
    case null, integer(Int64), real(Double), text(String), blob([UInt8])

    init(_ v: DatabaseValue) {
        switch v {
        case .null: self = .null
        case .integer(let i): self = .integer(i)
        case .real(let d): self = .real(d)
        case .text(let s): self = .text(s)
        case .blob(let b): self = .blob(b)
        }
    }

    var value: DatabaseValue {
        switch self {
        case .null: return .null
        case .integer(let i): return .integer(i)
        case .real(let d): return .real(d)
        case .text(let s): return .text(s)
        case .blob(let b): return .blob(b)
        }
    }
}

/// Everything undoing one merge needs (`association_merges.undo_data`).
struct MergeUndoData: Codable, Equatable {
    /// A row that references an association: its table, the referencing column and its key.
    struct Moved: Codable, Equatable {
        var table: String
        var column: String
        /// The row's primary key (or `rowid`) as it is after the move.
        var key: [String: StoredValue]
    }
    /// A row the merge removed because the kept association had the same (a role, a category).
    struct Dropped: Codable, Equatable {
        var table: String
        var row: [String: StoredValue]
    }
    var removedRow: [String: StoredValue]
    var keptBefore: [String: StoredValue]
    var keptAfter: [String: StoredValue]
    var moved: [Moved]
    var dropped: [Dropped]
}

/// A merge as listed for undoing.
public struct AssociationMergeRecord: Equatable, Sendable {
    public let id: Int64
    public let mergedAt: String
    public let keptID: Int64
    public let removedID: Int64
    public let removedName: String
    public let isUndone: Bool
}

/// Why a merge cannot be undone.
public enum MergeUndoError: Error, Equatable, Sendable {
    case noSuchMerge
    case alreadyUndone
    case keptGone
    /// The kept association's fields the merge set were changed since (their label keys).
    case keptChanged([String])
    case removedIDTaken
    case businessIDTaken(String)

    public func message(_ language: Language) -> String {
        let l = L(language)
        switch self {
        case .noSuchMerge: return l["directory.merge.undo.none"]
        case .alreadyUndone: return l["directory.merge.undo.already"]
        case .keptGone: return l["directory.merge.undo.kept_gone"]
        case .keptChanged(let keys): return l["directory.merge.undo.kept_changed", keys.map { l[$0] }.joined(separator: ", ")]
        case .removedIDTaken: return l["directory.merge.undo.id_taken"]
        case .businessIDTaken(let id): return l["directory.merge.undo.business_id_taken", id]
        }
    }
}

/// A quoted SQL identifier (table and column names come from the schema, never from input).
func sqlName(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
