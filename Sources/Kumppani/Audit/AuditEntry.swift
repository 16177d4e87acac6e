import Foundation

/// One line of the audit trail as stored, plus what it is about, looked up when read.
public struct AuditEntry: Sendable, Equatable {
    public var id: Int64
    /// UTC instant as stored (`2026-11-23T12:05:00.000Z`).
    public var at: String
    /// Nil or empty: the change was written outside Kumppani's stores.
    public var osUser: String?
    /// `decision`, `payment`, `recovery`, `minutes` or `amendment`.
    public var entity: String
    public var entityID: Int64
    /// `insert`, `correct`, `update`, `delete`, `approve`, `reopen` or `amend`.
    public var action: String
    /// The stored summary (see `Schema5Audit`); `changes` reads it.
    public var summary: String
    public var applicationID: Int64?
    public var meetingID: Int64?
    /// The association and round, or the body and meeting number, when they still exist.
    public var subject: String?

    public var date: Date? { UTCTimestamp.parse(at) }
    public var changes: [AuditChange] { AuditChange.parse(summary) }
}

/// One field of a summary: a value of a new or removed record (`old` nil), or a change.
public struct AuditChange: Sendable, Equatable {
    public var field: String
    public var old: String?
    public var new: String?
    /// Free text that changed; its content is deliberately not kept in the trail.
    public var textChanged: Bool

    public init(field: String, old: String?, new: String?, textChanged: Bool = false) {
        self.field = field; self.old = old; self.new = new; self.textChanged = textChanged
    }

    /// Reads `a: 1; b: 2 → 3; c: *` (`–` is empty).
    public static func parse(_ summary: String) -> [AuditChange] {
        summary.components(separatedBy: "; ").compactMap { part in
            guard let colon = part.range(of: ": ") else { return nil }
            let field = String(part[..<colon.lowerBound])
            let value = String(part[colon.upperBound...])
            if value == "*" { return AuditChange(field: field, old: nil, new: nil, textChanged: true) }
            func v(_ s: String) -> String? { s == "–" ? nil : s }
            if let arrow = value.range(of: " → ") {
                return AuditChange(field: field, old: v(String(value[..<arrow.lowerBound])), new: v(String(value[arrow.upperBound...])))
            }
            return AuditChange(field: field, old: nil, new: v(value))
        }
    }
}
