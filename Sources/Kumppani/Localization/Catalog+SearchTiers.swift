extension Catalog {
    /// The search tiers' marks in the association list and their lines in the help.
    static let searchTiers: [String: Text] = [:]
}
