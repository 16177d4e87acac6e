extension Catalog {
    static let exchange: [String: Text] = [:]
}
