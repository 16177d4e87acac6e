extension Catalog {
    /// JSON import: syntax errors with their position, and record/field problems.
    static let hostile: [String: Text] = [:]
}
