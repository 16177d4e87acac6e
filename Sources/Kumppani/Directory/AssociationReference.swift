import Foundation

/// How the command line names an association: its id, its Y-tunnus, or its full name (any case).
public enum AssociationReference: Equatable, Sendable {
    case found(Int64)
    case notFound
    /// Several associations have that name: the id or Y-tunnus tells them apart.
    case ambiguous(count: Int)
}

extension DirectoryStore {
    public func resolve(_ text: String) throws -> AssociationReference {
        let ref = text.trimmingCharacters(in: .whitespaces)
        guard !ref.isEmpty else { return .notFound }
        if let id = Int64(ref), try db.scalarInt("SELECT count(*) FROM associations WHERE id = ?", id) == 1 { return .found(id) }
        if case .success(let businessID) = BusinessID.parse(ref),
           let id = try db.scalarInt("SELECT id FROM associations WHERE business_id = ?", businessID.formatted) {
            return .found(id)
        }
        let ids = try db.query("SELECT id FROM associations WHERE name_key = ?", DirectoryRules.sortKey(ref)).compactMap { $0.int64("id") }
        switch ids.count {
        case 0: return .notFound
        case 1: return .found(ids[0])
        default: return .ambiguous(count: ids.count)
        }
    }
}
