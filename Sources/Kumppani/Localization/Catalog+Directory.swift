extension Catalog {
    static let directory: [String: Text] = [:]
}
