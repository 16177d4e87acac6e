extension Catalog {
    /// Texts of the directory search.
    static let directorySearch: [String: Text] = [:]
}
