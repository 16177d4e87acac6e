extension Catalog {
    static let storage: [String: Text] = [:]
}
