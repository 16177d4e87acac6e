/// Texts of the directory's edits beyond the association itself: its categories, activities,
/// and people with their roles.
extension Catalog {
    static let directoryEdit: [String: Text] = [:]
}
