extension Catalog {
    static let meetings: [String: Text] = [:]
}
