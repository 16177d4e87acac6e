extension Catalog {
    static let presenter: [String: Text] = [:]
}
