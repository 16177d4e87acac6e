extension Catalog {
    /// Two windows on one file: external changes and save conflicts.
    static let sync: [String: Text] = [:]
}
