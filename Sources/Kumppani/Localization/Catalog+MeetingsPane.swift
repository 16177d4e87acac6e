extension Catalog {
    static let meetingsPane: [String: Text] = [:]
}
