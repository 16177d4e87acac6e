extension Catalog {
    static let program: [String: Text] = [:]
}
