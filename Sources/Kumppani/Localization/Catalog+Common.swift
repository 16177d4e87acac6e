extension Catalog {
    static let common: [String: Text] = [:]
}
