extension Catalog {
    /// Paths and file kinds (issue 15): what Kumppani writes into, what it refuses, and why.
    static let files: [String: Text] = [:]
}
