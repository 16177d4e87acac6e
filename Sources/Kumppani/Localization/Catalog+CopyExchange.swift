extension Catalog {
    /// Exchanging changes between copies through a folder (issue 19).
    static let copyExchange: [String: Text] = [:]
}
