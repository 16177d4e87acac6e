extension Catalog {
    static let audit: [String: Text] = [:]
}
