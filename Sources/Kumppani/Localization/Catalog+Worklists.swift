extension Catalog {
    /// Worklists (follow-ups across the directory), issue 16.
    static let worklists: [String: Text] = [:]
}
