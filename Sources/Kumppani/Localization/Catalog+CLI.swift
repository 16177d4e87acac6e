extension Catalog {
    static let cli: [String: Text] = [:]
}
